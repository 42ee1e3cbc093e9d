// Departments: a government or party body is a level (省/市/区/县, a township, a village, or a place the national data
// names) followed by a body (政府, 人大常委会, 政协, 党委, 党支部, 法院, …局, …办, …中心, 专班, 指挥部 …). Each is recorded
// with its level and its place: the configured county's own (区发改局 → 柯城区发展和改革局, district), its townships' and
// villages' (石梁镇党委 → township 石梁镇), the divisions above it (市委, 省委, 国务院) and other places' (上虞区政府 stays
// 上虞区政府, outside). The department table (lib/gazetteer/departments.ts) supplies short names and canonical names as
// aliases; the grammar finds the bodies it does not list.
//
// A mention inside a person's title (区委书记蒋国强, 区人大常委会副主任范洁红, 区发改局党组书记) is not tagged: the
// organisation does not act there. Pass { includeTitles: true } to read title lines such as an interviewee's
// (区发改局党组书记、局长 任文俊), or { includeTitlesBefore: n } when only the text's first n characters are such a line.

import {
  BLOCKED_BEFORE,
  COUNTY,
  DEPARTMENTS,
  MINISTRY_FULL_NAMES,
  NATIONAL_MINISTRIES,
  TERM_NUMBERED_BODIES,
  TITLE_WORDS,
  type DepartmentEntry,
  type DepartmentLevel,
} from "@/lib/gazetteer";
import { FUNCTION_CHARS } from "@/lib/text/text-lexicon";
import { buildTrie, longestAt, scanLongest, startsKey, type TrieMatch } from "@/lib/text/trie";
import { longestAlternation } from "@/lib/text/word-alternation";
import { findPlaces, type FoundPlaces } from "./extract-places";
import { OFFICE_CLAUSE_OPENING } from "./township-clause";
import type { ArticleExtraction, ExtractedDepartment } from "./types";

const TERM_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

// The county's name without its 区/县/市 (柯城) and the level character its own bodies are written with (区发改局).
const COUNTY_SHORT = COUNTY.name.replace(/(区|县|市)$/, "");
const COUNTY_LEVEL_CHAR = COUNTY.name.slice(-1);

const BY_NAME = new Map(DEPARTMENTS.map((d) => [d.name, d]));

const DEPARTMENT_TRIE = buildTrie<DepartmentEntry>(departmentEntries());

const TITLE_TRIE = buildTrie<true>(TITLE_WORDS.map((w) => [w, true] as const));

function departmentEntries(): [string, DepartmentEntry][] {
  const out: [string, DepartmentEntry][] = [];
  for (const d of DEPARTMENTS) {
    const spellings = new Set([d.name, d.canonical, ...(d.aliases ?? [])]);
    for (const s of [...spellings]) {
      if (d.level !== "district" || !s.startsWith("区")) continue;
      spellings.add(`${COUNTY_SHORT}${s}`);
      spellings.add(`${COUNTY.city.name}${COUNTY_SHORT}${s}`);
    }
    for (const s of spellings) out.push([s, d]);
  }
  for (const { prefix, body, name } of TERM_NUMBERED_BODIES) {
    const d = BY_NAME.get(name);
    if (!d) continue;
    for (const n of TERM_NUMERALS) {
      out.push([`${prefix}${n}届${body}`, d]);
      out.push([`${COUNTY_SHORT}${prefix}${n}届${body}`, d]);
    }
  }
  return out;
}

// ---- the grammar: level + body ----

// Bodies written right after a level or a place, longest first by the trie. "委" alone only after a level character
// or a county/city/province (区委, 市委, 上虞区委); after a party committee an office may follow (区委组织部, 市委网信办).
const FIXED_BODIES = [
  "人民政府", "政府", "政府办", "政府办公室", "人大常委会", "人大", "政协", "委", "党委", "党工委", "党支部", "党总支",
  "纪委", "监委", "纪委监委", "纪工委", "人民法院", "法院", "人民检察院", "检察院", "委员会", "管委会", "专班", "指挥部",
  "农办", "人大主席团",
  // bodies whose head is no office word (issue #10 held-out categories: …总工会, …安委会)
  "总工会", "工会", "安委会", "安委办",
] as const;
const FIXED_TRIE = buildTrie(FIXED_BODIES.map((b) => [b, b] as const));
// Bodies whose offices follow them: a party committee's (区委组织部, 市委网信办), a government's (市政府新闻办).
const PARTY_COMMITTEES = new Set(["委", "党委", "党工委", "政府", "人民政府", "安委会"]);
// …局, …办, …中心, …厅: a body named by its function (发改局, 治水办, 征迁中心, 农业农村厅), at most 8 characters.
// 所: a township's stations (派出所, 司法所, 财政所), not a firm (事务所: NOT_A_BODY).
// 工委: a party working committee (县直机关工委), its stem longer than a 委's.
const BODY_HEADS = "分局|局|办公室|办事处|办|中心|委员会|工委|委|厅|专班|指挥部|大队|中队|支队|站|所";
const FUNCTION_BODY = new RegExp(`^[\\u4e00-\\u9fff]{1,8}?(?:${BODY_HEADS})`, "u");
const HEAD_AT_END = new RegExp(`(${BODY_HEADS})$`, "u");
// A committee's name may be long (盘龙区松华坝水源保护区管理委员会, dev d74): up to twelve characters before 委员会.
const COMMITTEE_BODY = /^[\u4e00-\u9fff]{2,12}?(?:管理委员会|委员会|管委会)/u;
// What makes it no government body: a company, school, hospital, cooperative, association or bank (东辽县汇通担保公司).
const NOT_A_BODY = /(?:公司|合作社|信用社|协会|学会|商会|银行|集团|企业|小学|中学|大学|幼儿园|卫生院|事务所|研究所|招待所)/u;
// A body of the term numbered (第十一届村民委员会) or of a village (村民委员会, 居委会) is not a level's office.
const VILLAGE_OR_TERM_BODY = /^(?:第|[一二三四五六七八九十]+届|村|居)/u;
// The offices of a party committee (区委组织部, 市委网信办).
const COMMITTEE_OFFICES = [
  "办", "办公室", "组织部", "宣传部", "统战部", "统一战线工作部", "政法委", "社会工作部", "社会建设委员会", "编办", "网信办",
  "巡察办", "改革办", "财经办", "农办", "政研室", "老干部局", "台办", "外办", "党校", "军民融合办", "办公厅", "新闻办", "社工部",
] as const;
const OFFICE_TRIE = buildTrie(COMMITTEE_OFFICES.map((o) => [o, o] as const));
// Characters a body's name never holds: function words and what makes it a place or a thing instead; and words that
// make it an institution or a building. Words, not their characters: 医保局, 司法局, 市场监管局 and 路政中队 are bodies
// (dev d42; issue #10 held-out categories: 市X局、X局、X局 lists cut short), 医院, 公司, 商场 are not.
const NOT_IN_BODY = new RegExp(`[${FUNCTION_CHARS}着过也都就还又所之其这那个们街号楼镇乡县省届]|学校|医院|公司|商店|酒店|饭店|工厂|场馆|广场|商场|剧场|农场|场所|(?<!^)市场`, "u");
// 和 joins two nouns of two characters or more inside an official name (农业和旅游办公室, 发展和改革局); elsewhere it
// joins two bodies or clauses.
const JOINED_NAME = /^[\u4e00-\u9fff]{2,4}和[\u4e00-\u9fff]{2,}$/u;
// After a bare level character, words that are not a body: 区域, 市场, 市民, 县城, 区长 …
const NOT_AFTER_LEVEL: Readonly<Record<string, ReadonlySet<string>>> = {
  省: new Set([..."级内外里长份会城直属"]),
  市: new Set([..."场民区级内外里长值面容貌中直属"]),
  区: new Set([..."域级内外里长间位块别划属"]),
  县: new Set([..."城域级内外里长直属"]),
};
// Before a bare level character: what makes it the county itself (start, punctuation) or a verb's object.
const ALLOWED_BEFORE_LEVEL = new Set([..."由在和与及对向被经为是据同合请到从将并或把让给派驻于至赴跟邀等委府局办会心协院班部厅领照了取调织导持助访报送商往加"]);
// 县, 省 and a bare 镇/乡 (the township the article is about: 镇党委, 我代表镇政府, 落实好镇党委、政府工作部署, dev d63,
// d15; 该乡党委: 该 points at the township, it is no word with it) end few words (全县, 本省, 城镇, 家乡), so before them any character but those words' first
// ones opens a body: 听取县财政局, 传达贯彻县委工作会议精神, 召开县委县政府重点工作… (dev d67, d61, d54). 区 and 市 end
// many (社区, 园区, 城市, 超市): before them only the allowed characters above.
const COMPOUND_BEFORE: Readonly<Record<string, ReadonlySet<string>>> = {
  县: new Set([..."全本该各郡州市区外邻属诸两三四五六七八九十每我贵知"]),
  省: new Set([..."全本该各外反节吾行中两三四五六七八九十每我贵"]),
  镇: new Set([..."城乡集小古村全本坐重强名市区县各两三四五六七八九十每我贵"]),
  乡: new Set([..."城家故老下回水全本异他返思梦各两三四五六七八九十每我贵县市区"]),
};
// 市民 (citizens) is no body, 市民政局 is the city's civil-affairs bureau (dev d68); 县直 (directly under the county) is
// none, 县直机关工委 is the county's working committee of its organs.
function refusedAfterLevel(c: string, text: string, at: number): boolean {
  if (!NOT_AFTER_LEVEL[c]?.has(text[at])) return false;
  return !((c === "市" && text.startsWith("民政", at)) || text.startsWith("直机关工委", at));
}
const MOTION_BEFORE = new Set([..."到至去赴距"]);
// A township's party committee and government written together (镇党委政府, 乡党委、政府, 镇党委和人民政府).
const TWO_ORGANS_AFTER = /^党(?:委|工委)[、和]?(?:人民)?政府/u;
// Characters that make the two before 镇/乡 a word or a determiner, not a township's name (各乡镇, 全镇, 城乡, 两镇).
const NOT_A_TOWNSHIP_NAME = new Set([..."乡镇城全本该各每我贵两三四五六七八九十多其此这那"]);
// After a bare 镇/乡: 镇区, 镇域, 镇长 … are not bodies.
const NOT_AFTER_TOWNSHIP = new Set([..."级内外里长区域村上下街容貌中直属情"]);
// A body after a distance word is a building, not an actor: 距航埠镇政府500米, 距离镇政府3公里.
const DISTANCE_BEFORE = ["距离", "距"];
// A village the national data does not name still anchors its own committees: 在周村党总支的努力下. Up to three
// characters before 村, stopped by a function word or a determiner (该村党总支 names no village).
const VILLAGE_COMMITTEES = ["党总支", "党支部", "党委", "村委会", "村民委员会", "股份经济合作社"];
const VILLAGE_NAME_STOP = new RegExp(`[${FUNCTION_CHARS}该本全各每此我其这那个、，。；：,.;:]`, "u");
const CJK = /[\u4e00-\u9fff]/u;

