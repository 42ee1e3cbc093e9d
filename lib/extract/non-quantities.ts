// Numbers that are NOT indicators. Two kinds of rules:
//  1. span rules: one combined global regex marks stretches of text whose numerals are never indicators
//     (dates, clock times, ordinals, session numbers, list markers, short quoted names and slogans, 《titles》,
//     phone numbers, page references, fixed expressions and idioms);
//  2. numeral rules: decided per number from how it is written and the unit after it (一 as an article,
//     二 as an ordinal, a bare 万/千/百, a Chinese numeral inside a place name).
// Real counts written in Chinese stay indicators: 两村, 十余人, 两到三场, 四个网格, and durations (24小时服务热线, 用了
// 15天). Not indicators (issue #10 §4): counts that only announce a list (七个方面, 三个环节, 三方面), time references
// (70多年来, 未来五年, 前10个月, 这两天), and numbers whose form or context says they are not a count: a name
// (“四个一”, 四个平台, 航天512所), a date, an ordinal, an idiom.

import { classTable } from "@/lib/text/char-sets";
import { CUN_WORD_SECOND } from "@/lib/text/text-lexicon";
import { longestFirst } from "@/lib/text/word-alternation";
import type { Span } from "./types";
import type { UnitEntry } from "./units";

export type NonQuantityRule = { name: string; why: string; source: string; first: string }; // first: chars a match can start with

const CN = "〇零一二两三四五六七八九十";
const D = `[0-9０-９${CN}百]`; // a digit of a small number (day, hour, session)
const N = `[0-9０-９${CN}百千]{1,12}`; // a count of time units (70多年来, 前10个月); bounded: the rule stays linear
// Abstract nouns a count of which only announces the list that follows (三个方面: 一是…二是…).
export const LIST_NOUNS: readonly string[] = [
  "方面", "环节", "意识", "层面", "维度", "原则", "理念", "导向", "思维", "关系", "自信", "坚持", "转变", "统筹",
];

// Fixed expressions that contain numerals but count nothing: campaign names, slogans, political formulas,
// idioms. Matched as whole words, longest first; adding one is a one-line change.
export const FIXED_EXPRESSIONS: readonly string[] = [
  // campaigns, slogans and formulas from the seeds
  "六治六提",
  "六比六晒",
  "六抓六比",
  "八大竞赛",
  "十四五",
  "十三五",
  "十五五",
  "26县",
  "二十六县",
  "两个确立",
  "两个维护",
  "两个带头",
  "两个一百年",
  "两个毫不动摇",
  "两个先行",
  "两个大局",
  "三个代表",
  "三个务必",
  "四个意识",
  "四个自信",
  "四个全面",
  "五位一体",
  "七张问题清单",
  "十大关键战",
  "四省边际",
  "三个差距",
  "四个对标",
  "四个一",
  "一个政策",
  "保三争二拼第一",
  "8090新时代",
  "四套班子",
  "两代表一委员",
  "两勤两专",
  "五水共治",
  "三改一拆",
  "一县一策",
  "一村一特色",
  "三权分置",
  "三位一体",
  "两山银行",
  "两进两回",
  "一老一小",
  "一件事",
  "七共享",
  "八一",
  "百日投产",
  "四个平台", // 基层治理四平台, a named system
  "三字诀",
  // idioms and set phrases with numerals
  "千家万户",
  "物联万家",
  "一条龙",
  "一把尺子",
  "一视同仁",
  "两手抓",
  "两手硬",
  "一盘棋",
  "一花引来百花开",
  "百折不挠",
  "年逾八旬",
  "背水一战",
  "一体化",
  "千方百计",
  "百倍的热情", // 用百倍的热情投身…: a degree of zeal, not a ratio (增长百倍 stays)
  "百倍的信心",
  "百倍的努力",
  "万无一失",
  "一心一意",
  "三心二意",
  "四面八方",
  "五湖四海",
  "七上八下",
  "十全十美",
  "一举两得",
  "三天两头",
  "四周",
  // a term of economics: the three sectors (三次产业结构), not three times
  "三次产业",
];

