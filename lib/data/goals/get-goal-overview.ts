import "server-only";

import { getDb, type Db } from "../../db/client";
import { statusCounts, type LedgerSummary } from "../../track/ledger-view";
import { decorateGoals, today, type LedgerGoal } from "./ledger-goal";
import { countLedgerByStatus, readLedgerIds, readRecentlyMet, type LedgerIdRow } from "./ledger-sql";
import { readGoalRows } from "./goal-rows";

export type GoalOverview = LedgerSummary<LedgerGoal> & { asOf: string };

// The overview's target block: counts by status, due in the next 30 days, overdue, recently met. The counts are SQL
// aggregates and the lists SQL pages (ledger-sql.ts, the rules of summariseLedger in lib/track/ledger-view.ts); only the
// goals listed are read.
export async function getGoalOverview(args: { asOf?: string; dueDays?: number; limit?: number } = {}, db: Db = getDb()): Promise<GoalOverview> {
  const asOf = args.asOf ?? today();
  const limit = args.limit ?? 5;
  const { byStatus: counts, overdue: overdueCount } = await countLedgerByStatus({ asOf }, db);
  const first = { offset: 0, limit };
  const dueSoon = await readLedgerIds({ asOf, due: args.dueDays ?? 30, sort: "deadline" }, first, db);
  const overdue = await readLedgerIds({ asOf, overdue: true, sort: "deadline", dir: "desc" }, first, db);
  const recentlyMet = await readRecentlyMet({ asOf }, limit, db);
  const listed = new Map([...dueSoon, ...overdue, ...recentlyMet].map((r) => [r.id, r]));
  const rows = await readGoalRows({ asOf, ids: [...listed.keys()] }, db);
  const shown = new Map((await decorateGoals(rows, db)).map((g) => [g.id, g]));
  // Each listed goal with the status the SQL gave it (the one its list was chosen by).
  const pick = (list: LedgerIdRow[]) =>
    list.flatMap((r) => {
      const goal = shown.get(r.id);
      return goal ? [{ ...goal, status: r.status, statusSource: r.statusSource, proposedStatus: r.proposedStatus, statusEvidence: r.statusSource === "editor" ? goal.statusEvidence : null }] : [];
    });
  return {
    asOf,
    total: [...counts.values()].reduce((n, c) => n + c, 0),
    byStatus: statusCounts(counts),
    dueSoon: pick(dueSoon),
    overdue: pick(overdue),
    overdueCount,
    recentlyMet: pick(recentlyMet),
  };
}