type Body = { end: number; body: string };

// What may follow an anchor: a village's bodies are its committees only (党支部, 村委); a township's also its offices and
// centres (综治中心, 征迁办); a county, city or province (or a bare 区/市/省/县) any body named by its function.
type BodyKinds = "fixed" | "offices" | "any";
const OFFICE_SUFFIX = /(办|办公室|中心|专班|指挥部|所|站)$/u;
// Verbs that end like an office (举办, 承办, 督办 …): the stem must not end with them.
const VERB_BEFORE_OFFICE = new Set([..."举承主协督交创开兴包代查帮领申"]);

function readBody(text: string, at: number, levelChar: string | undefined, kinds: BodyKinds, allowBareCommittee: boolean): Body | undefined {
  if (levelChar && refusedAfterLevel(levelChar, text, at)) return undefined;
  if ((levelChar === "镇" || levelChar === "乡") && NOT_AFTER_TOWNSHIP.has(text[at])) return undefined;
  const fixed = longestAt(FIXED_TRIE, text, at);
  if (fixed && (fixed.value !== "委" || allowBareCommittee)) {
    if (PARTY_COMMITTEES.has(fixed.value)) {
      const office = longestAt(OFFICE_TRIE, text, fixed.end);
      if (office) return { end: office.end, body: text.slice(at, office.end) };
    }
    return { end: fixed.end, body: fixed.value };
  }
  if (kinds === "fixed") return undefined;
  if (kinds === "offices" && OFFICE_CLAUSE_OPENING.test(text.slice(at, at + 3))) return undefined;
  const window = text.slice(at, at + 16);
  if (VILLAGE_OR_TERM_BODY.test(window)) return undefined;
  let fn = FUNCTION_BODY.exec(window.slice(0, 12));
  if (!fn || (fn[0].endsWith("委") && window.startsWith("员会", fn[0].length))) fn = COMMITTEE_BODY.exec(window) ?? fn;
  if (!fn || NOT_A_BODY.test(fn[0])) return undefined;
  const suffix = HEAD_AT_END.exec(fn[0])?.[1] ?? /(管理委员会|委员会|管委会)$/u.exec(fn[0])![1];
  const joined = fn[0].includes("和") && JOINED_NAME.test(fn[0].slice(0, -suffix.length));
  // 乡村 is a word of bodies' names (乡村振兴局, dev d66), not a township inside one.
  const stem = fn[0].slice(0, -suffix.length);
  // …nor is 城乡 (住房和城乡建设局: bench/s10b-depts-unseen.md, U1).
  if (NOT_IN_BODY.test((joined ? stem.replace("和", "") : stem).replaceAll("乡村", "").replaceAll("城乡", ""))) return undefined;
  // A body's stem is a noun of two characters or more (发改局, 治水办, 卫健委), at most three before 委 (发改委).
  // …and a station's (派出所, 司法所) at most three: 新时代文明实践所 (seed 000) is a facility.
  if (stem.length < 2 || ((suffix === "委" || suffix === "所") && stem.length > 3)) return undefined;
  if (suffix.startsWith("办") && VERB_BEFORE_OFFICE.has(stem[stem.length - 1])) return undefined;
  if (kinds === "offices" && !OFFICE_SUFFIX.test(fn[0])) return undefined;
  return { end: at + fn[0].length, body: fn[0] };
}

const LEVEL_CHAR = new Uint8Array(0x10000);
for (const c of "省市区县镇乡") LEVEL_CHAR[c.charCodeAt(0)] = 1;

type Anchor = { start: number; end: number; level: DepartmentLevel; place?: string; township?: string; outside?: true; levelChar?: string; own?: true };

