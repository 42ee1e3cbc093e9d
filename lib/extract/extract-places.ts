// Places: the configured county's townships, villages, communities and areas by longest match over the gazetteer,
// each with the township-level unit it belongs to; and places elsewhere in China (a 镇/乡/街道, 区/县/市 or 省 the
// national data names, and a 村/社区 written right after another county's township), which are reported as outside the
// county with their county where the data or the text resolves it, and are never linked to one of the county's units.

import { AREAS, COUNTY, TOWNSHIPS, VILLAGES, countyCodeOf, loadDivisions, type Division } from "@/lib/gazetteer";
import { nextStop, textUnits, unitStart, type TextUnits } from "@/lib/text/sentences";
import { buildTrie, scanLongest, type TrieMatch } from "@/lib/text/trie";
import type { ExtractedOutsidePlace, ExtractedPlace, PlaceLevel } from "./types";

// listOnly: only inside an enumeration; villageList: only inside an enumeration of villages (…、双溪等村).
// short: a two-character name (严村, 范村) that must also start a word (not 示范村).
type PlaceValue = {
  name: string;
  level: PlaceLevel;
  townships: string[];
  listOnly: boolean;
  villageList?: boolean;
  doubled?: boolean;
  short?: boolean;
};

const TOWNSHIP_SPELLINGS = new Map<string, string>(); // 航埠 → 航埠镇, 黄家乡 → 黄家街道
for (const t of TOWNSHIPS) for (const s of [t.name, ...(t.aliases ?? [])]) TOWNSHIP_SPELLINGS.set(s, t.name);

const PLACE_TRIE = buildTrie<PlaceValue>(placeEntries());

// One value per spelling: a name two townships share (姚家村) carries both as candidates.
function placeEntries(): [string, PlaceValue][] {
  const bySpelling = new Map<string, PlaceValue>();
  const add = (spelling: string, value: PlaceValue) => {
    const seen = bySpelling.get(spelling);
    if (!seen) bySpelling.set(spelling, { ...value, townships: [...value.townships] });
    else if (seen.name === value.name) {
      for (const t of value.townships) if (!seen.townships.includes(t)) seen.townships.push(t);
      seen.listOnly &&= value.listOnly;
      if (!value.villageList) delete seen.villageList;
    }
    // A different place under the same spelling: the first (townships, then full names) wins.
  };
  for (const t of TOWNSHIPS) {
    for (const s of [t.name, ...(t.aliases ?? [])]) add(s, { name: t.name, level: "township", townships: [t.name], listOnly: false });
  }
  for (const v of VILLAGES) {
    const base = { name: v.name, level: v.level, townships: [v.township] };
    add(v.name, { ...base, listOnly: v.listOnly ?? false, ...(v.listOnly && v.name.length <= 2 ? { short: true } : {}) });
    for (const alias of v.aliases ?? []) add(alias, { ...base, listOnly: false });
  }
  for (const v of VILLAGES) for (const alias of v.listAliases ?? []) add(alias, { name: v.name, level: v.level, townships: [v.township], listOnly: true });
  for (const v of VILLAGES) {
    for (const alias of v.doubledAliases ?? []) add(alias, { name: v.name, level: v.level, townships: [v.township], listOnly: false, doubled: true });
    for (const alias of v.villageListAliases ?? []) add(alias, { name: v.name, level: v.level, townships: [v.township], listOnly: true, villageList: true });
  }
  for (const a of AREAS) {
    const value = { name: a.name, level: "area" as const, townships: a.township ? [a.township] : [], listOnly: false };
    for (const s of [a.name, ...(a.aliases ?? [])]) add(s, value);
  }
  return [...bySpelling];
}

// An enumeration: 麻蓬、严村、妙源、茶铺 or 麻蓬、坎底、双溪等村.
function inList(match: TrieMatch<PlaceValue>, text: string): boolean {
  return text[match.start - 1] === "、" || text[match.end] === "、" || text[match.end] === "等";
}

