// The configured county (ZHIBIAO_COUNTY, default 330802 柯城区): its name, its city and province, and its township-level
// units, villages and communities from the GB/T 2260 data (data/county-<code>.json, written by `npm run gazetteer`).

import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ZCountyCodeSchema } from "@/lib/validations/env";
import kecheng from "./data/county-330802.json";
import { loadDivisions } from "./divisions";

export const DEFAULT_COUNTY = "330802";

const ZCountyTableSchema = z.object({
  source: z.string(),
  code: z.string(),
  name: z.string(),
  townships: z.string(),
  villages: z.string(),
});

export type CountyRow = { code: string; name: string };

export type County = {
  code: string;
  name: string; // 柯城区
  city: CountyRow; // 衢州市
  province: CountyRow; // 浙江省
  source: string;
  townships: readonly CountyRow[]; // as the data names them (黄家乡)
  villages: readonly CountyRow[]; // as the data names them (严村村委会)
};

function lines(text: string): CountyRow[] {
  if (!text) return [];
  return text.split("\n").map((line) => ({ code: line.slice(0, line.indexOf("\t")), name: line.slice(line.indexOf("\t") + 1) }));
}

function readTable(code: string): z.infer<typeof ZCountyTableSchema> {
  if (code === DEFAULT_COUNTY) return kecheng;
  const file = path.join(process.cwd(), "lib", "gazetteer", "data", `county-${code}.json`);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new Error(`ZHIBIAO_COUNTY=${code}: ${file} is missing; run \`npm run gazetteer -- --county ${code}\` to build it`);
  }
  const parsed = ZCountyTableSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file}: not a county table (${parsed.error.issues[0]?.message})`);
  return parsed.data;
}

export function loadCounty(code: string): County {
  const table = readTable(code);
  const { byCode } = loadDivisions();
  const city = byCode.get(code.slice(0, 4));
  const province = byCode.get(code.slice(0, 2));
  if (!city || !province) throw new Error(`ZHIBIAO_COUNTY=${code}: not a county of the GB/T 2260 data`);
  return {
    code,
    name: table.name,
    city: { code: city.code, name: city.name },
    province: { code: province.code, name: province.name },
    source: table.source,
    townships: lines(table.townships),
    villages: lines(table.villages),
  };
}

// The county extraction works for, read from the environment once.
function configuredCountyCode(): string {
  const parsed = ZCountyCodeSchema.safeParse(process.env.ZHIBIAO_COUNTY || undefined);
  if (!parsed.success) throw new Error(`Invalid environment: ZHIBIAO_COUNTY: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export const COUNTY: County = loadCounty(configuredCountyCode());
