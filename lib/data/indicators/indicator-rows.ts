import "server-only";

import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { getDb } from "../../db/client";
import { dialectOf, sqlContains, type Dialect } from "../../db/dialect";
import { ID_SLICE, slices } from "../../db/id-slices";
import { countGramRows, countGramRowsPostgres, gramMatch, indicatorSearchReady, pgGramCondition, queryToken } from "../../db/indicator-search";
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
// A query of one or two characters has its own index of the numbers' characters (see gramSearch below).
// On PostgreSQL the three texts are read, already lowered, from the character index's rows ("IndicatorGrams", kept
// equal to them by triggers: lib/db/indicator-search.ts), not cut out of the article: a long article's text is a
// compressed out-of-line value read whole for every number (a word in no sentence, 1,299 issues: 2.3 s → 0.09 s).
export function matchingSql(filters: TIndicatorFilters, db: PrismaClient = getDb()): Prisma.Sql {
  const needle = (filters.q ?? "").toLowerCase();
  const contains = (haystack: Prisma.Sql) => sqlContains(db, haystack, needle);
  if (dialectOf(db) === "postgresql") {
    const texts = Prisma.sql`(${contains(Prisma.sql`g."texts"[1]`)} OR ${contains(Prisma.sql`g."texts"[2]`)} OR ${contains(Prisma.sql`g."texts"[3]`)})`;
    return Prisma.sql`FROM "Indicator" i JOIN "IndicatorGrams" g ON g."id" = i."id" WHERE ${Prisma.join([texts, ...filterConditions(filters)], " AND ")}`;
  }
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
    ...filterConditions(filters),
  ];
  const from = byTrigrams ? Prisma.sql`FROM "Indicator" i` : Prisma.sql`FROM "Indicator" i JOIN "Article" a ON a."id" = i."articleId"`;
  return Prisma.sql`${from} WHERE ${Prisma.join(and, " AND ")}`;
}

// The explorer's filters other than the text, on Indicator i.
function filterConditions(filters: TIndicatorFilters): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (filters.rejected !== "show") and.push(Prisma.sql`i."review" <> 'rejected'`);
  if (filters.incidental !== "show") and.push(Prisma.sql`i."core" = TRUE`);
  if (filters.township) and.push(Prisma.sql`i."townshipId" IN (SELECT "id" FROM "Place" WHERE "name" = ${filters.township})`);
  if (filters.department) and.push(Prisma.sql`i."departmentId" IN (SELECT "id" FROM "Department" WHERE "name" = ${filters.department})`);
  if (filters.campaign) and.push(Prisma.sql`i."campaignId" IN (SELECT "id" FROM "Campaign" WHERE "name" = ${filters.campaign})`);
  if (filters.unit) and.push(Prisma.sql`i."unit" = ${filters.unit}`);
  if (filters.from) and.push(Prisma.sql`i."issueDate" >= ${filters.from}`);
  if (filters.to) and.push(Prisma.sql`i."issueDate" <= ${filters.to}`);
  return and;
}

// Counts up to `limit` matches (the scan stops there).
export async function countMatching(filters: TIndicatorFilters, limit: number, db: PrismaClient = getDb()): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n FROM (SELECT 1 ${matchingSql(filters, db)} LIMIT ${limit}) AS matched`;
  return Number(row?.n ?? 0);
}

const narrowed = (filters: TIndicatorFilters) =>
  Boolean(filters.township || filters.department || filters.campaign || filters.unit || filters.from || filters.to);

// A query of one or two characters, once the character index is filled (lib/db/indicator-search.ts: fts5 on SQLite,
// a GIN index on PostgreSQL): the index holds exactly the rows whose label, number or sentence contain it, so the
// match needs no article text. The total is exact (a common character: 139,675 rows counted in ~8 ms on SQLite), so it
// is never capped. `needle` is the lowered query (PostgreSQL's index is searched by it), `token` and `match` SQLite's.
export type GramSearch = { dialect: Dialect; needle: string; token: string; match: string; holding: number };

export async function gramSearch(filters: TIndicatorFilters, db: PrismaClient = getDb()): Promise<GramSearch | null> {
  const needle = (filters.q ?? "").toLowerCase();
  const token = queryToken(needle);
  if (!token || !(await indicatorSearchReady(db))) return null;
  const shown = { rejected: filters.rejected === "show", incidental: filters.incidental === "show" };
  const dialect = dialectOf(db);
  const holding = dialect === "postgresql" ? await countGramRowsPostgres(db, needle, shown) : await countGramRows(db, token, shown);
  return { dialect, needle, token, match: gramMatch(token, shown), holding };
}

// The exact count of a short query's matches: off the index alone with no other filter, else the index's rows that
// pass the filters.
export async function countByGrams(filters: TIndicatorFilters, search: GramSearch, db: PrismaClient = getDb()): Promise<number> {
  if (!narrowed(filters)) return search.holding;
  const rest = Prisma.join([Prisma.sql`1 = 1`, ...filterConditions(filters)], " AND ");
  const [row] =
    search.dialect === "postgresql"
      ? await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n ${pgGramFrom(search, rest)}`
      : await db.$queryRaw<{ n: number | bigint }[]>`
          SELECT COUNT(*) AS n FROM "Indicator" i
          WHERE i."id" IN (SELECT rowid FROM "IndicatorGrams" WHERE "IndicatorGrams" MATCH ${search.match}) AND ${rest}`;
  return Number(row?.n ?? 0);
}

