// Every place of the gazetteer as one flat list (townships, villages and communities, areas): what the database's
// Place table is seeded from.

import type { PlaceLevel } from "@/lib/extract/types";
import { AREAS } from "./areas";
import { TOWNSHIPS } from "./townships";
import { VILLAGES } from "./villages";

export type PlaceRow = { name: string; level: PlaceLevel; township?: string; aliases: string[] };

export const PLACES: readonly PlaceRow[] = [
  ...TOWNSHIPS.map((t) => ({ name: t.name, level: "township" as const, township: t.name, aliases: t.aliases ?? [] })),
  ...VILLAGES.map((v) => ({
    name: v.name,
    level: v.level,
    township: v.township,
    aliases: [...(v.aliases ?? []), ...(v.listAliases ?? [])],
  })),
  ...AREAS.map((a) => ({ name: a.name, level: "area" as const, township: a.township, aliases: a.aliases ?? [] })),
];
