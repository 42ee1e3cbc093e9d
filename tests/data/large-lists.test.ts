import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getIssueDetail } from "@/lib/data/issue-detail";
import { listAllIndicators, listIndicators } from "@/lib/data/indicators";
import { useTempDatabase } from "../ingest/support";

// Lists far past SQLite's (and Prisma's) bound-parameter limit: a text query matching thousands of numbers, an issue
// of 1,200 articles. Nothing may be sent as an `IN (…)` list of that many ids.
const ARTICLES = 1200;
const MATCHING = 2500;

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
    const all = await listAllIndicators({ q: "户" });
    expect(all).toHaveLength(MATCHING);
    expect(new Set(all.map((row) => row.id)).size).toBe(MATCHING);
    // Without a query the CSV path reads the article texts of 1,200 articles too.
    expect(await listAllIndicators({})).toHaveLength(MATCHING);
    expect((await listIndicators({ q: "没有这个词" })).total).toBe(0);
  });

  it("an issue page with 1,200 articles", async () => {
    const issue = await ctx.db.issue.findFirstOrThrow();
    const detail = await getIssueDetail(issue.id);
    expect(detail?.articles).toHaveLength(ARTICLES);
    expect(detail?.totals.indicators).toBe(MATCHING);
    expect(detail?.articles[0].indicators).toHaveLength(3);
  });
});
