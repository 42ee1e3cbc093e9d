// Other places' cities and counties written without their 市/县/区 (苏州, 胶州, 建德), and counties whose whole name is two
// characters (沛县, 房县). Every bare form is derived from the national data; since a bare form is a word as often as a
// name (长治, 安康, 平原), it is read only where the text's grammar marks a place:
// - a dateline: 中新网青岛10月22日电, 东南网龙岩1月26日讯, 本报寿昌讯;
// - an enumeration whose items are all places, or that ends in a collective of places (在苏州、无锡、常州等地,
//   上海、苏州两地, 甲、乙、丙等6县);
// - a collective right after it (嘉兴地区, 两地, 等地);
// - a route between two places (甲至乙段, 甲到乙);
// - next to a division it lies in or that lies in it (山东胶州, 建德寿昌镇, 资阳乐至县).
// Two bare forms the data gives to two divisions of one level (和平, 新城, 城关) are common words: read only in a dateline
// or next to the division that tells which one.

import { loadDivisions, type Division } from "@/lib/gazetteer";
import { FUNCTION_CHARS, LIST_COUNT_SOURCE } from "@/lib/text/text-lexicon";
import { HAN as HAN_CLASS } from "@/lib/text/char-sets";
import { longestFirst } from "@/lib/text/word-alternation";

export type BareHit = { start: number; end: number; written: string; division: Division };
export type Span = { start: number; end: number; divisions: readonly Division[] };

// Two characters both of the generic vocabulary of geography (平原, 中原, 江南, 河东, 城关, 新城): phrases first.
const GENERIC_BARE = /^[东南西北中上下江河湖海平高原城关新老]{2}$/u;

// byPair: the bare forms by their first two characters (every one has two or more), longest first; pairs: a bitmap of
// those two characters hashed, so that most positions pass without a Map lookup (collisions only let one through).
type BareTable = { byBare: Map<string, Division[]>; first: Uint8Array; pairs: Uint8Array; byPair: Map<number, string[]> };
const pairHash = (a: number, b: number) => (a * 131 + b) & 0xffff;
let table: BareTable | undefined;

function bareTable(home: ReadonlySet<string>, isHomeSpelling: (s: string) => boolean): BareTable {
  if (table) return table;
  const byBare = new Map<string, Division[]>();
  const homeBare = new Set([...home].map((n) => n.replace(/(?:省|市|县|区)$/u, "")));
  for (const d of loadDivisions().byCode.values()) {
    if (d.level !== "city" && d.level !== "county") continue;
    if (home.has(d.name) || d.name.startsWith("市辖") || !/(?:市|县|区)$/u.test(d.name)) continue;
    // 沛县 is read whole (its bare 沛 is no name); 城区, 郊区 and the like are words.
    const bare = d.name.length === 2 ? (d.name.endsWith("县") ? d.name : "") : d.name.slice(0, -1);
    if (bare.length < 2 || homeBare.has(bare) || isHomeSpelling(bare)) continue;
    byBare.set(bare, [...(byBare.get(bare) ?? []), d]);
  }
  const first = new Uint8Array(0x10000);
  const pairs = new Uint8Array(0x10000);
  const byPair = new Map<number, string[]>();
  for (const bare of byBare.keys()) {
    const c = bare.charCodeAt(0);
    first[c] = 1;
    const pair = c * 0x10000 + bare.charCodeAt(1);
    pairs[pairHash(c, bare.charCodeAt(1))] = 1;
    byPair.set(pair, longestFirst([...(byPair.get(pair) ?? []), bare]));
  }
  return (table = { byBare, first, pairs, byPair });
}

// A city's or county's bare name ending at `end` that names one division (开化 before 工业园区), for head-word areas.
export function bareDivisionEndingAt(text: string, end: number, home: ReadonlySet<string>, isHomeSpelling: (s: string) => boolean): { start: number; division: Division } | undefined {
  const { byBare } = bareTable(home, isHomeSpelling);
  for (const len of [4, 3, 2]) {
    const divisions = end - len >= 0 ? byBare.get(text.slice(end - len, end)) : undefined;
    const division = divisions && pick(divisions);
    if (division && !GENERIC_BARE.test(text.slice(end - len, end))) return { start: end - len, division };
  }
  return undefined;
}

