// Numeric indicators of an article: one global scan for "approximator? numeral approximator? unit? approximator?",
// then non-quantity rules, then the words around each number (metric, role, period, asOf, sentence).
// Pipeline: findNonQuantitySpans (one pass) → scan (one pass) → per-match local context (bounded look-around;
// the metric comes from label-numbers.ts) → linkProgress (one pass) for baseline/actual roles.

import {
  combineApprox,
  INFIX_APPROX_SOURCE,
  lookupApproximator,
  PREFIX_APPROX_FIRST,
  PREFIX_APPROX_SOURCE,
  SUFFIX_APPROX_SOURCE,
} from "./approximators";
import { linkProgress } from "./extract-progress";
import { NUMBER_PLAN_DOCUMENT_SOURCE, NUMBER_TARGET_CUES } from "./goal-cues";
import { alignLabel, labelNumber, leftMetric, respectiveLabel, rightMetric } from "./label-numbers";
import { findNonQuantitySpans, isNumberInName, nonQuantityNumeral, type NonQuantitySpan } from "./non-quantities";
import { isChineseNumeral, NUMERAL_FIRST, NUMERAL_SOURCE, parseNumeral, round } from "./numerals"; // round: 15 significant digits (300 × 10000)
import { classTable } from "@/lib/text/char-sets";
import { longestAlternation } from "@/lib/text/word-alternation";
import { lastStopBefore, spanIndexAt, type TextUnits } from "@/lib/text/sentences";
import { reject, unitsFor } from "./context";
import { isDirective } from "./directive";
import { FUNDS_AFTER_AMOUNT, FUNDS_VERB, reportsFundsObtained } from "./funds-obtained";
import type { ExtractContext, ExtractedIndicator, IndicatorRole, Span } from "./types";
import { GE_UNIT_SOURCE, INFERRED_UNITS, lookupGeUnit, lookupUnit, peopleNounUnit, UNIT_SOURCE, type UnitEntry } from "./units";

// The parts of a number as written. Numbered groups, read into a plain object (scanGroups): with named groups every
// match built a groups object (~1 KB, a third of the match's time), and the scan matches every number of the text.
const SCAN_PARTS = {
  pre: PREFIX_APPROX_SOURCE,
  num: NUMERAL_SOURCE,
  mid: INFIX_APPROX_SOURCE,
  mult: "[万亿]+",
  ge: "个",
  mid2: INFIX_APPROX_SOURCE,
  geUnit: GE_UNIT_SOURCE,
  unit: UNIT_SOURCE,
  post: SUFFIX_APPROX_SOURCE,
} as const;
type ScanPart = keyof typeof SCAN_PARTS;
type ScanGroups = Record<ScanPart, string | undefined>;
const part = (name: ScanPart) => `(${SCAN_PARTS[name]})`;
const SCAN = new RegExp(
  // 300多万元, 1000余万元: 万/亿 after the approximator still scale the number
  `${part("pre")}?${part("num")}(?:${part("mid")}${part("mult")}?)?` +
    `(?:${part("ge")}${part("mid2")}?${part("geUnit")}|${part("unit")})?` +
    `${part("post")}?`,
  "y",
);
const NEXT = new RegExp(SCAN.source, "y");
// Each part's group number: the parts open in this order, each after the groups of the parts before it.
const PART_GROUP = {} as Record<ScanPart, number>;
{
  let group = 1;
  for (const name of ["pre", "num", "mid", "mult", "ge", "mid2", "geUnit", "unit", "post"] as const) {
    PART_GROUP[name] = group;
    group += new RegExp(`${part(name)}|`).exec("")!.length - 1;
  }
}
function scanGroups(m: RegExpExecArray): ScanGroups {
  return {
    pre: m[PART_GROUP.pre],
    num: m[PART_GROUP.num],
    mid: m[PART_GROUP.mid],
    mult: m[PART_GROUP.mult],
    ge: m[PART_GROUP.ge],
    mid2: m[PART_GROUP.mid2],
    geUnit: m[PART_GROUP.geUnit],
    unit: m[PART_GROUP.unit],
    post: m[PART_GROUP.post],
  };
}
// Where a match can start: a prefix approximator or a numeral. The scan tries SCAN (sticky) only there; a global
// regex entered the matcher at every position of the text (its optional prefix gives it no first character).
const SCAN_FIRST = classTable(NUMERAL_FIRST, PREFIX_APPROX_FIRST);

function nextNumber(text: string, from: number): RegExpExecArray | null {
  for (let i = from; i < text.length; i++) {
    if (SCAN_FIRST[text.charCodeAt(i)] !== 1) continue;
    SCAN.lastIndex = i;
    const m = SCAN.exec(text);
    if (m) return m;
  }
  return null;
}

