import "server-only";

import { getDb, type Db } from "../../db/client";
import { STAT_TABLES } from "../../db/stat-tables";
import { Prisma } from "../../generated/prisma/client";

// The township and department lists' totals, read from the summaries kept at ingest time (one row per entity,
// lib/db/issue-stats.ts, and one per campaign it is linked to, lib/db/campaign-link-totals.ts): two statements.

export type EntityTotals = {
  mentions: number;
  issues: number; // issues that mention it
  indicators: number;
  goals: number;
  campaigns: number; // campaigns its mentions, indicators or goals are tied to
  lastDate: string | null;
};

type TotalsRow = { id: number; mentions: bigint | number; issues: bigint | number; indicators: bigint | number; goals: bigint | number; lastDate: string | null };

export async function listEntityTotals(args: { entity: "township" | "department" }, db: Db = getDb()): Promise<Map<number, EntityTotals>> {
  const source = STAT_TABLES[args.entity];
  const key = Prisma.raw(`"${source.key}"`);
  const [totals, campaigns] = await Promise.all([
    db.$queryRaw<TotalsRow[]>`
      SELECT ${key} AS "id", "mentions", "issues", "indicators", "goals", "lastDate" FROM ${Prisma.raw(`"${source.totals}"`)}`,
    db.$queryRaw<{ id: number; n: bigint | number }[]>`
      SELECT ${key} AS "id", COUNT(*) AS "n" FROM ${Prisma.raw(`"${source.links.totals}"`)} GROUP BY ${key}`,
  ]);
  const campaignsById = new Map(campaigns.map((row) => [Number(row.id), Number(row.n)]));
  const byId = new Map<number, EntityTotals>();
  for (const row of totals) {
    byId.set(Number(row.id), {
      mentions: Number(row.mentions),
      issues: Number(row.issues),
      indicators: Number(row.indicators),
      goals: Number(row.goals),
      campaigns: campaignsById.get(Number(row.id)) ?? 0,
      lastDate: row.lastDate,
    });
  }
  // An entity with no totals row (linked to campaigns only through a campaign mention's township or department, which
  // does not count as a mention of the entity) still has its campaigns counted.
  for (const [id, n] of campaignsById) {
    if (!byId.has(id)) byId.set(id, { mentions: 0, issues: 0, indicators: 0, goals: 0, campaigns: n, lastDate: null });
  }
  return byId;
}

export const NO_TOTALS: EntityTotals = { mentions: 0, issues: 0, indicators: 0, goals: 0, campaigns: 0, lastDate: null };