// The division a bare form names: a city over a county of its own name (承德市, 承德县); undefined when two of one level share it.
function pick(divisions: readonly Division[]): Division | undefined {
  const cities = divisions.filter((d) => d.level === "city");
  const top = cities.length ? cities : divisions;
  return top.length === 1 ? top[0] : undefined;
}

const HAN = new RegExp(`[${HAN_CLASS}]`, "u");
// A short form that names a medium or a body (婺城新闻网, 某县融媒体中心供图): part of a name, not the place.
export const MEDIUM_AFTER = /^(?:新闻|日报|晚报|网|融媒|电视台|广播|报社|发布)/u;
// Before the first item of a list or a lone two-character county: a word that ends where the name starts.
const BEFORE_NAME = new Set([...FUNCTION_CHARS, ..."赴到至从于往向经驻及同由据、，。；：:（(“”《 \n"]);
const DATELINE_BEFORE = new Set([..."网社报台"]);
const DATELINE_AFTER = /^(?:\d{1,2}月\d{1,2}日)?(?:电|讯)/u;
const COLLECTIVE_AFTER = /^(?:等地|两地|三地|四地|地区)/u;
// What ends an enumeration of places: 等地, 等6县, 等八个地区, 两地.
const LIST_COLLECTIVE = new RegExp(`^(?:等(?:${LIST_COUNT_SOURCE}个?)?(?:地区|城市|地|县|市|区|省)|[两三四五六七八九十]地)`, "u");
// What ends an enumeration of townships: 四个乡(镇), 等乡镇, 等3个镇.
const TOWNSHIP_COLLECTIVE = new RegExp(`^(?:等)?(?:${LIST_COUNT_SOURCE}个)?(?:乡镇|乡[(（]镇[)）]|镇|乡|街道)`, "u");
const ROUTE = new Set([..."至到—－-"]);
const LIST_ITEM_MAX = 8;

const GEO_HEAD = /^(?:镇|乡|街道|村|社区|区|园|[江河湖海溪港湾塘坝库渠山岭峰岛洲滩沟峡谷关寨庄桥路街城]|水库|景区)/u;

// The township-level units of each county, by bare name (寿昌镇 → 寿昌), built on first use.
let townshipsByCounty: Map<string, Map<string, Division>> | undefined;
function bareTownshipsOf(countyCode: string): ReadonlyMap<string, Division> | undefined {
  if (!townshipsByCounty) {
    townshipsByCounty = new Map();
    for (const d of loadDivisions().byCode.values()) {
      if (d.level !== "township") continue;
      const bare = d.name.replace(/(?:镇|乡|街道)$/u, "");
      if (bare === d.name || bare.length < 2) continue;
      const county = d.code.slice(0, 6);
      if (!townshipsByCounty.has(county)) townshipsByCounty.set(county, new Map());
      townshipsByCounty.get(county)!.set(bare, d);
    }
  }
  return townshipsByCounty.get(countyCode);
}

// The bare names of the townships a text names: those it writes in full (楼观镇 → 楼观) and those of the counties it names
// (兴义 → 威舍), for areas named after them (楼观新区, 威舍工业园区).
export function bareTownshipNames(townships: readonly Division[], counties: readonly Division[]): Map<string, Division> {
  const out = new Map<string, Division>();
  for (const c of counties) if (c.level === "county") for (const [bare, d] of bareTownshipsOf(c.code) ?? []) out.set(bare, d);
  for (const t of townships) {
    const bare = t.name.replace(/(?:镇|乡|街道)$/u, "");
    if (t.level === "township" && bare !== t.name && bare.length >= 2) out.set(bare, t);
  }
  return out;
}

// A township written without 镇/乡/街道 right after its county (建德寿昌大变样, dev d13): the county tells which.
export function bareTownshipAfter(text: string, county: { end: number; division: Division }): BareHit | undefined {
  if (county.division.level !== "county") return undefined;
  const townships = bareTownshipsOf(county.division.code);
  if (!townships) return undefined;
  for (const len of [4, 3, 2]) {
    const written = text.slice(county.end, county.end + len);
    const d = townships.get(written);
    // 寿昌镇 is the full name, read by the scan of full names; 建德寿昌江, 盘龙区松华坝 are a river and a dam named
    // after the township: a geographic head word or a place suffix after the name makes it another place.
    if (d && written.length === len && !GEO_HEAD.test(text.slice(county.end + len))) return { start: county.end, end: county.end + len, written, division: d };
  }
  return undefined;
}

