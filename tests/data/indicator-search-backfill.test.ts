// A SQLite database that already held numbers when the character index of short queries arrived
// (prisma/migrations/20261207170300_indicator_gram_search): until prepareDatabase has filled the index the explorer
// keeps its scan, with the same answers; afterwards it answers off the index, still the same; a new database needs no
// fill. SQLite only (PostgreSQL has no such index), so it runs in the "unit" project alone.
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listIndicators } from "@/lib/data/indicators/list-indicators";
import { getDb } from "@/lib/db/client";
import { backfillIndicatorSearchSqlite, INDICATOR_SEARCH_PENDING_KEY, indicatorTokens } from "@/lib/db/indicator-search";
import { migrateSqlite, migrationsDir } from "@/lib/db/migrate";
import { prepareDatabase } from "@/lib/db/prepare-database";

const INDEX_MIGRATION = "20261207170300_indicator_gram_search";

describe("the character index on a database that held numbers before it", () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "zhibiao-grams-"));
    file = path.join(dir, "old.db");
    // The schema as it was just before the index.
    const older = path.join(dir, "migrations");
    for (const name of readdirSync(migrationsDir()).filter((name) => name < INDEX_MIGRATION)) {
      cpSync(path.join(migrationsDir(), name), path.join(older, name), { recursive: true });
    }
    migrateSqlite(file, { dir: older });
    const db = new Database(file);
    // Three issues, so the fill can be stopped and resumed between them.
    const text = "全村共有300户。另有2个自然村，小区5个。";
    const articles = ["2022-04-13", "2022-05-25", "2022-07-31"].map((date, k) => {
      const issue = db.prepare(`INSERT INTO "Issue" ("contentHash", "fileName", "encoding", "byteSize", "rawText", "date") VALUES (?, ?, 'utf-8', 1, '', ?)`).run(`old${k}`, `old${k}.txt`, date);
      return db.prepare(`INSERT INTO "Article" ("issueId", "position", "kind", "title", "text") VALUES (?, 0, 'news', '户数', ?)`).run(issue.lastInsertRowid, text).lastInsertRowid;
    });
    const insert = db.prepare(
      `INSERT INTO "Indicator" ("articleId", "text", "value", "unit", "approx", "role", "start", "end", "sentenceStart", "sentenceEnd", "issueDate", "review")
       VALUES (?, ?, ?, ?, 'exact', 'actual', 0, 1, ?, ?, '2022-04-13', ?)`,
    );
    for (let i = 0; i < 60; i++) insert.run(articles[i % 3], `${i}户`, i, "户", 0, 8, i % 10 === 0 ? "rejected" : "machine");
    for (let i = 0; i < 7; i++) insert.run(articles[i % 3], `${i}个`, i, "个", 8, text.length, "machine");
    db.close();
    cpSync(file, path.join(dir, "old-copy.db"));
  });
  afterAll(async () => {
    await getDb().$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  const answers = async () => {
    const page = async (q: string) => {
      const { total, totalCapped, rows } = await listIndicators({ q });
      return { total, totalCapped, ids: rows.map((row) => row.id) };
    };
    return { hu: await page("户"), pair: await page("小区"), none: await page("镕"), rejected: (await listIndicators({ q: "户", rejected: "show" })).total };
  };

  it("answers by the scan until filled, then off the index, the same", async () => {
    migrateSqlite(file);
    const sqlite = new Database(file);
    const pending = () => sqlite.prepare(`SELECT "value" FROM "AppSetting" WHERE "key" = ?`).get(INDICATOR_SEARCH_PENDING_KEY);
    expect(pending()).toEqual({ value: "pending" });
    process.env.DATABASE_URL = `file:${file}`;
    const scanned = await answers();
    expect(scanned.hu.total).toBe(54); // 60 numbers of 户, 6 of them rejected
    expect(scanned.pair.total).toBe(7);
    expect(scanned.rejected).toBe(60);
    await getDb().$disconnect();

    await prepareDatabase(`file:${file}`);
    expect(pending()).toBeUndefined();
    const [indexed] = sqlite.prepare(`SELECT SUM("doc") AS n FROM "IndicatorGramsVocab" WHERE "term" LIKE 'i%'`).all() as { n: number }[];
    expect(indexed.n).toBe(67);
    sqlite.close();
    expect(await answers()).toEqual(scanned);
    // Filled once: a second start finds nothing to do.
    expect(backfillIndicatorSearchSqlite(file)).toBe(0);
  });

  it("a new database is indexed as it is filled: nothing to backfill", () => {
    const fresh = path.join(dir, "new.db");
    migrateSqlite(fresh);
    const sqlite = new Database(fresh);
    expect(sqlite.prepare(`SELECT 1 FROM "AppSetting" WHERE "key" = ?`).get(INDICATOR_SEARCH_PENDING_KEY)).toBeUndefined();
    sqlite.close();
    expect(backfillIndicatorSearchSqlite(fresh)).toBe(0);
  });

  it("fills in short transactions that other writers get between, and resumes where a stopped fill left off", async () => {
    const copy = path.join(dir, "old-copy.db");
    migrateSqlite(copy);
    process.env.DATABASE_URL = `file:${copy}`;
    const scanned = await answers();
    await getDb().$disconnect();
    const stop = new Error("stopped after the first transaction");
    expect(() =>
      backfillIndicatorSearchSqlite(copy, {
        issuesPerTransaction: 1,
        afterTransaction: () => {
          throw stop;
        },
      }),
    ).toThrow(stop);
    const sqlite = new Database(copy);
    const pending = () => (sqlite.prepare(`SELECT "value" FROM "AppSetting" WHERE "key" = ?`).get(INDICATOR_SEARCH_PENDING_KEY) as { value: string } | undefined)?.value;
    const firstIssue = (sqlite.prepare(`SELECT MIN("id") AS id FROM "Issue"`).get() as { id: number }).id;
    expect(pending()).toBe(String(firstIssue)); // one issue filled, the key still there: the explorer keeps its scan
    // Between two transactions another writer gets the lock at once (busy timeout 0: a held lock would throw).
    const other = new Database(copy, { timeout: 0 });
    const writesBetween: number[] = [];
    const filled = backfillIndicatorSearchSqlite(copy, {
      issuesPerTransaction: 1,
      afterTransaction: (n) => {
        other.transaction(() => other.prepare(`UPDATE "Issue" SET "paper" = 'between' WHERE "id" = ?`).run(firstIssue)).immediate();
        writesBetween.push(n);
      },
    });
    other.close();
    expect(filled).toBe(2); // the two issues left
    expect(writesBetween).toEqual([1, 2]);
    expect(pending()).toBeUndefined();
    const [indexed] = sqlite.prepare(`SELECT SUM("doc") AS n FROM "IndicatorGramsVocab" WHERE "term" LIKE 'i%'`).all() as { n: number }[];
    expect(indexed.n).toBe(67); // every number once, the first issue's rows not doubled
    sqlite.close();
    process.env.DATABASE_URL = `file:${copy}`;
    expect(await answers()).toEqual(scanned);
  });
});

