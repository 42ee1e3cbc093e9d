import "server-only";

import { getDb } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { TOWNSHIPS } from "../gazetteer/townships";
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

export type TownshipListItem = {
  name: string;
  kind: string | null; // 街道 | 镇 | 乡 from the gazetteer
  mentions: number; // the township and its villages/communities
  villages: number; // villages/communities of it that the paper names
  indicators: number;
  goals: number;
  campaigns: number;
  issues: number;
  lastDate: string | null;
};

type TownshipStatRow = {
  name: string;
  mentions: bigint | number;
  villages: bigint | number;
  indicators: bigint | number;
  goals: bigint | number;
  campaigns: bigint | number;
  issues: bigint | number;
  lastDate: string | null;
};

// Dates that several issues carry: counting issues by such a date would merge them.
const SHARED_DATES = Prisma.sql`SELECT "date" FROM "Issue" WHERE "date" IS NOT NULL GROUP BY "date" HAVING COUNT(*) > 1`;

const KIND_BY_NAME = new Map(TOWNSHIPS.map((t) => [t.name, t.kind as string]));

// Every township-level unit: those in the database with their counts, plus gazetteer units the paper has not named yet.
// Grouped aggregates, one pass per table (correlated subqueries per township took seconds at 10,000 issues). Issues are
// counted by their denormalised date where that date belongs to one issue only; mentions with no date or a date that
// several issues share are counted by Article.issueId (a join per mention is what made the old query slow).
export async function listTownships(): Promise<TownshipListItem[]> {
  const db = getDb();
  const [undated] = await db.$queryRaw<unknown[]>`
    SELECT 1 AS "x" FROM "Issue" WHERE "date" IS NULL OR "date" IN (${SHARED_DATES}) LIMIT 1`;
  const [places, mentionRows, sharedDateRows, indicatorRows, goalRows, campaignRows] = await Promise.all([
    db.place.findMany({ where: { level: "township" }, select: { id: true, name: true } }),
    db.$queryRaw<{ tid: number; mentions: bigint | number; villages: bigint | number; dated: bigint | number; lastDate: string | null }[]>`
      WITH pd AS (SELECT "placeId", "issueDate", COUNT(*) AS n FROM "PlaceMention" GROUP BY "placeId", "issueDate")
      SELECT COALESCE(q."townshipId", q."id") AS "tid", CAST(SUM(pd.n) AS BIGINT) AS "mentions",
        COUNT(DISTINCT CASE WHEN q."townshipId" IS NOT NULL THEN q."id" END) AS "villages",
        COUNT(DISTINCT CASE WHEN pd."issueDate" NOT IN (${SHARED_DATES}) THEN pd."issueDate" END) AS "dated",
        MAX(pd."issueDate") AS "lastDate"
      FROM pd JOIN "Place" q ON q."id" = pd."placeId"
      GROUP BY COALESCE(q."townshipId", q."id")`,
    // Usually no such issue: skip the scan.
    !undated ? [] : db.$queryRaw<{ tid: number; issues: bigint | number }[]>`
      SELECT COALESCE(q."townshipId", q."id") AS "tid", COUNT(DISTINCT a."issueId") AS "issues"
      FROM "PlaceMention" pm JOIN "Place" q ON q."id" = pm."placeId" JOIN "Article" a ON a."id" = pm."articleId"
      WHERE pm."issueDate" IS NULL OR pm."issueDate" IN (${SHARED_DATES})
      GROUP BY COALESCE(q."townshipId", q."id")`,
    db.$queryRaw<{ tid: number; n: bigint | number }[]>`
      SELECT "townshipId" AS "tid", COUNT(*) AS "n" FROM "Indicator"
      WHERE "townshipId" IS NOT NULL AND "review" <> 'rejected' GROUP BY "townshipId"`,
    db.$queryRaw<{ tid: number; n: bigint | number }[]>`
      SELECT "townshipId" AS "tid", COUNT(*) AS "n" FROM "Goal"
      WHERE "townshipId" IS NOT NULL AND "review" <> 'rejected' GROUP BY "townshipId"`,
    db.$queryRaw<{ tid: number; n: bigint | number }[]>`
      SELECT x."tid" AS "tid", COUNT(DISTINCT x."campaignId") AS "n" FROM (
        SELECT DISTINCT "townshipId" AS "tid", "campaignId" FROM "CampaignMention" WHERE "townshipId" IS NOT NULL
        UNION SELECT DISTINCT "townshipId", "campaignId" FROM "Indicator"
          WHERE "townshipId" IS NOT NULL AND "campaignId" IS NOT NULL AND "review" <> 'rejected'
        UNION SELECT DISTINCT "townshipId", "campaignId" FROM "Goal"
          WHERE "townshipId" IS NOT NULL AND "campaignId" IS NOT NULL AND "review" <> 'rejected') x
      GROUP BY x."tid"`,
  ]);
  const byId = <T extends { tid: number }>(rows: T[]) => new Map(rows.map((row) => [Number(row.tid), row]));
  const mentionsById = byId(mentionRows);
  const sharedById = byId(sharedDateRows);
  const indicatorsById = byId(indicatorRows);
  const goalsById = byId(goalRows);
  const campaignsById = byId(campaignRows);
  const rows = places.map((p): TownshipStatRow => {
    const m = mentionsById.get(p.id);
    return {
      name: p.name,
      mentions: m?.mentions ?? 0,
      villages: m?.villages ?? 0,
      indicators: indicatorsById.get(p.id)?.n ?? 0,
      goals: goalsById.get(p.id)?.n ?? 0,
      campaigns: campaignsById.get(p.id)?.n ?? 0,
      issues: Number(m?.dated ?? 0) + Number(sharedById.get(p.id)?.issues ?? 0),
      lastDate: m?.lastDate ?? null,
    };
  });
  const items = new Map<string, TownshipListItem>();
  for (const row of rows) {
    items.set(row.name, {
      name: row.name,
      kind: KIND_BY_NAME.get(row.name) ?? null,
      mentions: Number(row.mentions),
      villages: Number(row.villages),
      indicators: Number(row.indicators),
      goals: Number(row.goals),
      campaigns: Number(row.campaigns),
      issues: Number(row.issues),
      lastDate: row.lastDate,
    });
  }
  for (const township of TOWNSHIPS) {
    if (items.has(township.name)) continue;
    items.set(township.name, {
      name: township.name,
      kind: township.kind,
      mentions: 0,
      villages: 0,
      indicators: 0,
      goals: 0,
      campaigns: 0,
      issues: 0,
      lastDate: null,
    });
  }
  return [...items.values()].sort(
    (a, b) => b.mentions - a.mentions || b.indicators - a.indicators || a.name.localeCompare(b.name, "zh-CN"),
  );
}

