// Numeric indicators of an article: one global scan for "approximator? numeral approximator? unit? approximator?",
// then non-quantity rules, then the words around each number (metric, role, period, asOf, sentence).
// Pipeline: findNonQuantitySpans (one pass) → scan (one pass) → per-match local context (bounded look-around)
// → linkProgress (one pass) for baseline/actual roles.

import { combineApprox, INFIX_APPROX_SOURCE, PREFIX_APPROX_SOURCE, SUFFIX_APPROX_SOURCE } from "./approximators";
import { linkProgress } from "./extract-progress";
import { findNonQuantitySpans, nonQuantityNumeral, type NonQuantitySpan } from "./non-quantities";
import { isChineseNumeral, NUMERAL_SOURCE, parseNumeral } from "./numerals";
import type { ExtractContext, ExtractedIndicator, IndicatorRole, Span } from "./types";
import { GE_UNIT_SOURCE, INFERRED_UNITS, lookupGeUnit, lookupUnit, UNIT_SOURCE, type UnitEntry } from "./units";

const SCAN = new RegExp(
  `(?<pre>${PREFIX_APPROX_SOURCE})?(?<num>${NUMERAL_SOURCE})(?<mid>${INFIX_APPROX_SOURCE})?` +
    `(?:(?<ge>个)(?<mid2>${INFIX_APPROX_SOURCE})?(?<geUnit>${GE_UNIT_SOURCE})|(?<unit>${UNIT_SOURCE}))?` +
    `(?<post>${SUFFIX_APPROX_SOURCE})?`,
  "g",
);

// ---- lexicons for the words around a number (data tables) ----

// A number after one of these, in its clause or the clause before, is a target (确保…, 力争…, 目标…).
export const TARGET_CUES: readonly string[] = ["确保", "力争", "争取", "目标", "计划", "力求", "预计", "拟", "将达到"];
const TARGET_CUE = new RegExp(
  `(?:${TARGET_CUES.join("|")})|要(?:在|于)?[^，,。；]{0,12}?(?:完成|达到|突破|实现)`,
);
// 行动计划/年度计划 are documents, not plans to do something
// 为确保X，Y: Y is what was done to that end, not a target
const NOT_TARGET = /(?:行动|年度|工作|发展|规划)计划|计划(?:体系|目标体系)|为了?确保/g;

export const PERIOD_CUES: readonly { pattern: string; period: NonNullable<ExtractedIndicator["period"]> }[] = [
  // 日供/日服务 (daily supply) but not 15日 (a date)
  { pattern: "每天|每日|日均|天均|一天|(?<![0-9０-９一二三四五六七八九十])日(?=供|产|服务|销|接待|处理)", period: "day" },
  { pattern: "每周|周均|一周", period: "week" },
  { pattern: "每月|月均|一个月|每个月|^月(?=[供产销])", period: "month" },
  { pattern: "每年|年均|一年|^年(?=[供产销])", period: "year" },
];
const PERIODS = PERIOD_CUES.map((c) => ({ re: new RegExp(c.pattern), period: c.period }));

// Left-context words that end a noun phrase before a number (stripped from its end, repeatedly).
const LINK_TAIL = /(?:达到|超过|共计|累计|达|为|有|是|共|计|约|已|仅|只|就|了|都|用|的|均|至|到|超|近)+$/;
// Verbs, determiners and period words that start the measured noun after them (开展村社比拼 → 村社比拼).
export const LEFT_CUT_WORDS: readonly string[] = [
  "开展", "建成", "涉及", "供应", "吸引", "捐赠", "招聘", "维护", "维修", "提供", "完成", "征收", "日供",
  "日服务", "结束", "彻底", "安排", "展现", "充分", "天均", "日均", "每天", "每日", "一天", "一个月", "每月",
  "派", "历时", "这支", "这个", "该", "为", "有", "已", "先后", "各类", "距离", "短短", "仅用", "用了",
  "配备", "满足", "组成", "送上", "可能", "只需", "只要", "需要", "以往", "现在", "如今", "目前",
];
const LEFT_CUT = new RegExp([...LEFT_CUT_WORDS].sort((a, b) => b.length - a.length).join("|"), "g");
// Words right after the unit that end the counted noun (1220户困难家庭送上… → 困难家庭).
export const RIGHT_STOP_WORDS: readonly string[] = [
  "的", "运至", "运往", "运到", "运抵", "送上", "送往", "送达", "驻点", "驻村", "历时", "正在", "入驻", "组成",
  "合并", "围绕", "维护", "上门", "提供", "参与", "开展", "捐赠", "包干", "轮值", "下午", "上午", "中午", "晚上",
  "今天", "当天", "共同", "共", "和", "与", "及", "在", "是", "为", "将", "把", "被", "从", "向", "对", "由",
  "以", "于", "等", "达", "到", "都", "已", "就", "也", "还", "可以", "能够", "没", "不", "需", "要", "获",
  "实现", "完成", "进行", "通过", "用于", "投入", "成为", "作为", "了", "每", "时间",
];
const RIGHT_NOUN = new RegExp(
  `([\\u4e00-\\u9fff]{0,8}?)(?:${[...RIGHT_STOP_WORDS].sort((a, b) => b.length - a.length).join("|")}|[^\\u4e00-\\u9fff]|$)`,
  "y",
);
const ONLY_PERIOD = /^(?:平均|每天|每日|一天|一个月|每月|每年|每周|这几天|当天|首日)*$/;
const AS_OF = /截[至止](?:到|至)?(?:(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})日|(目前|当前|现在|今天|发稿时))/;