// Levels the grammar starts from: places (the county's townships and villages, places elsewhere) and bare 省/市/区/县.
function anchors(text: string, { places, outside }: FoundPlaces): Anchor[] {
  const out: Anchor[] = [];
  // covered[i] = 1 when an anchor found so far holds position i (a table: `taken` runs for every level character)
  const covered = new Uint8Array(text.length);
  const add = (a: Anchor) => {
    out.push(a);
    covered.fill(1, Math.max(0, a.start), Math.max(0, a.end));
  };
  for (const p of places) {
    if (p.level === "township") add({ start: p.start, end: p.end, level: "township", place: p.name, township: p.name });
    else if (p.level === "village" || p.level === "community") add({ start: p.start, end: p.end, level: "village", place: p.name, township: p.township });
  }
  for (const o of outside) {
    // A zone named by its head word (松华坝水源保护区, 开化工业园区) is part of its body's name, not a level (dev d74).
    if (o.level === "area" && !o.name.endsWith("村")) continue;
    const level: DepartmentLevel = o.level === "community" || o.level === "area" ? "village" : o.level;
    add({ start: o.start, end: o.end, level, place: o.name, outside: true });
  }
  const taken = (i: number) => covered[i] === 1;
  // The county's own name (柯城区税务局, 国家税务总局衢州市柯城区税务局): its bodies by key, whether listed or not.
  for (let i = text.indexOf(COUNTY.name); i >= 0; i = text.indexOf(COUNTY.name, i + 1)) {
    if (taken(i)) continue;
    add({ start: i, end: i + COUNTY.name.length, level: "district", place: COUNTY.name, own: true });
  }
  for (let i = text.indexOf("村"); i >= 0; i = text.indexOf("村", i + 1)) {
    if (taken(i) || !VILLAGE_COMMITTEES.some((b) => text.startsWith(b, i + 1))) continue;
    let start = i;
    while (start > 0 && i - start < 3 && CJK.test(text[start - 1]) && !VILLAGE_NAME_STOP.test(text[start - 1]) && !taken(start - 1)) start--;
    if (start === i) continue;
    add({ start, end: i + 1, level: "village", place: text.slice(start, i + 1), outside: true });
  }
  for (let i = 0; i < text.length; i++) {
    if (LEVEL_CHAR[text.charCodeAt(i)] !== 1) continue; // a table first: this reads every character of the text
    const c = text[i];
    const township = c === "镇" || c === "乡";
    if (c !== "省" && c !== "市" && c !== "区" && c !== "县" && !township) continue;
    if (taken(i)) continue;
    const before = text[i - 1] ?? "";
    // 南集镇党委政府 (dev d83): a township the data does not name, written with both its organs, is that township's
    // (not the bare 镇 of the text): its name is the two characters before 镇/乡 unless they make a word (各乡镇, 全镇),
    // and the text names it again elsewhere (支持镇党委政府 names no 支持镇).
    if (township && i >= 2 && TWO_ORGANS_AFTER.test(text.slice(i + 1, i + 8))) {
      const name = text.slice(i - 2, i);
      const again = text.indexOf(`${name}${c}`) !== i - 2 || text.indexOf(`${name}${c}`, i + 1) >= 0;
      if (again && /^[\u4e00-\u9fff]{2}$/u.test(name) && !VILLAGE_NAME_STOP.test(name) && !NOT_A_TOWNSHIP_NAME.has(name[0]) && !NOT_A_TOWNSHIP_NAME.has(name[1]) && !taken(i - 1) && !taken(i - 2)) {
        add({ start: i - 2, end: i + 1, level: "township", place: `${name}${c}`, outside: true });
        continue;
      }
    }
    const compound = COMPOUND_BEFORE[c];
    const opens = compound ? !compound.has(before) : ALLOWED_BEFORE_LEVEL.has(before);
    if (before && CJK.test(before) && !opens) continue;
    // 划船到乡政府 (dev d35): a bare township after a verb of motion is its building, not an actor.
    // …but a committee is no building: 反馈至镇党委、政府 (bench/s10-depts-unseen.md, U2) reports to the bodies.
    if (township && MOTION_BEFORE.has(before) && !/^(?:党委|党工委|人大)/u.test(text.slice(i + 1, i + 4))) continue;
    // What readBody would refuse at once (市场, 乡村, 县城): no anchor, so that the anchors stay few.
    const after = text[i + 1] ?? "";
    if (refusedAfterLevel(c, text, i + 1) || (township && NOT_AFTER_TOWNSHIP.has(after))) continue;
    add({ start: i, end: i + 1, level: township ? "township" : "district", levelChar: c });
  }
  return out.sort((a, b) => a.start - b.start);
}

// What a bare level character refers to in the configured county's paper: 区 its own, 市 its city, 省 its province.
function bareLevel(c: string): Pick<ExtractedDepartment, "level" | "place" | "outside"> {
  if (c === COUNTY_LEVEL_CHAR) return { level: "district", place: COUNTY.name };
  if (c === "市") return { level: "city", place: COUNTY.city.name };
  if (c === "省") return { level: "province", place: COUNTY.province.name };
  return { level: "county", outside: true }; // 县 in a 区's paper: some county, not this one
}

// A body after a bare 区/市/省/县. The county's own: key 区城管局, canonical 柯城区城管局; the city's and province's:
// 市发改委 (衢州市发改委).
function bareLevelBody(c: string, body: string, written: string, base: Pick<ExtractedDepartment, "start" | "end" | "text">): ExtractedDepartment {
  const who = bareLevel(c);
  const canonical = who.place && !who.outside ? `${who.place}${body}` : written;
  // Object.assign, not spreads: V8's slow path for a spread followed by properties (lib/extract/index.ts)
  return Object.assign({}, base, { name: written, canonical }, who);
}

// A bare 镇/乡 body: the county's township when the text names exactly one of them and no township elsewhere
// (石梁镇 … 镇党委 → 石梁镇党委); another place's when the text names townships elsewhere only (双街镇 … 镇党委); else
// the county's, its township unknown.
function bareTownship({ places, outside }: FoundPlaces) {
  const home = [...new Set(places.filter((p) => p.level === "township").map((p) => p.name))];
  const away = [...new Set(outside.filter((o) => o.level === "township").map((o) => o.name))];
  return (body: string, written: string): Omit<ExtractedDepartment, "start" | "end" | "text"> => {
    if (home.length === 1 && !away.length) {
      const name = `${home[0]}${body}`;
      return { name, canonical: `${COUNTY.name}${name}`, level: "township", place: home[0], township: home[0] };
    }
    if (away.length && !home.length) return { name: written, canonical: written, level: "township", ...(away.length === 1 ? { place: away[0] } : {}), outside: true };
    return { name: written, canonical: written, level: "township" };
  };
}

function fullNameStart(text: string, all: readonly Anchor[], a: Anchor): number {
  let start = a.start;
  for (let prev = a; ; ) {
    const above = all.find((b) => b.outside && b.place !== undefined && b.end === prev.start);
    if (!above) break;
    start = above.start;
    prev = above;
  }
  if (text.startsWith("中共", start - 2)) return start - 2;
  // A body of a vertically managed administration names it first (国家税务总局东阳市税务局).
  const national = NATIONAL_PREFIX.exec(text.slice(Math.max(0, start - 8), start));
  return national ? start - national[0].length : start;
}
const NATIONAL_PREFIX = /国家[\u4e00-\u9fff]{2,5}总局$/u;

