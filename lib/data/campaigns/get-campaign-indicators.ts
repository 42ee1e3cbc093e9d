import "server-only";

import { getDb, type Db } from "../../db/client";
import { countByIssue, loadIndicatorItems, perIssue, type IndicatorItem } from "../extracted-items";
import { countSeries, type ChartSeries } from "../source-refs";

export type CampaignIndicators = {
  mentionsByDate: ChartSeries;
  series: ChartSeries[]; // one per metric+unit, from the latest SERIES_LIMIT indicators
  indicators: IndicatorItem[]; // the latest LIST_LIMIT
};

// The campaign's progress: mentions per issue date and its numbers, as chart series and as the latest items.
export async function getCampaignIndicators(id: number, db: Db = getDb()): Promise<CampaignIndicators> {
  const [counts, indicators] = await Promise.all([countByIssue(db, { entity: "campaign", id }), loadIndicatorItems(db, { column: "campaignId", id })]);
  return {
    mentionsByDate: countSeries(perIssue(counts, "mentions"), { key: "mentions", label: "提及次数", unit: "次" }),
    series: indicators.series,
    indicators: indicators.items,
  };
}
