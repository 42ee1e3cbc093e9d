// The explorer's text filter for one- and two-character queries (户, 小区): answered off a character index
// (lib/db/indicator-search.ts: fts5 on SQLite, a GIN index on PostgreSQL). Either way its total, its pages and its CSV
// must be what a plain scan of every number finds (label, number or sentence holds the query; rejected and incidental
// rows hidden unless asked for), after ingesting the seeds, after re-extraction, after review decisions and after deletion. Runs
// on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../lib/generated/prisma/client";
import type { Db } from "../../lib/db/client";
import { dialectOf } from "../../lib/db/dialect";
import { listIndicators } from "../../lib/data/indicators/list-indicators";
import { refreshIndicatorSearch } from "../../lib/db/indicator-search";
import { sqlRunner } from "../../lib/db/sql-runner";
import { reextractIssues } from "../../lib/ingest/reextract-issues";
import { addIndicator, reviewIndicator } from "../../lib/review/review-items";
import type { TIndicatorFilters } from "../../lib/validations/indicator-filters";
import { readIndicatorRows } from "../support/read-indicator-rows";
import { createSeededDb, type SeededDb } from "./overview-seed-db";

let seeded: SeededDb;

beforeAll(async () => {
  seeded = await createSeededDb();
}, 120_000);
afterAll(async () => {
  await seeded?.cleanup();
});

