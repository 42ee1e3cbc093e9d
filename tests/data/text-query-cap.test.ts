import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readIndicatorRows } from "../support/read-indicator-rows";
import { listIndicators, TEXT_QUERY_COUNT_CAP } from "@/lib/data/indicators/list-indicators";
import { refreshIndicatorSearch } from "@/lib/db/indicator-search";
import { sqlRunner } from "@/lib/db/sql-runner";
import { useTempDatabase } from "../ingest/support";

// A text query matching more numbers than the explorer counts by a scan: the page says "more than", offers the first
// pages only, and the CSV still holds every matching row. One or two characters have their own index
// (lib/db/indicator-search.ts, on SQLite and PostgreSQL) and are counted exactly, however many numbers hold them.
const MATCHING = TEXT_QUERY_COUNT_CAP + 20;

describe("a text query past the count cap", () => {
  let ctx: ReturnType<typeof useTempDatabase>;
  beforeAll(async () => {
    ctx = useTempDatabase();
    const issue = await ctx.db.issue.create({
      data: { contentHash: "cap", fileName: "cap.txt", encoding: "utf-8", byteSize: 1, rawText: "", date: "2022-04-13" },
    });
    const text = "全村共有300户。另有2个自然村。";
    const article = await ctx.db.article.create({ data: { issueId: issue.id, position: 0, kind: "news", title: "户数", text } });
    // What ingestion does for every article on SQLite (lib/db/article-search.ts): queries of 3+ characters use it.
    if (ctx.dialect === "sqlite") {
      await ctx.db.$executeRaw`INSERT INTO "ArticleSearch" (rowid, "title", "body") VALUES (${article.id}, ${"户数"}, ${text})`;
    }
    const row = (value: number, sentenceStart: number, sentenceEnd: number, unit: string) => ({
      articleId: article.id, text: `${value}${unit}`, value, unit, approx: "exact", role: "actual", start: sentenceStart + 4, end: sentenceStart + 8,
      sentenceStart, sentenceEnd, issueDate: "2022-04-13",
    });
    await ctx.db.indicator.createMany({ data: Array.from({ length: MATCHING }, (_, i) => row(i, 0, 8, "户")) });
    // Numbers whose sentence does not hold the word: never counted.
    await ctx.db.indicator.createMany({ data: Array.from({ length: 30 }, (_, i) => row(i, 8, text.length, "个")) });
    // And what ingestion does after storing numbers: the character index of short queries (SQLite; PostgreSQL's
    // triggers have already filled it).
    await refreshIndicatorSearch(sqlRunner(ctx.db, ctx.db), [issue.id]);
  }, 120_000);
  afterAll(async () => {
    await ctx.cleanup();
  });

  it("counts a longer query up to the cap, says so, and keeps every row for the CSV", async () => {
    const first = await listIndicators({ q: "全村共" });
    expect(first.totalCapped).toBe(true);
    expect(first.total).toBe(TEXT_QUERY_COUNT_CAP);
    expect(first.pageCount).toBe(TEXT_QUERY_COUNT_CAP / first.pageSize);
    // A page past the offered ones shows the last offered page, full.
    const past = await listIndicators({ q: "全村共", page: first.pageCount + 5 });
    expect(past.page).toBe(first.pageCount);
    expect(past.rows).toHaveLength(first.pageSize);
    expect(await readIndicatorRows({ q: "全村共" })).toHaveLength(MATCHING);
  });

  it("counts one or two characters exactly, past the cap", async () => {
    for (const q of ["户", "全村"]) {
      const first = await listIndicators({ q });
      expect(first).toMatchObject({ total: MATCHING, totalCapped: false });
      const last = await listIndicators({ q, page: first.pageCount });
      expect(last.rows).toHaveLength(MATCHING - (first.pageCount - 1) * first.pageSize);
      expect(await readIndicatorRows({ q })).toHaveLength(MATCHING);
    }
  });

  it("a query under the cap gives the exact total", async () => {
    // Three characters: found in the sentence only (neither label nor number holds them), through the trigram index.
    expect(await listIndicators({ q: "自然村" })).toMatchObject({ total: 30, totalCapped: false });
    const byUnit = await listIndicators({ q: "个" });
    expect(byUnit).toMatchObject({ total: 30, totalCapped: false });
  });
});