function grammarBodies(text: string, found: FoundPlaces): ExtractedDepartment[] {
  const out: ExtractedDepartment[] = [];
  const all = anchors(text, found);
  const townshipOfText = bareTownship(found);
  for (const a of all) {
    const bareCommittee = a.levelChar !== undefined || a.level === "county" || a.level === "city" || a.level === "province";
    const kinds: BodyKinds = a.level === "village" ? "fixed" : a.level === "township" ? "offices" : "any";
    const body = readBody(text, a.end, a.levelChar, kinds, bareCommittee);
    if (!body) continue;
    // A body never holds another place (龙苴镇嵇岭村综合服务中心 is a village's building, not the township's office).
    if (all.some((b) => !b.levelChar && b.start >= a.end && b.start < body.end)) continue;
    if (DISTANCE_BEFORE.some((w) => text.startsWith(w, a.start - w.length))) continue;
    const written = text.slice(a.start, body.end);
    const base = { start: a.start, end: body.end, text: written };
    if (a.own) {
      let start = text.endsWith(COUNTY.city.name, a.start) ? a.start - COUNTY.city.name.length : a.start;
      if (text.startsWith("中共", start - 2)) start -= 2;
      const national = NATIONAL_PREFIX.exec(text.slice(Math.max(0, start - 8), start));
      if (national) start -= national[0].length;
      const written = text.slice(start, body.end);
      out.push({ start, end: body.end, text: written, name: `${COUNTY_LEVEL_CHAR}${body.body}`, canonical: `${COUNTY.name}${body.body}`, level: "district", place: COUNTY.name });
    } else if (a.levelChar === "镇" || a.levelChar === "乡") {
      out.push({ ...base, ...townshipOfText(body.body, written) });
    } else if (a.levelChar) {
      out.push(bareLevelBody(a.levelChar, body.body, written, base));
    } else if (!a.outside && a.township) {
      const name = `${a.place}${body.body}`;
      out.push(Object.assign({}, base, { name, canonical: `${COUNTY.name}${name}`, level: a.level, place: a.place, township: a.township }));
    } else {
      // Another place's body by its full name: the places above it written right before it and the party's 中共
      // (中共重庆市永川区来苏镇委员会, 闻喜县桐城镇政府, 中共建德市三都镇三江口村党总支: dev d69, d58, d01).
      const start = fullNameStart(text, all, a);
      const full = text.slice(start, body.end);
      out.push(Object.assign({}, base, { start, text: full, name: full, canonical: full, level: a.level, place: a.place }, a.outside ? { outside: true as const } : {}));
    }
  }
  return out;
}

