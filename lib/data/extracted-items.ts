import "server-only";

import type { Db } from "../db/client";
import { dialectOf } from "../db/dialect";
import { sqlRunner } from "../db/sql-runner";
import { STAT_TABLES, type StatEntity } from "../db/stat-tables";
import { Prisma } from "../generated/prisma/client";
import {
  buildIndicatorSeries,
  compareIssues,
  countSeries,
  itemHref,
  sentenceOf,
  toIssueRef,
  type ChartSeries,
  type DatedCount,
  type IssueRef,
  type IssueRefInput,
} from "./source-refs";

// Items a reviewer rejected are not indicators or goals any more: every read leaves them out.
export const NOT_REJECTED = { review: { not: "rejected" } } as const;

// Shared selects and DTO mappers for the indicator and goal lists on campaign, township, department and issue pages.

const issueSelect = { id: true, date: true, number: true, fileName: true, paper: true } as const;

export const indicatorItemSelect = {
  id: true,
  text: true,
  value: true,
  valueMax: true,
  unit: true,
  approx: true,
  metric: true,
  role: true,
  start: true,
  sentenceStart: true,
  sentenceEnd: true,
  issueDate: true,
  review: true,
  township: { select: { name: true } },
  department: { select: { name: true } },
  campaign: { select: { id: true, name: true } },
  article: { select: { id: true, title: true, position: true, text: true, issue: { select: issueSelect } } },
} satisfies Prisma.IndicatorSelect;

export const goalItemSelect = {
  id: true,
  text: true,
  verb: true,
  targetValue: true,
  targetUnit: true,
  deadline: true,
  status: true,
  statusEvidence: true,
  start: true,
  issueDate: true,
  township: { select: { name: true } },
  department: { select: { name: true } },
  campaign: { select: { id: true, name: true } },
  article: { select: { id: true, title: true, position: true, issue: { select: issueSelect } } },
} satisfies Prisma.GoalSelect;

type IndicatorRow = Prisma.IndicatorGetPayload<{ select: typeof indicatorItemSelect }>;
type GoalRow = Prisma.GoalGetPayload<{ select: typeof goalItemSelect }>;

export type IndicatorItem = {
  id: number;
  text: string;
  value: number;
  valueMax: number | null;
  unit: string;
  approx: string;
  metric: string | null;
  role: string;
  review: string; // machine | confirmed | corrected | added (rejected ones are not listed)
  sentence: string;
  href: string;
  articleId: number;
  articleTitle: string;
  issue: IssueRef;
  township: string | null;
  department: string | null;
  campaign: { id: number; name: string } | null;
};

export type GoalItem = {
  id: number;
  text: string;
  verb: string;
  targetValue: number | null;
  targetUnit: string | null;
  deadline: string | null;
  status: string;
  statusEvidence: string | null;
  href: string;
  articleId: number;
  articleTitle: string;
  issue: IssueRef;
  township: string | null;
  department: string | null;
  campaign: { id: number; name: string } | null;
};

export function toIndicatorItem(row: IndicatorRow): IndicatorItem {
  return {
    id: row.id,
    text: row.text,
    value: row.value,
    valueMax: row.valueMax,
    unit: row.unit,
    approx: row.approx,
    metric: row.metric,
    role: row.role,
    review: row.review,
    sentence: sentenceOf(row.article.text, row.sentenceStart, row.sentenceEnd),
    href: itemHref("indicator", row.article.id, row.id),
    articleId: row.article.id,
    articleTitle: row.article.title,
    issue: toIssueRef(row.article.issue),
    township: row.township?.name ?? null,
    department: row.department?.name ?? null,
    campaign: row.campaign,
  };
}

export function toGoalItem(row: GoalRow): GoalItem {
  return {
    id: row.id,
    text: row.text,
    verb: row.verb,
    targetValue: row.targetValue,
    targetUnit: row.targetUnit,
    deadline: row.deadline,
    status: row.status,
    statusEvidence: row.statusEvidence,
    href: itemHref("goal", row.article.id, row.id),
    articleId: row.article.id,
    articleTitle: row.article.title,
    issue: toIssueRef(row.article.issue),
    township: row.township?.name ?? null,
    department: row.department?.name ?? null,
    campaign: row.campaign,
  };
}

