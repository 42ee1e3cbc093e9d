import "server-only";

import { getDb, type Db } from "../../db/client";
import { today, type LedgerGoal } from "./ledger-goal";
import { countLedger, readEntityIds, type LedgerQuery } from "./ledger-sql";
import { rowsOf } from "./list-ledger-goals";

// The order of a township's or department's targets: who is behind first (逾期, 未完成, 进行中, 无法判断, 已完成, then
// any other status an editor set), each status in the ledger's deadline order.
export const ENTITY_STATUS_ORDER = ["逾期", "未完成", "进行中", "无法判断", "已完成"] as const;
export const ENTITY_GOAL_LIMIT = 30;

export type EntityGoals = { goals: LedgerGoal[]; total: number; asOf: string };

// A township's or department's goals with their status, the most urgent first, at most `limit` of them, and how many
// it has in all (the page links to /goals?township=… for the rest). The ledger's SQL (ledger-sql.ts) with the entity's
// filter: one pass over the entity's index, only the rows shown are read.
export async function listEntityGoals(
  args: { township?: string; department?: string; asOf?: string; limit?: number },
  db: Db = getDb(),
): Promise<EntityGoals> {
  const asOf = args.asOf ?? today();
  const q: LedgerQuery = { asOf, township: args.township, department: args.department, sort: "deadline" };
  const { total } = await countLedger(q, db);
  const ids = total ? await readEntityIds(q, ENTITY_STATUS_ORDER, args.limit ?? ENTITY_GOAL_LIMIT, db) : [];
  return { goals: await rowsOf(asOf, ids, db), total, asOf };
}