/** Rank slogans: 保5争3抢1, 保2争1, 保三争二拼第一 (also goals, see extract-goals.ts). */
export const SLOGAN_SOURCE = `保[0-9${CN}]+争[0-9${CN}]+(?:[抢拼夺]第?[0-9${CN}]+)?`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const NON_QUANTITY_RULES: readonly NonQuantityRule[] = [
  {
    name: "quoted-name",
    first: `“‘「"`,
    why: "a short quote without sentence punctuation is a name or slogan (“六治六提”, “141”体系, “3·13”, “510”)",
    source: "“[^“”\\n，。！？；]{1,16}”|‘[^‘’\\n，。！？；]{1,16}’|「[^「」\\n，。！？；]{1,16}」|\"[^\"\\n，。！？；]{1,16}\"",
  },
  {
    name: "book-title",
    first: `《`,
    why: "《titles》 name documents (《…五年行动计划》)",
    source: "《[^《》\\n]{1,80}》",
  },
  {
    name: "fixed-expression",
    first: FIXED_EXPRESSIONS.map((e) => e[0]).join(""),
    why: "campaign names, formulas and idioms (十四五, 26县, 两个确立, 一条龙, 千家万户)",
    source: longestFirst(FIXED_EXPRESSIONS).map(escape).join("|"),
  },
  {
    name: "slogan",
    first: `保`,
    why: "rank slogans: 保5争3抢1, 保2争1, 保三争二拼第一",
    source: SLOGAN_SOURCE,
  },
  {
    name: "formula",
    first: `0-9A-Za-z`,
    why: "numbers joined by + or · are names (1+1+9+N, 3+X, 3·13)",
    // Each part at most 8 characters: with unbounded parts every start inside a long run of digits or letters scanned
    // to its end (quadratic: 160 KB of digits took 35 s). A longer part is no name anyway.
    source: "[0-9A-Za-z]{1,8}(?:[+＋·•・][0-9A-Za-z]{1,8})+",
  },
  {
    name: "phone",
    first: `热电手传`,
    why: "phone numbers (采编热线：3049743)",
    source: "(?:热线|电话|手机|传真|热线电话)[：:\\s]*[0-9０-９][0-9０-９\\-－]{5,}",
  },
  {
    name: "page-ref",
    first: `下上转接见`,
    why: "page references (下转2版)",
    source: `(?:[下上]?转|接|见)第?${D}{1,3}版`,
  },
  {
    name: "time-reference",
    first: `前这未今明过0-9０-９${CN}百`,
    why: "time references say when, not how much (70多年来, 30多年前, 20分钟后, 2个月以来, 前10个月, 这两天, 30多年)",
    source:
      `前${N}个?(?:月|年|季度|周|天)` +
      `|这[两几些]天` +
      `|${N}(?:多|余|来)?个?(?:年|月|天|日|周|星期|小时|分钟|季度)多?(?:以来|来|之前|以前|前|之后|以后|后)` +
      `|${N}[多余]年` +
      // 过去的五年里, 过去近十年, 过去两个多月, 过去十几年: the span before or after now, however its count is written
      `|(?:未来|今后|过去)(?:的|这|近|整整)?${N}几?[多余]?个?[多余]?(?:年|月|天|周|星期|季度)` +
      // 今明两年, 明后两年: two year words and their count say when
      `|(?:今明|明后)${N}年`,
  },
  {
    name: "list-count",
    first: `${CN}0-9０-９`,
    why: "a count of abstract aspects announces a list, it measures nothing (七个方面, 三个环节, 三方面, 三个意识)",
    // …and so does a count before a quoted word (四个“零”, 三个“一批”): the quotes name the items
    // (突出三个重点 ends the clause; 8个重点贫困村, 两个重点工作 count things)
    source: `${N}个?(?:${LIST_NOUNS.join("|")})|[${CN}]{1,3}个(?=[“‘「])|[${CN}]{1,3}个重点(?![\u4e00-\u9fff])`,
  },
  {
    name: "category",
    first: `超按0-9０-９${CN}`,
    why:
      "words that set a category, not a quantity: 超亿元项目 (a threshold as an adjective), 按50至80户规模 (a scale " +
      "criterion), 五层、六层住宅 (storeys of a building type), 八件民生实事 and 三年行动计划 (a programme's name)",
    source:
      // (产值超亿元工业企业: a qualifier of up to four characters may stand before the category's head)
      `超[0-9０-９${CN}百千]{0,6}[万亿]元(?=(?:以上)?的?[\u4e00-\u9fff]{0,4}?(?:项目|企业|工程|产业))` +
      `|按${N}(?:[至到~～—-]${N})?[户人亩家个]?(?:的)?规模` +
      `|${N}层(?:[、至到]${N}层){0,3}(?=的?[\u4e00-\u9fff]{0,3}?(?:住宅|楼房|民房|楼|建筑|高层))` +
      `|${N}件(?:民生|惠民|为民)?实事` +
      // 提档升级三年计划, 三年行动方案: the span in a plan's name
      `|${N}年(?=(?:行动)?(?:计划|规划|方案)(?![0-9０-９${CN}]))`,
  },
  {
    name: "date",
    first: `0-9０-９${CN}百`,
    why: "years and dates (2022年4月13日, 11月15日, 2021年, 三月十三)",
    source:
      `(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年(?:${D}{1,2}月(?:${D}{1,3}[日号])?)?` +
      `|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}` +
      `|${D}{1,2}月(?:${D}{1,3}[日号])?` +
      `|[0-9０-９]{1,2}[日号](?![0-9])`,
  },
  {
    name: "clock",
    first: `凌上中下傍晚早当0-9０-９${CN}百`,
    why: "clock times (22时, 上午9点, 6点半, 下午三点)",
    source: `(?:凌晨|上午|中午|下午|傍晚|晚上|早上|当晚|晚)?${D}{1,3}[时点](?:${D}{1,2}分|半|钟)?|[0-9]{1,2}[:：][0-9]{2}`,
  },
  {
    name: "weekday",
    first: `星礼`,
    why: "weekdays (星期三)",
    source: "星期[一二三四五六日天]|礼拜[一二三四五六日天]",
  },
  {
    name: "vague",
    first: `几数`,
    why: "几十个, 数百名, 数万 name no number (十几个 is 'over ten' and stays)",
    source: `[几数][十百千万亿]+`,
  },
  {
    name: "ordinal",
    first: `第`,
    why: "ordinals and issue numbers (第89次, 第1937期, 第一, 第六次)",
    source: `第[0-9０-９${CN}百千]+`,
  },
  {
    name: "session",
    first: `0-9０-９${CN}百`,
    why: "session numbers of party and government bodies (九届, 八届十次全会, 十四届九次全会)",
    source: `${D}{1,3}届(?:${D}{1,3}次)?|${D}{1,3}次(?=全会|全体|全委会|党代会|代表大会|常委会|常务会议|会议)`,
  },
  {
    name: "list-marker",
    first: `${CN}（(`,
    why: "enumeration markers at a clause start (一是, 二要, 三要, （一）, 一、)",
    source: `(?<![^\\n。；;：:！？])[${CN}]{1,3}(?=是|要|则|来|者|、)|[（(][${CN}0-9]{1,3}[）)]`,
  },
  {
    name: "villager-group",
    first: `0-9０-９${CN}`,
    why: "a number right after a village names one of its villagers' groups (明星村8组, 该村8组), it counts nothing",
    source: `(?<=村)${D}{1,3}组(?![织成建])`,
  },
  {
    name: "big-number-name",
    first: `${CN}`,
    why: "N大 names a set of things (十大关键战, 两大产业, 三大平台, 二十大)",
    source: `[${CN}]{1,3}大(?=[\\u4e00-\\u9fff])`,
  },
];

