import "server-only";

import type { Db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { STAT_TABLES } from "../db/stat-tables";
import {
  activitySeries,
  countByIssue,
  loadEntityTotal,
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

// The township and department lists' totals, read from the summaries kept at ingest time (one row per entity,
// lib/db/issue-stats.ts, and one per campaign it is linked to, lib/db/campaign-link-totals.ts): two statements.
// Below them, what both kinds of page show of one entity (loadEntityActivity).

export type EntityTotals = {
  mentions: number;
  issues: number; // issues that mention it
  indicators: number;
  goals: number;
  campaigns: number; // campaigns its mentions, indicators or goals are tied to
  lastDate: string | null;
};

type TotalsRow = { id: number; mentions: bigint | number; issues: bigint | number; indicators: bigint | number; goals: bigint | number; lastDate: string | null };

export async function loadEntityTotals(db: Db, entity: "township" | "department"): Promise<Map<number, EntityTotals>> {
  const source = STAT_TABLES[entity];
  const key = Prisma.raw(`"${source.key}"`);
  const [totals, campaigns] = await Promise.all([
    db.$queryRaw<TotalsRow[]>`
      SELECT ${key} AS "id", "mentions", "issues", "indicators", "goals", "lastDate" FROM ${Prisma.raw(`"${source.totals}"`)}`,
    db.$queryRaw<{ id: number; n: bigint | number }[]>`
      SELECT ${key} AS "id", COUNT(*) AS "n" FROM ${Prisma.raw(`"${source.links.totals}"`)} GROUP BY ${key}`,
  ]);
  const campaignsById = new Map(campaigns.map((row) => [Number(row.id), Number(row.n)]));
  const byId = new Map<number, EntityTotals>();
  for (const row of totals) {
    byId.set(Number(row.id), {
      mentions: Number(row.mentions),
      issues: Number(row.issues),
      indicators: Number(row.indicators),
      goals: Number(row.goals),
      campaigns: campaignsById.get(Number(row.id)) ?? 0,
      lastDate: row.lastDate,
    });
  }
  // An entity with no totals row (linked to campaigns only through a campaign mention's township or department, which
  // does not count as a mention of the entity) still has its campaigns counted.
  for (const [id, n] of campaignsById) {
    if (!byId.has(id)) byId.set(id, { mentions: 0, issues: 0, indicators: 0, goals: 0, campaigns: n, lastDate: null });
  }
  return byId;
}

export const NO_TOTALS: EntityTotals = { mentions: 0, issues: 0, indicators: 0, goals: 0, campaigns: 0, lastDate: null };

// What a township or department page shows besides the entity's own facts. The latest items only (LIST_LIMIT,
// ARTICLE_LIMIT; in date order); the *Count fields say how many there are in all.
export type EntityActivity = {
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

export const NO_ACTIVITY: EntityActivity = {
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

// `mentions`: the mention table and the place or department ids whose mentions count (a township's include its
// villages and communities).
export async function loadEntityActivity(
  db: Db,
  options: { entity: "township" | "department"; id: number; mentions: { table: "PlaceMention" | "DepartmentMention"; ids: number[] } },
): Promise<EntityActivity> {
  const { entity, id } = options;
  const column = STAT_TABLES[entity].key;
  const [indicators, goals, campaigns, articles, perIssue, total] = await Promise.all([
    loadIndicatorItems(db, { column, id }),
    loadGoalItems(db, { column, id }),
    loadLinkedCampaigns(db, { column, id }),
    loadMentioningArticles(db, options.mentions),
    countByIssue(db, { entity, id }),
    loadEntityTotal(db, { entity, id }),
  ]);
  return {
    indicators: indicators.items,
    indicatorCount: total.indicators,
    goals,
    goalCount: total.goals,
    campaigns,
    articles,
    articleCount: total.articles,
    activity: activitySeries(perIssue),
    series: indicators.series,
  };
}