// Entity pages (campaign, township, department) show the latest items and count the rest: lists that grow with the
// corpus are capped, totals come from COUNT, and charts are drawn from GROUP BY issueDate.
export const LIST_LIMIT = 100; // indicators, goals and mentions listed on a page
export const ARTICLE_LIMIT = 50; // articles listed on a page
export const SERIES_LIMIT = 500; // latest indicators the metric charts are drawn from

type ItemOrderKey = { issueDate: string | null; start: number; article: { position: number; issue: { id: number } } };

// Date order (undated last), then paper order inside an issue: how a page lists the items it picked.
export function compareItems(a: ItemOrderKey, b: ItemOrderKey): number {
  if (a.issueDate !== b.issueDate) {
    if (a.issueDate == null) return 1;
    if (b.issueDate == null) return -1;
    return a.issueDate < b.issueDate ? -1 : 1;
  }
  return a.article.issue.id - b.article.issue.id || a.article.position - b.article.position || a.start - b.start;
}

// Newest first, undated last: how a page picks its latest items, straight off an (entity, issueDate) index.
// SQLite already puts NULL last in DESC; spelling out `nulls: "last"` there makes Prisma sort on a CASE expression
// that no index serves. PostgreSQL puts NULL first in DESC, so it needs the option.
export function newestDateFirst(db: Db) {
  return dialectOf(db) === "postgresql" ? ({ issueDate: { sort: "desc", nulls: "last" } } as const) : ({ issueDate: "desc" } as const);
}

export function latestFirst(db: Db) {
  return [newestDateFirst(db), { articleId: "desc" }, { start: "desc" }] as const;
}

// How many there are in all comes from the entity's totals row (loadEntityTotal), not from a COUNT over the items.
export type IndicatorItems = { items: IndicatorItem[]; series: ChartSeries[] };

export type EntityColumn = "campaignId" | "townshipId" | "departmentId";

type SeriesRow = {
  id: number;
  text: string;
  value: number;
  unit: string;
  metric: string | null;
  articleId: number;
  articleTitle: string;
  issueId: number;
  date: string | null;
  number: number | null;
  fileName: string;
};

// The latest indicators of a campaign, township or department that a reviewer has not rejected: LIST_LIMIT listed,
// SERIES_LIMIT charted by metric and unit (a flat raw query: Prisma's nested rows cost ten times as much). Issue
// references come from IssueStat: an Issue row keeps date and number behind its full text, in overflow pages.
export async function loadIndicatorItems(db: Db, options: { column: EntityColumn; id: number }): Promise<IndicatorItems> {
  const where = { [options.column]: options.id, ...NOT_REJECTED } satisfies Prisma.IndicatorWhereInput;
  const column = Prisma.raw(`"${options.column}"`);
  const [rows, seriesRows] = await Promise.all([
    db.indicator.findMany({ where, orderBy: [...latestFirst(db)], take: LIST_LIMIT, select: indicatorItemSelect }),
    db.$queryRaw<SeriesRow[]>`
      SELECT n."id" AS "id", n."text" AS "text", n."value" AS "value", n."unit" AS "unit", n."metric" AS "metric",
             n."articleId" AS "articleId", a."title" AS "articleTitle",
             i."issueId" AS "issueId", i."date" AS "date", i."number" AS "number", i."fileName" AS "fileName"
      FROM "Indicator" n
      JOIN "Article" a ON a."id" = n."articleId"
      JOIN "IssueStat" i ON i."issueId" = a."issueId"
      WHERE n.${column} = ${options.id} AND n."review" <> 'rejected'
      ORDER BY n."issueDate" DESC NULLS LAST, n."articleId" DESC, n."start" DESC
      LIMIT ${SERIES_LIMIT}`,
  ]);
  const series = seriesRows.map((row) => ({
    id: Number(row.id),
    articleId: Number(row.articleId),
    articleTitle: row.articleTitle,
    text: row.text,
    value: Number(row.value),
    unit: row.unit,
    metric: row.metric,
    issue: { id: Number(row.issueId), date: row.date, number: row.number == null ? null : Number(row.number), fileName: row.fileName },
  }));
  return { items: rows.sort(compareItems).map(toIndicatorItem), series: buildIndicatorSeries(series) };
}

