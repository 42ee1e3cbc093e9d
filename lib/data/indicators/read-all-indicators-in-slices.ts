import "server-only";

import type { PrismaClient } from "../../generated/prisma/client";
import { getDb } from "../../db/client";
import { ID_SLICE, slices } from "../../db/id-slices";
import type { TIndicatorFilters } from "../../validations/indicator-filters";
import { buildWhere, gramSearch, matchingIds, orderBy, rowsByIds, type IndicatorRow } from "./indicator-rows";

// Every row matching the filters, in the explorer's order, as a count and then slices of rows: what the CSV export streams,
// so a file of 100,000 rows neither waits for its last row nor holds every row in memory at once.
export async function readAllIndicatorsInSlices(
  filters: TIndicatorFilters,
  db: PrismaClient = getDb(),
): Promise<{ total: number; slices: AsyncGenerator<IndicatorRow[]> }> {
  // A short query reads its rows off the character index (lib/db/indicator-search.ts) instead of testing every sentence.
  const ids = filters.q
    ? await matchingIds(filters, {}, db, (await gramSearch(filters, db)) ?? undefined)
    : (await db.indicator.findMany({ where: buildWhere(filters), orderBy: orderBy(filters, db), select: { id: true } })).map((row) => row.id);
  async function* read() {
    for (const slice of slices(ids, ID_SLICE)) yield await rowsByIds(slice, db);
  }
  return { total: ids.length, slices: read() };
}