// Every matching id in the explorer's date order, by a scan of every number and its article's text.
async function scanIds(db: Db, filters: TIndicatorFilters): Promise<number[]> {
  const needle = filters.q!.toLowerCase();
  const contains = (haystack: Prisma.Sql) =>
    dialectOf(db) === "sqlite" ? Prisma.sql`instr(${haystack}, ${needle}) > 0` : Prisma.sql`strpos(${haystack}, ${needle}) > 0`;
  const and = [
    Prisma.sql`(${contains(Prisma.sql`lower(coalesce(i."metric", ''))`)} OR ${contains(Prisma.sql`lower(i."text")`)}
      OR ${contains(Prisma.sql`lower(substr(a."text", i."sentenceStart" + 1, i."sentenceEnd" - i."sentenceStart"))`)})`,
  ];
  if (filters.rejected !== "show") and.push(Prisma.sql`i."review" <> 'rejected'`);
  if (filters.incidental !== "show") and.push(Prisma.sql`i."core" = TRUE`);
  if (filters.unit) and.push(Prisma.sql`i."unit" = ${filters.unit}`);
  const rows = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT i."id" AS id FROM "Indicator" i JOIN "Article" a ON a."id" = i."articleId" WHERE ${Prisma.join(and, " AND ")}
    ORDER BY i."issueDate" DESC NULLS LAST, i."articleId" ASC, i."start" ASC, i."id" ASC`;
  return rows.map((row) => Number(row.id));
}

// Short queries drawn from the stored numbers themselves: the commonest characters and pairs of their sentences (so
// the totals are large), a unit, a digit, punctuation, ASCII in either case, and a character in no sentence.
async function queries(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<{ s: string }[]>`
    SELECT substr(a."text", i."sentenceStart" + 1, i."sentenceEnd" - i."sentenceStart") AS s
    FROM "Indicator" i JOIN "Article" a ON a."id" = i."articleId"`;
  const counts = new Map<string, number>();
  for (const { s } of rows) {
    const chars = [...s];
    for (const gram of new Set(chars.flatMap((c, k) => (k + 1 < chars.length ? [c, c + chars[k + 1]] : [c])))) {
      if (/^[\u4e00-\u9fff]{1,2}$/.test(gram)) counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  const byCount = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const singles = byCount.filter(([g]) => g.length === 1).slice(0, 3).map(([g]) => g);
  const pairs = byCount.filter(([g]) => g.length === 2).slice(0, 3).map(([g]) => g);
  const rare = byCount.filter(([g, n]) => g.length === 2 && n === 1).slice(0, 2).map(([g]) => g);
  return [...singles, ...pairs, ...rare, "户", "万元", "1", "，", "%", "a", "A", "镕"];
}

async function expectScanAnswers(db: Db, filters: TIndicatorFilters) {
  const expected = await scanIds(db, filters);
  const page = await listIndicators(filters, db);
  expect(page.totalCapped, filters.q).toBe(false);
  expect(page.total, filters.q).toBe(expected.length);
  expect(page.rows.map((row) => row.id), filters.q).toEqual(expected.slice(0, page.pageSize));
  if (page.pageCount > 1) {
    const last = await listIndicators({ ...filters, page: page.pageCount }, db);
    expect(last.rows.map((row) => row.id), filters.q).toEqual(expected.slice((page.pageCount - 1) * page.pageSize));
  }
  expect((await readIndicatorRows(filters, db)).map((row) => row.id), filters.q).toEqual(expected);
  return expected.length;
}

async function expectAllQueries(db: Db) {
  if (dialectOf(db) === "sqlite") {
    // SQLite answers from the character index: one document per number, filed under its issue.
    const [indexed] = await db.$queryRaw<{ n: number | bigint }[]>`SELECT SUM("doc") AS n FROM "IndicatorGramsVocab" WHERE "term" LIKE 'i%'`;
    expect(Number(indexed.n)).toBe(await db.indicator.count());
  } else {
    // PostgreSQL's, kept by triggers: one row per number (none left over), holding its texts as the scan reads them.
    const [stale] = await db.$queryRaw<{ n: number | bigint }[]>`
      SELECT COUNT(*) AS n FROM "IndicatorGrams" g
      FULL JOIN ("Indicator" i JOIN "Article" a ON a."id" = i."articleId") ON i."id" = g."id"
      WHERE g."id" IS NULL OR i."id" IS NULL OR g."rejected" <> (i."review" = 'rejected') OR g."core" <> i."core"
         OR g."texts" <> ARRAY[lower(coalesce(i."metric", '')), lower(i."text"),
                               lower(substr(a."text", i."sentenceStart" + 1, i."sentenceEnd" - i."sentenceStart"))]`;
    expect(Number(stale.n)).toBe(0);
    expect(await db.$queryRaw`SELECT 1 FROM "IndicatorGrams" LIMIT 1`).toHaveLength(1);
  }
  const found = [];
  let incidentalShown = 0;
  for (const q of await queries(db)) {
    const core = await expectScanAnswers(db, { q });
    found.push(core);
    // Incidental numbers (ages, story durations) are hidden unless asked for, by a short query as by any list.
    incidentalShown += (await expectScanAnswers(db, { q, incidental: "show" })) - core;
  }
  // The queries are not all trivial: some find many numbers, at least one finds none, some find incidental ones.
  expect(Math.max(...found)).toBeGreaterThan(50);
  expect(found).toContain(0);
  expect(incidentalShown).toBeGreaterThan(0);
}

describe("a short text query", () => {
  it("finds what a scan finds after ingesting the seeds", async () => {
    await expectAllQueries(seeded.db);
    // With other filters and other orders too.
    const [unit] = await seeded.db.$queryRaw<{ unit: string }[]>`SELECT "unit" FROM "Indicator" GROUP BY "unit" ORDER BY COUNT(*) DESC LIMIT 1`;
    await expectScanAnswers(seeded.db, { q: unit.unit, unit: unit.unit });
    const byValue = await listIndicators({ q: "户", sort: "value", dir: "asc" }, seeded.db);
    expect(byValue.rows.map((row) => row.value)).toEqual([...byValue.rows.map((row) => row.value)].sort((a, b) => a - b));
    expect(byValue.total).toBe((await scanIds(seeded.db, { q: "户" })).length);
  });

  it("finds what a scan finds after re-extracting every issue", async () => {
    const results = await reextractIssues(seeded.db);
    expect(results.filter((r) => r.status !== "replaced")).toEqual([]);
    await expectAllQueries(seeded.db);
  });

  it("follows review decisions: a rejection, a corrected label, an added number", async () => {
    const db = seeded.db;
    const [q] = await queries(db);
    const before = (await scanIds(db, { q })).length;
    const [rejected] = await scanIds(db, { q });
    await reviewIndicator(db, "tester", { action: "reject", id: rejected });
    expect(await expectScanAnswers(db, { q })).toBe(before - 1);
    expect(await expectScanAnswers(db, { q, rejected: "show" })).toBe(before);

    // A label no sentence holds: only the corrected number has it.
    expect(await expectScanAnswers(db, { q: "镕" })).toBe(0);
    const other = await db.indicator.findFirstOrThrow({ where: { review: "machine" }, orderBy: { id: "desc" } });
    await reviewIndicator(db, "tester", { action: "correct", id: other.id, fields: { metric: "镕炉数" } });
    expect((await listIndicators({ q: "镕" }, db)).rows.map((row) => row.id)).toEqual([other.id]);
    expect(await expectScanAnswers(db, { q: "镕炉" })).toBe(1);

    const article = await db.article.findFirstOrThrow({ where: { kind: { not: "banner" } }, orderBy: { id: "asc" } });
    const added = await addIndicator(db, "tester", { articleId: article.id, start: 0, end: 2, fields: { value: 5, unit: "镕", metric: "镕" } });
    expect((await listIndicators({ q: "镕" }, db)).rows.map((row) => row.id).sort()).toEqual([other.id, added.id].sort());
    await expectAllQueries(db);
  });

  it("forgets the numbers of a deleted issue and follows an article's changed text", async () => {
    const db = seeded.db;
    // The issue of the first number that matches 户.
    const matching = await scanIds(db, { q: "户" });
    const { article: issue } = await db.indicator.findUniqueOrThrow({ where: { id: matching[0] }, select: { article: { select: { issueId: true } } } });
    await db.issue.delete({ where: { id: issue.issueId } });
    // SQLite's index is rebuilt per issue by whoever changes it (PostgreSQL's follows by itself: a no-op there).
    await refreshIndicatorSearch(sqlRunner(db, db), [issue.issueId]);
    expect(await expectScanAnswers(db, { q: "户" })).toBeLessThan(matching.length);
    await expectAllQueries(db);

    // A number's sentence is a span of its article's text: a changed text changes what its numbers hold.
    const number = await db.indicator.findFirstOrThrow({ where: { review: { not: "rejected" }, sentenceEnd: { gt: 0 } }, orderBy: { id: "asc" } });
    const article = await db.article.findUniqueOrThrow({ where: { id: number.articleId } });
    const text = article.text.slice(0, number.sentenceStart) + "镕".repeat(number.sentenceEnd - number.sentenceStart) + article.text.slice(number.sentenceEnd);
    await db.article.update({ where: { id: article.id }, data: { text } });
    await refreshIndicatorSearch(sqlRunner(db, db), [article.issueId]);
    expect((await listIndicators({ q: "镕镕" }, db)).rows.map((row) => row.id)).toContain(number.id);
    await expectAllQueries(db);
  });
});
