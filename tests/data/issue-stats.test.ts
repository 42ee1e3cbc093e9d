// The summary tables (lib/db/issue-stats.ts) must always equal a GROUP BY over the detail rows they summarise:
// after ingesting the seeds, after a forced re-ingest, and after review decisions. Runs on SQLite and PostgreSQL.
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { listIndicators } from "../../lib/data/indicators/list-indicators";
import { ingestPaths } from "../../lib/ingest/ingest-paths";
import { reextractIssues } from "../../lib/ingest/reextract-issues";
import { addIndicator, reviewGoal, reviewIndicator } from "../../lib/review/review-items";
import { createSeededDb, type SeededDb } from "./overview-seed-db";

let seeded: SeededDb;

beforeAll(async () => {
  seeded = await createSeededDb();
});
afterAll(async () => {
  await seeded?.cleanup();
});

type Ledger = Map<string, { mentions: number; articles: Set<number>; indicators: number; goals: number; date: string | null }>;

// Everything the summaries hold, recomputed in TypeScript from the detail rows.
async function expectedStats(db: Db) {
  const issues = await db.issue.findMany({ select: { id: true, date: true, number: true, fileName: true } });
  const articles = await db.article.findMany({ select: { id: true, issueId: true, kind: true } });
  const issueOf = new Map(articles.map((a) => [a.id, a.issueId]));
  const dateOf = new Map(issues.map((i) => [i.id, i.date]));
  const places = await db.place.findMany({ select: { id: true, townshipId: true } });
  const townshipOf = new Map(places.map((p) => [p.id, p.townshipId ?? p.id]));
  const indicators = (await db.indicator.findMany({ select: { articleId: true, campaignId: true, townshipId: true, departmentId: true, review: true, core: true } })).filter((x) => x.review !== "rejected");
  const goals = (await db.goal.findMany({ select: { articleId: true, campaignId: true, townshipId: true, departmentId: true, review: true } })).filter((x) => x.review !== "rejected");
  const campaignMentions = await db.campaignMention.findMany({ select: { articleId: true, campaignId: true, townshipId: true, departmentId: true } });
  const placeMentions = await db.placeMention.findMany({ select: { articleId: true, placeId: true } });
  const departmentMentions = await db.departmentMention.findMany({ select: { articleId: true, departmentId: true } });

  const ledger = (mentions: { articleId: number; key: number }[], key: "campaignId" | "townshipId" | "departmentId") => {
    const rows: Ledger = new Map();
    const row = (entity: number, articleId: number) => {
      const issueId = issueOf.get(articleId)!;
      const id = `${entity}:${issueId}`;
      const found = rows.get(id) ?? { mentions: 0, articles: new Set<number>(), indicators: 0, goals: 0, date: dateOf.get(issueId) ?? null };
      rows.set(id, found);
      return found;
    };
    for (const m of mentions) {
      const r = row(m.key, m.articleId);
      r.mentions += 1;
      r.articles.add(m.articleId);
    }
    for (const x of indicators) if (x[key] != null) row(x[key]!, x.articleId).indicators += 1;
    for (const x of goals) if (x[key] != null) row(x[key]!, x.articleId).goals += 1;
    return Object.fromEntries([...rows].map(([id, r]) => [id, { issueDate: r.date, mentions: r.mentions, articles: r.articles.size, indicators: r.indicators, goals: r.goals }]));
  };
  const totals = (rows: Record<string, { issueDate: string | null; mentions: number; articles: number; indicators: number; goals: number }>) => {
    const byEntity: Record<string, { mentions: number; articles: number; issues: number; indicators: number; goals: number; firstDate: string | null; lastDate: string | null }> = {};
    for (const [id, r] of Object.entries(rows)) {
      const entity = id.split(":")[0];
      const t = (byEntity[entity] ??= { mentions: 0, articles: 0, issues: 0, indicators: 0, goals: 0, firstDate: null, lastDate: null });
      t.mentions += r.mentions;
      t.articles += r.articles;
      t.indicators += r.indicators;
      t.goals += r.goals;
      if (r.mentions > 0) {
        t.issues += 1;
        if (r.issueDate && (!t.firstDate || r.issueDate < t.firstDate)) t.firstDate = r.issueDate;
        if (r.issueDate && (!t.lastDate || r.issueDate > t.lastDate)) t.lastDate = r.issueDate;
      }
    }
    return byEntity;
  };
  const links = (column: "townshipId" | "departmentId") => {
    const counts: Record<string, number> = {};
    for (const x of [...campaignMentions, ...indicators, ...goals]) {
      if (x.campaignId == null || x[column] == null) continue;
      const id = `${x.campaignId}:${x[column]}:${issueOf.get(x.articleId)}`;
      counts[id] = (counts[id] ?? 0) + 1;
    }
    return counts;
  };
  const count = <T extends { articleId: number }>(rows: T[], issueId: number) => rows.filter((x) => issueOf.get(x.articleId) === issueId).length;

  const campaign = ledger(campaignMentions.map((m) => ({ articleId: m.articleId, key: m.campaignId })), "campaignId");
  const township = ledger(placeMentions.map((m) => ({ articleId: m.articleId, key: townshipOf.get(m.placeId)! })), "townshipId");
  const department = ledger(departmentMentions.map((m) => ({ articleId: m.articleId, key: m.departmentId })), "departmentId");
  return {
    issue: Object.fromEntries(
      issues.map((i) => [
        i.id,
        { date: i.date, number: i.number, fileName: i.fileName, articles: articles.filter((a) => a.issueId === i.id && a.kind !== "banner").length, indicators: count(indicators, i.id), coreIndicators: count(indicators.filter((x) => x.core), i.id), goals: count(goals, i.id) },
      ]),
    ),
    campaign,
    township,
    department,
    campaignTotals: totals(campaign),
    townshipTotals: totals(township),
    departmentTotals: totals(department),
    campaignTownships: links("townshipId"),
    campaignDepartments: links("departmentId"),
  };
}

