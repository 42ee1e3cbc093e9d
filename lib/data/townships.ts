import "server-only";

import { getDb, type Db } from "../db/client";
import { TOWNSHIPS } from "../gazetteer/townships";
import { loadEntityActivity, loadEntityTotals, NO_ACTIVITY, NO_TOTALS, type EntityActivity } from "./entity-stats";

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

const KIND_BY_NAME = new Map(TOWNSHIPS.map((t) => [t.name, t.kind as string]));

// Every township-level unit: those in the database with their totals (kept at ingest time, see loadEntityTotals),
// plus gazetteer units the paper has not named yet.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- no arguments yet; the (args, db) convention keeps db second
export async function listTownships(_args: Record<string, never> = {}, db: Db = getDb()): Promise<TownshipListItem[]> {
  const [places, totals, villageRows] = await Promise.all([
    db.place.findMany({ where: { level: "township" }, select: { id: true, name: true } }),
    loadEntityTotals(db, "township"),
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

export type TownshipDetail = EntityActivity & {
  name: string;
  kind: string | null;
  known: boolean; // false: a gazetteer unit the paper has not named in any stored issue
  villages: { name: string; level: string; mentions: number }[];
};

// null: neither in the database nor in the gazetteer (404).
export async function getTownship(name: string, db: Db = getDb()): Promise<TownshipDetail | null> {
  const place = await db.place.findUnique({
    where: { name },
    select: { id: true, name: true, level: true, places: { select: { id: true } } },
  });
  const kind = KIND_BY_NAME.get(name) ?? null;
  if (!place || place.level !== "township") {
    if (!kind) return null;
    return { name, kind, known: false, villages: [], ...NO_ACTIVITY };
  }

  const placeIds = [place.id, ...place.places.map((p) => p.id)];
  const [activity, villages] = await Promise.all([
    loadEntityActivity(db, { entity: "township", id: place.id, mentions: { table: "PlaceMention", ids: placeIds } }),
    // Villages and communities the paper names, with how often: a count per village on the (placeId, …) index.
    db.$queryRaw<{ name: string; level: string; mentions: bigint | number }[]>`
      SELECT p."name" AS "name", p."level" AS "level", COUNT(*) AS "mentions"
      FROM "Place" p JOIN "PlaceMention" m ON m."placeId" = p."id"
      WHERE p."townshipId" = ${place.id}
      GROUP BY p."id", p."name", p."level"`,
  ]);
  return {
    name: place.name,
    kind,
    known: true,
    villages: villages
      .map((v) => ({ name: v.name, level: v.level, mentions: Number(v.mentions) }))
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, "zh-CN")),
    ...activity,
  };
}
