import "server-only";

import { getDb } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { DEPARTMENTS } from "../gazetteer/departments";
import {
  activitySeries,
  countByIssue,
  loadGoalItems,
  loadIndicatorItems,
  loadLinkedCampaigns,
  loadMentioningArticles,
  type GoalItem,
  type IndicatorItem,
  type LinkedCampaign,
  type MentioningArticle,
} from "./extracted-items";
import type { ChartSeries } from "./source-refs";

export type DepartmentLevelLabel = "区级" | "市级" | "省级" | null;

const LEVEL_LABEL: Record<string, DepartmentLevelLabel> = { district: "区级", city: "市级", province: "省级" };
const LEVEL_BY_NAME = new Map(DEPARTMENTS.map((d) => [d.name, LEVEL_LABEL[d.level] ?? null]));

// Dates that several issues carry: counting issues by such a date would merge them.
const SHARED_DATES = Prisma.sql`SELECT "date" FROM "Issue" WHERE "date" IS NOT NULL GROUP BY "date" HAVING COUNT(*) > 1`;

export type DepartmentListItem = {
  name: string;
  canonical: string;
  level: DepartmentLevelLabel;
  mentions: number;
  indicators: number;
  goals: number;
  campaigns: number;
  issues: number;
  lastDate: string | null;
};

type DepartmentStatRow = {
  name: string;
  canonical: string;
  mentions: bigint | number;
  indicators: bigint | number;
  goals: bigint | number;
  campaigns: bigint | number;
  issues: bigint | number;
  lastDate: string | null;
};

// Grouped aggregates, one pass per table (correlated subqueries per department were slow at 10,000 issues). Issues are
// counted by the mentions' denormalised date where that date belongs to one issue only; mentions with no date or a
// shared date are counted by Article.issueId (joining every mention to its article is what made the old query slow).
export async function listDepartments(): Promise<DepartmentListItem[]> {
  const db = getDb();
  const [undated] = await db.$queryRaw<unknown[]>`
    SELECT 1 AS "x" FROM "Issue" WHERE "date" IS NULL OR "date" IN (${SHARED_DATES}) LIMIT 1`;
  type CountRow = { did: number; n: bigint | number };
  const [departments, mentionRows, sharedDateRows, indicatorRows, goalRows, campaignRows] = await Promise.all([
    db.department.findMany({ select: { id: true, name: true, canonical: true } }),
    db.$queryRaw<{ did: number; mentions: bigint | number; dated: bigint | number; lastDate: string | null }[]>`
      SELECT "departmentId" AS "did", COUNT(*) AS "mentions",
        COUNT(DISTINCT CASE WHEN "issueDate" NOT IN (${SHARED_DATES}) THEN "issueDate" END) AS "dated",
        MAX("issueDate") AS "lastDate"
      FROM "DepartmentMention" GROUP BY "departmentId"`,
    // Usually no such issue: skip the scan.
    !undated ? [] : db.$queryRaw<{ did: number; issues: bigint | number }[]>`
      SELECT m."departmentId" AS "did", COUNT(DISTINCT a."issueId") AS "issues"
      FROM "DepartmentMention" m JOIN "Article" a ON a."id" = m."articleId"
      WHERE m."issueDate" IS NULL OR m."issueDate" IN (${SHARED_DATES})
      GROUP BY m."departmentId"`,
    db.$queryRaw<CountRow[]>`
      SELECT "departmentId" AS "did", COUNT(*) AS "n" FROM "Indicator"
      WHERE "departmentId" IS NOT NULL AND "review" <> 'rejected' GROUP BY "departmentId"`,
    db.$queryRaw<CountRow[]>`
      SELECT "departmentId" AS "did", COUNT(*) AS "n" FROM "Goal"
      WHERE "departmentId" IS NOT NULL AND "review" <> 'rejected' GROUP BY "departmentId"`,
    db.$queryRaw<CountRow[]>`
      SELECT x."did" AS "did", COUNT(DISTINCT x."campaignId") AS "n" FROM (
        SELECT DISTINCT "departmentId" AS "did", "campaignId" FROM "CampaignMention" WHERE "departmentId" IS NOT NULL
        UNION SELECT DISTINCT "departmentId", "campaignId" FROM "Indicator"
          WHERE "departmentId" IS NOT NULL AND "campaignId" IS NOT NULL AND "review" <> 'rejected'
        UNION SELECT DISTINCT "departmentId", "campaignId" FROM "Goal"
          WHERE "departmentId" IS NOT NULL AND "campaignId" IS NOT NULL AND "review" <> 'rejected') x
      GROUP BY x."did"`,
  ]);
  const byId = <T extends { did: number }>(list: T[]) => new Map(list.map((row) => [Number(row.did), row]));
  const mentionsById = byId(mentionRows);
  const sharedById = byId(sharedDateRows);
  const indicatorsById = byId(indicatorRows);
  const goalsById = byId(goalRows);
  const campaignsById = byId(campaignRows);
  const rows = departments.map((d): DepartmentStatRow => {
    const m = mentionsById.get(d.id);
    return {
      name: d.name,
      canonical: d.canonical,
      mentions: m?.mentions ?? 0,
      indicators: indicatorsById.get(d.id)?.n ?? 0,
      goals: goalsById.get(d.id)?.n ?? 0,
      campaigns: campaignsById.get(d.id)?.n ?? 0,
      issues: Number(m?.dated ?? 0) + Number(sharedById.get(d.id)?.issues ?? 0),
      lastDate: m?.lastDate ?? null,
    };
  });
  return rows
    .map((row) => ({
      name: row.name,
      canonical: row.canonical,
      level: LEVEL_BY_NAME.get(row.name) ?? null,
      mentions: Number(row.mentions),
      indicators: Number(row.indicators),
      goals: Number(row.goals),
      campaigns: Number(row.campaigns),
      issues: Number(row.issues),
      lastDate: row.lastDate,
    }))
    .sort((a, b) => b.mentions - a.mentions || b.indicators - a.indicators || a.name.localeCompare(b.name, "zh-CN"));
}