// The latest goals of a campaign, township or department that a reviewer has not rejected (LIST_LIMIT of them, in
// date order).
export async function loadGoalItems(db: Db, options: { column: EntityColumn; id: number }): Promise<GoalItem[]> {
  const where = { [options.column]: options.id, ...NOT_REJECTED } satisfies Prisma.GoalWhereInput;
  const rows = await db.goal.findMany({ where, orderBy: [...latestFirst(db)], take: LIST_LIMIT, select: goalItemSelect });
  return rows.sort(compareItems).map(toGoalItem);
}

type IssueCountRow = {
  id: number;
  date: string | null;
  number: number | null;
  fileName: string;
  mentions: bigint | number;
  indicators: bigint | number;
};

export type IssueCounts = { issue: IssueRefInput; mentions: number; indicators: number };

// Mentions and indicators not rejected of a campaign, township or department per issue, for the charts: the entity's
// per-issue rows of lib/db/issue-stats.ts, one index range. Issues without either have no row; pick a chart's rows
// with perIssue. A busy entity has a row for every issue (10,000 at the bench's scale), so they are read straight from
// the connection, as ingestion writes (lib/db/sql-runner.ts): Prisma's raw path costs half as much again per row.
export async function countByIssue(db: Db, options: { entity: StatEntity; id: number }): Promise<IssueCounts[]> {
  const tables = STAT_TABLES[options.entity]; // a township's rows include its villages and communities
  const rows = await sqlRunner(db, db).all<IssueCountRow>(
    `SELECT i."issueId" AS "id", i."date" AS "date", i."number" AS "number", i."fileName" AS "fileName",
            s."mentions" AS "mentions", s."indicators" AS "indicators"
     FROM "${tables.ledger}" s JOIN "IssueStat" i ON i."issueId" = s."issueId"
     WHERE s."${tables.key}" = ? AND (s."mentions" > 0 OR s."indicators" > 0)`,
    [options.id],
  );
  return rows.map((row) => ({
    issue: { id: Number(row.id), date: row.date, number: row.number == null ? null : Number(row.number), fileName: row.fileName },
    mentions: Number(row.mentions),
    indicators: Number(row.indicators),
  }));
}

// One chart's rows: the issues with mentions (or indicators).
export function perIssue(rows: IssueCounts[], count: "mentions" | "indicators"): DatedCount[] {
  return rows.filter((row) => row[count] > 0).map((row) => ({ issue: row.issue, count: row[count] }));
}

export type EntityTotal = {
  mentions: number;
  articles: number;
  issues: number; // issues that mention it
  indicators: number;
  goals: number;
  firstDate: string | null; // of the first and last issue that mention it
  lastDate: string | null;
};

type EntityTotalRow = Record<"mentions" | "articles" | "issues" | "indicators" | "goals", bigint | number> & {
  firstDate: string | null;
  lastDate: string | null;
};

// The totals row of a campaign, township or department (kept at ingest time): how many items its page lists in all.
// Every article has one issue, so articles (summed per issue) counts distinct articles.
export async function loadEntityTotal(db: Db, options: { entity: StatEntity; id: number }): Promise<EntityTotal> {
  const tables = STAT_TABLES[options.entity];
  const [row] = await db.$queryRaw<EntityTotalRow[]>`
    SELECT "mentions", "articles", "issues", "indicators", "goals", "firstDate", "lastDate" FROM ${Prisma.raw(`"${tables.totals}"`)}
    WHERE ${Prisma.raw(`"${tables.key}"`)} = ${options.id}`;
  return {
    mentions: Number(row?.mentions ?? 0),
    articles: Number(row?.articles ?? 0),
    issues: Number(row?.issues ?? 0),
    indicators: Number(row?.indicators ?? 0),
    goals: Number(row?.goals ?? 0),
    firstDate: row?.firstDate ?? null,
    lastDate: row?.lastDate ?? null,
  };
}

export type MentioningArticle = { id: number; title: string; position: number; mentions: number; issue: IssueRef };

type MentioningRow = {
  id: number;
  title: string;
  position: number;
  mentions: bigint | number;
  issueId: number;
  date: string | null;
  number: number | null;
  fileName: string;
};

