import "server-only";

import { getDb, type Db } from "../../db/client";
import { campaignMentionItemSelect, compareItems, latestFirst, LIST_LIMIT, toSourceItem, type CampaignMentionItem } from "../entities/entity-items";

export type { CampaignMentionItem } from "../entities/entity-items";

// The campaign's latest LIST_LIMIT mentions, in date order.
export async function listCampaignMentions(id: number, db: Db = getDb()): Promise<CampaignMentionItem[]> {
  const rows = await db.campaignMention.findMany({
    where: { campaignId: id },
    orderBy: [...latestFirst(db)],
    take: LIST_LIMIT,
    select: campaignMentionItemSelect,
  });
  return rows.sort(compareItems).map((row) => toSourceItem("campaign", row));
}
