import "server-only";

import { getDb, type Db } from "../../db/client";
import { applyLedgerView } from "../../track/ledger-view";
import { GOAL_PAGE_SIZE, type TGoalFilters } from "../../validations/goal-filters";
import { readGoalRows, type GoalLedgerRow } from "./goal-rows";
import { decorateGoals, today, type LedgerGoal } from "./ledger-goal";

// The target ledger (/goals) and its CSV: the URL's filters, one page or every row.

export type GoalLedger = {
  asOf: string;
  goals: LedgerGoal[]; // the rows of the page asked for
  total: number; // rows matching the filters, on every page
  stored: number; // live goals before the status/overdue/due filters (0: nothing extracted yet)
  page: number;
  pageSize: number;
  pageCount: number;
};

// Every row for the URL's filters: column filters in the query, status/overdue/due on the computed status, sorted by
// deadline (nearest first) unless asked otherwise. The status is computed per goal, so paging happens after it.
async function filteredLedgerRows(db: Db, f: TGoalFilters): Promise<{ asOf: string; rows: GoalLedgerRow[]; stored: number }> {
  const asOf = f.asOf ?? today();
  const rows = await readGoalRows(
    {
    asOf,
    township: f.township,
    department: f.department,
    campaign: f.campaign,
    kind: f.kind,
    deadlineFrom: f.from,
    deadlineTo: f.to,
    },
    db,
  );
  const viewed = applyLedgerView(rows, { asOf, status: f.status, overdue: f.overdue === "1", due: f.due, sort: f.sort ?? "deadline", dir: f.dir });
  return { asOf, rows: viewed, stored: rows.length };
}

// One page of the ledger (GOAL_PAGE_SIZE rows; a page past the last shows the last), with the total for the pager.
export async function listLedgerGoals(args: { filters: TGoalFilters }, db: Db = getDb()): Promise<GoalLedger> {
  const { asOf, rows, stored } = await filteredLedgerRows(db, args.filters);
  const pageSize = GOAL_PAGE_SIZE;
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = Math.min(args.filters.page ?? 1, pageCount);
  const shown = rows.slice((page - 1) * pageSize, page * pageSize);
  return { asOf, goals: await decorateGoals(db, shown), total: rows.length, stored, page, pageSize, pageCount };
}

// Every filtered row, in the ledger's order: the CSV (exactly the rows the pages show, all of them).
export async function listAllLedgerGoals(args: { filters: TGoalFilters }, db: Db = getDb()): Promise<{ asOf: string; goals: LedgerGoal[] }> {
  const { asOf, rows } = await filteredLedgerRows(db, args.filters);
  return { asOf, goals: await decorateGoals(db, rows) };
}