// Where a name is no mention of the body: inside a document's title (《国务院关于印发…的通知》, dev d53) or as the
// prefix of a document number (永川委办发〔2021〕1号, dev d69).
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let open = text.indexOf("《"); open >= 0; open = text.indexOf("《", open + 1)) {
    const close = text.indexOf("》", open);
    if (close < 0) break;
    spans.push([open, close]);
  }
  return spans;
}
const DOCUMENT_NUMBER_AFTER = /^[发函字]?[〔［[（(]\d{4}/u;
// …or inside a plenary's or a session's name (省委十四届九次全会, 县政协十届六次会议, 县纪委三次全会: issue #10 held-out
// categories): the meeting is named, the body does not act. A government's executive meeting (区十届政府第4次常务会议)
// is the government at work and stays a mention.
// …or a building (鲁垛镇政府三楼会议室, 区政府大楼: issue #10 held-out categories): the place, not the body.
const BUILDING_AFTER = /^(?:[一二三四五六七八九十\d]+[楼层])?(?:[东西南北大小中]?会议室|礼堂|大楼|大院|办公楼)/u;
const MEETING_AFTER = /^(?:第?[一二三四五六七八九十]+届)?(?:[一二三四五六七八九十]+中|第?[一二三四五六七八九十\d]+次)(?:全会|全体(?:（扩大）|\(扩大\))?会议|会议)/u;
// …or a media outlet in a source line (来源:某某市新闻中心, 稿源:县融媒体中心: issue #10 held-out categories): the
// outlet supplied the text, it does not act in it. (An issuing office there is a body: 来源:双街镇政府, dev d63.)
const SOURCE_LINE_BEFORE = /(?:来源|稿源|供稿|出处)[ \t\u3000]{0,2}[:：]?[ \t\u3000]{0,2}[\u4e00-\u9fff]{0,6}$/u;
const MEDIA_OUTLET = /(?:新闻|融媒体?|传媒|广电|广播电视|电视|媒体)(?:中心|总台|台)$|报社$/u;
export function isMediaOutlet(name: string): boolean {
  return MEDIA_OUTLET.test(name);
}
function notAMention(text: string, quoted: readonly [number, number][], d: { start: number; end: number }): boolean {
  const after = text.slice(d.end, d.end + 16);
  return (
    (SOURCE_LINE_BEFORE.test(text.slice(Math.max(0, d.start - 12), d.start)) && MEDIA_OUTLET.test(text.slice(d.start, d.end))) ||
    quoted.some(([open, close]) => open < d.start && d.end <= close) ||
    DOCUMENT_NUMBER_AFTER.test(after) ||
    MEETING_AFTER.test(after) ||
    BUILDING_AFTER.test(after)
  );
}

const QUALIFIED_AFTER = /^(?:有关部门|相关部门|各部门)/u;
// A division of the body between it and the title (保定市民政局基层政权建设和社区治理处处长, dev d68).
const DIVISION = /^[\u4e00-\u9fff]{2,14}?(?:处|科|股|室)/u;

function followedByTitle(text: string, end: number): boolean {
  let i = end;
  while (text[i] === " " || text[i] === "\u3000") i++;
  if (startsKey(TITLE_TRIE, text, i) && longestAt(TITLE_TRIE, text, i) !== undefined) return true;
  // 国务院有关部门 (dev d46): the body qualifies the departments that act, it does not act itself.
  if (QUALIFIED_AFTER.test(text.slice(i, i + 4))) return true;
  const division = DIVISION.exec(text.slice(i, i + 16));
  return division !== null && longestAt(TITLE_TRIE, text, i + division[0].length) !== undefined;
}

// places: what findPlaces already found in the same text (extractAll has it), so it is not scanned twice.
export type ExtractDepartmentsOptions = { includeTitles?: boolean; includeTitlesBefore?: number; places?: FoundPlaces };

export function extractDepartments(text: string, options: ExtractDepartmentsOptions = {}): ExtractedDepartment[] {
  if (!text) return [];
  const titlesAllowed = (end: number) => options.includeTitles || end <= (options.includeTitlesBefore ?? 0);
  const accept = (match: TrieMatch<DepartmentEntry>, source: string): boolean => {
    const first = source[match.start];
    if ((first === "区" || first === "市" || first === "省") && BLOCKED_BEFORE.has(source[match.start - 1] ?? "")) {
      return false;
    }
    return titlesAllowed(match.end) || !followedByTitle(source, match.end);
  };
  const listed: ExtractedDepartment[] = scanLongest(DEPARTMENT_TRIE, text, { accept }).map(({ start, end, value }) => {
    const place = value.level === "city" ? COUNTY.city.name : value.level === "province" ? COUNTY.province.name : value.level === "district" ? COUNTY.name : undefined;
    // An office of a committee or government above the county, as written (中共浙江省委办公厅, 浙江省人民政府办公厅: dev d11).
    // …and of the central committee and the State Council, as written (中共中央办公厅, 国务院办公厅).
    const office = value.level !== "district" && /(?:委|政府|中央|国务院)$/u.test(text.slice(start, end)) ? longestAt(OFFICE_TRIE, text, end) : undefined;
    if (office) {
      const from = start >= 2 && text.startsWith("中共", start - 2) ? start - 2 : start;
      const written = text.slice(from, office.end);
      return Object.assign({ start: from, end: office.end, text: written, name: written, canonical: written, level: value.level }, place ? { place } : {});
    }
    return Object.assign({ start, end, text: text.slice(start, end), name: value.name, canonical: value.canonical, level: value.level }, place ? { place } : {});
  });
  // Bodies the table does not list: where a grammar match and a listed one overlap, the longer wins (上虞区政府 over the
  // 区政府 inside it), the listed one on a tie.
  const places = options.places ?? findPlaces(text);
  const found = grammarBodies(text, places).filter((g) => titlesAllowed(g.end) || !followedByTitle(text, g.end));
  const quoted = text.includes("《") ? quotedSpans(text) : [];
  const ranked = [...listed, ...found].filter((d) => !notAMention(text, quoted, d)).sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: ExtractedDepartment[] = [];
  for (const d of ranked) if (!kept.some((k) => k.start < d.end && d.start < k.end)) kept.push(d);
  kept.sort((a, b) => a.start - b.start);
  centralBodies(text, kept, quoted);
  createdBodies(text, kept, quoted);
  sharedPrefixBodies(text, kept, places);
  ministries(text, kept, quoted);
  leaderListBodies(text, kept, quoted, places);
  bareListBodies(text, kept, quoted, places);
  fieldListBodies(text, kept, quoted);
  issuingOffice(text, kept, places);
  enumeratedBodies(text, kept, quoted);
  shortFormsOfFullNames(text, kept, quoted);
  inheritPlaceInList(text, kept);
  return writtenElsewhere(text, places) ? kept.map((d) => asElsewhere(d, places)) : kept;
}

// Text about another place: it names places elsewhere below the province and nothing of the county (柯城, 衢州, a
// township or village of it). Its bare 区/县/市/省 bodies are that place's, not the county's (a 区农经局 in another
// district's paper is not 柯城区农经局).
function writtenElsewhere(text: string, { places, outside }: FoundPlaces): boolean {
  return !namesTheCounty(text, places) && namesPlaceBelowProvince(outside);
}

// The county is named by one of its places, its short name (柯城) or its city's (衢州). One definition for the article
// (writtenElsewhere) and the issue (bodiesOfAnotherPlacesIssue).
const CITY_SHORT = COUNTY.city.name.replace(/市$/, "");
function namesTheCounty(text: string, places: readonly unknown[]): boolean {
  return places.length > 0 || text.includes(COUNTY_SHORT) || text.includes(CITY_SHORT);
}
const namesPlaceBelowProvince = (outside: FoundPlaces["outside"]): boolean => outside.some((o) => o.level !== "province");

const BARE_LEVEL: Readonly<Record<string, DepartmentLevel>> = { 区: "county", 县: "county", 市: "city", 省: "province" };

// An issue of another place's paper (issue #10 held-out categories: two district papers of other cities whose 区委, 区政府,
// 区政协 were mapped to the county): when no article of it names the county (柯城, 衢州, a township or village of it) and
// some article names a place elsewhere below the province, an article that names no place itself is that place's too,
// and its bare 区/县/市/镇/乡 bodies are not the county's. Returns each article's departments and other departments.
type IssueArticle = { text: string; extraction: Pick<ArticleExtraction, "places" | "departments" | "otherPlaces" | "otherDepartments"> };
export function bodiesOfAnotherPlacesIssue(articles: readonly IssueArticle[]): { departments: ExtractedDepartment[]; otherDepartments: ExtractedDepartment[] }[] | undefined {
  const namesCounty = articles.some(({ text, extraction }) => namesTheCounty(text, extraction.places));
  const outside = articles.flatMap(({ extraction }) => extraction.otherPlaces ?? []);
  if (namesCounty || !namesPlaceBelowProvince(outside)) return undefined;
  const found: FoundPlaces = { places: [], outside };
  return articles.map(({ extraction }) => {
    const moved = extraction.departments.filter((d) => "区县市镇乡".includes(d.text[0]));
    if (!moved.length) return { departments: extraction.departments, otherDepartments: extraction.otherDepartments ?? [] };
    const elsewhere = moved.map((d) => {
      if ("镇乡".includes(d.text[0])) return Object.assign({}, d, { name: d.text, canonical: d.text, outside: true as const });
      const away = asElsewhere(d, found);
      return away.outside ? away : Object.assign({}, away, { outside: true as const });
    });
    return {
      departments: extraction.departments.filter((d) => !moved.includes(d)),
      otherDepartments: [...(extraction.otherDepartments ?? []), ...elsewhere],
    };
  });
}

function asElsewhere(d: ExtractedDepartment, { outside }: FoundPlaces): ExtractedDepartment {
  const level = BARE_LEVEL[d.text[0]];
  if (d.outside || !level || d.level === "national") return d;
  const counties = [...new Set(outside.filter((o) => o.level === "county").map((o) => o.name))];
  const place = level === "county" && counties.length === 1 ? counties[0] : undefined;
  return { start: d.start, end: d.end, text: d.text, name: d.text, canonical: d.text, level, ...(place ? { place } : {}), outside: true };
}

// The bare 中央 as an actor or as the owner of decisions and documents (学习中央关于制定…的建议, 落实中央决策部署,
// 中央有关文件: dev d71, d15; issue #10 held-out categories): the central authorities, level national. Not in a list of
// levels (按照中央、省、市“三农”工作部署, 邀请中央、省、市媒体: dev d66, d34 name levels there), not inside 党中央 or
// 中共中央 (listed), not in a document's name (中央一号文件, dev d07) or a fund's (中央资金).
const CENTRAL_OWNER_AFTER = /^(?:的)?(?:关于|决策部署|重大决策|部署|要求|精神|有关|文件|政策|举措)/u;
function centralBodies(text: string, kept: ExtractedDepartment[], quoted: readonly [number, number][]): void {
  for (let at = text.indexOf("中央"); at >= 0; at = text.indexOf("中央", at + 2)) {
    const end = at + 2;
    if (/[党共]/u.test(text[at - 1] ?? "") || !CENTRAL_OWNER_AFTER.test(text.slice(end, end + 5))) continue;
    if (kept.some((k) => k.start < end && at < k.end) || notAMention(text, quoted, { start: at, end })) continue;
    kept.push({ start: at, end, text: "中央", name: "中央", canonical: "中央", level: "national" });
  }
  kept.sort((a, b) => a.start - b.start);
}

// The level and place of a body, for another body written beside it with them elided (镇党委、政府; 县农业局、林业局).
function holderOf(d: ExtractedDepartment): Pick<ExtractedDepartment, "level" | "place" | "township" | "outside"> {
  return Object.assign(
    {},
    d.level ? { level: d.level } : {},
    d.place ? { place: d.place } : {},
    d.township ? { township: d.township } : {},
    d.outside ? { outside: true as const } : {},
  );
}

// A drive's body, named where it is set up (成立了城北片区搬迁工作领导小组: issue #10 held-out categories): no level
// before it, its head a leading group, a task force or a headquarters. Named as written.
const CREATED_BODY = /(?:成立|组建|设立)了?([\u4e00-\u9fff]{2,16}?(?:工作领导小组|领导小组|工作专班|指挥部))/gu;
function createdBodies(text: string, kept: ExtractedDepartment[], quoted: readonly [number, number][]): void {
  for (const m of text.matchAll(CREATED_BODY)) {
    const end = m.index + m[0].length;
    const start = end - m[1].length;
    if (kept.some((k) => k.start < end && start < k.end) || notAMention(text, quoted, { start, end })) continue;
    kept.push({ start, end, text: m[1], name: m[1], canonical: m[1] });
  }
  kept.sort((a, b) => a.start - b.start);
}

// Two organs of one level written with the level once (issue #10 held-out categories): 镇党委、政府, 乡党委和政府,
// 镇党委政府, 区委、区政府's elided form 区委、政府 (the 政府 is the same place's: 镇政府, 三道通镇政府, dev d79), and
// 市、区政府 (the level characters share the organ: 市政府 and 区政府). A line break may sit inside (镇党委、\n政府).
const SHARED_ORGANS = ["委", "党委", "党工委", "政府", "人民政府", "人大", "人大常委会", "人大主席团", "政协", "纪委"] as const;
const SHARED_ORGAN_AT_END = new RegExp(`(${longestAlternation(SHARED_ORGANS)})$`, "u");
const SHARED_JOINERS = new Set([..."、和与及"]);
// 镇党委政府工作会议: the organs inside a meeting's name are the meeting, not a second body.
const MEETING_NAME_AFTER = /^(?:工作)?(?:联席)?(?:会议|全会)/u;

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/u.test(text[at])) at++;
  return at;
}

