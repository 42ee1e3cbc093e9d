import "server-only";

import { getDb, type Db } from "../db/client";
import { DEPARTMENTS } from "../gazetteer/departments";
import { loadEntityActivity, loadEntityTotals, NO_TOTALS, type EntityActivity } from "./entity-stats";

export type DepartmentLevelLabel = "区级" | "市级" | "省级" | null;

const LEVEL_LABEL: Record<string, DepartmentLevelLabel> = { district: "区级", city: "市级", province: "省级" };
const LEVEL_BY_NAME = new Map(DEPARTMENTS.map((d) => [d.name, LEVEL_LABEL[d.level] ?? null]));

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

// Totals kept at ingest time (see loadEntityTotals): no statement here reads a mention row.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- no arguments yet; the (args, db) convention keeps db second
export async function listDepartments(_args: Record<string, never> = {}, db: Db = getDb()): Promise<DepartmentListItem[]> {
  const [departments, totals] = await Promise.all([
    db.department.findMany({ select: { id: true, name: true, canonical: true } }),
    loadEntityTotals(db, "department"),
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

export type DepartmentDetail = EntityActivity & {
  name: string;
  canonical: string;
  level: DepartmentLevelLabel;
  aliases: string[];
};

function parseAliases(json: string): string[] {
  try {
    const value = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

export async function getDepartment(name: string, db: Db = getDb()): Promise<DepartmentDetail | null> {
  const department = await db.department.findUnique({
    where: { name },
    select: { id: true, name: true, canonical: true, aliases: true },
  });
  if (!department) return null;
  const activity = await loadEntityActivity(db, {
    entity: "department",
    id: department.id,
    mentions: { table: "DepartmentMention", ids: [department.id] },
  });
  return {
    name: department.name,
    canonical: department.canonical,
    level: LEVEL_BY_NAME.get(department.name) ?? null,
    aliases: parseAliases(department.aliases).filter((alias) => alias !== department.name && alias !== department.canonical),
    ...activity,
  };
}
