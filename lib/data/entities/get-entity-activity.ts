import "server-only";

import { getDb, type Db } from "../../db/client";
import { STAT_TABLES } from "../../db/stat-tables";
import type { ChartSeries } from "../source-refs";
import { activitySeries, countEntityPerIssue } from "./count-entity-per-issue";
import type { GoalItem, IndicatorItem } from "./entity-items";
import { getEntityTotal } from "./get-entity-total";
import { listLatestGoals } from "./list-latest-goals";
import { listLatestIndicators } from "./list-latest-indicators";
import { listLinkedCampaigns, type LinkedCampaign } from "./list-linked-campaigns";
import { listMentioningArticles, type MentioningArticle } from "./list-mentioning-articles";

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
export async function getEntityActivity(
  options: { entity: "township" | "department"; id: number; mentions: { table: "PlaceMention" | "DepartmentMention"; ids: number[] } },
  db: Db = getDb(),
): Promise<EntityActivity> {
  const { entity, id } = options;
  const column = STAT_TABLES[entity].key;
  const [indicators, goals, campaigns, articles, perIssue, total] = await Promise.all([
    listLatestIndicators({ column, id }, db),
    listLatestGoals({ column, id }, db),
    listLinkedCampaigns({ column, id }, db),
    listMentioningArticles(options.mentions, db),
    countEntityPerIssue({ entity, id }, db),
    getEntityTotal({ entity, id }, db),
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