function sharedPrefixBodies(text: string, kept: ExtractedDepartment[], places: FoundPlaces): void {
  const townshipOfText = bareTownship(places);
  for (let i = 0; i < kept.length; i++) {
    const d = kept[i];
    const own = SHARED_ORGAN_AT_END.exec(d.text)?.[1];
    if (!own || own.length === d.text.length) continue;
    let at = skipSpace(text, d.end);
    const joined = SHARED_JOINERS.has(text[at]);
    if (joined) at = skipSpace(text, at + 1);
    const organ = longestAt(FIXED_TRIE, text, at);
    if (!organ || organ.value === "委" || organ.value === own || !(SHARED_ORGANS as readonly string[]).includes(organ.value)) continue;
    // Written right on (镇党委政府): only the party committee and the government.
    if (!joined && !(own.endsWith("委") && organ.value.endsWith("政府"))) continue;
    if (kept.some((k) => k.start < organ.end && at < k.end) || MEETING_NAME_AFTER.test(text.slice(organ.end, organ.end + 6))) continue;
    if (followedByTitle(text, organ.end)) continue;
    const name = d.name.endsWith(own) ? `${d.name.slice(0, -own.length)}${organ.value}` : `${d.text.slice(0, -own.length)}${organ.value}`;
    const listed = BY_NAME.get(name);
    const canonical = listed?.canonical ?? (d.canonical.endsWith(own) ? `${d.canonical.slice(0, -own.length)}${organ.value}` : name);
    const item: ExtractedDepartment = Object.assign(
      { start: at, end: organ.end, text: text.slice(at, organ.end), name, canonical },
      holderOf(d),
    );
    kept.splice(i + 1, 0, item);
  }
  // 市、区政府: a bare level character in a 、-list whose last item is a level's organ.
  for (let i = 0; i < kept.length; i++) {
    const d = kept[i];
    const organ = SHARED_ORGAN_AT_END.exec(d.text)?.[1];
    if (!organ || d.text.length !== organ.length + 1 || LEVEL_CHAR[d.text.charCodeAt(0)] !== 1) continue;
    for (let at = d.start - 2; at >= 0 && text[at + 1] === "、" && LEVEL_CHAR[text.charCodeAt(at)] === 1; at -= 2) {
      const c = text[at];
      if (at > 0 && CJK.test(text[at - 1]) && !ALLOWED_BEFORE_LEVEL.has(text[at - 1]) && text[at - 1] !== "、") break;
      if (kept.some((k) => k.start <= at && at < k.end)) break;
      // text is the body as meant (市政府), not the one character written, so that a remap keeps it (asElsewhere).
      const written = `${c}${organ}`;
      const base = { start: at, end: at + 1, text: written };
      const item: ExtractedDepartment =
        c === "镇" || c === "乡" ? { ...base, ...townshipOfText(organ, written) } : bareLevelBody(c, organ, written, base);
      kept.splice(i, 0, item);
      i++;
    }
  }
}

// Bodies listed after one with its level, the level written once: 县农业局、林业局、发改局 (dev d67). Each is of the
// first one's level and place, named as written (or, for the county's own, by its key 区财政局). Offices named by their
// function only: 镇党委、政府 is the township's government, written elided, and no new body.
// A unit that is no government body, as an item of a list of bodies: a company, a group or an enterprise of its own.
const LISTED_UNIT = /^[\u4e00-\u9fff]{1,8}(?:公司|集团)、/u;

function enumeratedBodies(text: string, kept: ExtractedDepartment[], quoted: readonly [number, number][]): void {
  for (let i = 0; i < kept.length; i++) {
    const d = kept[i];
    if (text[d.end] !== "、" || (kept[i + 1] && kept[i + 1].start === d.end + 1)) continue;
    let at = d.end + 1;
    if (longestAt(FIXED_TRIE, text, at)) continue;
    let body = readBody(text, at, undefined, "any", false);
    // A company in the list does not end it (县委办、国资公司、交通局、文旅局等单位: issue #10 held-out categories).
    const unit = body ? null : LISTED_UNIT.exec(text.slice(at, at + 12));
    if (unit && !kept.some((k) => k.start === at + unit[0].length)) {
      at += unit[0].length;
      body = readBody(text, at, undefined, "any", false);
    }
    if (!body || followedByTitle(text, body.end) || notAMention(text, quoted, { start: at, end: body.end })) continue;
    // The county's own: the district's by key (区财政局), a township's or village's by its place (航埠镇征迁办).
    const key = d.outside ? undefined : d.level === "district" ? `${COUNTY_LEVEL_CHAR}${body.body}` : d.township && d.place ? `${d.place}${body.body}` : undefined;
    const item: ExtractedDepartment = Object.assign(
      { start: at, end: body.end, text: body.body, name: key ?? body.body, canonical: !key ? body.body : d.level === "district" ? `${COUNTY.name}${body.body}` : `${COUNTY.name}${key}` },
      holderOf(d),
    );
    kept.splice(i + 1, 0, item);
  }
}

// Bodies listed after a leader of their level and his name (县领导某某及政府办、水利局、民政局等单位负责人; 副县长常礼军和
// 政府办、财政局…: dev d77; issue #10 held-out categories): the leader's title gives the level the list leaves out. Only
// the first body is read here, and only when a list goes on after it (、) or closes (等, 负责人, 主要领导);
// enumeratedBodies reads the rest.
const LEADER_BEFORE_LIST = /(?:(?:常务)?副?([县区市镇乡])长|([县区市镇乡])(?:委|政府|人大常委会|人大|政协)?(?:领导|常委|副?书记|副?主任|副?主席|副?秘书长))[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})*(?:同志)?(?:以及|和|及|与|带领|率领|率)/gu;
const LIST_GOES_ON = /^(?:、|等|主要负责人|主要领导|负责人|相关负责人|有关负责人)/u;

