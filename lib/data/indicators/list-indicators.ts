import "server-only";

import type { PrismaClient } from "../../generated/prisma/client";
import { getDb } from "../../db/client";
import { INDICATOR_PAGE_SIZE, type TIndicatorFilters } from "../../validations/indicator-filters";
import { buildWhere, countMatching, findRows, matchingIds, rowsByIds, type IndicatorRow } from "./indicator-rows";

export type IndicatorPage = {
  rows: IndicatorRow[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
};

// One page of the explorer (page size 50); a page past the end shows the last page.
export async function listIndicators(filters: TIndicatorFilters, db: PrismaClient = getDb()): Promise<IndicatorPage> {
  const pageSize = INDICATOR_PAGE_SIZE;
  if (filters.q) {
    const total = await countMatching(db, filters);
    const pageCount = Math.max(1, Math.ceil(total / pageSize));
    const page = Math.min(filters.page ?? 1, pageCount);
    const ids = await matchingIds(db, filters, { offset: (page - 1) * pageSize, limit: pageSize });
    return { rows: await rowsByIds(db, ids), total, page, pageCount, pageSize };
  }
  const where = buildWhere(filters);
  const total = await db.indicator.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(filters.page ?? 1, pageCount);
  const rows = await findRows(db, where, filters, { skip: (page - 1) * pageSize, take: pageSize });
  return { rows, total, page, pageCount, pageSize };
}