// ---- lexicons for the words around a number (data tables) ----

// A number after a target cue (goal-cues.ts NUMBER_TARGET_CUES), in its clause or the clause before, is a target
// (确保…, 力争…, 目标…); requirements and expectations are targets too (issue #10 §4).
// 还需完成80户, 尚需搬迁36户: the work still to do is a target (只需/仅需 say how little something took).
// 到2020年，…收入年增长15%以上: a year to reach sets a target (到2020年底，全县已… reports one: the done test below).
const TARGET_CUE = new RegExp(
  `(?:${NUMBER_TARGET_CUES.join("|")})|要(?:在|于)?[^，,。；]{0,12}?(?:完成|达到|突破|实现)|(?:还|尚|仍)需要?|到[0-9]{4}年` +
    // 到今年年底，全镇80%以上的村…: a year's end to reach, named without its digits
    `|到(?:今年|明年|本年度?)?年[底末]`,
);
const TARGET_CUE_ALL = new RegExp(TARGET_CUE.source, "g");
// 行动计划/年度计划 are documents, not plans to do something (goal-cues.ts PLAN_DOCUMENT_WORDS)
// 为确保X，Y: Y is what was done to that end, not a target
// 完成年计划的85.3%, 占年度投资计划的97.2%: the plan is the denominator of progress made, not a cue (a result)
// 从2015年到2020年, 截至到2020年底: a period or a date reached, not a year to reach
const NOT_TARGET = new RegExp(
  `${NUMBER_PLAN_DOCUMENT_SOURCE}|计划(?:体系|目标体系)|为了?确保|(?:完成|占)[^，,。；;]{0,8}?(?:计划|任务|目标)[\u4e00-\u9fff]{0,4}?的` +
    `|[从自][0-9]{4}年[^，,。；;]{0,4}?到[0-9]{4}年|截[至止]到(?:[0-9]{4}年|今年|去年)?|超计划`,
  "g",
);
// 今年已向上争取资金50万元, 争取到位资金: 争取 of money obtained is no target cue (funds-obtained.ts; in a directive it is)
const FUNDS_VERB_G = new RegExp(`(?:向上)?${FUNDS_VERB}`, "g");
function withoutFundsObtained(units: TextUnits, prefixStart: number, prefix: string): string {
  if (!prefix.includes(FUNDS_VERB)) return prefix;
  return prefix.replace(FUNDS_VERB_G, (w: string, at: number) =>
    reportsFundsObtained(units, prefixStart + at + w.length - FUNDS_VERB.length) ? "" : w,
  );
}

export const PERIOD_CUES: readonly { pattern: string; period: NonNullable<ExtractedIndicator["period"]> }[] = [
  // 日供/日服务 (daily supply) but not 15日 (a date)
  { pattern: "每天|每日|日均|天均|一天|(?<![0-9０-９一二三四五六七八九十])日(?=供|产|服务|销|接待|处理)", period: "day" },
  { pattern: "每周|周均|一周", period: "week" },
  { pattern: "每月|月均|一个月|每个月|^月(?=[供产销])", period: "month" },
  { pattern: "每年|年均|一年|^年(?=[供产销])", period: "year" },
];
const PERIODS = PERIOD_CUES.map((c) => ({ re: new RegExp(c.pattern), period: c.period }));

// After the value: 3000元/年, 200元/人, 10元每人, 2次每周 (issue #10 §4). Per person and per household are periods of
// a rate as well: the value is not a total.
export const PERIOD_AFTER: readonly { words: readonly string[]; period: NonNullable<ExtractedIndicator["period"]> }[] = [
  { words: ["/天", "／天", "/日", "／日", "每天", "每日"], period: "day" },
  { words: ["/周", "／周", "每周"], period: "week" },
  { words: ["/月", "／月", "每月"], period: "month" },
  { words: ["/年", "／年", "每年"], period: "year" },
  { words: ["/人", "／人", "每人", "人均"], period: "person" },
  { words: ["/户", "／户", "每户", "户均"], period: "household" },
];
const PERIOD_AFTER_RE = new RegExp(
  `^(?:${longestAlternation(PERIOD_AFTER.flatMap((p) => p.words))})`,
);
const PERIOD_OF_WORD = new Map(PERIOD_AFTER.flatMap((p) => p.words.map((w) => [w, p.period] as const)));
// Before the value, in its clause: 每人补助500元, 每户2000元.
const PER_HEAD_BEFORE = /(?:每人|人均)(?!次)|(?:每户|户均)(?!次)/;

