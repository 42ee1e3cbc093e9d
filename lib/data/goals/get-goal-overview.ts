import "server-only";

import { getDb, type Db } from "../../db/client";
import { summariseLedger, type LedgerSummary } from "../../track/ledger-view";
import { readGoalRows, type GoalLedgerRow } from "./goal-rows";
import { decorateGoals, today, type LedgerGoal } from "./ledger-goal";

export type GoalOverview = LedgerSummary<LedgerGoal> & { asOf: string };

// The overview's target block: counts by status, due in the next 30 days, overdue, recently met.
export async function getGoalOverview(args: { asOf?: string; dueDays?: number; limit?: number } = {}, db: Db = getDb()): Promise<GoalOverview> {
  const asOf = args.asOf ?? today();
  const rows = await readGoalRows({ asOf }, db);
  const summary = summariseLedger(rows, { asOf, dueDays: args.dueDays ?? 30, limit: args.limit ?? 5 });
  const shown = await decorateGoals(db, [...new Map([...summary.dueSoon, ...summary.overdue, ...summary.recentlyMet].map((r) => [r.id, r])).values()]);
  const byId = new Map(shown.map((g) => [g.id, g]));
  const pick = (list: GoalLedgerRow[]) => list.map((r) => byId.get(r.id)!);
  return { ...summary, asOf, dueSoon: pick(summary.dueSoon), overdue: pick(summary.overdue), recentlyMet: pick(summary.recentlyMet) };
}

