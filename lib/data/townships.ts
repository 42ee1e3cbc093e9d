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

const KIND_BY_NAME = new Map(TOWNSHIPS.map((t) => [t.name, t.kind as string]));

// Every township-level unit: those in the database with their counts, plus gazetteer units the paper has not named yet.
export async function listTownships(): Promise<TownshipListItem[]> {
  const rows = await getDb().$queryRaw<TownshipStatRow[]>`
    SELECT p."name" AS "name",
      (SELECT COUNT(*) FROM "PlaceMention" pm JOIN "Place" q ON q."id" = pm."placeId"
        WHERE q."id" = p."id" OR q."townshipId" = p."id") AS "mentions",
      (SELECT COUNT(*) FROM "Place" v WHERE v."townshipId" = p."id"
        AND EXISTS (SELECT 1 FROM "PlaceMention" vm WHERE vm."placeId" = v."id")) AS "villages",
      (SELECT COUNT(*) FROM "Indicator" n WHERE n."townshipId" = p."id" AND n."review" <> 'rejected') AS "indicators",
      (SELECT COUNT(*) FROM "Goal" g WHERE g."townshipId" = p."id" AND g."review" <> 'rejected') AS "goals",
      (SELECT COUNT(DISTINCT x."campaignId") FROM (
        SELECT "campaignId" FROM "CampaignMention" WHERE "townshipId" = p."id"
        UNION ALL SELECT "campaignId" FROM "Indicator" WHERE "townshipId" = p."id" AND "campaignId" IS NOT NULL AND "review" <> 'rejected'
        UNION ALL SELECT "campaignId" FROM "Goal" WHERE "townshipId" = p."id" AND "campaignId" IS NOT NULL AND "review" <> 'rejected') x) AS "campaigns",
      (SELECT COUNT(DISTINCT a."issueId") FROM "PlaceMention" pm JOIN "Place" q ON q."id" = pm."placeId"
        JOIN "Article" a ON a."id" = pm."articleId" WHERE q."id" = p."id" OR q."townshipId" = p."id") AS "issues",
      (SELECT MAX(pm."issueDate") FROM "PlaceMention" pm JOIN "Place" q ON q."id" = pm."placeId"
        WHERE q."id" = p."id" OR q."townshipId" = p."id") AS "lastDate"
    FROM "Place" p
    WHERE p."level" = 'township'`;
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