// A database indexed before the index marked incidental numbers (prisma/migrations/20261208000000_indicator_gram_incidental):
// its documents say nothing of them, so the migration has the fill run again, and a short query then hides them as a
// long one does.
describe("the character index on a database indexed before incidental numbers were marked", () => {
  const MARK_MIGRATION = "20261208000000_indicator_gram_incidental";
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "zhibiao-grams-incidental-"));
    file = path.join(dir, "old.db");
    const older = path.join(dir, "migrations");
    for (const name of readdirSync(migrationsDir()).filter((name) => name < MARK_MIGRATION)) {
      cpSync(path.join(migrationsDir(), name), path.join(older, name), { recursive: true });
    }
    migrateSqlite(file, { dir: older });
    const db = new Database(file);
    const text = "全村共有300户，其中80岁以上老人12人。";
    const issue = db.prepare(`INSERT INTO "Issue" ("contentHash", "fileName", "encoding", "byteSize", "rawText", "date") VALUES ('old', 'old.txt', 'utf-8', 1, '', '2022-04-13')`).run();
    const article = db.prepare(`INSERT INTO "Article" ("issueId", "position", "kind", "title", "text") VALUES (?, 0, 'news', '户数', ?)`).run(issue.lastInsertRowid, text);
    const insert = db.prepare(
      `INSERT INTO "Indicator" ("articleId", "text", "value", "unit", "approx", "role", "start", "end", "sentenceStart", "sentenceEnd", "issueDate", "review", "core")
       VALUES (?, ?, ?, ?, 'exact', 'actual', 0, 1, 0, ?, '2022-04-13', 'machine', ?)`,
    );
    // 20 households counted (core), 5 ages in the same sentence (incidental).
    for (let i = 0; i < 20; i++) insert.run(article.lastInsertRowid, `${i}户`, i, "户", text.length, 1);
    for (let i = 0; i < 5; i++) insert.run(article.lastInsertRowid, `${80 + i}岁`, 80 + i, "岁", text.length, 0);
    // The documents as the index wrote them before: no mark on incidental numbers.
    const ids = db.prepare(`SELECT "id" FROM "Indicator" ORDER BY "id"`).all() as { id: number }[];
    const write = db.prepare(`INSERT INTO "IndicatorGrams" (rowid, "grams") VALUES (?, ?)`);
    for (const { id } of ids) write.run(id, indicatorTokens({ texts: ["", "", text], issueId: Number(issue.lastInsertRowid), rejected: false, core: true }));
    db.close();
  });
  afterAll(async () => {
    await getDb().$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is filled again, and short queries then hide incidental numbers unless asked for", async () => {
    migrateSqlite(file);
    const sqlite = new Database(file);
    expect(sqlite.prepare(`SELECT "value" FROM "AppSetting" WHERE "key" = ?`).get(INDICATOR_SEARCH_PENDING_KEY)).toEqual({ value: "pending" });
    process.env.DATABASE_URL = `file:${file}`;
    // Until the fill: the scan, which already hides them.
    expect((await listIndicators({ q: "户" })).total).toBe(20);
    await getDb().$disconnect();
    await prepareDatabase(`file:${file}`);
    expect(sqlite.prepare(`SELECT 1 FROM "AppSetting" WHERE "key" = ?`).get(INDICATOR_SEARCH_PENDING_KEY)).toBeUndefined();
    sqlite.close();
    // Off the index: one character and a pair, hidden by default, listed on request.
    expect((await listIndicators({ q: "户" })).total).toBe(20);
    expect((await listIndicators({ q: "老人" })).total).toBe(20);
    expect((await listIndicators({ q: "户", incidental: "show" })).total).toBe(25);
    expect((await listIndicators({ q: "岁以", incidental: "show" })).total).toBe(25);
    expect((await listIndicators({ q: "岁" })).rows.every((row) => row.unit === "户")).toBe(true);
  });
});
