import "server-only";

import { getDb, type Db } from "../../db/client";
import { loadGoalItems, type GoalItem } from "../extracted-items";

// The campaign's latest goals (LIST_LIMIT), in date order.
export async function listCampaignGoals(id: number, db: Db = getDb()): Promise<GoalItem[]> {
  return loadGoalItems(db, { column: "campaignId", id });
}