// The rules in one sticky alternation, tried only where the character is one a rule starts with: the loop below skips
// the other positions with a table lookup (a global regex behind a first-character look-ahead entered the matcher at
// every position, ~1.5× the cost). Same spans: the first position from the last match on where some rule matches.
// Each rule is one numbered group (named groups made every match build a groups object: ~1 KB and 1.5× the time).
// exported for the ReDoS test, which checks it rule by rule (tests/extract/redos.test.ts)
export const COMBINED = new RegExp(NON_QUANTITY_RULES.map((r) => `(${r.source})`).join("|"), "y");
const FIRST = classTable(...NON_QUANTITY_RULES.map((r) => r.first));
// The group number of each rule: one after the groups of the rules before it and their own groups.
const RULE_GROUP: number[] = [];
for (let k = 0, group = 1; k < NON_QUANTITY_RULES.length; k++) {
  RULE_GROUP.push(group);
  group += new RegExp(`(${NON_QUANTITY_RULES[k].source})|`).exec("")!.length - 1;
}

export type NonQuantitySpan = Span & { rule: string };

/** All stretches of `text` whose numerals are never indicators, in order, non-overlapping (one pass). */
export function findNonQuantitySpans(text: string): NonQuantitySpan[] {
  const out: NonQuantitySpan[] = [];
  for (let i = 0; i < text.length; i++) {
    if (FIRST[text.charCodeAt(i)] !== 1) continue;
    COMBINED.lastIndex = i;
    const m = COMBINED.exec(text);
    if (!m || m[0].length === 0) continue;
    let k = 0;
    while (k < RULE_GROUP.length && m[RULE_GROUP[k]] === undefined) k++;
    out.push({ start: i, end: i + m[0].length, rule: NON_QUANTITY_RULES[k]?.name ?? "unknown" });
    i += m[0].length - 1;
  }
  return out;
}

