// Series: the same measure across issues (issue #11 §2). A series key is a normalised metric, the subject it is
// measured for (campaign/project, township, department, else the district) and a unit family, so that
// 签约率达78% (12月) and 签约率达100% (1月) of one 征收 project fall in one series, while the 签约率 of another project,
// or 签约86户 (a count, not a rate), do not. Core vs incidental tells tracked quantities from story details.
// Pure: no database, the extraction pipeline and the linker share it.

import { sentenceAroundSpan } from "@/lib/text/sentences";
import { findPlaces } from "./extract-places";
import { lookupUnit, type UnitKind } from "./units";

// Metric words, normalised: a table of (pattern, canonical metric); the first match wins. Rates keep 率; an activity
// measured as a count keeps the activity (签约86户 → 签约), which the unit family separates from the rate.
export const METRIC_SYNONYMS: readonly { pattern: RegExp; metric: string }[] = [
  { pattern: /签约/, metric: "签约率" },
  { pattern: /入户调查|入户摸底|调查摸底/, metric: "入户调查完成率" },
  { pattern: /腾空|交房/, metric: "腾空率" },
  { pattern: /拆除|拆迁/, metric: "拆除" },
  { pattern: /覆盖/, metric: "覆盖率" },
  { pattern: /接种/, metric: "接种率" },
  { pattern: /(?:财政|一般公共预算)收入/, metric: "财政收入" },
  { pattern: /(?:生产总值|GDP)/, metric: "地区生产总值" },
  { pattern: /固定资产投资|固投/, metric: "固定资产投资" },
  { pattern: /投资/, metric: "投资" },
  { pattern: /开工/, metric: "开工" },
  { pattern: /竣工|完工|建成/, metric: "建成" },
  { pattern: /招商|引进/, metric: "招商引资" },
];

// What every metric may start with that says nothing about what is measured (已完成签约 → 签约).
const METRIC_PREFIX = /^(?:已经?|累计|共|共计|全面|完成|实现|项目|总|整体|目前|当前|其中|新增)+/;

export function normaliseMetric(metric: string | undefined | null): string | undefined {
  if (!metric) return undefined;
  const trimmed = metric.replace(/\s+/g, "").replace(METRIC_PREFIX, "");
  const source = trimmed || metric;
  for (const { pattern, metric: canonical } of METRIC_SYNONYMS) if (pattern.test(source)) return canonical;
  return source || undefined;
}

export type UnitFamily = "percent" | "money" | "mass" | "area" | "length" | "volume" | "energy" | "duration" | "age" | `count:${string}`;

// Measures that compare across units: their family, and for lengths, areas and masses the factor to the family's base
// unit (metres, square metres, kilograms), so a target and a report written in different units compare (issue #11 §3:
// 3.5公里 against 3600米, 亩 against 平方米). Money and 万/亿 are already scaled by the extractor; the paper's unit is kept.
const MEASURES: Record<string, { family: UnitFamily; toBase?: number }> = {
  吨: { family: "mass", toBase: 1000 },
  斤: { family: "mass", toBase: 0.5 },
  公斤: { family: "mass", toBase: 1 },
  千克: { family: "mass", toBase: 1 },
  平方米: { family: "area", toBase: 1 },
  平方公里: { family: "area", toBase: 1_000_000 },
  平方千米: { family: "area", toBase: 1_000_000 },
  亩: { family: "area", toBase: 10_000 / 15 },
  公顷: { family: "area", toBase: 10_000 },
  公里: { family: "length", toBase: 1000 },
  千米: { family: "length", toBase: 1000 },
  米: { family: "length", toBase: 1 },
  厘米: { family: "length", toBase: 0.01 },
  毫米: { family: "length", toBase: 0.001 },
  立方米: { family: "volume" },
  千瓦时: { family: "energy" },
  千瓦: { family: "energy" },
};

// The value in its family's base unit; the value itself when the unit has no known scale (counts, money, percent).
export function inBaseUnit(value: number, unit: string | null | undefined): number {
  const toBase = unit ? MEASURES[unit]?.toBase : undefined;
  return toBase === undefined ? value : value * toBase;
}