export function barePlaces(
  text: string,
  found: readonly Span[],
  free: (start: number, end: number) => boolean,
  home: ReadonlySet<string>,
  isHomeSpelling: (s: string) => boolean,
): BareHit[] {
  const { byBare, first, pairs, byPair } = bareTable(home, isHomeSpelling);
  const { byName } = loadDivisions();
  // Every bare form in the text, longest first at each position, not inside a name found already.
  const hits: { start: number; end: number; bare: string; divisions: Division[] }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (first[c] !== 1 || pairs[pairHash(c, text.charCodeAt(i + 1))] !== 1) continue;
    const bare = byPair.get(c * 0x10000 + text.charCodeAt(i + 1))?.find((b) => text.startsWith(b, i));
    if (!bare) continue;
    const end = i + bare.length;
    // 苏州市: the suffix makes it the full name, found already (or no division of the data: 苏州工业园区 stays);
    // 陵城镇 is a township of another county (曲阜市), not 陵城区 (unseen check d76).
    const whole = byBare.get(bare)!.some((d) => d.name === bare);
    if (!whole && /^(?:市|县|镇|乡|街道)/u.test(text.slice(end))) continue;
    if (!free(i, end) || MEDIUM_AFTER.test(text.slice(end))) continue;
    hits.push({ start: i, end, bare, divisions: byBare.get(bare)! });
    i = end - 1;
  }
  // Nothing to read (most headlines, many texts): none of the tables and closures below.
  if (hits.length === 0 && found.length === 0) return [];
  const out: BareHit[] = [];
  // After a county named already (建德, 建德市): its township without 镇/乡.
  for (const f of found) {
    const township = f.divisions.length === 1 ? bareTownshipAfter(text, { end: f.end, division: f.divisions[0] }) : undefined;
    if (township && free(township.start, township.end)) out.push(township);
  }
  const hitAt = new Map(hits.map((h) => [h.start, h]));
  const spanEndingAt = (at: number) => found.find((f) => f.end === at);
  const spanStartingAt = (at: number) => found.find((f) => f.start === at);
  // Is text[start, end) a place: a hit, a name found already, or a division's full name?
  // Bare townships of a county the text names (filled after the cities and counties are read).
  const townshipAt = new Map<number, number>();
  const isPlace = (start: number, end: number) =>
    (hitAt.get(start)?.end === end && pick(hitAt.get(start)!.divisions) !== undefined) ||
    townshipAt.get(start) === end ||
    found.some((f) => f.start === start && f.end === end) ||
    (byName.get(text.slice(start, end)) ?? []).some((d) => d.level !== "township");

  // The enumeration an item at [start, end) stands in, when both its ends are list boundaries: its items, and what follows it.
  const enumeration = (start: number, end: number): { items: [number, number][]; after: string } | undefined => {
    if (text[start - 1] !== "、" && text[end] !== "、") return undefined;
    const items: [number, number][] = [[start, end]];
    let s = start;
    while (text[s - 1] === "、") {
      let k = s - 1;
      while (k > 0 && HAN.test(text[k - 1]) && s - 1 - k < LIST_ITEM_MAX) k--;
      // The first item starts after a word that ends there (在苏州): take the longest place that ends at the 、.
      let itemStart = k;
      while (itemStart < s - 1 && !isPlace(itemStart, s - 1)) itemStart++;
      if (itemStart === s - 1) return undefined;
      items.unshift([itemStart, s - 1]);
      s = itemStart;
    }
    let e = end;
    while (text[e] === "、") {
      let k = e + 1;
      while (k < text.length && HAN.test(text[k]) && k - e - 1 < LIST_ITEM_MAX) k++;
      let itemEnd = k;
      while (itemEnd > e + 1 && !isPlace(e + 1, itemEnd)) itemEnd--;
      if (itemEnd === e + 1) return undefined;
      items.push([e + 1, itemEnd]);
      e = itemEnd;
    }
    return { items, after: text.slice(e, e + 8) };
  };

  for (const h of hits) {
    const { start, end } = h;
    const before = text[start - 1];
    const wordStart = before === undefined || !HAN.test(before) || BEFORE_NAME.has(before) || spanEndingAt(start) !== undefined;
    // Next to the division it lies in (山东胶州) or one that lies in it (建德寿昌镇): that tells which one.
    const parent = spanEndingAt(start);
    const child = spanStartingAt(end);
    const nested =
      h.divisions.find((d) => parent?.divisions.some((p) => d.code.startsWith(p.code) && d.code !== p.code)) ??
      h.divisions.find((d) => child?.divisions.some((c) => c.code.startsWith(d.code) && c.code !== d.code));
    const only = pick(h.divisions);
    let division: Division | undefined = nested;
    if (!division && DATELINE_BEFORE.has(before ?? "") && DATELINE_AFTER.test(text.slice(end))) division = only ?? h.divisions[0];
    if (!division && only && !GENERIC_BARE.test(h.bare) && wordStart) {
      const list = enumeration(start, end);
      const route =
        (ROUTE.has(text[end] ?? "") && [...Array(LIST_ITEM_MAX - 1).keys()].some((n) => isPlace(end + 1, end + 3 + n))) ||
        (ROUTE.has(before ?? "") && [...Array(LIST_ITEM_MAX - 1).keys()].some((n) => start - 3 - n >= 0 && isPlace(start - 3 - n, start - 1)));
      const listed = list !== undefined && (list.items.every(([s, e]) => isPlace(s, e)) || LIST_COLLECTIVE.test(list.after));
      if (listed || route || COLLECTIVE_AFTER.test(text.slice(end))) division = only;
    }
    // A two-character county (沛县) is its full name: it needs only to start a word and not open another (县级, 县域).
    if (!division && h.bare.length === 2 && h.bare.endsWith("县") && wordStart && !/^[级域直情]/u.test(text.slice(end))) division = only;
    if (!division) continue;
    out.push({ start, end, written: h.bare, division });
    const township = bareTownshipAfter(text, { end, division });
    if (township && free(township.start, township.end)) out.push(township);
  }

  // Townships of a county the text names, written bare in a list of places or of townships, or as a route's end
  // (双龙、松华、滇源、阿子营四个乡(镇), dev d74; 甲至乙段). One the text also writes in full is that township, found already.
  const counties = new Set([...found.flatMap((f) => (f.divisions.length === 1 ? [f.divisions[0]] : [])), ...out.map((o) => o.division)].filter((d) => d.level === "county"));
  const townshipHits: BareHit[] = [];
  const taken = (a: number, b: number) => !free(a, b) || out.some((o) => o.start < b && a < o.end);
  for (const county of counties) {
    for (const [bare, d] of bareTownshipsOf(county.code) ?? []) {
      // Written in full somewhere, as the data has it or as the text does (滇源镇 for the data's 滇源街道, dev d74): that
      // township, found already; it still stands in the list as a place.
      const inFull = ["镇", "乡", "街道"].some((suffix) => text.includes(bare + suffix));
      for (let at = text.indexOf(bare); at >= 0; at = text.indexOf(bare, at + 1)) {
        const e = at + bare.length;
        // 云顶园区 (dev d67): a site named after the township.
        if (taken(at, e) || GEO_HEAD.test(text.slice(e))) continue;
        if (!inFull) townshipHits.push({ start: at, end: e, written: bare, division: d });
        townshipAt.set(at, e);
      }
    }
  }
  for (const t of townshipHits) {
    const before = text[t.start - 1];
    if (!(before === undefined || !HAN.test(before) || BEFORE_NAME.has(before))) continue;
    const list = enumeration(t.start, t.end);
    const listed = list !== undefined && (list.items.every(([a, b]) => isPlace(a, b)) || TOWNSHIP_COLLECTIVE.test(list.after));
    const route =
      (ROUTE.has(text[t.end] ?? "") && townshipAt.has(t.end + 1)) || (ROUTE.has(before ?? "") && [...townshipAt].some(([, e]) => e === t.start - 1));
    if (listed || route) out.push(t);
  }
  return out;
}
