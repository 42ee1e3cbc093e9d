import "server-only";

import type { PrismaClient } from "../../generated/prisma/client";
import { getDb } from "../../db/client";
import type { TIndicatorFilters } from "../../validations/indicator-filters";
import type { IndicatorRow } from "./indicator-rows";
import { readAllIndicatorsInSlices } from "./read-all-indicators-in-slices";

// Every row matching the filters, in the explorer's order, at once (tests, small exports).
export async function listAllIndicators(filters: TIndicatorFilters, db: PrismaClient = getDb()): Promise<IndicatorRow[]> {
  const rows: IndicatorRow[] = [];
  for await (const slice of (await readAllIndicatorsInSlices(filters, db)).slices) rows.push(...slice);
  return rows;
}

