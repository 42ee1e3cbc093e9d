import "server-only";

import { getDb } from "../db/client";
import { listGoalLedger, type GoalLedgerFilters, type GoalLedgerRow } from "../db/goal-ledger";

export type { GoalEvidenceRow, GoalLedgerFilters, GoalLedgerRow } from "../db/goal-ledger";

// The goal ledger for the pages: every goal with its evidence and its status as of `asOf` (default today, UTC).
export async function listGoals(filters: Partial<GoalLedgerFilters> = {}): Promise<GoalLedgerRow[]> {
  return listGoalLedger(getDb(), { ...filters, asOf: filters.asOf ?? new Date().toISOString().slice(0, 10) });
}

// One goal with its evidence timeline, or null.
export async function getGoal(id: number, asOf?: string): Promise<GoalLedgerRow | null> {
  const [row] = await listGoalLedger(getDb(), { ids: [id], includeRejected: true, asOf: asOf ?? new Date().toISOString().slice(0, 10) });
  return row ?? null;
}
