import "server-only";

import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { getDb } from "../../db/client";

export type FilterOption = { value: string; count: number };

export type IndicatorFilterOptions = {
  townships: FilterOption[];
  departments: FilterOption[];
  campaigns: FilterOption[];
  units: FilterOption[];
  minDate: string | null;
  maxDate: string | null;
};

// Select options: only townships, departments, campaigns and units that have indicators, most used first.
// Grouped counts straight off the indexes: per unit, all rows minus the rejected ones (the unit index does not hold
// review, and rejected rows are few); the date range from the ends of the date index.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- no arguments yet; the (args, db) convention keeps db second
export async function listIndicatorFilterOptions(_args: Record<string, never> = {}, db: PrismaClient = getDb()): Promise<IndicatorFilterOptions> {
  const where = { review: { not: "rejected" } } satisfies Prisma.IndicatorWhereInput;
  type NamedCountRow = { name: string; count: bigint | number };
  const [townships, departments, campaigns, units, rejectedUnits, first, last] = await Promise.all([
    db.$queryRaw<NamedCountRow[]>`
      SELECT e."name" AS "name", COUNT(*) AS "count" FROM "Indicator" i JOIN "Place" e ON e."id" = i."townshipId"
      WHERE i."review" <> 'rejected' GROUP BY e."id", e."name"`,
    db.$queryRaw<NamedCountRow[]>`
      SELECT e."name" AS "name", COUNT(*) AS "count" FROM "Indicator" i JOIN "Department" e ON e."id" = i."departmentId"
      WHERE i."review" <> 'rejected' GROUP BY e."id", e."name"`,
    db.$queryRaw<NamedCountRow[]>`
      SELECT e."name" AS "name", COUNT(*) AS "count" FROM "Indicator" i JOIN "Campaign" e ON e."id" = i."campaignId"
      WHERE i."review" <> 'rejected' GROUP BY e."id", e."name"`,
    db.indicator.groupBy({ by: ["unit"], _count: { _all: true } }),
    db.indicator.groupBy({ by: ["unit"], where: { review: "rejected" }, _count: { _all: true } }),
    db.indicator.findFirst({ where: { ...where, issueDate: { not: null } }, orderBy: { issueDate: "asc" }, select: { issueDate: true } }),
    db.indicator.findFirst({ where: { ...where, issueDate: { not: null } }, orderBy: { issueDate: "desc" }, select: { issueDate: true } }),
  ]);
  const byCount = (a: FilterOption, b: FilterOption) => b.count - a.count || a.value.localeCompare(b.value, "zh-CN");
  const toOptions = (rows: NamedCountRow[]) => rows.map((row) => ({ value: row.name, count: Number(row.count) })).sort(byCount);
  const rejected = new Map(rejectedUnits.map((row) => [row.unit, row._count._all]));
  return {
    townships: toOptions(townships),
    departments: toOptions(departments),
    campaigns: toOptions(campaigns),
    units: units
      .map((row) => ({ value: row.unit, count: row._count._all - (rejected.get(row.unit) ?? 0) }))
      .filter((option) => option.count > 0)
      .sort(byCount),
    minDate: first?.issueDate ?? null,
    maxDate: last?.issueDate ?? null,
  };
}

