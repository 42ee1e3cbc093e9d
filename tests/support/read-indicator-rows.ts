import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { IndicatorRow } from "../../lib/data/indicators/indicator-rows";
import { readAllIndicatorsInSlices } from "../../lib/data/indicators/read-all-indicators-in-slices";
import type { TIndicatorFilters } from "../../lib/validations/indicator-filters";

// Every row the CSV export would write for these filters, gathered from the sliced reader it streams from; the count
// the reader announces first (the export's x-row-count) must be the number of rows its slices then give.
export async function readIndicatorRows(filters: TIndicatorFilters, db?: PrismaClient): Promise<IndicatorRow[]> {
  const { total, slices } = await readAllIndicatorsInSlices(filters, db);
  const rows: IndicatorRow[] = [];
  for await (const slice of slices) rows.push(...slice);
  if (rows.length !== total) throw new Error(`readAllIndicatorsInSlices announced ${total} rows and gave ${rows.length}`);
  return rows;
}
