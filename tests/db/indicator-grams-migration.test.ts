// A database that already held numbers when PostgreSQL's character index arrived
// (prisma/migrations-postgresql/20261207193700_pg_indicator_gram_index, a no-op on SQLite): after prepareDatabase its
// short queries give what the scan gives, on PostgreSQL off the index the migration filled (one row per number, its
// rejected flag kept). Runs on SQLite and PostgreSQL.
import { cpSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listIndicators } from "@/lib/data/indicators/list-indicators";
import { getDb, type Db } from "@/lib/db/client";
import { countGramRowsPostgres, refreshIndicatorSearch } from "@/lib/db/indicator-search";
import { migratePostgres, migrateSqlite, migrationsDir } from "@/lib/db/migrate";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { sqlRunner } from "@/lib/db/sql-runner";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const INDEX_MIGRATION = "20261207193700_pg_indicator_gram_index";

describe("PostgreSQL's character index on a database that held numbers before it", () => {
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = createTestDatabase({ migrated: false });
    // The schema as it was just before the index.
    const older = path.join(database.dir, "migrations");
    const dir = migrationsDir(process.cwd(), database.dialect);
    for (const name of readdirSync(dir).filter((name) => name < INDEX_MIGRATION)) {
      cpSync(path.join(dir, name), path.join(older, name), { recursive: true });
    }
    if (database.dialect === "postgresql") await migratePostgres(database.url, { dir: older });
    else migrateSqlite(database.url.replace(/^file:/, ""), { dir: older });
    process.env.DATABASE_URL = database.url;
    db = getDb();
    const text = "全村共有300户。另有2个自然村，小区5个。";
    const issueIds: number[] = [];
    for (const [k, date] of ["2022-04-13", "2022-05-25"].entries()) {
      const issue = await db.issue.create({ data: { contentHash: `old${k}`, fileName: `old${k}.txt`, encoding: "utf-8", byteSize: 1, rawText: "", date } });
      issueIds.push(issue.id);
      const article = await db.article.create({ data: { issueId: issue.id, position: 0, kind: "news", title: "户数", text } });
      const row = (i: number, unit: string, sentenceStart: number, sentenceEnd: number, review = "machine", core = true) => ({
        articleId: article.id, text: `${i}${unit}`, value: i, unit, approx: "exact", role: "actual", start: 0, end: 1,
        sentenceStart, sentenceEnd, issueDate: date, review, core,
      });
      await db.indicator.createMany({
        data: [
          ...Array.from({ length: 30 }, (_, i) => row(i, "户", 0, 8, i % 10 === 0 ? "rejected" : "machine")),
          ...Array.from({ length: 4 }, (_, i) => row(i, "个", 8, text.length)),
          row(99, "M", 8, 8), // in its number alone (empty sentence), upper case
          ...Array.from({ length: 3 }, (_, i) => row(80 + i, "岁", 0, 8, "machine", false)), // incidental: ages
        ],
      });
    }
    // What ingestion does after storing numbers: SQLite's index (fts5, already there) is filled by whoever writes.
    await refreshIndicatorSearch(sqlRunner(db, db), issueIds);
    await db.$disconnect();
    await prepareDatabase(database.url);
    db = getDb();
  }, 120_000);
  afterAll(async () => {
    await db?.$disconnect();
    await database?.cleanup();
  });

  it("answers short queries as the scan does, from an index filled by the migration", async () => {
    expect(await listIndicators({ q: "户" }, db)).toMatchObject({ total: 54, totalCapped: false }); // 60 numbers, 6 rejected
    expect((await listIndicators({ q: "户", rejected: "show" }, db)).total).toBe(60);
    // Six ages share the sentence of 户: incidental, hidden unless asked for.
    expect((await listIndicators({ q: "户", incidental: "show" }, db)).total).toBe(60);
    expect((await listIndicators({ q: "户", incidental: "show", rejected: "show" }, db)).total).toBe(66);
    expect((await listIndicators({ q: "岁" }, db)).total).toBe(0);
    expect((await listIndicators({ q: "小区" }, db)).total).toBe(8);
    expect((await listIndicators({ q: "镕" }, db)).total).toBe(0);
    expect((await listIndicators({ q: "M" }, db)).total).toBe(2);
    expect((await listIndicators({ q: "9m" }, db)).total).toBe(2);
    if (database.dialect === "postgresql") {
      const [rows] = await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n FROM "IndicatorGrams"`;
      expect(Number(rows.n)).toBe(76);
      const hidden = { rejected: false, incidental: false };
      expect(await countGramRowsPostgres(db, "户", hidden)).toBe(54);
      expect(await countGramRowsPostgres(db, "户", { rejected: true, incidental: false })).toBe(60);
      expect(await countGramRowsPostgres(db, "户", { rejected: false, incidental: true })).toBe(60);
      expect(await countGramRowsPostgres(db, "小区", hidden)).toBe(8);
      expect(await countGramRowsPostgres(db, "区5", hidden)).toBe(8);
      expect(await countGramRowsPostgres(db, "0户", hidden)).toBe(54); // a digit and a character
      expect(await countGramRowsPostgres(db, "，小", hidden)).toBe(8); // punctuation is a character too
      expect(await countGramRowsPostgres(db, "村共有", hidden)).toBe(0); // three characters are no gram
      // The index's function (PL/pgSQL since 20261208003000) gives the keys its first SQL body gave, as a set: every
      // character (code point) and every pair of adjacent ones, of each text on its own.
      for (const sample of ["", "户", "全村共有300户。", "A😀b\u0301c", "老旧小区改造"]) {
        const [row] = await db.$queryRaw<{ grams: string[]; first: string[] }[]>`
          SELECT "indicator_grams"(ARRAY[${sample}::text, 'xy']) AS "grams",
                 (SELECT coalesce(array_agg(g), '{}') FROM unnest(ARRAY[${sample}::text, 'xy']) AS t(s), generate_series(1, char_length(s)) AS k,
                    LATERAL (VALUES (substr(s, k, 1)), (substr(s, k, 2))) AS v(g)) AS "first"`;
        const chars = [...sample];
        const expected = new Set([...chars, ...chars.slice(1).map((c, i) => chars[i] + c), "x", "y", "xy"]);
        expect(new Set(row.grams), sample).toEqual(expected);
        expect(new Set(row.first), sample).toEqual(expected);
      }
    }
  });
});
