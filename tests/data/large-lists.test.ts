import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getIssueDetail } from "@/lib/data/issues/get-issue-detail";
import { readIndicatorRows } from "../support/read-indicator-rows";
import { listIndicators } from "@/lib/data/indicators/list-indicators";
import { getGoalOverview } from "@/lib/data/goals/get-goal-overview";
import { ENTITY_GOAL_LIMIT, listEntityGoals } from "@/lib/data/goals/list-entity-goals";
import { listAllLedgerGoals, listLedgerGoals } from "@/lib/data/goals/list-ledger-goals";
import { parseGoalFilters } from "@/lib/validations/goal-filters";
import { refreshEvidenceState } from "@/lib/db/goal-evidence-state";
import { sqlRunner } from "@/lib/db/sql-runner";
import { refreshIndicatorSearch } from "@/lib/db/indicator-search";
import { useTempDatabase } from "../ingest/support";

// Lists far past SQLite's (and Prisma's) bound-parameter limit: a text query matching thousands of numbers, an issue
// of 1,200 articles, a ledger of 1,500 goals with evidence. Nothing may be sent as an `IN (…)` list of that many ids.
const ARTICLES = 1200;
const MATCHING = 2500;
const GOALS = 1500;

describe("lists over the bound-parameter limit", () => {
  let ctx: ReturnType<typeof useTempDatabase>;
  beforeAll(async () => {
    ctx = useTempDatabase();
    const issue = await ctx.db.issue.create({
      data: { contentHash: "big", fileName: "big.txt", encoding: "utf-8", byteSize: 1, rawText: "", date: "2022-04-13" },
    });
    const text = "全村共有300户。";
    await ctx.db.article.createMany({
      data: Array.from({ length: ARTICLES }, (_, position) => ({ issueId: issue.id, position, kind: "news", title: `第${position}篇`, text })),
    });
    const articles = await ctx.db.article.findMany({ select: { id: true }, orderBy: { position: "asc" } });
    const indicator = (articleId: number, value: number) => ({
      articleId,
      text: "300户",
      value,
      unit: "户",
      approx: "exact",
      role: "actual",
      start: 4,
      end: 8,
      sentenceStart: 0,
      sentenceEnd: text.length,
      issueDate: "2022-04-13",
    });
    // Two per article for the first articles, so the matches also span more articles than one slice reads.
    await ctx.db.indicator.createMany({ data: Array.from({ length: MATCHING }, (_, i) => indicator(articles[i % ARTICLES].id, i)) });
    // What ingestion does after storing numbers: the character index of short queries (lib/db/indicator-search.ts).
    await refreshIndicatorSearch(sqlRunner(ctx.db, ctx.db), [issue.id]);
    // One goal per article (more goals than articles: the last 300 articles hold two), every third in one township,
    // each with a later evidence link in another article; every fifth link reports completion.
    const township = await ctx.db.place.create({ data: { name: "石室乡", level: "township" } });
    await ctx.db.goal.createMany({
      data: Array.from({ length: GOALS }, (_, i) => ({
        articleId: articles[i % ARTICLES].id,
        text: `确保第${i}项任务完成`,
        verb: "确保",
        start: i < ARTICLES ? 0 : 1,
        end: 4,
        issueDate: "2022-04-13",
        deadlineDate: `2022-${String(5 + (i % 6)).padStart(2, "0")}-01`,
        townshipId: i % 3 === 0 ? township.id : null,
      })),
    });
    const goals = await ctx.db.goal.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    await ctx.db.goalEvidence.createMany({
      data: goals.map((goal, i) => ({
        goalId: goal.id,
        articleId: articles[(i + 1) % ARTICLES].id,
        issueDate: "2022-04-13",
        sentenceStart: 0,
        sentenceEnd: text.length,
        text,
        relation: i % 5 === 0 ? "met" : "mention",
        score: 0.9,
      })),
    });
    // As linking does after writing links: the ledger reads each goal's evidence summary, not its links.
    await refreshEvidenceState(sqlRunner(ctx.db, ctx.db), goals.map((g) => g.id));
  }, 120_000);
  afterAll(async () => {
    await ctx.cleanup();
  });

  it("a common word in the explorer: the page, its total and the CSV rows", async () => {
    const page = await listIndicators({ q: "户", sort: "value", dir: "desc" });
    expect(page.total).toBe(MATCHING);
    expect(page.rows).toHaveLength(page.pageSize);
    expect(page.rows.map((row) => row.value)).toEqual(Array.from({ length: page.pageSize }, (_, i) => MATCHING - 1 - i));
    expect(page.rows[0].sentence).toBe("全村共有300户。");
    const all = await readIndicatorRows({ q: "户" });
    expect(all).toHaveLength(MATCHING);
    expect(new Set(all.map((row) => row.id)).size).toBe(MATCHING);
    // Without a query the CSV path reads the article texts of 1,200 articles too.
    expect(await readIndicatorRows({})).toHaveLength(MATCHING);
    expect((await listIndicators({ q: "没有这个词" })).total).toBe(0);
  });

  it("an issue page with 1,200 articles", async () => {
    const issue = await ctx.db.issue.findFirstOrThrow();
    const detail = await getIssueDetail(issue.id);
    expect(detail?.articles).toHaveLength(ARTICLES);
    expect(detail?.totals.indicators).toBe(MATCHING);
    expect(detail?.articles[0].indicators).toHaveLength(3);
  });

  it("a goal ledger of 1,500 goals: its pages, the CSV rows, a township's goals and the overview", async () => {
    const asOf = "2022-06-15";
    const filters = (query: Record<string, string>) => parseGoalFilters({ asOf, ...query }).filters;
    const all = (await listAllLedgerGoals({ filters: filters({}) })).goals;
    expect(all).toHaveLength(GOALS);
    expect(all.every((g) => g.evidence.length === 1 && g.articleTitle.startsWith("第") && g.evidence[0].articleTitle.startsWith("第"))).toBe(true);
    expect(all.filter((g) => g.status === "已完成")).toHaveLength(GOALS / 5);
    const page = await listLedgerGoals({ filters: filters({ page: "3" }) });
    expect(page.total).toBe(GOALS);
    expect(page.pageCount).toBe(Math.ceil(GOALS / page.pageSize));
    expect(page.goals.map((g) => g.id)).toEqual(all.slice(2 * page.pageSize, 3 * page.pageSize).map((g) => g.id));
    const ofTownship = await listEntityGoals({ township: "石室乡", asOf });
    expect(ofTownship.total).toBe(GOALS / 3);
    expect(ofTownship.goals).toHaveLength(ENTITY_GOAL_LIMIT); // the first screenful; the rest is in the ledger
    expect(ofTownship.goals.every((g) => g.township === "石室乡")).toBe(true);
    const overview = await getGoalOverview({ asOf });
    expect(overview.total).toBe(GOALS);
  });
});
