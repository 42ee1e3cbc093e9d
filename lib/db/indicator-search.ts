import Database from "better-sqlite3";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { dialectOf } from "./dialect";
import type { SqlRunner } from "./sql-runner";

// The explorer's text filter for queries of one or two characters (户, 小区) on SQLite: a character index of every
// number's label, number-as-written and sentence. fts5's trigram index (ArticleSearch) cannot hold them, and without an
// index a rare pair of characters scanned every number's article (10,000 issues: 5–9 s) and a common one could only
// be counted up to a cap (bench/RESULTS.md §5).
// - "IndicatorGrams": an fts5 table, contentless (content='', contentless_delete=1, detail=none: only which rows hold
//   a token), rowid = Indicator.id. Its tokens are every character and every pair of adjacent characters of the three
//   texts the explorer matches (lower(metric), lower(text), lower(sentence), exactly as the SQL scan reads them), each
//   written as `g` + the hex of its UTF-8 bytes (so punctuation, digits and spaces are tokens too), plus `i<issueId>`
//   (to drop an issue's rows), `r` on rejected rows and `n` on incidental ones (both hidden by default).
// - "IndicatorGramsVocab" (fts5vocab): how many rows hold a token, read in one index seek: the count of a query with no
//   other filter.
// Rebuilt per issue in the transaction that changed its numbers (storing, re-extracting, reviewing), as the summary
// tables are. PostgreSQL has no fts5: its "IndicatorGrams" is a table with a GIN index, kept by triggers (the end of
// this file).
// A database migrated to this index before its rows were indexed holds the AppSetting key below until
// backfillIndicatorSearchSqlite has filled it; until then the explorer keeps its scan.

export const INDICATOR_SEARCH_PENDING_KEY = "indicatorGrams.backfill";

const REJECTED_TOKEN = "r";
const INCIDENTAL_TOKEN = "n";

// Which of the rows hidden by default a query shows: rejected ones (rejected=show), incidental ones (incidental=show).
export type GramRowsShown = { rejected: boolean; incidental: boolean };

// The longest query the index answers by itself; longer ones go through ArticleSearch's trigrams.
export const MAX_GRAM_LENGTH = 2;

// UTF-8 hex per character, cached: a pair's bytes are its two characters' bytes, and a backfill encodes ~40 M grams.
const hexCache = new Map<string, string>();
function hexOf(char: string): string {
  let hex = hexCache.get(char);
  if (hex === undefined) {
    hex = Buffer.from(char, "utf8").toString("hex");
    if (hexCache.size < 100_000) hexCache.set(char, hex);
  }
  return hex;
}

const gramToken = (gram: string) => `g${[...gram].map(hexOf).join("")}`;

// The token of a query of one or two characters (already lowered as the explorer lowers it), else null.
export function queryToken(needle: string): string | null {
  const length = [...needle].length;
  return length >= 1 && length <= MAX_GRAM_LENGTH ? gramToken(needle) : null;
}

// One row's document: the tokens of its texts (each text on its own: no pair spans two of them).
export function indicatorTokens(row: { texts: string[]; issueId: number; rejected: boolean; core: boolean }): string {
  const tokens = new Set<string>();
  for (const text of row.texts) {
    const hex = [...text].map(hexOf);
    for (let k = 0; k < hex.length; k++) {
      tokens.add(`g${hex[k]}`);
      if (k + 1 < hex.length) tokens.add(`g${hex[k]}${hex[k + 1]}`);
    }
  }
  tokens.add(`i${row.issueId}`);
  if (row.rejected) tokens.add(REJECTED_TOKEN);
  if (!row.core) tokens.add(INCIDENTAL_TOKEN);
  return [...tokens].join(" ");
}

// The texts as the explorer's scan reads them (SQLite's lower() folds ASCII only; substr counts characters), so the
// index and the scan agree on every row.
const ROWS_OF_ISSUE = `
  SELECT i."id" AS "id", i."review" AS "review", i."core" AS "core", lower(coalesce(i."metric", '')) AS "metric", lower(i."text") AS "text",
         lower(substr(a."text", i."sentenceStart" + 1, i."sentenceEnd" - i."sentenceStart")) AS "sentence"
  FROM "Article" a JOIN "Indicator" i ON i."articleId" = a."id" WHERE a."issueId" = ?`;

type IssueRow = { id: number; review: string; core: number | boolean; metric: string; text: string; sentence: string };

const documentOf = (row: IssueRow, issueId: number) => ({
  rowid: row.id,
  grams: indicatorTokens({ texts: [row.metric, row.text, row.sentence], issueId, rejected: row.review === "rejected", core: Boolean(row.core) }),
});

