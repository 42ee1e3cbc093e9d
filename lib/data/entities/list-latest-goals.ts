import "server-only";

import { getDb, type Db } from "../../db/client";
import type { Prisma } from "../../generated/prisma/client";
import { compareItems, goalItemSelect, latestFirst, LIST_LIMIT, NOT_REJECTED, toGoalItem, type EntityColumn, type GoalItem } from "./entity-items";

// The latest goals of a campaign, township or department that a reviewer has not rejected (LIST_LIMIT of them, in
// date order).
export async function listLatestGoals(options: { column: EntityColumn; id: number }, db: Db = getDb()): Promise<GoalItem[]> {
  const where = { [options.column]: options.id, ...NOT_REJECTED } satisfies Prisma.GoalWhereInput;
  const rows = await db.goal.findMany({ where, orderBy: [...latestFirst(db)], take: LIST_LIMIT, select: goalItemSelect });
  return rows.sort(compareItems).map(toGoalItem);
}