// Characters after which a Chinese numeral + 村 is a count (涉及两村), not part of a name (七里三村, 滨三村).
// (分三期实施, 分两批: 分 "in" before a count of phases or batches)
const COUNT_LEAD = new Set([..."及有共等的和与了在对为全各这该近约余个分、，。；：（“"]);

const SECTION_LETTER = /^[A-Za-zＡ-Ｚａ-ｚ]$/;

export type NumeralCheck = {
  raw: string; // the numeral as written (no approximator, no unit)
  chinese: boolean;
  approximate: boolean; // an approximator or a range was written
  unit?: UnitEntry;
  before: string; // the character just before the numeral (and its prefix approximator), "" at text start
  after?: string; // the characters right after the number and its unit
  lead?: string; // a few characters before the numeral (a bound written before its verb: 至少开展一次)
};

// 每季度至少开展一次巡查: a required minimum of one time is a number, not the article 一 (the bound may stand before
// the verb of its clause)
const MIN_BOUND_LEAD = /(?:至少|最少|不少于)[\u4e00-\u9fff]{0,4}$/;
const FREQUENCY_UNITS: ReadonlySet<string> = new Set(["次", "回", "遍", "趟"]);

/** The numeral rule that removes this number, or undefined when it may be an indicator. */
export function nonQuantityNumeral(c: NumeralCheck): string | undefined {
  // 第B03版, A2版: a page number after a section letter names a page (a numeral rule: a span rule here cost every
  // candidate position of the combined scan)
  if (c.unit?.word === "版" && SECTION_LETTER.test(c.before)) return "page-label";
  if (!c.chinese) return undefined;
  // a measure keeps its number: 南一公里处, 千亩良田, 万亩山林
  const measured = c.unit?.kind === "measure";
  // 一 with a classifier is the indefinite article: 一个厂中村, 一名, 一批, 一条龙, 一次次
  // …but 一周内摸清, 一年之内建成: one span of time as a deadline is a duration
  const span = c.unit?.kind === "duration" && /^(?:内|之内|以内)/.test(c.after ?? "");
  const requiredOnce = FREQUENCY_UNITS.has(c.unit?.word ?? "") && MIN_BOUND_LEAD.test(c.lead ?? "");
  if (c.raw === "一" && !c.approximate && !measured && !span && !requiredOnce) return "indefinite-yi";
  // counts use 两; 二 before a classifier is an ordinal: 二次不改, 二楼
  if (c.raw === "二" && !c.approximate) return "ordinal-er";
  // a lone 百/千/万/亿 without 近/上/余 is literary: 万家, 千家万户, 百花
  if (/^[百千万亿]+$/.test(c.raw) && !c.approximate && !measured) return "bare-multiplier";
  if (c.unit?.nameSuffix && c.before && /[\u4e00-\u9fff]/.test(c.before) && !COUNT_LEAD.has(c.before)) {
    return "place-name";
  }
  return undefined;
}

// Institutes are named by number (中国电科38所, 航天512所, 18所研发中心): 所 after an institution's abbreviation, or
// followed by what the institute runs, is part of a name, not a count of schools.
export const INSTITUTE_NUMBER = {
  unit: "所",
  // the character before the number that ends an institution's short name (电科, 航天, 二院, 中核)
  after: new Set([..."科天院核航船兵电工铁"]),
  // words after 所 that make it the institute's own (18所研发中心, 512所的专家)
  followedBy: /^(?:研发|研究|科研|实验|专家|职工|党委|所长)/,
} as const;

// Places are named by numeral and measure word too (五段镇, 七段村, 三门县): a Chinese numeral whose measure word runs
// on into 镇/乡/街道/县/村 is a name, unless the measure word counts people, households or generic things (五户村民,
// 三个村, 两座村庄) or 村 starts another word (村民, 村委, 村干部, 村庄).
const PLACE_NAME_AFTER = new RegExp(`^(?:镇|乡|街道|县)|^村(?![${CUN_WORD_SECOND}里组])`);
const COUNTS_BEFORE_PLACES: ReadonlySet<string> = new Set(["个", "户", "人", "名", "位", "家", "所", "座", "村"]);

/** True when a number with this unit is the number of a name (航天512所, 五段镇), not a count. */
export function isNumberInName(c: { unit?: UnitEntry; before: string; after: string; chinese?: boolean }): boolean {
  if (c.chinese && c.unit && !COUNTS_BEFORE_PLACES.has(c.unit.word) && PLACE_NAME_AFTER.test(c.after)) return true;
  if (c.unit?.word !== INSTITUTE_NUMBER.unit) return false;
  return INSTITUTE_NUMBER.after.has(c.before) || INSTITUTE_NUMBER.followedBy.test(c.after);
}
