import "server-only";

import { getDb, type Db } from "../../db/client";

// The filter form's choices: the townships, departments and campaigns that have goals.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- no arguments yet; the (args, db) convention keeps db second
export async function listLedgerFilterOptions(_args: Record<string, never> = {}, db: Db = getDb()): Promise<{ townships: string[]; departments: string[]; campaigns: string[] }> {
  const live = { review: { not: "rejected" } };
  const [townships, departments, campaigns] = await Promise.all([
    db.place.findMany({ where: { goals: { some: live } }, select: { name: true } }),
    db.department.findMany({ where: { goals: { some: live } }, select: { name: true } }),
    db.campaign.findMany({ where: { goals: { some: live } }, select: { name: true } }),
  ]);
  const names = (rows: { name: string }[]) => rows.map((r) => r.name).sort((a, b) => a.localeCompare(b, "zh-CN"));
  return { townships: names(townships), departments: names(departments), campaigns: names(campaigns) };
}