const DELETE_ISSUE_DOCUMENTS = `DELETE FROM "IndicatorGrams" WHERE rowid IN (SELECT rowid FROM "IndicatorGrams" WHERE "IndicatorGrams" MATCH ?)`;

// The one replacement of issues' documents, for the transaction that changed their numbers (refreshIndicatorSearch,
// an async SqlRunner) and the fill (backfillIndicatorSearchSqlite, a synchronous connection): given each issue's rows
// as ROWS_OF_ISSUE reads them now, the DELETE_ISSUE_DOCUMENTS parameters to run first and the documents to insert
// after, in rowid order. fts5 writes its pending rows out as a new segment before a delete and before a rowid lower
// than the last pending one, so interleaving them cost a segment (and its merges) per issue: ~80 ms per re-extracted
// issue instead of a few. (The reads touch no IndicatorGrams row, so they may come before the deletes.)
function replacementOf(issues: readonly { issueId: number; rows: readonly IssueRow[] }[]) {
  return {
    deletes: issues.map(({ issueId }) => [`"i${issueId}"`]),
    documents: issues.flatMap(({ issueId, rows }) => rows.map((row) => documentOf(row, issueId))).sort((a, b) => a.rowid - b.rowid),
  };
}

// Replaces the issues' documents with their numbers as they now stand. Call it in the transaction that changed them.
export async function refreshIndicatorSearch(sql: SqlRunner, issueIds: readonly number[]): Promise<void> {
  if (sql.dialect !== "sqlite") return;
  const issues: { issueId: number; rows: IssueRow[] }[] = [];
  for (const issueId of new Set(issueIds)) issues.push({ issueId, rows: await sql.all<IssueRow>(ROWS_OF_ISSUE, [issueId]) });
  const { deletes, documents } = replacementOf(issues);
  for (const params of deletes) await sql.run(DELETE_ISSUE_DOCUMENTS, params);
  await sql.insert("IndicatorGrams", documents);
}

// Indexes every issue of a database migrated before the index existed, once (the migration leaves the AppSetting key
// with the value "pending"; the last transaction removes it). The fill runs in short transactions of a few issues each,
// its progress (the last issue id filled) kept in the key's value: 10,000 issues take minutes, and one long transaction
// made every other writer (a CLI ingest, an upload, a review click) give up after its 120 s busy wait. Between two
// transactions they get the lock; an issue they store or re-extract meanwhile is indexed by their own transaction
// (refreshIndicatorSearch) and, if the fill has not reached it yet, indexed again when it does (its rows replaced). A
// process stopped halfway resumes at its last committed issue. A database already indexed costs one primary-key lookup.
// Returns the number of issues filled by this call.
export function backfillIndicatorSearchSqlite(
  filePath: string,
  options: { issuesPerTransaction?: number; afterTransaction?: (filled: number) => void } = {},
): number {
  const perTransaction = options.issuesPerTransaction ?? 50;
  const db = new Database(filePath, { timeout: 120_000 });
  try {
    const progress = () =>
      (db.prepare(`SELECT "value" FROM "AppSetting" WHERE "key" = ?`).get(INDICATOR_SEARCH_PENDING_KEY) as { value: string } | undefined)?.value;
    if (progress() === undefined) return 0;
    const nextIssues = db.prepare(`SELECT "id" FROM "Issue" WHERE "id" > ? ORDER BY "id" LIMIT ?`);
    const deleteIssue = db.prepare(DELETE_ISSUE_DOCUMENTS);
    const read = db.prepare(ROWS_OF_ISSUE);
    const insert = db.prepare(`INSERT INTO "IndicatorGrams" (rowid, "grams") VALUES (?, ?)`);
    const saveProgress = db.prepare(`UPDATE "AppSetting" SET "value" = ? WHERE "key" = ?`);
    // fts5's commands; their values are literals (fts5 refuses a bound rank for automerge).
    const command = (sql: string) => db.exec(`INSERT INTO "IndicatorGrams" ("IndicatorGrams", rank) VALUES (${sql})`);
    // One step: the next few issues, or the end. Returns how many issues it filled, or null when the fill is done.
    const step = db.transaction((): number | null => {
      const value = progress();
      if (value === undefined) return null; // another process finished it while this one waited for the lock
      if (value === "pending") {
        // The first step: rows stored before the fill are rewritten by it anyway. Merging along the load is put off to
        // one merge at the end (a merged index also answers a count faster).
        db.exec(`INSERT INTO "IndicatorGrams" ("IndicatorGrams") VALUES ('delete-all')`);
        command("'automerge', 0");
      }
      const after = value === "pending" ? 0 : Number(value);
      const issues = nextIssues.all(after, perTransaction) as { id: number }[];
      if (issues.length === 0) {
        db.exec(`INSERT INTO "IndicatorGrams" ("IndicatorGrams") VALUES ('optimize')`);
        command("'automerge', 4"); // fts5's default, for the issues stored from now on
        db.prepare(`DELETE FROM "AppSetting" WHERE "key" = ?`).run(INDICATOR_SEARCH_PENDING_KEY);
        return null;
      }
      const { deletes, documents } = replacementOf(issues.map(({ id }) => ({ issueId: id, rows: read.all(id) as IssueRow[] })));
      for (const params of deletes) deleteIssue.run(...params);
      for (const doc of documents) insert.run(doc.rowid, doc.grams);
      saveProgress.run(String(issues[issues.length - 1].id), INDICATOR_SEARCH_PENDING_KEY);
      return issues.length;
    });
    let filled = 0;
    for (;;) {
      const issues = step.immediate();
      if (issues === null) return filled;
      filled += issues;
      options.afterTransaction?.(filled);
    }
  } finally {
    db.close();
  }
}

