import "server-only";

import { getDb, type Db } from "../../db/client";
import { Prisma } from "../../generated/prisma/client";

// The townships and departments a campaign's items name (shared by the campaign list and the campaign page).

export type NamedCount = { name: string; count: number };

export type InvolvedRow = { campaignId: number; name: string; count: bigint | number };

// Townships and departments named by a campaign's mentions, indicators and goals: one row per pair, summed at ingest
// time (lib/db/campaign-link-totals.ts). Identifiers come from this fixed pair only; values never enter the SQL text.
export function involvedQuery(column: "townshipId" | "departmentId", campaignId?: number) {
  const ref = Prisma.raw(`"${column}"`);
  const totals = Prisma.raw(column === "townshipId" ? `"CampaignTownshipStat"` : `"CampaignDepartmentStat"`);
  const table = Prisma.raw(column === "townshipId" ? `"Place"` : `"Department"`);
  const where = campaignId == null ? Prisma.empty : Prisma.sql`WHERE x."campaignId" = ${campaignId}`;
  return Prisma.sql`
    SELECT x."campaignId" AS "campaignId", e."name" AS "name", x."items" AS "count"
    FROM ${totals} x JOIN ${table} e ON e."id" = x.${ref}
    ${where}
    ORDER BY "count" DESC, e."name"`;
}

export function groupInvolved(rows: InvolvedRow[]): Map<number, NamedCount[]> {
  const byCampaign = new Map<number, NamedCount[]>();
  for (const row of rows) {
    const id = Number(row.campaignId);
    const list = byCampaign.get(id) ?? [];
    list.push({ name: row.name, count: Number(row.count) });
    byCampaign.set(id, list);
  }
  return byCampaign;
}

function byCountThenName(a: NamedCount, b: NamedCount): number {
  return b.count - a.count || a.name.localeCompare(b.name, "zh-CN");
}

// Townships and departments the campaign's items name, from the pair totals.
export async function listCampaignInvolved(id: number, db: Db = getDb()): Promise<{ townships: NamedCount[]; departments: NamedCount[] }> {
  const [townships, departments] = await Promise.all([
    db.$queryRaw<InvolvedRow[]>(involvedQuery("townshipId", id)),
    db.$queryRaw<InvolvedRow[]>(involvedQuery("departmentId", id)),
  ]);
  const toList = (rows: InvolvedRow[]) => rows.map((row) => ({ name: row.name, count: Number(row.count) })).sort(byCountThenName);
  return { townships: toList(townships), departments: toList(departments) };
}