// Each township's spellings (航埠镇: 航埠镇, 航埠), in TOWNSHIP_SPELLINGS' order: accept() asks for every short or
// list-only name, so the table is not walked whole each time.
const SPELLINGS_OF = new Map<string, string[]>();
for (const [spelling, name] of TOWNSHIP_SPELLINGS) SPELLINGS_OF.set(name, [...(SPELLINGS_OF.get(name) ?? []), spelling]);

// 航埠镇严村: the village written right after its own township.
function afterItsTownship(match: TrieMatch<PlaceValue>, text: string): boolean {
  return match.value.townships.some((t) => (SPELLINGS_OF.get(t) ?? []).some((spelling) => text.endsWith(spelling, match.start)));
}

// An enumeration of villages: the list goes on to 村 before its clause ends (坎底、双溪等村, 上万、金万两村).
function inVillageList(match: TrieMatch<PlaceValue>, text: string): boolean {
  if (!inList(match, text)) return false;
  const rest = /^[^，。；！？,;\n]{0,30}/u.exec(text.slice(match.end))?.[0] ?? "";
  return rest.includes("村");
}

// 严村村 followed by 民, 委, 干部 … is 严村 + 村民: the doubled spelling must end the name.
const AFTER_VILLAGE_WORD = new Set([..."民委干集级务规庄部"]);

// Before a two-character name: a separator or a word that ends where it starts (和严村, 及范村), never a character of the
// same word (示范村, 从严村务).
const BEFORE_SHORT_NAME = new Set([..."、，。；：（“”‘’《 \n和与及在到从对向为是的等同"]);

function accept(match: TrieMatch<PlaceValue>, text: string): boolean {
  if (match.value.short) {
    if (afterItsTownship(match, text)) return true;
    const before = text[match.start - 1];
    if (before !== undefined && !BEFORE_SHORT_NAME.has(before)) return false;
  }
  if (match.value.doubled && AFTER_VILLAGE_WORD.has(text[match.end] ?? "")) return false;
  if (match.value.villageList) return inVillageList(match, text);
  return !match.value.listOnly || inList(match, text) || afterItsTownship(match, text);
}

// ---- places elsewhere in China ----

// Names of the configured county and the divisions above it: not "elsewhere".
const HOME = new Set([COUNTY.name, COUNTY.city.name, COUNTY.province.name]);
// The last characters of a division's name, as a table: scanOutside tests every character of every article.
const SUFFIX_CHARS = new Uint8Array(0x10000);
for (const c of "省市区县旗盟州镇乡道") SUFFIX_CHARS[c.charCodeAt(0)] = 1;
// A township-level unit elsewhere is a 镇, 乡 or 街道: the data's other township-level entries (旅游度假区, 开发区,
// 农场) are words as often as names. After 市, 民 and 场 make 市民 and 市场 (上海市民, 义乌市场).
const TOWNSHIP_SUFFIX = /(镇|乡|街道)$/u;
const NOT_AFTER_CITY = new Set([..."民场"]);
// Words that end like a township's name (位于集镇区 holds 于集镇, 回到家乡 holds 到家乡): a name ending in one is read
// only right after its county or city.
const GENERIC_ENDINGS = new Set(["集镇", "城镇", "乡镇", "小镇", "古镇", "村镇", "市镇", "重镇", "名镇", "强镇", "家乡", "城乡", "故乡", "老乡", "下乡", "回乡", "水乡", "异乡", "他乡", "返乡", "本乡", "全乡", "全镇", "本镇", "该镇", "该乡"]);
const MAX_NAME = 10; // 新疆维吾尔自治区, 阿拉善左旗巴彦浩特镇 …
// A bare village name after another place's township is a village (驿亭镇五夫村) unless it is a common word.
const VILLAGE_AFTER = /^([\u4e00-\u9fff]{2,4}?)(村|社区)/u;
const NOT_VILLAGE_NAMES = new Set(["所有", "各个", "全部", "部分", "每个", "周边", "附近", "行政", "自然", "中心", "重点", "试点", "示范", "新农", "美丽", "未来", "和美", "强村", "乡村", "城乡"]);