// 5000万元以上项目, 70岁以上老人: a bound that qualifies the noun after it is a threshold of a category, not a
// quantity (亿元以上项目18个: 18个 is the indicator; 年收入50万元以上的村), nor is an age bracket (6~14岁儿童, 5岁以下).
// A bound before punctuation stays (完成率90%以上。), and so does a share (80%以上村集体经济收入).
const THRESHOLD_POST = new Set(["以上", "以下", "及以上", "之下", "以内"]);
// …a number a verb gives as a value is not a threshold: 年收入达20万元以上的目标
const VALUE_VERB_BEFORE = /(?:达到?|为|是|超过|保持在)$/;
const THRESHOLD_FREE_NEXT = /^[地，,。；;、：:！？!?）)”\s]|^$/;

const AS_OF = /截[至止](?:到|至)?(?:(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})日|(目前|当前|现在|今天|发稿时))/;

const CJK = /[\u4e00-\u9fff]/;
const DUO_STARTS_WORD = /[次个种家项方样元条件位名人户年月天措渠举彩功]/
const MAX_LOOKBACK = 120;
// 百分之五十, 百分百: a numeral that carries the % itself
const PERCENT_WORD = /^百分[之百]/;
// ---- the words around a number ----

// The CJK run just before `at` (≤ 24 chars): the clause the left metric comes from. A run that starts right after
// the digits of a date starts with the date's own 年/月/日 (预计2027年产值…, 1-10月份新开工…): that word dates the
// number, it is not part of what is measured (年产值 written as a word stays).
const DATE_WORD_START = /^(?:年度|年|月份|月|日|号)/;
function leftRun(text: string, at: number, floor: number): string {
  let i = at;
  while (i > floor && at - i < 24 && CJK.test(text[i - 1])) i--;
  const run = text.slice(i, at);
  if (i > 0 && /[0-9０-９]/.test(text[i - 1])) return run.replace(DATE_WORD_START, "");
  return run;
}

function periodOf(clause: string, after: string): ExtractedIndicator["period"] {
  const next = PERIOD_AFTER_RE.exec(after);
  if (next) return PERIOD_OF_WORD.get(next[0]);
  for (const p of PERIODS) if (p.re.test(clause)) return p.period;
  const perHead = PER_HEAD_BEFORE.exec(clause);
  if (perHead) return perHead[0].includes("人") ? "person" : "household";
  return undefined;
}

// A target cue followed by a completed aspect reports a result (实现了, 一季度已完成投资, 确保了…): the number is actual.
// (原计划3年完成，实际仅用1年: 实际 gives what happened against the plan)
const DONE_AFTER_CUE = /^[^，,。；;]{0,2}(?:了|已经?)|(?:已经?|了)[^，,。；;]{0,10}$|实际/;
// …and so does a cue right after a completed verb (完成了目标任务：新建公厕12座 reports the task done).
const DONE_BEFORE_CUE = /(?:了|已经?)[\u4e00-\u9fff]{0,3}$/;
// The number a task or plan amounts to is a target: 全年任务为282个村, 占总任务879户, 目标任务数为50户.
const TASK_AMOUNT_BEFORE = /(?:任务|任务数|任务量|目标|计划数)(?:为|是|达|共|有)?$/;

// 占下达春播生产任务101.8%, 完成年度目标的85%: a share of a task is progress made, not the task (占总任务879户, an
// amount, is the task itself).
const SHARE_OF_TASK_BEFORE = /(?:完成|占)[^，,。；;]{0,12}?(?:计划|任务|目标)(?:[\u4e00-\u9fff]{0,4}的)?$/;

const REPORT_CLAUSE = /累计|已|截[至止]|目前/;
function isTarget(sentencePrefix: string): boolean {
  if (TASK_AMOUNT_BEFORE.test(sentencePrefix)) return true;
  // only the clause of the number and the one before it: a 确保 three clauses back governs something else
  const parts = sentencePrefix.replace(NOT_TARGET, "").split(/[，,]/);
  const scope = parts.slice(-2).join("，");
  const cue = lastMatch(TARGET_CUE_ALL, scope);
  if (!cue) return false;
  // 年度计划完成投资56.21亿元，1-6月份累计完成投资35.9亿元: a clause that reports (累计/已/截至/目前) is not under the
  // cue of the clause before it
  const own = parts[parts.length - 1];
  if (cue.index < scope.length - own.length && REPORT_CLAUSE.test(own)) return false;
  return !DONE_AFTER_CUE.test(scope.slice(cue.index + cue[0].length)) && !DONE_BEFORE_CUE.test(scope.slice(0, cue.index));
}