type Queryable = PrismaClient | Prisma.TransactionClient;

// Once a database's index is filled it stays filled: asked once per client.
const ready = new WeakSet<object>();

// Whether short queries can use the index on this database: SQLite with the index filled, or PostgreSQL (filled by
// its migration).
export async function indicatorSearchReady(db: Queryable): Promise<boolean> {
  if (dialectOf(db) === "postgresql") return true;
  if (ready.has(db)) return true;
  const pending = await db.appSetting.findUnique({ where: { key: INDICATOR_SEARCH_PENDING_KEY }, select: { key: true } });
  if (pending) return false;
  ready.add(db);
  return true;
}

// The tokens of the rows a query hides (rejected, incidental), unless it shows them.
const hiddenTokens = (shown: GramRowsShown) =>
  [shown.rejected ? null : REJECTED_TOKEN, shown.incidental ? null : INCIDENTAL_TOKEN].filter((token) => token !== null);

// The fts5 query for rows holding the token, without the hidden ones.
export function gramMatch(token: string, shown: GramRowsShown): string {
  return [`"${token}"`, ...hiddenTokens(shown).map((hidden) => `NOT "${hidden}"`)].join(" ");
}

// Rows holding the token, counted off the index alone: the vocabulary's row count, less the hidden ones (a minority:
// rejected rows are few, incidental ones about a fifth).
export async function countGramRows(db: Queryable, token: string, shown: GramRowsShown): Promise<number> {
  const [all] = await db.$queryRaw<{ n: number | bigint }[]>`SELECT "doc" AS n FROM "IndicatorGramsVocab" WHERE "term" = ${token}`;
  const holding = Number(all?.n ?? 0);
  const hidden = hiddenTokens(shown);
  if (holding === 0 || hidden.length === 0) return holding;
  const [dropped] = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS n FROM "IndicatorGrams" WHERE "IndicatorGrams" MATCH ${`"${token}" AND (${hidden.map((t) => `"${t}"`).join(" OR ")})`}`;
  return holding - Number(dropped?.n ?? 0);
}

// ---- PostgreSQL ----
// "IndicatorGrams" (id = Indicator.id, rejected, core, texts = the three lowered texts the scan reads) with a GIN index over
// "indicator_grams"(texts): every character and pair of adjacent characters of each text. Triggers keep it with every
// write to Indicator and Article, and the migration filled it (prisma/migrations-postgresql/
// 20261207193700_pg_indicator_gram_index, which says why this shape): refreshIndicatorSearch and the backfill above
// have nothing to do there. A query of one or two characters is itself a gram: the rows holding it are exactly the
// rows whose texts contain it.

// The condition on "IndicatorGrams" g for rows holding a query of one or two characters (lowered as the explorer
// lowers it), written as the index's expression so the planner reads the index.
export function pgGramCondition(needle: string): Prisma.Sql {
  return Prisma.sql`"indicator_grams"(g."texts") @> ARRAY[${needle}::text]`;
}

// Rows holding the query, counted off the index and the narrow table (no article text read).
export async function countGramRowsPostgres(db: Queryable, needle: string, shown: GramRowsShown): Promise<number> {
  const rejected = shown.rejected ? Prisma.empty : Prisma.sql`AND NOT g."rejected"`;
  const incidental = shown.incidental ? Prisma.empty : Prisma.sql`AND g."core"`;
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n FROM "IndicatorGrams" g WHERE ${pgGramCondition(needle)} ${rejected} ${incidental}`;
  return Number(row?.n ?? 0);
}