export type DepartmentDetail = {
  name: string;
  canonical: string;
  level: DepartmentLevelLabel;
  aliases: string[];
  // The latest items only (LIST_LIMIT, ARTICLE_LIMIT; in date order); the *Count fields say how many there are in all.
  indicators: IndicatorItem[];
  indicatorCount: number;
  goals: GoalItem[];
  goalCount: number;
  campaigns: LinkedCampaign[];
  articles: MentioningArticle[];
  articleCount: number;
  activity: ChartSeries[]; // mentions and indicators per issue date
  series: ChartSeries[]; // indicator series (metric+unit), from the latest SERIES_LIMIT indicators
};

function parseAliases(json: string): string[] {
  try {
    const value = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

export async function getDepartment(name: string): Promise<DepartmentDetail | null> {
  const db = getDb();
  const department = await db.department.findUnique({
    where: { name },
    select: { id: true, name: true, canonical: true, aliases: true },
  });
  if (!department) return null;
  const [indicators, goals, campaigns, articles, mentionsPerIssue, indicatorsPerIssue] = await Promise.all([
    loadIndicatorItems(db, { column: "departmentId", id: department.id }),
    loadGoalItems(db, { column: "departmentId", id: department.id }),
    loadLinkedCampaigns(db, { column: "departmentId", id: department.id }),
    loadMentioningArticles(db, { table: "DepartmentMention", ids: [department.id] }),
    countByIssue(db, { table: "DepartmentMention", where: Prisma.sql`"departmentId" = ${department.id}` }),
    countByIssue(db, { table: "Indicator", where: Prisma.sql`"departmentId" = ${department.id} AND "review" <> 'rejected'` }),
  ]);
  return {
    name: department.name,
    canonical: department.canonical,
    level: LEVEL_BY_NAME.get(department.name) ?? null,
    aliases: parseAliases(department.aliases).filter((alias) => alias !== department.name && alias !== department.canonical),
    indicators: indicators.items,
    indicatorCount: indicators.total,
    goals: goals.items,
    goalCount: goals.total,
    campaigns,
    articles,
    articleCount: mentionsPerIssue.reduce((n, row) => n + row.articles, 0),
    activity: activitySeries(mentionsPerIssue, indicatorsPerIssue),
    series: indicators.series,
  };
}