function leaderListBodies(text: string, kept: ExtractedDepartment[], quoted: readonly [number, number][], places: FoundPlaces): void {
  if (!/[长记委导任席]/u.test(text)) return;
  const townshipOfText = bareTownship(places);
  for (const m of text.matchAll(LEADER_BEFORE_LIST)) {
    const c = m[1] ?? m[2];
    const at = m.index + m[0].length;
    if (kept.some((k) => k.start <= at && at < k.end)) continue;
    const body = readBody(text, at, undefined, "any", false);
    if (!body || !LIST_GOES_ON.test(text.slice(body.end, body.end + 6)) || notAMention(text, quoted, { start: at, end: body.end })) continue;
    const base = { start: at, end: body.end, text: body.body };
    let item: ExtractedDepartment;
    if (c === "镇" || c === "乡") {
      const who = townshipOfText(body.body, body.body);
      item = Object.assign({}, base, who, who.place && !who.outside ? { name: `${who.place}${body.body}`, canonical: `${COUNTY.name}${who.place}${body.body}` } : {});
    } else {
      // The county's own by its key (区水利局), others' as written (政府办 after a 县长 in a 区's paper).
      const own = c === COUNTY_LEVEL_CHAR;
      item = Object.assign(bareLevelBody(c, body.body, own ? `${c}${body.body}` : body.body, base), { text: body.body });
      const listed = own ? BY_NAME.get(item.name) : undefined;
      if (listed) item.canonical = listed.canonical;
    }
    kept.push(item);
  }
  kept.sort((a, b) => a.start - b.start);
}

