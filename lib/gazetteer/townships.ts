// The configured county's township-level units (Kecheng: 9 街道, 2 镇, 7 乡 = 18, "全区18个乡镇、街道", seed 002), from
// the GB/T 2260 data, with the names the paper uses where the data lags (RENAMED) and the short forms it writes (SHORT).

import { COUNTY } from "./county";
import { normaliseTownshipName, townshipKind } from "./normalise-names";

export type TownshipKind = "街道" | "镇" | "乡";

export type TownshipEntry = {
  code: string; // GB/T 2260, 9 digits
  name: string; // the current name, as the paper writes it
  kind: TownshipKind;
  // Other names that mean the unit: the data's older name (黄家乡) and short forms the paper uses (航埠经济社会,
  // 石室“山水、棋、鱼、花”).
  aliases?: string[];
};

// Units renamed after the data's vintage (2023): the data keeps the old name, which stays an alias.
export const RENAMED_TOWNSHIPS: readonly { code: string; name: string; source: string }[] = [
  // The 2023 data still says 黄家乡; the paper writes 黄家街道 (seed 000: 石室乡、华墅乡、黄家街道、白云街道).
  { code: "330802205", name: "黄家街道", source: "seed 000; 黄家乡 became 黄家街道" },
];

// Short forms the paper writes for a unit (seeds 001-003). Only names that are not common words: 花园, 荷花, 白云, 新新,
// 信安, 府山, 黄家 (a surname: 黄家世代) and 衢化 (a company) stay full-form only.
export const SHORT_TOWNSHIP_NAMES: Readonly<Record<string, readonly string[]>> = {
  "330802010": ["双港"],
  "330802101": ["航埠"],
  "330802100": ["石梁"],
  "330802214": ["万田"],
  "330802210": ["九华"],
  "330802209": ["七里"],
  "330802212": ["华墅"],
  "330802211": ["沟溪"],
  "330802215": ["石室"],
  "330802213": ["姜家山"],
};

function townshipEntry(row: { code: string; name: string }): TownshipEntry {
  const dataName = normaliseTownshipName(row.name);
  const renamed = RENAMED_TOWNSHIPS.find((r) => r.code === row.code);
  const name = renamed?.name ?? dataName;
  const aliases = [...(renamed && renamed.name !== dataName ? [dataName] : []), ...(SHORT_TOWNSHIP_NAMES[row.code] ?? [])];
  const kind = townshipKind(name);
  if (!kind) throw new Error(`county-${COUNTY.code}.json: township ${row.code} ${row.name} has no 街道/镇/乡 suffix`);
  return { code: row.code, name, kind, ...(aliases.length ? { aliases } : {}) };
}

export const TOWNSHIPS: readonly TownshipEntry[] = COUNTY.townships.map(townshipEntry);

export const TOWNSHIP_NAMES: ReadonlySet<string> = new Set(TOWNSHIPS.map((t) => t.name));

export const TOWNSHIP_BY_CODE: ReadonlyMap<string, TownshipEntry> = new Map(TOWNSHIPS.map((t) => [t.code, t]));
