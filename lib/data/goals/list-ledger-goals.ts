import "server-only";

import { getDb, type Db } from "../../db/client";
import { ID_SLICE, slices } from "../../db/id-slices";
import { GOAL_PAGE_SIZE, type TGoalFilters } from "../../validations/goal-filters";
import { readGoalRows, type GoalLedgerRow } from "./goal-rows";
import { decorateGoals, today, type LedgerGoal } from "./ledger-goal";
import { countLedger, readAllLedgerIds, readLedgerIds, readLedgerIdsFrom, type LedgerCursor, type LedgerIdRow, type LedgerQuery } from "./ledger-sql";

// The target ledger (/goals) and its CSV: the URL's filters, one page or every row. Filtering, statuses, order, the
// page and the count are SQL (ledger-sql.ts); titles, names and evidence are read for the rows shown only.

export type GoalLedger = {
  asOf: string;
  goals: LedgerGoal[]; // the rows of the page asked for
  total: number; // rows matching the filters, on every page
  stored: number; // live goals before the status/overdue/due filters (0: nothing extracted yet)
  page: number;
  pageSize: number;
  pageCount: number;
  // The page's first and last rows as cursors: 上一页 is `before` the first, 下一页 `after` the last (keyset paging).
  first?: LedgerCursor;
  last?: LedgerCursor;
};

function toLedgerQuery(f: TGoalFilters): LedgerQuery {
  return {
    asOf: f.asOf ?? today(),
    township: f.township,
    department: f.department,
    campaign: f.campaign,
    kind: f.kind,
    status: f.status,
    deadlineFrom: f.from,
    deadlineTo: f.to,
    overdue: f.overdue === "1",
    due: f.due,
    sort: f.sort ?? "deadline",
    dir: f.dir,
  };
}

// The rows of these ids (at most one slice), in the SQL's order, with the status the SQL computed: the one the
// filters and counts used, so a row never contradicts the filter it was listed under.
export async function rowsOf(asOf: string, ids: LedgerIdRow[], db: Db = getDb()): Promise<LedgerGoal[]> {
  if (ids.length === 0) return [];
  const read = new Map((await readGoalRows({ asOf, ids: ids.map((r) => r.id) }, db)).map((row) => [row.id, row]));
  const rows = ids.flatMap((r): GoalLedgerRow[] => {
    const row = read.get(r.id);
    if (!row) return []; // rejected or deleted between the two reads
    return [{ ...row, status: r.status, statusSource: r.statusSource, proposedStatus: r.proposedStatus, statusEvidence: r.statusSource === "editor" ? row.statusEvidence : null }];
  });
  return decorateGoals(rows, db);
}

// One page of the ledger (GOAL_PAGE_SIZE rows; a page past the last shows the last), with the total for the pager.
// `after`/`before` (a row's cursor) read the page from that row on, `page` then only numbers it; a cursor that leads
// nowhere (rows changed since the link was made: nothing after it, or less than a page before it) falls back to the
// last page or the first.
export async function listLedgerGoals(args: { filters: TGoalFilters }, db: Db = getDb()): Promise<GoalLedger> {
  const f = args.filters;
  const q = toLedgerQuery(f);
  const { total, stored } = await countLedger(q, db);
  const pageSize = GOAL_PAGE_SIZE;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  let page = Math.min(f.page ?? 1, pageCount);
  let ids: LedgerIdRow[] = [];
  if (total && (f.after || f.before)) {
    ids = await readLedgerIdsFrom(q, (f.after ?? f.before)!, f.after ? "after" : "before", pageSize, db);
    if (f.before && ids.length < pageSize) [page, ids] = [1, []];
    else if (f.after && ids.length === 0) [page, ids] = [pageCount, []];
  }
  if (total && ids.length === 0) ids = await readLedgerIds(q, { offset: (page - 1) * pageSize, limit: pageSize, total }, db);
  const cursorOf = (row: LedgerIdRow | undefined): LedgerCursor | undefined => (row ? { key: row.sortKey ?? null, id: row.id } : undefined);
  return { asOf: q.asOf, goals: await rowsOf(q.asOf, ids, db), total, stored, page, pageSize, pageCount, first: cursorOf(ids[0]), last: cursorOf(ids.at(-1)) };
}

// Every filtered row, in the ledger's order (the CSV: exactly the rows the pages show, all of them): the ids and
// statuses in one query, then the rows in batches of ID_SLICE, so only one batch of rows is held at a time.
export async function readLedgerBatches(args: { filters: TGoalFilters }, db: Db = getDb()): Promise<{ asOf: string; total: number; batches: AsyncGenerator<LedgerGoal[]> }> {
  const q = toLedgerQuery(args.filters);
  const ids = await readAllLedgerIds(q, db);
  async function* batches() {
    for (const slice of slices(ids, ID_SLICE)) yield await rowsOf(q.asOf, slice, db);
  }
  return { asOf: q.asOf, total: ids.length, batches: batches() };
}

// Every filtered row at once (tests and small exports).
export async function listAllLedgerGoals(args: { filters: TGoalFilters }, db: Db = getDb()): Promise<{ asOf: string; goals: LedgerGoal[] }> {
  const { asOf, batches } = await readLedgerBatches(args, db);
  const goals: LedgerGoal[] = [];
  for await (const batch of batches) goals.push(...batch);
  return { asOf, goals };
}