// A list of bodies with no level written (农机站、水管站负责人; 政府办、水利局、民政局等单位: issue #10 held-out categories):
// two bodies or more joined by 、, the list opening after punctuation or a joiner and closed by 等…单位/部门 or by
// 负责人. A list of stations and centres only is the text's township's when it names one of the county's only (as
// 镇党委 is); other bodies are named as written, with no level. Only the first is read here; enumeratedBodies reads the rest.
const BARE_LIST_OPENS = /(?:^|[\s,，。；;：:（(“"]|和|及|与|由|从|会同|联合|组织|召集|邀请|包括|以及)$/u;
const BARE_LIST_CLOSES = /^(?:等(?:[\u4e00-\u9fff]{0,4}(?:单位|部门|站所))|(?:的)?(?:主要|相关|有关)?负责(?:人|同志))/u;
const STATION_HEAD = /(?:站|所|中心)$/u;

function bareListBodies(text: string, kept: ExtractedDepartment[], quoted: readonly [number, number][], places: FoundPlaces): void {
  const townshipOfText = bareTownship(places);
  const held = (at: number) => kept.some((k) => k.start <= at && at < k.end);
  for (let p = text.indexOf("、"); p >= 0; p = text.indexOf("、", p + 1)) {
    if (held(p - 1)) continue;
    // the first item: the longest body that ends at the 、 and opens after punctuation or a joiner
    let first: { start: number; body: string } | undefined;
    for (let s = Math.max(0, p - 10); s <= p - 2 && !first; s++) {
      if (!BARE_LIST_OPENS.test(text.slice(Math.max(0, s - 4), s)) || held(s)) continue;
      const b = readBody(text, s, undefined, "any", false);
      if (b && b.end === p) first = { start: s, body: b.body };
    }
    if (!first) continue;
    let at = p + 1;
    let count = 1;
    let stations = STATION_HEAD.test(first.body);
    for (;;) {
      const k = kept.find((x) => x.start === at);
      const b = k ? { end: k.end } : readBody(text, at, undefined, "any", false);
      if (!b) break;
      count++;
      stations &&= STATION_HEAD.test(text.slice(at, b.end));
      // an aside in brackets after an item (住房和城乡建设局(城管局、园林局)) holds that item's parts: the list goes on
      const aside = /^[（(][^()（）]{2,30}[)）]/u.exec(text.slice(b.end, b.end + 32));
      const next = aside ? b.end + aside[0].length : b.end;
      if (text[next] !== "、") {
        at = next;
        break;
      }
      at = next + 1;
    }
    if (count < 2 || !BARE_LIST_CLOSES.test(text.slice(at, at + 8)) || notAMention(text, quoted, { start: first.start, end: p })) continue;
    const base = { start: first.start, end: p, text: first.body };
    const item: ExtractedDepartment = stations
      ? Object.assign({}, base, townshipOfText(first.body, first.body))
      : Object.assign({}, base, { name: first.body, canonical: first.body });
    kept.push(item);
    kept.sort((a, b) => a.start - b.start);
  }
}

// Bodies named by their field only, in a list closed by 等部门 (协调区交通、城管、消防等部门; 从交通、水利等部门抽调: issue #10
// held-out categories). Keyed as written, with the level written before the first (区交通, 区城管, 区消防): the paper
// names no head (局, 大队, 中心), and guessing one would invent a name; the README's key is the short name as written.
// (The verb is found first and the list read from it, anchored: one unanchored pattern was polynomial, redos.test.ts.)
const FIELD_LIST_VERB = /(?:协调|从|会同|联合|组织|抽调|由|邀请)([区县市])?/gu;
const FIELD_LIST = /^((?:[\u4e00-\u9fff]{2,4}、){1,8}[\u4e00-\u9fff]{2,4})等(?:相关|有关)?(?:职能)?部门/u;

function fieldListBodies(text: string, kept: ExtractedDepartment[], quoted: readonly [number, number][]): void {
  if (!text.includes("部门")) return;
  for (const v of text.matchAll(FIELD_LIST_VERB)) {
    const first = v.index + v[0].length;
    const list = FIELD_LIST.exec(text.slice(first, first + 48));
    if (!list) continue;
    const c = v[1];
    let at = first;
    const fields = list[1].split("、");
    if (fields.some((f) => NOT_IN_BODY.test(f) || HEAD_AT_END.test(f))) continue;
    for (const f of fields) {
      const start = at;
      const end = at + f.length;
      at = end + 1;
      if (kept.some((k) => k.start < end && start < k.end) || notAMention(text, quoted, { start, end })) continue;
      const base = { start: c && start === first ? start - 1 : start, end, text: f };
      // keyed with the level written before the list (区城管, 区消防; another level's first as 县交通, then 水利). Not
      // resolved to a place: a field is no body's name, and the same words in another district's paper must not become
      // the county's bodies (a 区 before the list says only "a district's").
      const written = c === COUNTY_LEVEL_CHAR || (c && start === first) ? `${c}${f}` : f;
      const level = c ? bareLevel(c) : undefined;
      kept.push(
        Object.assign({}, base, { name: c ? written : f, canonical: c ? written : f, text: text.slice(base.start, end) }, level ? { level: level.level } : {}, level?.outside ? { outside: true as const } : {}),
      );
    }
  }
  kept.sort((a, b) => a.start - b.start);
}

// The issuing office in brackets closing a report ((某某街办), (某某镇政府): issue #10 held-out categories). A street
// office of the county's is named by its street (双港街办 → 双港街道办事处); one the data does not know is named as
// written, elsewhere.
const ISSUING_OFFICE = /[（(]([\u4e00-\u9fff]{2,8}?)(街道办事处|街道办|街办|镇人民政府|乡人民政府|镇政府|乡政府)[)）][ \t\u3000]*(?:\n|$)/gu;

function issuingOffice(text: string, kept: ExtractedDepartment[], { places }: FoundPlaces): void {
  if (!text.includes("政府") && !text.includes("街")) return;
  for (const m of text.matchAll(ISSUING_OFFICE)) {
    const start = m.index + 1;
    const end = start + m[1].length + m[2].length;
    if (kept.some((k) => k.start < end && start < k.end)) continue;
    const street = m[2].startsWith("街");
    const level = street || m[2][0] === "镇" ? (street ? "街道" : "镇") : "乡";
    const home = places.find((p) => p.level === "township" && (p.name === `${m[1]}${level}` || p.name === m[1]));
    const written = text.slice(start, end);
    if (home) {
      const name = street ? `${home.name}办事处` : `${home.name}${m[2].slice(1)}`;
      kept.push({ start, end, text: written, name, canonical: `${COUNTY.name}${name}`, level: "township", place: home.name, township: home.name });
    } else kept.push({ start, end, text: written, name: written, canonical: written, level: "township", outside: true });
  }
  kept.sort((a, b) => a.start - b.start);
}

// The State Council's ministries (lib/gazetteer: NATIONAL_MINISTRIES), named as written, level national; a …部 or
// 国家…委/局 listed beside one of them is a ministry too (住房和城乡建设部、国家发展改革委、财政部…: dev d76), and a
// ministry's department (…司) right after it is part of its name (住房和城乡建设部村镇建设司: dev d75). Not 民政部门,
// 财政部署 (a word goes on after 部).
const MINISTRY_TRIE = buildTrie(NATIONAL_MINISTRIES.map((m) => [m, m] as const));
const NOT_A_MINISTRY_AFTER = new Set([..."门署分位长队件落属"]);
const LISTED_MINISTRY = /^(?:国家[\u4e00-\u9fff]{2,6}?(?:委员会|总局|委|局|署)|[\u4e00-\u9fff]{2,8}?部)/u;
const MINISTRY_DIVISION = /^[\u4e00-\u9fff]{2,6}?司/u;
const NOT_IN_DIVISION = new RegExp(`[${FUNCTION_CHARS}公]`, "u");

function ministries(text: string, kept: ExtractedDepartment[], quoted: readonly [number, number][]): void {
  const free = (start: number, end: number) => !kept.some((k) => k.start < end && start < k.end) && !notAMention(text, quoted, { start, end });
  const push = (start: number, end: number) => {
    const written = text.slice(start, end);
    const full = MINISTRY_FULL_NAMES[written];
    const name = full && text.includes(full) ? full : written;
    kept.push({ start, end, text: written, name, canonical: name, level: "national" });
  };
  const found = scanLongest(MINISTRY_TRIE, text).filter((m) => !NOT_A_MINISTRY_AFTER.has(text[m.end] ?? "") && free(m.start, m.end));
  if (!found.length) return;
  // A ministry or its department inside a person's title (农业部种植业司司长, 财政部农业司副巡视员: bench/s10b-depts-unseen.md,
  // U4) is not listed.
  const ranges = found.flatMap((m) => {
    const division = MINISTRY_DIVISION.exec(text.slice(m.end, m.end + 8));
    const end = division && !NOT_IN_DIVISION.test(division[0]) ? m.end + division[0].length : m.end;
    return followedByTitle(text, end) ? [] : [[m.start, end] as [number, number]];
  });
  // Neighbours in a 、-list, both ways from each listed ministry.
  const seen = new Set(ranges.map(([start]) => start));
  for (let r = 0; r < ranges.length; r++) {
    const [start, end] = ranges[r];
    if (text[end] === "、") {
      const next = LISTED_MINISTRY.exec(text.slice(end + 1, end + 12));
      const e = next ? end + 1 + next[0].length : -1;
      if (next && !seen.has(end + 1) && !NOT_IN_BODY.test(next[0]) && !NOT_A_MINISTRY_AFTER.has(text[e] ?? "") && free(end + 1, e)) {
        seen.add(end + 1);
        ranges.push([end + 1, e]);
      }
    }
    if (text[start - 1] === "、") {
      for (let from = Math.max(0, start - 12); from < start - 2; from++) {
        const prev = LISTED_MINISTRY.exec(text.slice(from, start - 1));
        if (!prev || from + prev[0].length !== start - 1 || seen.has(from) || NOT_IN_BODY.test(prev[0]) || !free(from, start - 1)) continue;
        if (CJK.test(text[from - 1] ?? "") && !"在和与及由从据经、".includes(text[from - 1])) continue;
        seen.add(from);
        ranges.push([from, start - 1]);
        break;
      }
    }
  }
  for (const [start, end] of ranges) push(start, end);
  kept.sort((a, b) => a.start - b.start);
}

// 西湖区教育局、区财政局: a bare level's body listed right after another place's body of that level is that place's,
// never the county's (issue #10: 0 bodies of other places mapped to the county).
function inheritPlaceInList(text: string, kept: ExtractedDepartment[]): void {
  for (let i = 1; i < kept.length; i++) {
    const d = kept[i];
    const prev = kept[i - 1];
    const c = d.text[0];
    if (d.outside || !"区县市".includes(c) || !prev.outside || !prev.place?.endsWith(c) || !"、和与及".includes(text[d.start - 1] ?? "") || prev.end !== d.start - 1) continue;
    kept[i] = Object.assign({ start: d.start, end: d.end, text: d.text, name: d.text, canonical: `${prev.place}${d.text.slice(1)}` }, prev.level ? { level: prev.level } : {}, { place: prev.place, outside: true as const });
  }
}

// Short forms of another place's body that the same text names in full (双街镇农业和旅游办公室 … 农旅办, 镇农旅办: dev
// d63): the short stem's characters are the full stem's, in order, from its first, and its head is the full head's
// short form (办公室 → 办, 委员会 → 委). A short form gets the full name as its canonical name.
const SHORT_HEAD: Readonly<Record<string, string>> = { 办公室: "办", 委员会: "委", 管理委员会: "委", 局: "局", 办: "办", 中心: "中心", 委: "委" };

function isShortOf(short: string, stem: string): boolean {
  if (short[0] !== stem[0]) return false;
  let at = 1;
  for (const c of short.slice(1)) {
    at = stem.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

function shortFormsOfFullNames(text: string, kept: ExtractedDepartment[], quoted: readonly [number, number][]): void {
  const fulls = kept.filter((d) => d.outside && d.place && d.text.includes(d.place));
  for (const full of fulls) {
    const body = full.text.slice(full.text.lastIndexOf(full.place!) + full.place!.length);
    const head = /(管理委员会|委员会|办公室|中心|局|办|委)$/u.exec(body)?.[1];
    const stem = head ? body.slice(0, -head.length) : "";
    if (!head || stem.length < 4) continue;
    const short = SHORT_HEAD[head];
    const chars = [...new Set(stem.slice(1))].join("");
    const pattern = new RegExp(`${stem[0]}[${chars}]{1,2}${short}`, "gu");
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!isShortOf(m[0].slice(0, -short.length), stem) || notAMention(text, quoted, { start, end })) continue;
      const holder = kept.find((k) => k.start < end && start < k.end);
      if (holder) {
        // 镇农旅办: a bare level's short form, already found, is the full body's
        if (holder !== full && holder.end === end && holder.text.length === m[0].length + 1) holder.canonical = full.canonical;
        continue;
      }
      if (followedByTitle(text, end)) continue;
      const item: ExtractedDepartment = Object.assign({ start, end, text: m[0], name: m[0], canonical: full.canonical }, full.level ? { level: full.level } : {}, { place: full.place, outside: true as const });
      kept.push(item);
    }
  }
  kept.sort((a, b) => a.start - b.start);
}

// The county's own bodies (the district's, its townships' and villages'): what is stored, linked and filtered by.
export function isCountyDepartment(d: Pick<ExtractedDepartment, "level" | "outside">): boolean {
  return !d.outside && (d.level === undefined || d.level === "district" || d.level === "township" || d.level === "village");
}
