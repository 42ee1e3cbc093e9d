import "server-only";

import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { getDb } from "../../db/client";
import { dialectOf, sqlContains } from "../../db/dialect";
import { SEARCH_PAGE_SIZE, searchTerms } from "../../validations/search";
import { buildSnippet, countOccurrences, highlightParts, type TextPart } from "./highlight-parts";

export type SearchResult = {
  articleId: number;
  title: TextPart[];
  issueDate: string | null;
  issueNumber: number | null;
  snippet: TextPart[];
  matches: number; // occurrences of the terms in title and body
};

export type SearchPage = {
  terms: string[];
  mode: "fulltext" | "substring"; // fts5 trigram needs terms of 3+ characters; shorter ones fall back to a substring scan
  total: number;
  page: number;
  pageCount: number;
  results: SearchResult[];
};

const TRIGRAM_MIN = 3;

export async function searchArticles(
  input: { q?: string; page?: number },
  db: PrismaClient = getDb(),
): Promise<SearchPage> {
  const terms = searchTerms(input.q);
  // fts5 exists on SQLite only; PostgreSQL answers substring scans from its pg_trgm indexes.
  const mode =
    dialectOf(db) === "sqlite" && terms.length > 0 && terms.every((term) => [...term].length >= TRIGRAM_MIN) ? "fulltext" : "substring";
  if (terms.length === 0) return { terms, mode, total: 0, page: 1, pageCount: 1, results: [] };

  const total = mode === "fulltext" ? await countFulltext(terms, db) : await countSubstring(terms, db);
  const pageCount = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  const page = Math.min(input.page ?? 1, pageCount);
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const ids = mode === "fulltext" ? await pageFulltext(terms, offset, db) : await pageSubstring(terms, offset, db);

  const articles = await db.article.findMany({
    where: { id: { in: ids } },
    select: { id: true, title: true, text: true, issue: { select: { date: true, number: true } } },
  });
  const byId = new Map(articles.map((article) => [article.id, article]));
  const results = ids.flatMap((id) => {
    const article = byId.get(id);
    if (!article) return [];
    return [
      {
        articleId: article.id,
        title: highlightParts(article.title, terms),
        issueDate: article.issue.date,
        issueNumber: article.issue.number,
        snippet: buildSnippet(article.text, terms),
        matches: countOccurrences(article.title, terms) + countOccurrences(article.text, terms),
      },
    ];
  });
  return { terms, mode, total, page, pageCount, results };
}

// Each term as an fts5 phrase ("" escapes a quote), so user text is never read as query syntax; phrases are ANDed.
function matchExpression(terms: string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(" ");
}

async function countFulltext(terms: string[], db: PrismaClient): Promise<number> {
  const rows = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT count(*) AS n FROM "ArticleSearch" s JOIN "Article" a ON a."id" = s.rowid
    WHERE "ArticleSearch" MATCH ${matchExpression(terms)} AND a."kind" <> 'banner'`;
  return Number(rows[0]?.n ?? 0);
}

async function pageFulltext(terms: string[], offset: number, db: PrismaClient): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT s.rowid AS id FROM "ArticleSearch" s JOIN "Article" a ON a."id" = s.rowid
    WHERE "ArticleSearch" MATCH ${matchExpression(terms)} AND a."kind" <> 'banner'
    ORDER BY s.rank, a."id"
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`;
  return rows.map((row) => Number(row.id));
}

// Banner pseudo-articles (kind "banner") are never search results.
function substringCondition(terms: string[], db: PrismaClient): Prisma.Sql {
  const each = terms.map((term) => {
    const needle = term.toLowerCase();
    return Prisma.sql`(${sqlContains(db, Prisma.sql`lower(a."title")`, needle)} OR ${sqlContains(db, Prisma.sql`lower(a."text")`, needle)})`;
  });
  return Prisma.sql`a."kind" <> 'banner' AND ${Prisma.join(each, " AND ")}`;
}

async function countSubstring(terms: string[], db: PrismaClient): Promise<number> {
  const rows = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT count(*) AS n FROM "Article" a WHERE ${substringCondition(terms, db)}`;
  return Number(rows[0]?.n ?? 0);
}

// Without a relevance score, newest issues first, then the order in the paper.
async function pageSubstring(terms: string[], offset: number, db: PrismaClient): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT a."id" AS id FROM "Article" a JOIN "Issue" i ON i."id" = a."issueId"
    WHERE ${substringCondition(terms, db)}
    ORDER BY i."date" IS NULL, i."date" DESC, a."issueId", a."position"
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`;
  return rows.map((row) => Number(row.id));
}
