import "server-only";

import { getDb, type Db } from "../../db/client";
import type { GoalItem } from "../entities/entity-items";
import { listLatestGoals } from "../entities/list-latest-goals";

// The campaign's latest goals (LIST_LIMIT), in date order.
export async function listCampaignGoals(id: number, db: Db = getDb()): Promise<GoalItem[]> {
  return listLatestGoals({ column: "campaignId", id }, db);
}