// What the summary tables hold, in the same shape. Totals rows summing to nothing are left out (an entity that lost
// its last item keeps a row of zeros), unless they still carry a date: a zeroed row must have lost its dates too.
async function storedStats(db: Db) {
  const n = (v: unknown) => Number(v);
  const ledger = async (rows: { key: number; issueId: number; issueDate: string | null; mentions: number; articles: number; indicators: number; goals: number }[]) =>
    Object.fromEntries(rows.map((r) => [`${r.key}:${r.issueId}`, { issueDate: r.issueDate, mentions: n(r.mentions), articles: n(r.articles), indicators: n(r.indicators), goals: n(r.goals) }]));
  const totals = (rows: { key: number; mentions: number; articles: number; issues: number; indicators: number; goals: number; firstDate: string | null; lastDate: string | null }[]) =>
    Object.fromEntries(
      rows
        .filter((r) => r.mentions || r.articles || r.issues || r.indicators || r.goals || r.firstDate || r.lastDate)
        .map((r) => [String(r.key), { mentions: n(r.mentions), articles: n(r.articles), issues: n(r.issues), indicators: n(r.indicators), goals: n(r.goals), firstDate: r.firstDate, lastDate: r.lastDate }]),
    );
  const links = (rows: { campaignId: number; entity: number; issueId: number; items: number }[]) =>
    Object.fromEntries(rows.map((r) => [`${r.campaignId}:${r.entity}:${r.issueId}`, n(r.items)]));
  const issueRows = await db.issueStat.findMany();
  return {
    issue: Object.fromEntries(issueRows.map((r) => [r.issueId, { date: r.date, number: r.number, fileName: r.fileName, articles: r.articles, indicators: r.indicators, coreIndicators: r.coreIndicators, goals: r.goals }])),
    campaign: await ledger((await db.campaignIssueStat.findMany()).map((r) => ({ ...r, key: r.campaignId }))),
    township: await ledger((await db.townshipIssueStat.findMany()).map((r) => ({ ...r, key: r.townshipId }))),
    department: await ledger((await db.departmentIssueStat.findMany()).map((r) => ({ ...r, key: r.departmentId }))),
    campaignTotals: totals((await db.campaignStat.findMany()).map((r) => ({ ...r, key: r.campaignId }))),
    townshipTotals: totals((await db.townshipStat.findMany()).map((r) => ({ ...r, key: r.townshipId }))),
    departmentTotals: totals((await db.departmentStat.findMany()).map((r) => ({ ...r, key: r.departmentId }))),
    campaignTownships: links((await db.campaignTownshipIssueStat.findMany()).map((r) => ({ ...r, entity: r.townshipId }))),
    campaignDepartments: links((await db.campaignDepartmentIssueStat.findMany()).map((r) => ({ ...r, entity: r.departmentId }))),
  };
}

