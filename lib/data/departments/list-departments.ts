import "server-only";

import { getDb, type Db } from "../../db/client";
import { listEntityTotals, NO_TOTALS } from "../entities/list-entity-totals";
import { LEVEL_BY_NAME, type DepartmentLevelLabel } from "./department-level";

export type DepartmentListItem = {
  name: string;
  canonical: string;
  level: DepartmentLevelLabel;
  mentions: number;
  indicators: number;
  goals: number;
  campaigns: number;
  issues: number;
  lastDate: string | null;
};

// Totals kept at ingest time (see listEntityTotals): no statement here reads a mention row.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- no arguments yet; the (args, db) convention keeps db second
export async function listDepartments(_args: Record<string, never> = {}, db: Db = getDb()): Promise<DepartmentListItem[]> {
  const [departments, totals] = await Promise.all([
    db.department.findMany({ select: { id: true, name: true, canonical: true } }),
    listEntityTotals({ entity: "department" }, db),
  ]);
  return departments
    .map((d): DepartmentListItem => ({
      name: d.name,
      canonical: d.canonical,
      level: LEVEL_BY_NAME.get(d.name) ?? null,
      ...(totals.get(d.id) ?? NO_TOTALS),
    }))
    .sort((a, b) => b.mentions - a.mentions || b.indicators - a.indicators || a.name.localeCompare(b.name, "zh-CN"));
}

