import type { PrismaClient } from "../generated/prisma/client";
import { readGoalRows, type GoalLedgerFilters, type GoalLedgerRow } from "../data/goals/goal-rows";

export type { GoalEvidenceRow, GoalLedgerFilters, GoalLedgerRow } from "../data/goals/goal-rows";

// Kept only for tests/ingest/link-goals.test.ts (the linking helper's file), which still imports the old name and
// argument order. The goals are read in lib/data/goals/goal-rows.ts `readGoalRows(filters, db)`; remove this file once
// that test imports it.
export function listGoalLedger(db: PrismaClient, filters: GoalLedgerFilters): Promise<GoalLedgerRow[]> {
  return readGoalRows(filters, db);
}