const LEVEL_OF: Record<Division["level"], ExtractedOutsidePlace["level"]> = {
  province: "province",
  city: "city",
  county: "county",
  township: "township",
};

type Outside = ExtractedOutsidePlace & { divisions: readonly Division[] };

// The last three characters of every name of three or more (the only lengths divisionEndingAt reads): most 区, 市 and
// 县 of an article end no such name (社区, 城区, 园区), and one lookup tells so before the lengths are tried.
let endings3: ReadonlySet<string> | undefined;
function namesEnding3(): ReadonlySet<string> {
  endings3 ??= new Set([...loadDivisions().byName.keys()].filter((name) => name.length >= 3).map((name) => name.slice(-3)));
  return endings3;
}

// The longest name of the national data ending at `end` (exclusive), with at least two characters before its suffix.
function divisionEndingAt(text: string, end: number): { start: number; divisions: readonly Division[] } | undefined {
  if (end < 3 || !namesEnding3().has(text.slice(end - 3, end))) return undefined;
  const { byName, lengthsByEnding } = loadDivisions();
  const lengths = lengthsByEnding.get(text.slice(end - 2, end));
  if (!lengths) return undefined;
  for (const len of lengths) {
    if (len < 3 || len > MAX_NAME || len > end) continue;
    const found = byName.get(text.slice(end - len, end));
    if (found) return { start: end - len, divisions: found };
  }
  return undefined;
}

function countyName(code: string | undefined): string | null {
  return code ? (loadDivisions().byCode.get(code)?.name ?? null) : null;
}

function scanOutside(text: string): Outside[] {
  const out: Outside[] = [];
  for (let i = 0; i < text.length; i++) {
    if (SUFFIX_CHARS[text.charCodeAt(i)] !== 1) continue;
    if (text[i] === "道" && text[i - 1] !== "街") continue;
    const hit = divisionEndingAt(text, i + 1);
    if (!hit) continue;
    const name = text.slice(hit.start, i + 1);
    // The county's own units (航埠镇) and the divisions it lies in (柯城区, 衢州市, 浙江省) are not elsewhere.
    if (text[i] === "市" && NOT_AFTER_CITY.has(text[i + 1] ?? "")) continue;
    const elsewhere = hit.divisions.filter(
      (d) => !d.code.startsWith(COUNTY.code) && (d.level !== "township" || TOWNSHIP_SUFFIX.test(d.name)),
    );
    if (HOME.has(name) || !elsewhere.length) continue;
    // Keep the longer of two overlapping names (绍兴市上虞区 is two places; 上虞区 inside a longer match is not).
    while (out.length && out[out.length - 1].end > hit.start) {
      if (out[out.length - 1].start >= hit.start) out.pop();
      else break;
    }
    if (out.length && out[out.length - 1].end > hit.start) continue;
    const prev = out.length && out[out.length - 1].end === hit.start ? out[out.length - 1] : undefined;
    // Within the county named just before (上虞区驿亭镇), else the only county the data knows the name in.
    const inPrev = prev ? elsewhere.filter((d) => prev.divisions.some((p) => d.code.startsWith(p.code) && d.code !== p.code)) : [];
    if (!inPrev.length && GENERIC_ENDINGS.has(name.slice(-2))) continue;
    const divisions = inPrev.length ? inPrev : elsewhere;
    const level = LEVEL_OF[divisions[0].level];
    const counties = [...new Set(divisions.map(countyCodeOf))];
    out.push({
      start: hit.start,
      end: i + 1,
      text: name,
      name,
      level,
      outside: true,
      county: counties.length === 1 ? countyName(counties[0]) : null,
      divisions,
    });
  }
  return out;
}

