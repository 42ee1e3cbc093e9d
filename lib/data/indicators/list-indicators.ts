import "server-only";

import type { PrismaClient } from "../../generated/prisma/client";
import { getDb } from "../../db/client";
import { INDICATOR_PAGE_SIZE, type TIndicatorFilters } from "../../validations/indicator-filters";
import { buildWhere, countByGrams, countMatching, findRows, gramSearch, matchingIds, pageByGrams, rowsByIds, type IndicatorRow } from "./indicator-rows";

export type IndicatorPage = {
  rows: IndicatorRow[];
  total: number;
  totalCapped: boolean; // a text query matched more than TEXT_QUERY_COUNT_CAP rows: total is the cap, not the count
  page: number;
  pageCount: number;
  pageSize: number;
};

// A text query of three or more characters is a scan, and counting every match of a common word at 10,000 issues
// took seconds while its first page takes a millisecond: the count stops at this cap and the explorer says "more
// than". Nobody pages through 200 pages; the CSV still has every row. One or two characters are counted exactly off
// their own index (lib/db/indicator-search.ts, on SQLite and PostgreSQL) and never capped.
export const TEXT_QUERY_COUNT_CAP = 10_000;

// One page of the explorer (page size 50); a page past the end shows the last page.
export async function listIndicators(filters: TIndicatorFilters, db: PrismaClient = getDb()): Promise<IndicatorPage> {
  const pageSize = INDICATOR_PAGE_SIZE;
  if (filters.q) {
    const grams = await gramSearch(filters, db);
    const counted = grams ? await countByGrams(filters, grams, db) : await countMatching(filters, TEXT_QUERY_COUNT_CAP + 1, db);
    const capped = !grams && counted > TEXT_QUERY_COUNT_CAP;
    const total = capped ? TEXT_QUERY_COUNT_CAP : counted;
    const pageCount = Math.max(1, Math.ceil(total / pageSize));
    const page = Math.min(filters.page ?? 1, pageCount);
    const slice = { offset: (page - 1) * pageSize, limit: pageSize };
    const ids =
      total === 0
        ? []
        : await matchingIds(filters, slice, db, grams && (await pageByGrams(filters, grams, total, slice, db)) ? grams : undefined);
    return { rows: await rowsByIds(ids, db), total, totalCapped: capped, page, pageCount, pageSize };
  }
  const where = buildWhere(filters);
  const total = (await countFromIssueStats(filters, db)) ?? (await db.indicator.count({ where }));
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(filters.page ?? 1, pageCount);
  const rows = await findRows(where, filters, { skip: (page - 1) * pageSize, take: pageSize }, db);
  return { rows, total, totalCapped: false, page, pageCount, pageSize };
}

// With no filter but the defaults (rejected hidden, incidental numbers shown or not), the count is a sum of the issues'
// own counts: counting the rows that pass `core` was a scan of every number (287 ms at 10,000 issues under load), and
// an index on (core, review) made the planner slow the pages down. refreshIssueStats keeps the counts in step.
async function countFromIssueStats(filters: TIndicatorFilters, db: PrismaClient): Promise<number | null> {
  const narrowed = filters.township || filters.department || filters.campaign || filters.unit || filters.from || filters.to || filters.q;
  if (narrowed || filters.rejected === "show") return null;
  const sums = await db.issueStat.aggregate({ _sum: { coreIndicators: true, indicators: true } });
  return (filters.incidental === "show" ? sums._sum.indicators : sums._sum.coreIndicators) ?? 0;
}
