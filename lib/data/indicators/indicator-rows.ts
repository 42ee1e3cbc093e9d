import "server-only";

import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { getDb } from "../../db/client";
import { dialectOf, sqlContains } from "../../db/dialect";
import { ID_SLICE, slices } from "../../db/id-slices";
import type { TIndicatorFilters } from "../../validations/indicator-filters";
import { indicatorValueOf, indicatorValueSelect, newestDateFirst, whoOf, whoSelect, type IndicatorValue, type Who } from "../entities/entity-items";
import { itemHref } from "../source-refs";

// The explorer's rows and the queries that find them, shared by the page, the CSV export and their counts.

// The explorer's row: the indicator's number and who it is about as every item list has them (entity-items), plus what
// the explorer's columns and the CSV add.
export type IndicatorRow = IndicatorValue &
  Who & {
    id: number;
    text: string; // as the paper wrote it: 近300户
    period: string | null;
    campaign: string | null;
    issueDate: string | null;
    issueNumber: number | null;
    articleId: number;
    articleTitle: string;
    sentence: string;
    anchor: string; // /articles/<id>#m-indicator-<itemId> (itemHref)
  };

export function buildWhere(filters: TIndicatorFilters): Prisma.IndicatorWhereInput {
  // Rows a reviewer rejected are not indicators any more; rejected=show lists them too (struck through) for review.
  const and: Prisma.IndicatorWhereInput[] = filters.rejected === "show" ? [] : [{ review: { not: "rejected" } }];
  // Incidental numbers (ages, story durations, one person's count) are left out unless asked for (issue #11 §2).
  if (filters.incidental !== "show") and.push({ core: true });
  if (filters.township) and.push({ township: { name: filters.township } });
  if (filters.department) and.push({ department: { name: filters.department } });
  if (filters.campaign) and.push({ campaign: { name: filters.campaign } });
  if (filters.unit) and.push({ unit: filters.unit });
  if (filters.from) and.push({ issueDate: { gte: filters.from } });
  if (filters.to) and.push({ issueDate: { lte: filters.to } });
  return { AND: and };
}

// A text query: the sentence is a span into Article.text rather than a column, so the match runs in SQL with substr(),
// and so do the other filters and the order of that query. Its ids are never sent back as an `id IN (…)` list (a common
// word matches thousands of rows, past the database's bound-parameter limit): the query pages itself, and rows are then
// read by the ids of one page (or, for the CSV, in slices).
// A literal substring test (instr / strpos) instead of LIKE: no wildcard escaping, and % or _ in a query mean themselves.
// On SQLite a query of three characters or more first asks the articles' trigram index (ArticleSearch, see
// lib/db/article-search.ts) which articles hold it, and opens an article's text only for numbers in those: reading the
// article of every number was most of the cost (10,000 issues, load 10: 2.0 s → 0.4 s for a word in no sentence).
export function matchingSql(filters: TIndicatorFilters, db: PrismaClient = getDb()): Prisma.Sql {
  const needle = (filters.q ?? "").toLowerCase();
  const contains = (haystack: Prisma.Sql) => sqlContains(db, haystack, needle);
  const sentence = contains(Prisma.sql`lower(substr(a."text", i."sentenceStart" + 1, i."sentenceEnd" - i."sentenceStart"))`);
  const byTrigrams = dialectOf(db) === "sqlite" && [...needle].length >= 3;
  const inSentence = byTrigrams
    ? Prisma.sql`(i."articleId" IN (SELECT rowid FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${`"${needle.replace(/"/g, '""')}"`})
         AND EXISTS (SELECT 1 FROM "Article" a WHERE a."id" = i."articleId" AND ${sentence}))`
    : sentence;
  const and: Prisma.Sql[] = [
    Prisma.sql`(${contains(Prisma.sql`lower(coalesce(i."metric", ''))`)}
       OR ${contains(Prisma.sql`lower(i."text")`)}
       OR ${inSentence})`,
  ];
  if (filters.rejected !== "show") and.push(Prisma.sql`i."review" <> 'rejected'`);
  if (filters.township) and.push(Prisma.sql`i."townshipId" IN (SELECT "id" FROM "Place" WHERE "name" = ${filters.township})`);
  if (filters.department) and.push(Prisma.sql`i."departmentId" IN (SELECT "id" FROM "Department" WHERE "name" = ${filters.department})`);
  if (filters.campaign) and.push(Prisma.sql`i."campaignId" IN (SELECT "id" FROM "Campaign" WHERE "name" = ${filters.campaign})`);
  if (filters.unit) and.push(Prisma.sql`i."unit" = ${filters.unit}`);
  if (filters.from) and.push(Prisma.sql`i."issueDate" >= ${filters.from}`);
  if (filters.to) and.push(Prisma.sql`i."issueDate" <= ${filters.to}`);
  const from = byTrigrams ? Prisma.sql`FROM "Indicator" i` : Prisma.sql`FROM "Indicator" i JOIN "Article" a ON a."id" = i."articleId"`;
  return Prisma.sql`${from} WHERE ${Prisma.join(and, " AND ")}`;
}

// Counts up to `limit` matches (the scan stops there).
export async function countMatching(filters: TIndicatorFilters, limit: number, db: PrismaClient = getDb()): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n FROM (SELECT 1 ${matchingSql(filters, db)} LIMIT ${limit}) AS matched`;
  return Number(row?.n ?? 0);
}

