import "server-only";

import { getDb, type Db } from "../../db/client";
import { getEntityActivity, NO_ACTIVITY, type EntityActivity } from "../entities/get-entity-activity";
import { KIND_BY_NAME } from "./township-kind";

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
    getEntityActivity({ entity: "township", id: place.id, mentions: { table: "PlaceMention", ids: placeIds } }, db),
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
