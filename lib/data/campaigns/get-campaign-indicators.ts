import "server-only";

import { getDb, type Db } from "../../db/client";
import { countEntityPerIssue, perIssue } from "../entities/count-entity-per-issue";
import type { IndicatorItem } from "../entities/entity-items";
import { listLatestIndicators } from "../entities/list-latest-indicators";
import { countSeries, type ChartSeries } from "../source-refs";

export type CampaignIndicators = {
  mentionsByDate: ChartSeries;
  series: ChartSeries[]; // one per metric+unit, from the latest SERIES_LIMIT indicators
  indicators: IndicatorItem[]; // the latest LIST_LIMIT
};

// The campaign's progress: mentions per issue date and its numbers, as chart series and as the latest items.
export async function getCampaignIndicators(id: number, db: Db = getDb()): Promise<CampaignIndicators> {
  const [counts, indicators] = await Promise.all([countEntityPerIssue({ entity: "campaign", id }, db), listLatestIndicators({ column: "campaignId", id }, db)]);
  return {
    mentionsByDate: countSeries(perIssue(counts, "mentions"), { key: "mentions", label: "提及次数", unit: "次" }),
    series: indicators.series,
    indicators: indicators.items,
  };
}
