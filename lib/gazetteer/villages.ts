// The configured county's villages (村) and communities (社区), every one the GB/T 2260 data lists (Kecheng: 291),
// each with the township-level unit its code places it in (严村 330802101232 → 航埠镇, 碗窑村 330802211221 → 沟溪乡).
// A name two units share (姚家村) gives two entries: extraction resolves it by context.
//
// listAliases are bare names the paper wrote in the seeds (麻蓬, 下刘), accepted only inside an enumeration (next to 、 or
// before 等). villageListAliases are every other village's name without 村 (上万, 三山), accepted only in an enumeration
// of villages (…、坎底、双溪等村): alone they are words and given names (曾三山, 园林式). listOnly: a two-character name
// (严村, 范村, 下村) is itself accepted only in an enumeration or right after its township, since it sits inside other
// words (从严村务, 示范村, 下村走访).

import { COUNTY } from "./county";
import { normaliseVillageName } from "./normalise-names";
import { TOWNSHIP_BY_CODE, TOWNSHIPS } from "./townships";
import type { PlaceLevel } from "./types";

export type VillageEntry = {
  code?: string; // GB/T 2260, 12 digits; none for a village the data lacks
  name: string;
  level: Extract<PlaceLevel, "village" | "community">;
  township: string;
  aliases?: string[];
  listAliases?: string[];
  villageListAliases?: string[];
  doubledAliases?: string[]; // 严村村: read only where it ends a name (before 、，。 等 …), not in 严村村民
  listOnly?: boolean;
  source: string;
};

// What the data lacks: other spellings the paper uses, each with its source.
export const VILLAGE_ALIASES: Readonly<Record<string, { aliases?: readonly string[]; listAliases?: readonly string[]; source: string }>> = {
  余东村: { aliases: ["余东"], source: "seed 003: 以余东为模式 (the farmer-painting village, known by its bare name)" },
  下刘村: { listAliases: ["下刘"], source: "seed 000: 黄家片区下刘、四都刘村" },
  麻蓬村: { listAliases: ["麻蓬"], source: "seeds 000, 003: 麻蓬、严村、妙源、茶铺; 串联麻蓬、坎底、双溪等村" },
  坎底村: { listAliases: ["坎底"], source: "seed 003: 串联麻蓬、坎底、双溪等村" },
  双溪村: { listAliases: ["双溪"], source: "seed 003: 串联麻蓬、坎底、双溪等村" },
  茶铺村: { listAliases: ["茶铺"], source: "seeds 000, 003: 麻蓬、严村、妙源、茶铺" },
  妙源村: { listAliases: ["妙源"], source: "seeds 000, 003: 麻蓬、严村、妙源、茶铺" },
  碗窑村: { listAliases: ["碗窑"], source: "seed 003: 打造碗窑、妙源等一批未来乡村" },
};

const TOWNSHIP_WORDS = new Set(TOWNSHIPS.flatMap((t) => [t.name, t.name.replace(/(街道|镇|乡)$/, ""), ...(t.aliases ?? [])]));

function villageEntry(row: { code: string; name: string }): VillageEntry {
  const { name, level } = normaliseVillageName(row.name);
  const township = TOWNSHIP_BY_CODE.get(row.code.slice(0, 9));
  if (!township) throw new Error(`county-${COUNTY.code}.json: village ${row.code} ${row.name} has no township ${row.code.slice(0, 9)}`);
  const bare = name.replace(/(村|社区)$/, "");
  const extra = VILLAGE_ALIASES[name];
  // 严村村委会 is the committee of 严村, which texts also write 严村村 (北二村、航埠村、严村村、陈村坞村).
  const written = /村村(?:委会|民委员会)$/.test(row.name) ? [`${name}村`] : [];
  const aliases = [...(extra?.aliases ?? [])];
  const listAliases = [...(extra?.listAliases ?? [])];
  const villageListAliases =
    level === "village" && bare.length >= 2 && !TOWNSHIP_WORDS.has(bare) && !listAliases.includes(bare) ? [bare] : [];
  return {
    code: row.code,
    name,
    level,
    township: township.name,
    ...(aliases.length ? { aliases } : {}),
    ...(written.length ? { doubledAliases: written } : {}),
    ...(listAliases.length ? { listAliases } : {}),
    ...(villageListAliases.length ? { villageListAliases } : {}),
    ...(name.length <= 2 ? { listOnly: true } : {}),
    source: `${COUNTY.source}: ${row.code} ${row.name}`,
  };
}

// Villages the paper names that the 2023 data lacks (merged or renamed since), hand-written with their source.
const KECHENG_VILLAGES_NOT_IN_DATA: readonly VillageEntry[] = [
  { name: "奔园村", level: "village", township: "万田乡", source: "seed 000: 万田乡奔园村 (not in the 2023 data)" },
];

export const VILLAGES: readonly VillageEntry[] = [
  ...COUNTY.villages.map(villageEntry),
  ...(COUNTY.code === "330802" ? KECHENG_VILLAGES_NOT_IN_DATA : []),
];
