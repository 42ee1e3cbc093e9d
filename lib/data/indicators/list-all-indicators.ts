import "server-only";

import type { PrismaClient } from "../../generated/prisma/client";
import { getDb } from "../../db/client";
import type { TIndicatorFilters } from "../../validations/indicator-filters";
import { buildWhere, findRows, matchingIds, rowsByIds, type IndicatorRow } from "./indicator-rows";

// Every row matching the filters, in the explorer's order: what the CSV export writes.
export async function listAllIndicators(filters: TIndicatorFilters, db: PrismaClient = getDb()): Promise<IndicatorRow[]> {
  if (filters.q) return rowsByIds(db, await matchingIds(db, filters, {}));
  return findRows(db, buildWhere(filters), filters, {});
}