// A target cue governs the whole list it opens (争取到年底实现“六个突破”即生产总产值突破30亿元增长25%, 工业总产值突破25亿元
// 增长25%, …): a number stays a target after a target number of its sentence when nothing between them reports a result
// and it sits in the same clause (30亿元增长25%) or opens a clause of the same shape (突破… after 突破…).
// (…879户的99.20%: a share of the target amount is progress made)
const LIST_BREAK = /[。；;！？!?]|了|已|的|目前|截至|去年|上年|其中|同比/;
function continuesTargetList(
  text: string,
  earlier: readonly ExtractedIndicator[],
  start: number,
  approxWord: string | undefined,
): boolean {
  const prev = earlier[earlier.length - 1];
  if (!prev || prev.sentence.end < start) return false;
  if (prev.role === "target" && start - prev.end <= MAX_LIST_GAP && !/[，,、]/.test(text.slice(prev.end, start))) {
    return !LIST_BREAK.test(text.slice(prev.end, start));
  }
  if (approxWord === undefined) return false;
  // the last number of the sentence written the same way (突破…): its clause is the one this clause repeats
  for (let k = earlier.length - 1; k >= 0 && earlier.length - k <= MAX_LIST_BACK; k--) {
    const item = earlier[k];
    if (item.sentence.start !== prev.sentence.start) return false;
    if (item.approxWord !== approxWord) continue;
    return item.role === "target" && start - item.end <= MAX_LIST_GAP * 2 && !LIST_BREAK.test(text.slice(item.end, start));
  }
  return false;
}
const MAX_LIST_GAP = 24;

// 计划今年改造老旧小区，实施12个改造项目，先期启动5个: the clauses after a plan of action say what it plans, to the end
// of the sentence, until one reports what is done or compares with the past (…，目前已完成32户). A project's planned
// total (计划总投资2464万元，…申请帮扶资金150万元) is a figure of its own clause, not a plan of action (计划投资1.2亿元，
// 实施20个项目 is one).
const PLAN_CUE = /计划(?!总|资金|面积|用地|占地|数)/g;
const PLAN_BREAK = /已|了|目前|截至|去年|上年|同比|实际|累计/;
// 今年全镇实施项目30个，其中新建12个，总投资5亿元: the year's programme (a year word, the actor, then 实施/安排/推进/谋划)
// is a plan frame too: its counts and totals are what the year is to do, until a clause reports (已/了/目前/累计…).
// (今年以来, 今年上半年 and 全年完成 report the year so far; 2019年度 names a year that may be over; a clause that
// completes something reports a result of the year, 计划完成 being a cue of its own.)
const YEAR_PLAN_CUE = /(?:今年|全年|本年度|(?<![0-9０-９])年度|明年)(?:全[镇乡县市区]|[我该本][镇乡县市区])?(?:共|将|拟|重点|要)?(?:实施|安排|推进|谋划)(?![了过])/g;
function underPlan(sentencePrefix: string): boolean {
  const plan = sentencePrefix.includes("计划");
  if (!plan && !sentencePrefix.includes("年")) return false; // most numbers: skip the document-word pass
  const s = sentencePrefix.replace(NOT_TARGET, "");
  const planCue = plan ? lastMatch(PLAN_CUE, s) : undefined;
  const yearCue = lastMatch(YEAR_PLAN_CUE, s);
  const cue = planCue && (!yearCue || planCue.index > yearCue.index) ? planCue : yearCue;
  if (cue === undefined || PLAN_BREAK.test(s.slice(cue.index)) || DONE_BEFORE_CUE.test(s.slice(0, cue.index))) return false;
  return cue === planCue || !s.slice(cue.index).includes("完成");
}

// 大干90天, 奋战100天: the span of a drive, named by its effort verb, is planned (奋战了45天 is a span worked).
const PLANNED_SPAN_BEFORE = /(?<!经过)(?:大干|苦干|奋战|攻坚|冲刺|决战|会战|鏖战)$/;
// 用3年时间完成…, 用6年时间将…建设成为…: a span given to reach a result is planned (用了/仅用/只用 say what it took).
const SPAN_TO_REACH_BEFORE = /(?<![仅只就])用$/;
// 利用3个月的时间，对全镇河道开展集中清理: a span set aside for work not yet reported done is planned too
const SPAN_SET_ASIDE_AFTER = /^(?:左右)?的?时间/;
const SPAN_SET_ASIDE_DONE = /了|已/;
const SPAN_TO_REACH_AFTER = /^(?:左右)?的?(?:时间)?[，,]?[^，,。；;了]{0,4}?(?:完成|建成|实现|将|把|打造|建设)(?![^，,。；;—]{0,16}了)/;
// 今年年底48个村全部完成生活污水治理: a deadline before the number and a completion after it make a commitment
// (COMPLETION_VERBS of goal-cues.ts); 已/了 in the clause report it done.
const DEADLINE_BEFORE = /(?:年底|年内|年末|底前|月底)/;
const DEADLINE_PAST = /已|了|去年|上年|前年|截至|截止/; // 去年年底, 截至年底: a date passed
const COMPLETION_AFTER = /^[^，,。；;了已]{0,6}?(?:完成|建成|竣工|交付使用|投用|通车)(?![^，,。；;—]{0,16}了)/;