const CJK = /[\u4e00-\u9fff]/;
const MAX_METRIC = 12;
const MAX_LOOKBACK = 120;
const CLAUSE_STOPS = new Set([..."，,：:、"]);

function lastClauseStop(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (CLAUSE_STOPS.has(s[i])) return i;
  return -1;
}

// ---- sentences ----

const SENTENCE_END = /[。！？；;!?\n]/g;

function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    let end = m.index + (m[0] === "\n" ? 0 : 1);
    // a closing quote right after the stop belongs to the sentence: …所需。”
    while (end < text.length && /[”’」』）)]/.test(text[end])) end++;
    push(start, end);
    start = Math.max(end, m.index + 1);
    SENTENCE_END.lastIndex = start;
  }
  push(start, text.length);
  return out;
}

function sentenceAt(sentences: Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// ---- the words around a number ----

// The CJK run just before `at` (≤ 24 chars): the clause the left metric comes from.
function leftRun(text: string, at: number, floor: number): string {
  let i = at;
  while (i > floor && at - i < 24 && CJK.test(text[i - 1])) i--;
  return text.slice(i, at);
}

/** Noun phrase before a number: 入户调查完成率达 → 入户调查完成率; undefined when only a verb is left. */
export function leftMetric(run: string): string | undefined {
  let s = run.replace(LINK_TAIL, "");
  if (!s || ONLY_PERIOD.test(s)) return undefined;
  // cut after the last verb that still leaves a noun (房屋征收入户调查完成率 → 入户调查完成率, not 率);
  // a verb right before the number means the noun is elsewhere (累计供应1000余单, 彻底结束了975户)
  let cutAt = -1;
  LEFT_CUT.lastIndex = 0;
  for (let m = LEFT_CUT.exec(s); m; m = LEFT_CUT.exec(s)) {
    const after = m.index + m[0].length;
    if (after === s.length) return undefined;
    if (s.length - after >= 2) cutAt = after;
  }
  if (cutAt >= 0) s = s.slice(cutAt);
  s = s.replace(LINK_TAIL, "");
  if (s.length > MAX_METRIC) s = s.slice(s.length - MAX_METRIC);
  return s.length >= 2 ? s : undefined;
}

function rightMetric(text: string, at: number, unit: UnitEntry | undefined): string | undefined {
  RIGHT_NOUN.lastIndex = at;
  const m = RIGHT_NOUN.exec(text);
  const s = m?.[1] ?? "";
  // 7个村: after 个 one character is a noun; elsewhere it is usually a particle (2公里外)
  return s.length >= 2 || (s.length === 1 && unit?.word === "个") ? s : undefined;
}

function chooseMetric(opts: { left?: string; right?: string; unit: UnitEntry }): string | undefined {
  const { left, right, unit } = opts;
  // 1220户困难家庭, 15吨新鲜蔬菜: the noun after a classifier or a measure names what is counted
  // 两村: the unit is itself the noun; what follows (集体土地上房屋) belongs to the next number
  if (unit.nameSuffix) return left;
  if (right && (unit.countable || unit.kind === "measure")) return right;
  // after a duration or an age the next words are a new clause (三年来累计…, 30年没有物业管理)
  if (unit.kind === "duration" || unit.kind === "age") return left;
  return left ?? right;
}

function periodOf(clause: string): ExtractedIndicator["period"] {
  for (const p of PERIODS) if (p.re.test(clause)) return p.period;
  return undefined;
}

function isTarget(sentencePrefix: string): boolean {
  // only the clause of the number and the one before it: a 确保 three clauses back governs something else
  const parts = sentencePrefix.replace(NOT_TARGET, "").split(/[，,]/);
  return TARGET_CUE.test(parts.slice(-2).join("，"));
}

function asOfIn(sentencePrefix: string, ctx: ExtractContext): string | undefined {
  const m = AS_OF.exec(sentencePrefix);
  if (!m) return undefined;
  if (m[4]) return m[4];
  const year = m[1] ? Number(m[1]) : ctx.issueYear;
  const md = `${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  return year ? `${year}-${md}` : md;
}

function inferUnit(left: string | undefined): UnitEntry | undefined {
  if (!left) return undefined;
  const hit = INFERRED_UNITS.find((u) => left.endsWith(u.suffix));
  return hit ? lookupUnit(hit.unit) : undefined;
}

// ---- the scan ----

export type RejectedNumber = Span & { text: string; rule: string };

/** Indicators of one article text, sorted by start; spans are half-open UTF-16 offsets into `text`. */
export function extractIndicators(text: string, ctx: ExtractContext = {}): ExtractedIndicator[] {
  return scanNumbers(text, ctx).indicators;
}

/** Indicators plus the numbers left out and the rule that left each out (for tests and reports). */
export function scanNumbers(
  text: string,
  ctx: ExtractContext = {},
): { indicators: ExtractedIndicator[]; rejected: RejectedNumber[] } {
  const indicators: ExtractedIndicator[] = [];
  const rejected: RejectedNumber[] = [];
  if (!text) return { indicators, rejected };
  const excluded = findNonQuantitySpans(text);
  const sentences = sentenceSpans(text);
  let ex = 0;
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m; m = SCAN.exec(text)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    const numStart = start + (g.pre?.length ?? 0);
    ex = advance(excluded, ex, numStart);
    const hit = overlapping(excluded, ex, numStart, end);
    if (hit) {
      rejected.push({ text: m[0], start, end, rule: hit.rule });
      continue;
    }
    const floor = indicators.length ? indicators[indicators.length - 1].end : 0;
    const res = toIndicator({ text, ctx, g, start, end, numStart, sentences, floor });
    if (typeof res === "string") rejected.push({ text: m[0], start, end, rule: res });
    else indicators.push(res);
  }
  for (const link of linkProgress({ text, indicators })) {
    const from = indicators[link.fromIndex];
    const to = indicators[link.toIndex];
    if (from.role !== "target") from.role = "baseline";
    if (link.progress.metric) {
      from.metric = link.progress.metric;
      to.metric = link.progress.metric;
    }
  }
  return { indicators, rejected };
}

function advance(excluded: NonQuantitySpan[], i: number, pos: number): number {
  while (i < excluded.length && excluded[i].end <= pos) i++;
  return i;
}

function overlapping(excluded: NonQuantitySpan[], i: number, start: number, end: number) {
  for (let k = i; k < excluded.length && excluded[k].start < end; k++) {
    if (excluded[k].end > start) return excluded[k];
  }
  return undefined;
}

type MatchContext = {
  text: string;
  ctx: ExtractContext;
  g: Record<string, string | undefined>;
  floor: number; // end of the previous indicator: the left context stops there
  start: number;
  end: number;
  numStart: number;
  sentences: Span[];
};

// The indicator, or the name of the rule that rejects the number.
function toIndicator(c: MatchContext): ExtractedIndicator | string {
  const { text, g, start, numStart } = c;
  const raw = g.num ?? "";
  const parsed = parseNumeral(raw);
  if (!parsed || !Number.isFinite(parsed.value) || !Number.isFinite(parsed.valueMax ?? 0)) return "not-a-number";
  const isRange = parsed.valueMax !== undefined;
  const approxWords = [g.pre, g.mid, g.mid2, g.post];
  const approximate = isRange || approxWords.some(Boolean);

  let end = c.end;
  let unit: UnitEntry | undefined = raw.startsWith("百分之")
    ? lookupUnit("%")
    : g.geUnit
      ? lookupGeUnit(g.geUnit)
      : g.unit
        ? lookupUnit(g.unit)
        : undefined;
  if (raw.startsWith("百分之") && g.unit) {
    // 百分之五十 carries its own unit; a classifier after it belongs to the next word
    end = numStart + raw.length + (g.mid?.length ?? 0);
  }

  const sentenceIdx = sentenceAt(c.sentences, start);
  const sentence = c.sentences[sentenceIdx] ?? { start: 0, end: text.length };
  const run = leftRun(text, start, Math.max(sentence.start, c.floor));
  const left = leftMetric(run);
  if (!unit) {
    // a bare number is an indicator only when the words before it name the unit: 参与人次超97.8万
    unit = inferUnit(left);
    if (!unit) return "no-unit";
  }

  const rejected = nonQuantityNumeral({
    raw,
    chinese: isChineseNumeral(raw),
    approximate,
    unit,
    before: start > 0 ? text[start - 1] : "",
  });
  if (rejected) return rejected;

  // bounded look-back keeps the scan linear on texts without sentence stops
  const prefixStart = Math.max(sentence.start, start - MAX_LOOKBACK);
  const sentencePrefix = text.slice(prefixStart, start);
  const clause = sentencePrefix.slice(lastClauseStop(sentencePrefix) + 1);
  const right = rightMetric(text, end, unit);
  const role: IndicatorRole = isTarget(sentencePrefix) ? "target" : "actual";
  const { approx, approxWord } = combineApprox({ words: approxWords, isRange });

  const indicator: ExtractedIndicator = {
    text: text.slice(start, end),
    start,
    end,
    value: parsed.value,
    unit: unit.unit,
    approx,
    role,
    sentence: { start: sentence.start, end: sentence.end },
  };
  if (parsed.valueMax !== undefined) indicator.valueMax = parsed.valueMax;
  if (approxWord) indicator.approxWord = approxWord;
  const metric = chooseMetric({ left, right, unit });
  if (metric) indicator.metric = metric;
  const period = periodOf(clause);
  if (period) indicator.period = period;
  const asOf = asOfIn(sentencePrefix, c.ctx);
  if (asOf) indicator.asOf = asOf;
  return indicator;
}
