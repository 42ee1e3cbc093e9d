import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { dialectOf } from "./dialect";
import type { SqlRunner } from "./sql-runner";
import { placeholders } from "./statement-chunks";

// Searching article titles and bodies, on either database. Chinese has no spaces between words, so both databases
// search by trigrams rather than by words:
// - SQLite: the fts5 table "ArticleSearch" (tokenize = 'trigram', rowid = Article.id), a second copy of title and text
//   that ingestion keeps in step with indexArticles / unindexArticles, in the article's own transaction.
// - PostgreSQL: pg_trgm GIN indexes on "Article"."title" and "Article"."text" (prisma/migrations-postgresql), which
//   serve `ILIKE '%…%'` directly; there is no second copy, so the index functions below do nothing there.
// Ingestion calls indexArticles after creating articles and unindexArticles before deleting them.
// Code that searches calls matchArticleIds (same results on both databases) or, for its own SQL, branches on
// dialectOf(db) with one query per dialect.

type Queryable = PrismaClient | Prisma.TransactionClient;

// Rows of the search table for new articles, and their removal before articles are deleted or rebuilt. They run in
// the ingest transaction through its SqlRunner (lib/db/sql-runner.ts).
export async function indexArticles(sql: SqlRunner, articles: { id: number; title: string; text: string }[]): Promise<void> {
  if (sql.dialect !== "sqlite") return;
  await sql.insert("ArticleSearch", articles.map((a) => ({ rowid: a.id, title: a.title, body: a.text })));
}

export async function unindexArticles(sql: SqlRunner, articleIds: number[]): Promise<void> {
  if (articleIds.length === 0 || sql.dialect !== "sqlite") return;
  await sql.run(`DELETE FROM "ArticleSearch" WHERE rowid IN (${placeholders(articleIds)})`, articleIds);
}

// Ids of the articles whose title or text contains `query` (case-insensitive, literally: % and _ mean themselves),
// title matches first, then newest first. fts5's trigram index needs 3 characters, so 1-2 character queries
// (城, 柯城) scan the articles instead; pg_trgm handles short patterns itself (by a scan as well).
export async function matchArticleIds(db: Queryable, query: string, options: { limit?: number } = {}): Promise<number[]> {
  const needle = query.trim();
  if (!needle) return [];
  const limit = options.limit ?? 200;
  let rows: { id: number | bigint }[];
  if (dialectOf(db) === "postgresql") {
    const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    rows = await db.$queryRaw`
      SELECT "id" FROM "Article" WHERE "title" ILIKE ${pattern} OR "text" ILIKE ${pattern}
      ORDER BY ("title" ILIKE ${pattern}) DESC, "id" DESC LIMIT ${limit}`;
  } else if ([...needle].length >= 3) {
    const phrase = `"${needle.replace(/"/g, '""')}"`;
    rows = await db.$queryRaw`
      SELECT s.rowid AS id FROM "ArticleSearch" s WHERE "ArticleSearch" MATCH ${phrase}
      ORDER BY instr(lower(s."title"), lower(${needle})) > 0 DESC, s.rowid DESC LIMIT ${limit}`;
  } else {
    const lowered = needle.toLowerCase();
    rows = await db.$queryRaw`
      SELECT "id" FROM "Article" WHERE instr(lower("title"), ${lowered}) > 0 OR instr(lower("text"), ${lowered}) > 0
      ORDER BY instr(lower("title"), ${lowered}) > 0 DESC, "id" DESC LIMIT ${limit}`;
  }
  return rows.map((row) => Number(row.id));
}