// PostgreSQL: the index's rows joined to their numbers, with the other filters (`rest`) on Indicator i.
const pgGramFrom = (search: GramSearch, rest: Prisma.Sql) =>
  Prisma.sql`FROM "IndicatorGrams" g JOIN "Indicator" i ON i."id" = g."id" WHERE ${pgGramCondition(search.needle)} AND ${rest}`;

// Which way to find one page of a short query's rows. Reading the index's rows and sorting them costs about one step
// per row holding the query; walking the explorer's date index and testing each number's sentence stops after the
// page's last match, about (offset + limit) × rows ÷ matches steps, each ~4× dearer (it opens the article). So a
// common character's first pages walk (户: ~140 numbers read for page 1), a rare one's read the index (no full walk
// past 394,117 numbers to find none), and the CSV (every row) always reads the index. Other orders have no index to walk.
export async function pageByGrams(
  filters: TIndicatorFilters,
  search: GramSearch,
  total: number,
  page: { offset?: number; limit?: number },
  db: PrismaClient = getDb(),
): Promise<boolean> {
  if (page.limit === undefined || (filters.sort ?? "date") !== "date") return true;
  const [row] = await db.$queryRaw<{ n: number | bigint | null }[]>`SELECT MAX("id") AS n FROM "Indicator"`;
  const rows = Number(row?.n ?? 0);
  const walked = (((page.offset ?? 0) + page.limit) * rows) / Math.max(total, 1);
  return search.holding <= 4 * walked;
}

function orderSql(filters: TIndicatorFilters): Prisma.Sql {
  const sort = filters.sort ?? "date";
  const dir = Prisma.raw((filters.dir ?? (sort === "unit" ? "asc" : "desc")) === "asc" ? "ASC" : "DESC");
  return sort === "value"
    ? Prisma.sql`i."value" ${dir}, i."valueMax" ${dir} NULLS LAST, i."id" ASC`
    : sort === "unit"
      ? Prisma.sql`i."unit" ${dir}, i."value" DESC, i."id" ASC`
      : Prisma.sql`i."issueDate" ${dir} NULLS LAST, i."articleId" ASC, i."start" ASC, i."id" ASC`;
}

// The explorer's order (see orderBy) in SQL. With `grams`, the rows come from the character index (see pageByGrams).
export async function matchingIds(
  filters: TIndicatorFilters,
  page: { offset?: number; limit?: number },
  db: PrismaClient = getDb(),
  grams?: GramSearch,
): Promise<number[]> {
  const limit = page.limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${page.limit} OFFSET ${page.offset ?? 0}`;
  const rest = Prisma.join([Prisma.sql`1 = 1`, ...filterConditions(filters)], " AND ");
  // CROSS JOIN: SQLite keeps the index as the outer loop, so a rare query reads only its own rows.
  const from = !grams
    ? matchingSql(filters, db)
    : grams.dialect === "postgresql"
      ? pgGramFrom(grams, rest)
      : Prisma.sql`FROM "IndicatorGrams" g CROSS JOIN "Indicator" i ON i."id" = g.rowid WHERE g."IndicatorGrams" MATCH ${grams.match} AND ${rest}`;
  const rows = await db.$queryRaw<{ id: number | bigint }[]>`SELECT i."id" AS id ${from} ORDER BY ${orderSql(filters)} ${limit}`;
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