// Units that compare: 吨 and 公斤 are one family (a chart may convert), 户 and 人 are not (different things counted).
export function unitFamily(unit: string): UnitFamily {
  if (unit === "%" || unit === "百分点") return "percent";
  const entry = lookupUnit(unit);
  const kind: UnitKind | undefined = entry?.kind;
  if (kind === "money" || unit.endsWith("元")) return "money";
  const measure = MEASURES[unit];
  if (measure) return measure.family;
  if (kind === "duration") return "duration";
  if (kind === "age") return "age";
  return `count:${entry?.unit ?? unit}`;
}

// `place`: the villages or communities the number's sentence names before it (seriesPlace below), the project a
// township-wide count would otherwise mix with another's (梅山村's 签约率 and 溪口村's are two series, issue #11 §2).
export type SeriesSubject = { place?: string | null; campaign?: string | null; township?: string | null; department?: string | null };

// The subject a series is measured for: the narrowest thing the item is tied to. A campaign named after its villages
// (黄家片区下刘、四都刘村房屋征收) is measured for those villages, so a later sentence that names the villages and not
// the campaign (下刘、四都刘村征收项目签约率达78%) continues its series.
export function seriesSubject(subject: SeriesSubject): string {
  return subject.place || (subject.campaign && campaignPlace(subject.campaign)) || subject.campaign || subject.township || subject.department || "全区";
}

const villageKey = (names: readonly string[]) => [...new Set(names.map((n) => n.replace(/(?:村|社区)$/, "") || n))].sort().join("、");

const campaignPlaces = new Map<string, string>();
function campaignPlace(campaign: string): string {
  let place = campaignPlaces.get(campaign);
  if (place === undefined) {
    place = villageKey(findPlaces(campaign).places.filter((p) => p.level === "village" || p.level === "community").map((p) => p.name));
    if (campaignPlaces.size >= 1000) campaignPlaces.clear();
    campaignPlaces.set(campaign, place);
  }
  return place;
}

// The villages or communities a number's sentence names before it: the gazetteer's (its places), and a name the
// gazetteer lacks written right after a township (石梁镇溪口村征收项目: 溪口). Undefined when it names none.
export function seriesPlace(
  text: string,
  at: number,
  places: readonly { name: string; level: string; start: number; end: number }[],
): string | undefined {
  const from = sentenceAroundSpan(text, { start: at, end: at }, "seriesPlace").start;
  const names: string[] = [];
  for (const p of places) {
    if (p.start < from || p.start >= at) continue;
    if (p.level === "village" || p.level === "community") names.push(p.name);
    else if (p.level === "township") {
      const after = /^([\u4e00-\u9fff]{2,3}?)(?:村|社区)/.exec(text.slice(p.end, at));
      if (after && !places.some((q) => q.start === p.end)) names.push(after[1]);
    }
  }
  return names.length ? villageKey(names) : undefined;
}

// `metric|subject|unit family`, or undefined when the item names no metric (a bare count cannot be followed).
export function seriesKey(item: { metric?: string | null; unit: string } & SeriesSubject): string | undefined {
  const metric = normaliseMetric(item.metric);
  if (!metric) return undefined;
  return `${metric}|${seriesSubject(item)}|${unitFamily(item.unit)}`;
}

// Incidental quantities: ages, durations of a story (15天, 30年没有物业管理), and small counts of people (1名物业经理,
// 2名保安: one person's or a handful's count). Everything else (households, tonnes, money, rates, sites, projects,
// events) is a tracked quantity. A target (确保…) is always core: someone committed to it.
const PERSON_UNITS = new Set(["名", "位", "人"]);
const SMALL_PERSON_COUNT = 10;

export function isCoreIndicator(item: { value: number; unit: string; role?: string; period?: string | null }): boolean {
  if (item.role === "target") return true;
  const family = unitFamily(item.unit);
  if (family === "age" || family === "duration") return false;
  if (PERSON_UNITS.has(item.unit) && item.value < SMALL_PERSON_COUNT && !item.period) return false;
  return true;
}