export type TownshipDetail = {
  name: string;
  kind: string | null;
  known: boolean; // false: a gazetteer unit the paper has not named in any stored issue
  villages: { name: string; level: string; mentions: number }[];
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

// null: neither in the database nor in the gazetteer (404).
export async function getTownship(name: string): Promise<TownshipDetail | null> {
  const db = getDb();
  const place = await db.place.findUnique({
    where: { name },
    select: {
      id: true,
      name: true,
      level: true,
      places: { select: { id: true, name: true, level: true, _count: { select: { mentions: true } } }, orderBy: { name: "asc" } },
    },
  });
  const kind = KIND_BY_NAME.get(name) ?? null;
  if (!place || place.level !== "township") {
    if (!kind) return null;
    return {
      name,
      kind,
      known: false,
      villages: [],
      indicators: [],
      indicatorCount: 0,
      goals: [],
      goalCount: 0,
      campaigns: [],
      articles: [],
      articleCount: 0,
      activity: [],
      series: [],
    };
  }

  const placeIds = [place.id, ...place.places.map((p) => p.id)];
  const [indicators, goals, campaigns, articles, mentionsPerIssue, indicatorsPerIssue] = await Promise.all([
    loadIndicatorItems(db, { column: "townshipId", id: place.id }),
    loadGoalItems(db, { column: "townshipId", id: place.id }),
    loadLinkedCampaigns(db, { column: "townshipId", id: place.id }),
    loadMentioningArticles(db, { table: "PlaceMention", ids: placeIds }),
    countByIssue(db, { table: "PlaceMention", where: Prisma.sql`"placeId" IN (${Prisma.join(placeIds)})` }),
    countByIssue(db, { table: "Indicator", where: Prisma.sql`"townshipId" = ${place.id} AND "review" <> 'rejected'` }),
  ]);
  return {
    name: place.name,
    kind,
    known: true,
    villages: place.places
      .map((v) => ({ name: v.name, level: v.level, mentions: v._count.mentions }))
      .filter((v) => v.mentions > 0)
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, "zh-CN")),
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