// Another place's village: 驿亭镇五夫村.
function villageAfter(text: string, township: Outside): Outside | undefined {
  if (township.level !== "township") return undefined;
  const m = VILLAGE_AFTER.exec(text.slice(township.end, township.end + 6));
  if (!m || NOT_VILLAGE_NAMES.has(m[1])) return undefined;
  const name = m[0];
  return {
    start: township.end,
    end: township.end + name.length,
    text: name,
    name,
    level: m[2] === "村" ? "village" : "community",
    outside: true,
    county: township.county,
    divisions: [],
  };
}

// ---- township resolution by context ----

// The words of the sentence around a match, its stop excluded.
function sentenceAround(units: TextUnits, start: number, end: number): string {
  return units.text.slice(unitStart(units, start, "sentence"), nextStop(units, end, "sentence"));
}

function namedTownships(text: string): Set<string> {
  const named = new Set<string>();
  for (const m of scanLongest(PLACE_TRIE, text, { accept, shorter: true })) if (m.value.level === "township") named.add(m.value.name);
  return named;
}

// A name two townships share: the one named in the same sentence, else in the article (headline included).
// `named`: the townships each scope names, kept for the call of findPlaces (an article that names 姚家村 ten times
// would otherwise scan its whole text ten times).
function resolveTownship(
  candidates: string[],
  units: TextUnits,
  match: TrieMatch<PlaceValue>,
  header: string,
  named: Map<string, Set<string>>,
): string | undefined {
  const { text } = units;
  for (const scope of [sentenceAround(units, match.start, match.end), `${header}\n${text}`]) {
    let inScope = named.get(scope);
    if (!inScope) named.set(scope, (inScope = namedTownships(scope)));
    const hits = candidates.filter((c) => inScope.has(c));
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) return undefined;
  }
  return undefined;
}

function withoutDivisions(o: Outside): ExtractedOutsidePlace {
  const { start, end, text, name, level, outside, county } = o;
  return { start, end, text, name, level, outside, county };
}

// `units`: the article's sentences when the caller has them (extractAll's context).
export type FindPlacesOptions = { header?: string; units?: TextUnits };

export type FoundPlaces = { places: ExtractedPlace[]; outside: ExtractedOutsidePlace[] };

export function findPlaces(text: string, options: FindPlacesOptions = {}): FoundPlaces {
  if (!text) return { places: [], outside: [] };
  const matches = scanLongest(PLACE_TRIE, text, { accept, shorter: true });
  const outside: Outside[] = [];
  for (const o of scanOutside(text)) {
    // A name the county has too (石梁镇 is also a township elsewhere) is the county's, unless it is written right after
    // another place elsewhere (衢江区白云街道).
    const home = matches.find((m) => m.start < o.end && o.start < m.end);
    const prev = outside[outside.length - 1];
    if (home && !(prev && prev.end === o.start && home.start === o.start)) continue;
    outside.push(o);
    const village = villageAfter(text, o);
    if (village) outside.push(village);
  }
  const places: ExtractedPlace[] = [];
  let units: TextUnits | undefined; // only a name two townships share needs the sentences
  const unitsOf = () => (units ??= options.units?.text === text ? options.units : textUnits(text));
  const named = new Map<string, Set<string>>();
  for (const match of matches) {
    const { start, end, value } = match;
    // Inside or right after a place elsewhere (驿亭镇五夫村, 衢江区白云街道): not the county's.
    if (outside.some((o) => (o.start < end && start < o.end) || (o.end === start && o.level !== "village" && o.level !== "community"))) continue;
    const township =
      value.townships.length === 1 ? value.townships[0] : resolveTownship(value.townships, unitsOf(), match, options.header ?? "", named);
    places.push({
      start,
      end,
      text: text.slice(start, end),
      name: value.name,
      level: value.level,
      ...(township ? { township } : {}),
      ...(!township && value.townships.length > 1 ? { candidates: [...value.townships] } : {}),
    });
  }
  return { places, outside: outside.map(withoutDivisions) };
}

export function extractPlaces(text: string, options: FindPlacesOptions = {}): ExtractedPlace[] {
  return findPlaces(text, options).places;
}
