// Every place of the gazetteer as one flat list (townships, villages and communities, areas): what the database's
// Place table is seeded from.

import type { PlaceLevel } from "./types";
import { AREAS } from "./areas";
import { TOWNSHIPS } from "./townships";
import { VILLAGES } from "./villages";

// A name two townships share (姚家村) is one row without a township: which one is meant is decided per mention.
export type PlaceRow = { name: string; level: PlaceLevel; township?: string; aliases: string[] };

const ROWS: readonly PlaceRow[] = [
  ...TOWNSHIPS.map((t) => ({ name: t.name, level: "township" as const, township: t.name, aliases: t.aliases ?? [] })),
  ...VILLAGES.map((v) => ({
    name: v.name,
    level: v.level,
    township: v.township,
    aliases: [...(v.aliases ?? []), ...(v.listAliases ?? [])],
  })),
  ...AREAS.map((a) => ({ name: a.name, level: "area" as const, township: a.township, aliases: a.aliases ?? [] })),
];

function mergeShared(rows: readonly PlaceRow[]): PlaceRow[] {
  const byName = new Map<string, PlaceRow>();
  for (const row of rows) {
    const seen = byName.get(row.name);
    if (!seen) byName.set(row.name, row);
    else if (seen.township !== row.township) byName.set(row.name, { name: row.name, level: seen.level, aliases: [...new Set([...seen.aliases, ...row.aliases])] });
  }
  return [...byName.values()];
}

export const PLACES: readonly PlaceRow[] = mergeShared(ROWS);
