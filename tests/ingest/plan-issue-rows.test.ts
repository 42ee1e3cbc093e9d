import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { campaignKey } from "@/lib/extract";
import type { ArticleExtraction, ExtractedCampaign } from "@/lib/extract/types";
import {
  buildItemRows,
  campaignLookup,
  collectEntities,
  itemKeys,
  keepIds,
  planCampaigns,
  type EntityIds,
  type StoredCampaign,
} from "@/lib/ingest/plan-issue-rows";
import { processIssue } from "@/lib/ingest/process-issue";
import { SEED_FILES } from "./support";

// The pure half of storing an issue, without a database (lib/ingest/store-issue.ts writes what it decides).

const span = (start: number, text: string) => ({ start, end: start + text.length, text });
const empty = (): ArticleExtraction => ({ indicators: [], progress: [], goals: [], campaigns: [], places: [], departments: [] });
const mention = (name: string, text = name, start = 0): ExtractedCampaign => ({ name, key: campaignKey(name), ...span(start, text) });
const extraction = (parts: Partial<ArticleExtraction>): ArticleExtraction => ({ ...empty(), ...parts });
const indicator = (campaign: string) => ({
  ...span(0, "30户"),
  value: 30,
  unit: "户",
  approx: "exact" as const,
  role: "actual" as const,
  sentence: { start: 0, end: 4 },
  campaign,
});

describe("collectEntities", () => {
  it("names every place once, with the townships of villages and of items; a mention's canonical name wins", () => {
    const entities = collectEntities([
      extraction({
        places: [{ name: "梅山村", level: "village", township: "石梁镇", ...span(0, "梅山村") }],
        indicators: [{ ...indicator("六治六提"), township: "华墅乡", department: "区发改局" }],
      }),
      extraction({ departments: [{ name: "区发改局", canonical: "柯城区发展和改革局", ...span(0, "区发改局") }] }),
    ]);
    expect([...entities.places]).toEqual([
      ["梅山村", { level: "village", township: "石梁镇" }],
      ["石梁镇", { level: "township" }],
      ["华墅乡", { level: "township" }],
    ]);
    expect([...entities.departments]).toEqual([["区发改局", "柯城区发展和改革局"]]);
  });

  it("merges campaign mentions by key with every way they were written, and lists the linked names no mention gives", () => {
    const entities = collectEntities([
      extraction({ campaigns: [mention("六治六提", "“六治六提”"), mention("六治六提", "六治六提", 10)], indicators: [indicator("六治六提")] }),
      extraction({ goals: [{ ...span(0, "确保完成"), verb: "确保", kind: "task", campaign: "共同富裕示范区" }] }),
    ]);
    expect([...entities.campaigns.keys()]).toEqual([campaignKey("六治六提")]);
    expect([...entities.campaigns.values()][0].texts).toEqual(new Set(["“六治六提”", "六治六提"]));
    expect(entities.linkedCampaigns).toEqual(["共同富裕示范区"]);
    expect(campaignLookup(entities)).toEqual({
      keys: [campaignKey("六治六提"), campaignKey("共同富裕示范区")],
      names: ["六治六提", "共同富裕示范区"],
    });
  });
});

describe("planCampaigns", () => {
  const stored = (id: number, name: string, aliases: string[], key = campaignKey(name)): StoredCampaign => ({ id, name, key, aliases: JSON.stringify(aliases) });
  const plan = (extractions: ArticleExtraction[], rows: StoredCampaign[]) => planCampaigns(collectEntities(extractions), rows);

  it("merges a mention into the stored campaign of its key and adds only new spellings as aliases", () => {
    const merge = plan([extraction({ campaigns: [mention("六治六提", "“六治六提”")] })], [stored(4, "六治六提", ["六治六提"])]);
    expect(merge.inserts).toEqual([]);
    expect(merge.byKey.get(campaignKey("六治六提"))).toEqual({ id: 4 });
    expect(merge.aliasUpdates).toEqual([{ id: 4, aliases: JSON.stringify(["六治六提", "“六治六提”"]) }]);
    // Written the known way: nothing to update.
    expect(plan([extraction({ campaigns: [mention("六治六提")] })], [stored(4, "六治六提", ["六治六提"])]).aliasUpdates).toEqual([]);
  });

  it("finds a stored campaign by its name under another key", () => {
    const merge = plan([extraction({ campaigns: [mention("六治六提")] })], [stored(9, "六治六提", ["六治六提"], "an-older-key")]);
    expect(merge.byKey.get(campaignKey("六治六提"))).toEqual({ id: 9 });
    expect(merge.inserts).toEqual([]);
  });

  it("keeps every new spelling when two keys of the issue meet the same stored campaign", () => {
    const byName = { ...mention("六治六提", "六治六提行动"), key: "other-key" };
    const merge = plan([extraction({ campaigns: [mention("六治六提", "“六治六提”"), byName] })], [stored(4, "六治六提", ["六治六提"])]);
    expect(merge.aliasUpdates).toEqual([{ id: 4, aliases: JSON.stringify(["六治六提", "“六治六提”", "六治六提行动"]) }]);
  });

  it("creates a new campaign once per name, and the keys sharing that name point at it", () => {
    const twin = { ...mention("村社比拼擂台赛"), key: "another-key" };
    const merge = plan([extraction({ campaigns: [mention("村社比拼擂台赛"), twin] })], []);
    expect(merge.inserts.map((c) => c.name)).toEqual(["村社比拼擂台赛"]);
    expect(merge.byKey.get(campaignKey("村社比拼擂台赛"))).toEqual({ created: "村社比拼擂台赛" });
    expect(merge.byKey.get("another-key")).toEqual({ created: "村社比拼擂台赛" });
  });

  it("links an item's campaign by stored name, by the key of a planned one, or creates it under its merge key", () => {
    const merge = plan(
      [
        extraction({
          campaigns: [mention("六比六晒")],
          indicators: [indicator("六治六提"), indicator("“六比六晒”"), indicator("共同富裕示范区")],
        }),
      ],
      [stored(4, "六治六提", ["六治六提"])],
    );
    expect(campaignKey("“六比六晒”")).toBe(campaignKey("六比六晒")); // the premise of the second link
    expect(merge.byName.get("六治六提")).toEqual({ id: 4 });
    expect(merge.byName.get("“六比六晒”")).toEqual({ created: "六比六晒" });
    expect(merge.byName.get("共同富裕示范区")).toEqual({ created: "共同富裕示范区" });
    expect(merge.inserts).toEqual([
      { name: "六比六晒", key: campaignKey("六比六晒"), kind: null, aliases: JSON.stringify(["六比六晒"]) },
      { name: "共同富裕示范区", key: campaignKey("共同富裕示范区"), kind: null, aliases: JSON.stringify(["共同富裕示范区"]) },
    ]);
  });
});