// The latest ARTICLE_LIMIT articles that mention any of the given places or departments, in date order, with how often.
// (loadEntityTotal gives how many articles there are in all.)
export async function loadMentioningArticles(
  db: Db,
  options: { table: "PlaceMention" | "DepartmentMention"; ids: number[] },
): Promise<MentioningArticle[]> {
  if (options.ids.length === 0) return [];
  const table = Prisma.raw(options.table === "PlaceMention" ? `"PlaceMention"` : `"DepartmentMention"`);
  const column = Prisma.raw(options.table === "PlaceMention" ? `"placeId"` : `"departmentId"`);
  const ids = Prisma.join(options.ids);
  // Mentions of one article share its date, so the latest articles stand among the latest few mentions. They are
  // picked per id, each straight off the (id, issueDate, articleId) index, then merged: with `IN (ids)` PostgreSQL
  // read and sorted every mention of a township and its villages (42k rows for the busiest) to keep the first few.
  const pick = ARTICLE_LIMIT * 10;
  const latest = Prisma.join(
    options.ids.map(
      (id) => Prisma.sql`SELECT * FROM (
        SELECT "articleId", "issueDate" FROM ${table} WHERE ${column} = ${id}
        ORDER BY "issueDate" DESC NULLS LAST, "articleId" DESC LIMIT ${pick}
      ) l`,
    ),
    " UNION ALL ",
  );
  const rows = await db.$queryRaw<MentioningRow[]>`
    SELECT a."id" AS "id", a."title" AS "title", a."position" AS "position", COUNT(*) AS "mentions",
           i."issueId" AS "issueId", i."date" AS "date", i."number" AS "number", i."fileName" AS "fileName"
    FROM ${table} m
    JOIN "Article" a ON a."id" = m."articleId"
    JOIN "IssueStat" i ON i."issueId" = a."issueId"
    WHERE m.${column} IN (${ids}) AND m."articleId" IN (
      SELECT c."articleId" FROM (
        SELECT u."articleId" FROM (${latest}) u
        ORDER BY u."issueDate" DESC NULLS LAST, u."articleId" DESC LIMIT ${pick}
      ) c
    )
    GROUP BY a."id", i."issueId"
    ORDER BY i."date" DESC NULLS LAST, i."issueId" DESC, a."position" DESC
    LIMIT ${ARTICLE_LIMIT}`;
  return rows
    .map((row) => ({
      id: Number(row.id),
      title: row.title,
      position: Number(row.position),
      mentions: Number(row.mentions),
      issue: toIssueRef({ id: Number(row.issueId), date: row.date, number: row.number == null ? null : Number(row.number), fileName: row.fileName }),
    }))
    .sort((a, b) => compareIssues(a.issue, b.issue) || a.position - b.position);
}

export type LinkedCampaign = { id: number; name: string; count: number };

type LinkedCampaignRow = { id: number; name: string; count: bigint | number };

// Campaigns tied to a township or department through campaign mentions, indicators or goals: one row per campaign,
// summed at ingest time (lib/db/campaign-link-totals.ts).
export async function loadLinkedCampaigns(
  db: Db,
  options: { column: "townshipId" | "departmentId"; id: number },
): Promise<LinkedCampaign[]> {
  const township = options.column === "townshipId";
  const rows = await db.$queryRaw<LinkedCampaignRow[]>`
    SELECT c."id" AS "id", c."name" AS "name", s."items" AS "count"
    FROM ${Prisma.raw(township ? `"CampaignTownshipStat"` : `"CampaignDepartmentStat"`)} s
    JOIN "Campaign" c ON c."id" = s."campaignId"
    WHERE s.${Prisma.raw(township ? `"townshipId"` : `"departmentId"`)} = ${options.id}
    ORDER BY "count" DESC, c."name"`;
  return rows.map((row) => ({ id: Number(row.id), name: row.name, count: Number(row.count) }));
}

// Mentions and indicators per issue date: the activity chart on township and department pages.
export function activitySeries(rows: IssueCounts[]): ChartSeries[] {
  return [
    countSeries(perIssue(rows, "mentions"), { key: "mentions", label: "提及次数", unit: "次" }),
    countSeries(perIssue(rows, "indicators"), { key: "indicators", label: "指标数", unit: "个" }),
  ];
}