const PAST_REFERENCE_END = /(?:之前|以前|前)$/;
// The past state runs to the end of the clause after the time reference; a present-time word or a change ends it
// (十多年前，全村人均收入不足800元，如今达到2.6万元: 2.6万元 is the present).
const PRESENT_AGAIN = /如今|现在|目前|今年|当前|已|达到|增加|增长|提高|上升|下降|减少/;
function inPastState(text: string, pastRefEnd: number, sentenceStart: number, start: number): boolean {
  if (pastRefEnd < sentenceStart || pastRefEnd > start) return false;
  const between = text.slice(pastRefEnd, start);
  return (between.match(/[，,]/g) ?? []).length <= 1 && !PRESENT_AGAIN.test(between) && !/[；;]/.test(between);
}

// 预计全年完成产值12亿元，增长9%；税收1.5亿元，增长6%: a forecast governs every figure up to the full stop, across the
// ；-separated items, unless a clause after it reports what is already done. So does the header of a target list
// (主要预期目标是：A增长6%；B 2000万元以上；…, 目标为：…), unless its own clause reports a result (完成了目标任务：…).
const FORECAST = /预计|目标(?:任务)?(?:是|为|[：:])/g;
const FORECAST_DONE = /已|了|目前|截至/;
const HEAD_CLAUSE_DONE = /已|了|超额/;
const lastClause = (s: string) => s.slice(Math.max(s.lastIndexOf("，"), s.lastIndexOf(","), s.lastIndexOf("；"), s.lastIndexOf(";")) + 1);
function underForecast(text: string, start: number): boolean {
  const from = Math.max(0, start - MAX_LOOKBACK);
  const window = text.slice(from, start);
  const stop = Math.max(window.lastIndexOf("。"), window.lastIndexOf("！"), window.lastIndexOf("？"), window.lastIndexOf("\n"));
  const span = window.slice(stop + 1);
  const cue = lastMatch(FORECAST, span);
  if (cue === undefined || FORECAST_DONE.test(span.slice(cue.index + cue[0].length))) return false;
  return cue[0] === "预计" || !HEAD_CLAUSE_DONE.test(lastClause(span.slice(0, cue.index)));
}
const MAX_LIST_BACK = 4;

function lastMatch(re: RegExp, text: string): RegExpExecArray | undefined {
  re.lastIndex = 0;
  let last: RegExpExecArray | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    last = m;
    if (m[0].length === 0) re.lastIndex++;
  }
  return last;
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

// The unit of an amount written with 万/亿 and no unit word (还有100万的缺口).
const BARE_AMOUNT: UnitEntry = { word: "", unit: "", countable: false, kind: "measure" };

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
  const units = unitsFor(text, ctx);
  const respectively = text.includes("分别");
  let ex = 0;
  let timeRefEnd = 0; // the left context of a number starts after a time reference (近三年来累计投入3亿元 → 累计投入)
  let pastRefEnd = -1; // end of the last "N年前" (十多年前，全村人均收入不足800元: the figures after it are a past state)
  for (let m = nextNumber(text, 0); m; m = nextNumber(text, m.index + m[0].length)) {
    const g = scanGroups(m);
    const start = m.index;
    const end = start + m[0].length;
    const numStart = start + (g.pre?.length ?? 0);
    ex = advance(excluded, ex, numStart);
    const hit = overlapping(excluded, ex, numStart, end);
    if (hit) {
      rejected.push({ text: m[0], start, end, rule: hit.rule });
      if (hit.rule === "time-reference") {
        timeRefEnd = hit.end;
        if (PAST_REFERENCE_END.test(text.slice(hit.start, hit.end))) pastRefEnd = hit.end;
      }
      continue;
    }
    const prev = indicators.length ? indicators[indicators.length - 1] : undefined;
    const res = toIndicator({ text, ctx, g, start, end, numStart, units, prev, timeRefEnd, pastRefEnd, earlier: indicators, respectively });
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
  if (ctx.trace) for (const r of rejected) reject(ctx, { kind: "indicator", text: r.text, offset: r.start, rule: r.rule });
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
  g: ScanGroups;
  prev?: ExtractedIndicator; // the indicator before: the left context stops at its end
  earlier: readonly ExtractedIndicator[]; // all indicators before, in order (a target list's earlier items)
  timeRefEnd: number; // end of the last time reference before the number
  pastRefEnd: number; // end of the last past time reference (N年前) before the number, -1 if none
  start: number;
  end: number;
  numStart: number;
  units: TextUnits; // the article's sentences and clause stops
  respectively: boolean; // the text has 分别 somewhere (a list of numbers may take its labels from the names before it)
};