describe("buildItemRows", () => {
  const issue = processIssue(readFileSync(SEED_FILES[2]), { fileName: "002.txt" });
  const entities = collectEntities(issue.articles.map((a) => a.extraction));
  let next = 100;
  const ids: EntityIds = {
    place: new Map([...entities.places.keys()].map((name) => [name, next++])),
    department: new Map([...entities.departments.keys()].map((name) => [name, next++])),
    campaign: new Map([...entities.campaigns.keys()].map((key) => [key, next++])),
    campaignByName: new Map([...entities.campaigns.values(), ...entities.linkedCampaigns.map((name) => ({ name }))].map((c) => [c.name, next++])),
  };
  const articleIds = new Map(issue.articles.map(({ article }) => [article.position, 1000 + article.position]));
  const rows = buildItemRows(issue, articleIds, ids, "2022-04-20");
  const extractions = issue.articles.map((a) => a.extraction);
  const count = (kind: "indicators" | "goals" | "campaigns" | "places" | "departments" | "progress") => extractions.reduce((n, e) => n + e[kind].length, 0);

  it("gives every item one row in its table, on its article and issue date", () => {
    expect(rows.Indicator.length).toBe(count("indicators"));
    expect(rows.Goal.length).toBe(count("goals"));
    expect(rows.CampaignMention.length).toBe(count("campaigns"));
    expect(rows.PlaceMention.length).toBe(count("places"));
    expect(rows.DepartmentMention.length).toBe(count("departments"));
    expect(rows.Progress.length).toBe(count("progress"));
    expect(rows.Indicator.length).toBeGreaterThan(0);
    for (const row of [...rows.Indicator, ...rows.Goal, ...rows.PlaceMention]) {
      expect(row.issueDate).toBe("2022-04-20");
      expect([...articleIds.values()]).toContain(row.articleId);
    }
  });

  it("points every mention at its entity and every linked item at its township and campaign", () => {
    for (const row of [...rows.CampaignMention, ...rows.PlaceMention, ...rows.DepartmentMention]) {
      expect(row.campaignId ?? row.placeId ?? row.departmentId).toBeGreaterThanOrEqual(100);
    }
    const linked = extractions.flatMap((e) => e.indicators).filter((i) => i.township);
    expect(linked.length).toBeGreaterThan(0);
    for (const item of linked) {
      const row = rows.Indicator.find((r) => r.start === item.start && r.text === item.text)!;
      expect(row.townshipId).toBe(ids.place.get(item.township!));
    }
    for (const row of rows.Goal) expect(JSON.parse(row.tokens as string)).toHaveProperty("strong");
  });
});

describe("keepIds: stable item ids across re-extraction", () => {
  const row = (articleId: number, start: number, text: string) => ({ articleId, start, text, value: 1 });

  it("gives a rebuilt item its old id by article, words and occurrence, even when its offsets moved", () => {
    const before = [row(1, 10, "100%"), row(1, 40, "100%"), row(1, 60, "30户"), row(2, 5, "100%")];
    // As clearIssue reads them from the stored rows: ids 500… in paper order.
    const previous = new Map(itemKeys("Indicator", before).map(([key], i) => [key, 500 + i]));
    // An edit moved every offset by 3 and dropped the 30户; the rules found a new 5吨.
    const after = [row(1, 13, "100%"), row(1, 43, "100%"), row(1, 70, "5吨"), row(2, 8, "100%")];
    const { reused, fresh } = keepIds("Indicator", after, previous);
    expect(reused.map((r) => [r.articleId, r.start, r.id])).toEqual([
      [1, 13, 500],
      [1, 43, 501],
      [2, 8, 503],
    ]);
    expect(fresh.map((r) => r.text)).toEqual(["5吨"]);
    // Another table's item with the same words is another key.
    expect(keepIds("Goal", after, previous).reused).toEqual([]);
  });
});