async function expectNoDrift(db: Db) {
  const [stored, expected] = await Promise.all([storedStats(db), expectedStats(db)]);
  expect(stored).toEqual(expected);
  expect(Object.keys(stored.campaign).length).toBeGreaterThan(0);
  // The explorer's unfiltered totals are sums of IssueStat: they must equal COUNT(*) over the rows it lists.
  const visible = { review: { not: "rejected" } };
  const [core, all, incidental] = await Promise.all([
    db.indicator.count({ where: { ...visible, core: true } }),
    db.indicator.count({ where: visible }),
    db.indicator.count({ where: { ...visible, core: false } }),
  ]);
  expect(incidental).toBeGreaterThan(0); // the seeds hold incidental numbers, so the two totals differ
  expect((await listIndicators({}, db)).total).toBe(core);
  expect((await listIndicators({ incidental: "show" }, db)).total).toBe(all);
}

describe("issue summaries", () => {
  it("equal the detail rows after ingesting the seeds", async () => {
    await expectNoDrift(seeded.db);
  });

  it("equal the detail rows after a forced re-ingest", async () => {
    const seeds = path.resolve("seeds");
    const file = path.join(seeds, readdirSync(seeds).filter((f) => f.endsWith(".txt")).sort()[1]);
    const summary = await ingestPaths(seeded.db, [file], { source: "cli", force: true });
    expect(summary.failed).toBe(0);
    await expectNoDrift(seeded.db);
  });

  it("equal the detail rows after re-extracting every issue from its stored text", async () => {
    const results = await reextractIssues(seeded.db);
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => r.status !== "replaced")).toEqual([]);
    await expectNoDrift(seeded.db);
  });

  it("equal the detail rows after forced re-ingests that move an issue to another date", async () => {
    const seeds = path.resolve("seeds");
    const file = path.join(seeds, readdirSync(seeds).filter((f) => f.endsWith(".txt")).sort()[2]);
    // Earliest, then latest of all: every first and last date it touches must move there, then back.
    for (const userDate of ["1999-01-01", "2030-12-31", undefined]) {
      const summary = await ingestPaths(seeded.db, [file], { source: "cli", force: true, userDate });
      expect(summary.replaced).toBe(1);
      await expectNoDrift(seeded.db);
      const stats = await seeded.db.campaignStat.findMany();
      if (userDate === "1999-01-01") expect(stats.map((r) => r.firstDate)).toContain(userDate);
      if (userDate === "2030-12-31") expect(stats.map((r) => r.lastDate)).toContain(userDate);
    }
    const firstDates = (await seeded.db.campaignStat.findMany()).map((r) => r.firstDate);
    expect(firstDates).not.toContain("1999-01-01");
  });

  it("equal the detail rows after review decisions", async () => {
    const db = seeded.db;
    const campaignIndicator = await db.indicator.findFirstOrThrow({ where: { campaignId: { not: null }, review: { not: "rejected" } }, orderBy: { id: "asc" } });
    await reviewIndicator(db, "tester", { action: "reject", id: campaignIndicator.id });
    await expectNoDrift(db);

    const other = await db.indicator.findFirstOrThrow({ where: { review: "machine" }, orderBy: { id: "desc" } });
    await reviewIndicator(db, "tester", { action: "correct", id: other.id, fields: { township: "石梁镇", department: "区发改局" } });
    await expectNoDrift(db);

    const goal = await db.goal.findFirstOrThrow({ where: { campaignId: { not: null } }, orderBy: { id: "asc" } });
    await reviewGoal(db, "tester", { action: "reject", id: goal.id });
    await expectNoDrift(db);

    const article = await db.article.findFirstOrThrow({ where: { kind: { not: "banner" } }, orderBy: { id: "asc" } });
    await addIndicator(db, "tester", { articleId: article.id, start: 0, end: 2, fields: { value: 5, unit: "个", township: "石梁镇" } });
    await expectNoDrift(db);

    // Undoing a rejection brings the counts back.
    await reviewIndicator(db, "tester", { action: "confirm", id: campaignIndicator.id });
    await expectNoDrift(db);
  });
});