// Where the left context of a number starts: after the previous indicator and the 来/以来 that closes a
// duration (近三年来累计投入3亿元 → 累计投入).
function floorAfter(text: string, prev: ExtractedIndicator | undefined): number {
  if (!prev) return 0;
  const unit = lookupUnit(prev.unit) ?? lookupGeUnit(prev.unit);
  if (unit?.kind !== "duration") return prev.end;
  const closing = /^(?:以来|来)/.exec(text.slice(prev.end, prev.end + 2));
  return prev.end + (closing?.[0].length ?? 0);
}

// 供应1000余单、200余吨蔬菜: the noun of the next number of the list, which the first one shares.
function nextListNoun(text: string, at: number): string | undefined {
  NEXT.lastIndex = at;
  const m = NEXT.exec(text);
  const word = m ? m[PART_GROUP.unit] : undefined;
  const unit = word ? lookupUnit(word) : undefined;
  if (!m || !unit || unit.nameSuffix) return undefined;
  return rightMetric(text, at + m[0].length, unit);
}

// 8和5个百分点, 3、4个村: a bare number joined to the next one takes that number's unit word (not its 万/亿, not a time
// or age unit: 2019和2020年 are years).
const SHARED_UNIT_JOINERS = "和、及与或";
function sharedUnit(text: string, end: number): UnitEntry | undefined {
  if (!SHARED_UNIT_JOINERS.includes(text[end] ?? "")) return undefined;
  NEXT.lastIndex = end + 1;
  const m = NEXT.exec(text);
  const g = m ? scanGroups(m) : undefined;
  if (!g || g.pre || g.mult || !g.unit) return undefined;
  const unit = lookupUnit(g.unit);
  return unit && unit.kind !== "duration" && unit.kind !== "age" && !unit.factor ? unit : undefined;
}

// 产值和税收分别增长12%和8%: the list of numbers this one belongs to (numbers joined by one 、/和/及/与), and its label
// after 分别 (label-numbers.ts respectiveLabel). `distributed` when the label is this number's own name of the list.
const CHAIN_JOINERS = "、和及与";
// one joiner character between the end of a number and the start of the next
const joined = (text: string, prevEnd: number, nextStart: number) =>
  nextStart - prevEnd === 1 && CHAIN_JOINERS.includes(text[prevEnd]);
const MAX_CHAIN = 8;
function respectiveOf(
  text: string,
  earlier: readonly ExtractedIndicator[],
  start: number,
  end: number,
  sentenceStart: number,
  unit: UnitEntry,
): { label: string; distributed: boolean } | undefined {
  let first = start;
  let index = 0;
  for (let i = earlier.length - 1; i >= 0 && index < MAX_CHAIN && joined(text, earlier[i].end, first); i--) {
    first = earlier[i].start;
    index++;
  }
  const before = text.slice(Math.max(sentenceStart, first - 48), first);
  if (!before.includes("分别")) return undefined;
  let count = index + 1;
  for (let pos = end; count < MAX_CHAIN && pos < text.length && CHAIN_JOINERS.includes(text[pos]); count++) {
    NEXT.lastIndex = pos + 1;
    const m = NEXT.exec(text);
    if (!m) break;
    pos = pos + 1 + m[0].length;
  }
  const countable = unit.countable;
  const label = respectiveLabel({ before, index, count, countable });
  if (!label) return undefined;
  const shared = respectiveLabel({ before, index: 0, count: 0, countable });
  return { label, distributed: label !== shared };
}

// True when the number counts the 、-list of names right before it (石门、龙山、溪口3村: three names, 3): as many items as
// the value, each of one to six characters, none ending in the unit word (滨一村、滨二村、滨三村 lists names).
const MAX_LIST_ITEM = 6;
function countedList(text: string, start: number, floor: number, value: number, unitWord: string): boolean {
  if (!Number.isInteger(value) || value < 2 || value > 12) return false;
  // the last 、 of the list lies within one name of the number
  if (!text.slice(Math.max(floor, start - MAX_LIST_ITEM - 1), start).includes("、")) return false;
  let items = 1;
  let len = 0;
  for (let i = start; i > floor; i--) {
    const ch = text[i - 1];
    if (ch === "、") {
      if (len === 0 || len > MAX_LIST_ITEM) return false;
      items++;
      len = 0;
      continue;
    }
    if (!CJK.test(ch)) break;
    if (ch === unitWord && len === 0 && items > 1) return false;
    if (++len > MAX_LIST_ITEM) break; // the first name may be glued to the words before it (全镇石门)
  }
  return items === value;
}

