import "server-only";

import { getDb, type Db } from "../../db/client";
import { TOWNSHIPS } from "../../gazetteer/townships";
import { listEntityTotals, NO_TOTALS } from "../entities/list-entity-totals";
import { KIND_BY_NAME } from "./township-kind";

export type TownshipListItem = {
  name: string;
  kind: string | null; // 街道 | 镇 | 乡 from the gazetteer
  mentions: number; // the township and its villages/communities
  villages: number; // villages/communities of it that the paper names
  indicators: number;
  goals: number;
  campaigns: number;
  issues: number;
  lastDate: string | null;
};

// Every township-level unit: those in the database with their totals (kept at ingest time, see listEntityTotals),
// plus gazetteer units the paper has not named yet.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- no arguments yet; the (args, db) convention keeps db second
export async function listTownships(_args: Record<string, never> = {}, db: Db = getDb()): Promise<TownshipListItem[]> {
  const [places, totals, villageRows] = await Promise.all([
    db.place.findMany({ where: { level: "township" }, select: { id: true, name: true } }),
    listEntityTotals({ entity: "township" }, db),
    // Villages and communities the paper names: one index probe per place.
    db.$queryRaw<{ tid: number; n: bigint | number }[]>`
      SELECT p."townshipId" AS "tid", COUNT(*) AS "n" FROM "Place" p
      WHERE p."townshipId" IS NOT NULL AND EXISTS (SELECT 1 FROM "PlaceMention" m WHERE m."placeId" = p."id")
      GROUP BY p."townshipId"`,
  ]);
  const villagesById = new Map(villageRows.map((row) => [Number(row.tid), Number(row.n)]));
  const items = new Map<string, TownshipListItem>();
  for (const place of places) {
    const { mentions, indicators, goals, campaigns, issues, lastDate } = totals.get(place.id) ?? NO_TOTALS;
    const villages = villagesById.get(place.id) ?? 0;
    items.set(place.name, { name: place.name, kind: KIND_BY_NAME.get(place.name) ?? null, mentions, villages, indicators, goals, campaigns, issues, lastDate });
  }
  for (const township of TOWNSHIPS) {
    if (items.has(township.name)) continue;
    items.set(township.name, { name: township.name, kind: township.kind, villages: 0, ...NO_TOTALS });
  }
  return [...items.values()].sort(
    (a, b) => b.mentions - a.mentions || b.indicators - a.indicators || a.name.localeCompare(b.name, "zh-CN"),
  );
}