// The explorer's order (see orderBy) in SQL.
export async function matchingIds(
  filters: TIndicatorFilters,
  page: { offset?: number; limit?: number },
  db: PrismaClient = getDb(),
): Promise<number[]> {
  const sort = filters.sort ?? "date";
  const dir = Prisma.raw((filters.dir ?? (sort === "unit" ? "asc" : "desc")) === "asc" ? "ASC" : "DESC");
  const order =
    sort === "value"
      ? Prisma.sql`i."value" ${dir}, i."valueMax" ${dir} NULLS LAST, i."id" ASC`
      : sort === "unit"
        ? Prisma.sql`i."unit" ${dir}, i."value" DESC, i."id" ASC`
        : Prisma.sql`i."issueDate" ${dir} NULLS LAST, i."articleId" ASC, i."start" ASC, i."id" ASC`;
  const limit = page.limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${page.limit} OFFSET ${page.offset ?? 0}`;
  const rows = await db.$queryRaw<{ id: number | bigint }[]>`SELECT i."id" AS id ${matchingSql(filters, db)} ORDER BY ${order} ${limit}`;
  return rows.map((row) => Number(row.id));
}

// Rows for ids in the given order, read in slices that stay far below any bound-parameter limit.
export async function rowsByIds(ids: number[], db: PrismaClient = getDb()): Promise<IndicatorRow[]> {
  const byId = new Map<number, IndicatorRow>();
  for (const slice of slices(ids, ID_SLICE)) {
    for (const row of await findRows({ id: { in: slice } }, {}, {}, db)) byId.set(row.id, row);
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function orderBy(filters: TIndicatorFilters, db: PrismaClient = getDb()): Prisma.IndicatorOrderByWithRelationInput[] {
  const dir = filters.dir ?? (filters.sort === "unit" ? "asc" : "desc");
  switch (filters.sort ?? "date") {
    case "value":
      return [{ value: dir }, { valueMax: { sort: dir, nulls: "last" } }, { id: "asc" }];
    case "unit":
      return [{ unit: dir }, { value: "desc" }, { id: "asc" }];
    case "date": {
      // Within one issue keep the paper's reading order (articles are stored in print order, items by position in the text).
      // Newest first reads straight off the (issueDate DESC, articleId, start, id) index on SQLite (see newestDateFirst).
      const date = dir === "desc" ? newestDateFirst(db) : ({ issueDate: { sort: dir, nulls: "last" } } as const);
      return [date, { articleId: "asc" }, { start: "asc" }, { id: "asc" }];
    }
  }
}

export async function findRows(
  where: Prisma.IndicatorWhereInput,
  filters: TIndicatorFilters,
  page: { skip?: number; take?: number },
  db: PrismaClient = getDb(),
): Promise<IndicatorRow[]> {
  const rows = await db.indicator.findMany({
    where,
    orderBy: orderBy(filters, db),
    ...page,
    select: {
      id: true,
      text: true,
      ...indicatorValueSelect,
      period: true,
      issueDate: true,
      articleId: true,
      ...whoSelect,
      campaign: { select: { name: true } },
      article: { select: { title: true, issue: { select: { number: true } } } },
    },
  });
  // Article texts once per article, not once per row: a long article can hold dozens of indicators.
  const articleIds = [...new Set(rows.map((row) => row.articleId))];
  const texts = new Map<number, string>();
  for (const slice of slices(articleIds, ID_SLICE)) {
    for (const article of await db.article.findMany({ where: { id: { in: slice } }, select: { id: true, text: true } })) texts.set(article.id, article.text);
  }
  return rows.map((row) => ({
    id: row.id,
    text: row.text,
    ...indicatorValueOf(row),
    period: row.period,
    ...whoOf(row),
    campaign: row.campaign?.name ?? null,
    issueDate: row.issueDate,
    issueNumber: row.article.issue.number,
    articleId: row.articleId,
    articleTitle: row.article.title,
    sentence: (texts.get(row.articleId) ?? "").slice(row.sentenceStart, row.sentenceEnd).trim(),
    anchor: itemHref("indicator", row.articleId, row.id),
  }));
}