// The indicator, or the name of the rule that rejects the number.
function toIndicator(c: MatchContext): ExtractedIndicator | string {
  const { text, g, numStart } = c;
  let start = c.start;
  const raw = g.num ?? "";
  const parsed = parseNumeral(raw);
  if (!parsed || !Number.isFinite(parsed.value) || !Number.isFinite(parsed.valueMax ?? 0)) return "not-a-number";
  const isRange = parsed.valueMax !== undefined;
  const scale = [...(g.mult ?? "")].reduce((f, ch) => f * (ch === "亿" ? 1e8 : 1e4), 1);
  const factor = (g.unit ? lookupUnit(g.unit)?.factor : undefined) ?? 1; // 7毛钱 → 0.7 元
  const value = round(parsed.value * scale * factor);
  const valueMax = parsed.valueMax === undefined ? undefined : round(parsed.valueMax * scale * factor);
  // 近三年来 is "the last three years", not "nearly": the prefix stays out of the number
  const lookBack = g.pre && !g.mid && !g.post && g.unit && lookupApproximator(g.pre)?.notWithUnits?.includes(g.unit);
  if (lookBack) start = numStart;
  const approxWords = lookBack ? [] : [g.pre, g.mid, g.mid2, g.post];

  let end = c.end;
  let unit: UnitEntry | undefined = PERCENT_WORD.test(raw)
    ? lookupUnit("%")
    : g.geUnit
      ? lookupGeUnit(g.geUnit)
      : g.unit
        ? lookupUnit(g.unit)
        : undefined;
  if (PERCENT_WORD.test(raw) && g.unit) {
    // 百分之五十 carries its own unit; a classifier after it belongs to the next word
    end = numStart + raw.length + (g.mid?.length ?? 0) + (g.mult?.length ?? 0);
  }

  const sentence = c.units.sentences[spanIndexAt(c.units.sentences, start)] ?? { start: 0, end: text.length };
  const run = leftRun(text, start, Math.max(sentence.start, floorAfter(text, c.prev), c.timeRefEnd <= start ? c.timeRefEnd : 0));
  const left = leftMetric(run);
  let peopleNoun: string | undefined; // the noun that is the unit as well as what is counted (群众 in 4000多群众)
  if (!unit) {
    // a bare number is an indicator only when the words before it name the unit: 参与人次超97.8万
    unit = inferUnit(left);
    // 4000多群众, 3.39万老百姓: a people noun right after a count written with 多/余/万 is its unit (a plain number
    // before 市民 is a hotline's: 12345市民热线)
    if (!unit && (g.mid || g.post || g.mult || /[万亿]$/.test(raw))) {
      unit = peopleNounUnit(text.slice(end, end + 5));
      peopleNoun = unit?.word;
    }
    // 还有100万的缺口, 这100万我们出: an Arabic amount with 万/亿 and no unit word is still an amount (empty unit)
    if (!unit && /^[0-9０-９.．]+[^0-9０-９.．万亿]{0,2}[万亿]+$/.test(raw + (g.mid ?? "") + (g.mult ?? ""))) unit = BARE_AMOUNT;
    // 分别增加8和5个百分点: the first number of a pair shares the unit written after the second
    if (!unit && !g.mult) unit = sharedUnit(text, end);
    if (!unit) return "no-unit";
  }
  // 3年多, 两天多: after a time unit 多 is the approximator (多次, 多个 … start the next word)
  if (unit.kind === "duration" && !approxWords.some(Boolean) && text[end] === "多" && !DUO_STARTS_WORD.test(text[end + 1] ?? "")) {
    end += 1;
    approxWords.push("多");
  }
  const approximate = isRange || approxWords.some(Boolean);

  const rejected = nonQuantityNumeral({
    raw,
    chinese: isChineseNumeral(raw),
    approximate,
    unit,
    before: start > 0 ? text[start - 1] : "",
    after: text.slice(end, end + 2),
    lead: text.slice(Math.max(sentence.start, start - 8), start),
  });
  // 东坑、西坑两村: a Chinese numeral + 村 after a list of as many bare names counts them (滨一村、滨二村、滨三村 are names)
  const members = countedList(text, start, sentence.start, value, unit.word);
  if (rejected && !(rejected === "place-name" && members)) return rejected;
  if (unit.kind === "age" && (isRange || (g.post && THRESHOLD_POST.has(g.post)))) return "age-bracket";
  // a share stays a value before its noun: 力争全市80%以上村集体经济收入…
  if (
    g.post &&
    THRESHOLD_POST.has(g.post) &&
    unit.kind !== "ratio" &&
    !THRESHOLD_FREE_NEXT.test(text.slice(end, end + 1)) &&
    !VALUE_VERB_BEFORE.test(text.slice(Math.max(0, start - 3), start))
  ) {
    return "threshold";
  }
  if (isNumberInName({ unit, before: start > 0 ? text[start - 1] : "", after: text.slice(end, end + 4), chinese: isChineseNumeral(raw) })) {
    return "number-in-name";
  }

  // bounded look-back keeps the scan linear on texts without sentence stops
  const prefixStart = Math.max(sentence.start, start - MAX_LOOKBACK);
  const sentencePrefix = text.slice(prefixStart, start);
  const clause = text.slice(Math.max(prefixStart, lastStopBefore(c.units, start, "phrase") + 1), start);
  // a requirement's bound written as the prefix (不得低于60%, 不少于25户) makes the number a target too
  const { approx, approxWord } = combineApprox({ words: approxWords, isRange });
  const target =
    !(unit.kind === "ratio" && SHARE_OF_TASK_BEFORE.test(sentencePrefix)) &&
    // 争取272万元资金投入: the amount obtained (its funds noun after it), outside a directive not a target
    !(sentencePrefix.endsWith(FUNDS_VERB) && FUNDS_AFTER_AMOUNT.test(text.slice(end, end + 8)) && !isDirective(c.units, start - FUNDS_VERB.length)) &&
    (isTarget(withoutFundsObtained(c.units, prefixStart, sentencePrefix) + (lookBack ? "" : (g.pre ?? ""))) ||
      continuesTargetList(text, c.earlier, start, approxWord) ||
      underForecast(text, start) ||
      underPlan(sentencePrefix) ||
      (unit.kind === "duration" && PLANNED_SPAN_BEFORE.test(sentencePrefix)) ||
      (unit.kind === "duration" && SPAN_TO_REACH_BEFORE.test(sentencePrefix) && SPAN_TO_REACH_AFTER.test(text.slice(end, end + 40))) ||
      (unit.kind === "duration" &&
        SPAN_TO_REACH_BEFORE.test(sentencePrefix) &&
        SPAN_SET_ASIDE_AFTER.test(text.slice(end, end + 4)) &&
        !SPAN_SET_ASIDE_DONE.test(text.slice(end, Math.min(sentence.end, end + 40)))) ||
      (DEADLINE_BEFORE.test(clause) && !DEADLINE_PAST.test(clause) && COMPLETION_AFTER.test(text.slice(end, end + 40))));
  const role: IndicatorRole = target ? "target" : inPastState(text, c.pastRefEnd, sentence.start, start) ? "baseline" : "actual";

  const indicator: ExtractedIndicator = {
    text: text.slice(start, end),
    start,
    end,
    value,
    unit: unit.unit,
    approx,
    role,
    sentence: { start: sentence.start, end: sentence.end },
  };
  if (valueMax !== undefined) indicator.valueMax = valueMax;
  if (approxWord) indicator.approxWord = approxWord;
  const metric = peopleNoun ?? labelNumber({
    text,
    end,
    unit,
    // 石门、龙山、溪口3村: the last name of the list the number counts is a member, not the label
    run: members ? "" : run,
    left: members ? undefined : left,
    previousMetric: c.prev && text.slice(c.prev.end, start) === `、${run}` ? c.prev.metric : undefined,
    listNoun: text[end] === "、" ? nextListNoun(text, end + 1) : undefined,
    countedBefore: c.prev && c.prev.end === start - run.length ? c.prev.metric : undefined,
  });
  const respective = c.respectively ? respectiveOf(text, c.earlier, start, end, sentence.start, unit) : undefined;
  // 年均增长达到40.08%、13.47%、15.08%: a number joined to the one before by 、/和 alone shares its label when it has none
  const listed = !metric && c.prev && joined(text, c.prev.end, start) ? c.prev.metric : undefined;
  const labelled = respective && (respective.distributed || !metric || metric.includes("分别")) ? respective.label : metric ?? listed;
  const aligned = labelled ? alignLabel(text, labelled, start, sentence) : undefined;
  if (aligned) indicator.metric = aligned;
  const period = periodOf(clause, text.slice(end, end + 3));
  if (period) indicator.period = period;
  const asOf = asOfIn(sentencePrefix, c.ctx);
  if (asOf) indicator.asOf = asOf;
  return indicator;
}
