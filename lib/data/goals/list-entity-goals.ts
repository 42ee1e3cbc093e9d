import "server-only";

import { getDb, type Db } from "../../db/client";
import { applyLedgerView } from "../../track/ledger-view";
import { readGoalRows } from "./goal-rows";
import { decorateGoals, today, type LedgerGoal } from "./ledger-goal";

// A township's or department's goals with their status, the most urgent first (逾期, 未完成, 进行中 …).
export async function listEntityGoals(args: { township?: string; department?: string; asOf?: string }, db: Db = getDb()): Promise<LedgerGoal[]> {
  const asOf = args.asOf ?? today();
  const rows = await readGoalRows({ asOf, township: args.township, department: args.department }, db);
  const rank = (status: string) => ["逾期", "未完成", "进行中", "无法判断", "已完成"].indexOf(status);
  const sorted = applyLedgerView(rows, { asOf, sort: "deadline" }).sort((a, b) => {
    const ra = rank(a.status);
    const rb = rank(b.status);
    return (ra < 0 ? 9 : ra) - (rb < 0 ? 9 : rb);
  });
  return decorateGoals(db, sorted);
}
