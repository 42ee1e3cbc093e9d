// Deadlines: one table of deadline words (each a regex source plus how it resolves), the regex the goal rules use to
// find them, and resolveDeadline(phrase, issueDate) → the ISO date a supervisor would write in a ledger.
// Pure: no clock, no I/O; the issue date is the only reference.
//
// Decisions (issue #11 §1, documented because they are judgement calls):
//  - a period resolves to its last day: 年底/年内/全年/今年 → 31 Dec of the issue's year, 下月 → last day of next month,
//    二季度 → 30 Jun, 上半年 → 30 Jun, 2025年 → 2025-12-31;
//  - a month, quarter, half or holiday without a year that already ended before the issue date means the next one
//    (6月底前 in an August issue → June of next year): papers announce deadlines ahead, and a deadline before the
//    article was written cannot be a commitment. A year written out (2021年底) is kept even when it is past;
//  - 按时/按期/如期 state that a schedule exists, not which: no date;
//  - 春节前 uses a small table of Spring Festival dates (the eve is the deadline); outside the table → no date. 年前
//    is the same eve (年 of 年前年后 is the lunar New Year), not 31 Dec (that is 年底/年内);
//  - 汛期前 names no date (each province opens its flood season on its own day): the phrase is kept, the date empty;
//  - a year word without its number (当年, 年度, 年底 after 2027年，…) is the year the text is about: the written year
//    heading the goal's clause, or for 当年/年度 the article's (planYearOfArticle); a year heading the goal's clause
//    dates a goal that names no deadline of its own (2027年，全县计划实施…) (headingYearOf);
//  - the roll-over above holds even for a date passed only weeks before the issue: no commitment is then overdue on
//    the day it is published, and a paper writes 今年 for a date behind it (今年6月底前 is kept). Dev d69's gold
//    disagrees (a notice published in March keeps its 1月20日前): left as a question for the integrator.

import { parseChineseInteger } from "@/lib/text/chinese-numerals";

export type DeadlineResolver = (m: RegExpExecArray, issue: IsoDay) => IsoDay | null;
// phraseOnly: resolves a phrase already known to be a deadline (2025年) but is too loose to find one in running text
// absolute: the phrase fixes its date without the issue's (“十四五”末); a phrase with a written year (2025年底) is too
export type DeadlineEntry = { source: string; resolve: DeadlineResolver; example: string; phraseOnly?: boolean; absolute?: boolean };
export type IsoDay = { y: number; m: number; d: number };

const MONTH = "(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])";
// A day of the month (6月30日前): digits only; a day past the month's end is clamped to it (6月31日 → 30 Jun).
const DAY = "(?<day>3[01]|[12][0-9]|0?[1-9])";
// 前 that starts another word is not "before": 6月5日前往北京, 9月1日前夕.
const BEFORE = "(?:前|之前)(?![往来进去夕后])";
const YEAR = "(?<year>20[0-9]{2})";

// The last year of each five-year plan period (十一五 = 2006–2010 …).
const PLAN_PERIOD_END: Readonly<Record<string, number>> = {
  十一五: 2010,
  十二五: 2015,
  十三五: 2020,
  十四五: 2025,
  十五五: 2030,
};

// Spring Festival (农历正月初一) dates; 春节前 means by the eve.
export const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
  2019: "2019-02-05",
  2020: "2020-01-25",
  2021: "2021-02-12",
  2022: "2022-02-01",
  2023: "2023-01-22",
  2024: "2024-02-10",
  2025: "2025-01-29",
  2026: "2026-02-17",
  2027: "2027-02-06",
  2028: "2028-01-26",
  2029: "2029-02-13",
  2030: "2030-02-03",
};

export function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const endOfMonth = (y: number, m: number): IsoDay => ({ y, m, d: lastDayOfMonth(y, m) });
const before = (a: IsoDay, b: IsoDay) => a.y !== b.y ? a.y < b.y : a.m !== b.m ? a.m < b.m : a.d < b.d;

// A period end without a year: this year's, or next year's when this year's already passed.
function upcoming(issue: IsoDay, end: (y: number) => IsoDay): IsoDay {
  const thisYear = end(issue.y);
  return before(thisYear, issue) ? end(issue.y + 1) : thisYear;
}

function monthOf(m: RegExpExecArray): number {
  const raw = m.groups?.month ?? "";
  if (/^[0-9]+$/.test(raw)) return Number(raw);
  return parseChineseInteger(raw) ?? 0;
}

const quarterOf = (m: RegExpExecArray) => parseChineseInteger(m.groups?.q ?? "") ?? 0;

function springFestivalEve(issue: IsoDay): IsoDay | null {
  for (const y of [issue.y, issue.y + 1]) {
    const date = SPRING_FESTIVAL[y];
    if (!date) continue;
    const day = parseIsoDay(date)!;
    const eve = new Date(Date.UTC(day.y, day.m - 1, day.d - 1));
    const result = { y: eve.getUTCFullYear(), m: eve.getUTCMonth() + 1, d: eve.getUTCDate() };
    if (!before(result, issue)) return result;
  }
  return null;
}

const yearEnd = (y: number): IsoDay => ({ y, m: 12, d: 31 });
const xunEnd = (y: number, month: number, m: RegExpExecArray): IsoDay => {
  const xun = m.groups?.xun;
  return { y, m: month, d: xun === "上旬" ? 10 : xun === "中旬" ? 20 : lastDayOfMonth(y, month) };
};
const none: DeadlineResolver = () => null;
const dayOf = (y: number, month: number, m: RegExpExecArray): IsoDay => ({
  y,
  m: month,
  d: Math.min(Number(m.groups?.day ?? 1), lastDayOfMonth(y, month)),
});

// Longest first: the regex built from this table tries entries in order. 今年是/今年以来 describe the year, not a deadline.
export const DEADLINE_WORDS: readonly DeadlineEntry[] = [
  // a recurring schedule (于每年3月前完成上一年度…自查报告, 每月10日前报送) sets no one date: first, so that the month
  // inside it is not read as this year's (dev d53)
  {
    source: `每(?:年(?:度)?(?:${MONTH}月(?:${DAY}日)?)?|个?月(?:(?:3[01]|[12][0-9]|0?[1-9])日)?|个?季度|周[一二三四五六日]?)(?:底|末)?(?:${BEFORE})`,
    example: "每年3月前",
    resolve: none,
  },
  // a day of a month: 2025年6月30日(前), 今年/明年9月15日前, 11月30日前 (without a year: the next such day), 本月/下月20日前.
  // Without 前 a month-day is an event's date (11月9日，县长…), not a deadline; with its year it dates what it ends.
  { source: `${YEAR}年${MONTH}月${DAY}日(?:${BEFORE})?`, example: "2025年6月30日前", resolve: (m) => dayOf(Number(m.groups!.year), monthOf(m), m) },
  { source: `(?:今年|本年)${MONTH}月${DAY}日${BEFORE}`, example: "今年9月15日前", resolve: (m, i) => dayOf(i.y, monthOf(m), m) },
  { source: `明年${MONTH}月${DAY}日${BEFORE}`, example: "明年3月1日前", resolve: (m, i) => dayOf(i.y + 1, monthOf(m), m) },
  {
    source: `(?<![0-9年])${MONTH}月${DAY}日${BEFORE}`,
    example: "11月30日前",
    resolve: (m, i) => upcoming(i, (y) => dayOf(y, monthOf(m), m)),
  },
  { source: `本月${DAY}日${BEFORE}`, example: "本月20日前", resolve: (m, i) => dayOf(i.y, i.m, m) },
  {
    source: `下(?:个)?月${DAY}日${BEFORE}`,
    example: "下月10日前",
    resolve: (m, i) => (i.m === 12 ? dayOf(i.y + 1, 1, m) : dayOf(i.y, i.m + 1, m)),
  },
  // a half or a quarter of a named year: 2025年上半年 → 30 Jun 2025, 明年一季度 → 31 Mar of next year; 今年 fixes the year
  {
    source: `(?:${YEAR}年|(?<rel>今年|本年|明年))(?<half>上半年|下半年|(?<q>[一二三四])季度(?:末|底)?)`,
    example: "2025年上半年",
    resolve: (m, i) => {
      const y = m.groups?.year ? Number(m.groups.year) : m.groups?.rel === "明年" ? i.y + 1 : i.y;
      const half = m.groups?.half ?? "";
      return half === "上半年" ? { y, m: 6, d: 30 } : half === "下半年" ? yearEnd(y) : endOfMonth(y, quarterOf(m) * 3);
    },
  },
  { source: `${YEAR}年${MONTH}月(?:底|末)?(?:前|之前)?`, example: "2022年6月底前", resolve: (m) => endOfMonth(Number(m.groups!.year), monthOf(m)) },
  // 今年 fixes the year: no roll-over even when the month is past
  { source: `(?:今年|本年)${MONTH}月(?:份)?(?:底|末)?(?:前|之前)?`, example: "今年10月底前", resolve: (m, i) => endOfMonth(i.y, monthOf(m)) },
  // 明年6月份完成: next year's month (before 明年 alone, which would take the year's end)
  { source: `明年${MONTH}月(?:份)?(?:底|末)?(?:前|之前)?`, example: "明年6月份", resolve: (m, i) => endOfMonth(i.y + 1, monthOf(m)) },
  // 2026年年底 repeats 年: the written year still decides (not the issue's 年底 found one character later)
  { source: `${YEAR}年(?:年)?(?:底|末)(?:前|之前)?`, example: "2026年年底前", resolve: (m) => yearEnd(Number(m.groups!.year)) },
  { source: `${YEAR}年前`, example: "2025年前", resolve: (m) => yearEnd(Number(m.groups!.year)) },
  // a bare 2021年 is a date, not a deadline: only 到/至/在/于 2025年 sets one
  { source: `(?<=到|至|在|于)${YEAR}年`, example: "到2025年", resolve: (m) => yearEnd(Number(m.groups!.year)) },
  { source: `^${YEAR}年$`, example: "2025年", resolve: (m) => yearEnd(Number(m.groups!.year)), phraseOnly: true },
  // a five-year plan period ends with its last year: “十四五”末 and “十四五” alone (…规划任务全面完成) → 2025-12-31
  {
    // “十四五”规划 named as a thing to compile or study is a name (编制“十四五”规划); its tasks and targets end with
    // the period (确保“十四五”规划任务全面完成)
    source: "“?(?<plan>十[一二三四五]五)(?!”?规划(?!任务|目标))”?(?:末|期末|期间|时期)?",
    example: "“十四五”末",
    resolve: (m) => yearEnd(PLAN_PERIOD_END[m.groups?.plan ?? ""] ?? 2025),
    absolute: true,
  },
  { source: `${MONTH}月(?:底|末)(?:前|之前)?`, example: "6月底前", resolve: (m, i) => upcoming(i, (y) => endOfMonth(y, monthOf(m))) },
  { source: `(?<![0-9日])${MONTH}月(?:份)?(?:前|之前)`, example: "10月前", resolve: (m, i) => upcoming(i, (y) => endOfMonth(y, monthOf(m))) },
  { source: "(?:今年|本年)(?:底|末)(?:前|之前)?", example: "今年底", resolve: (_m, i) => yearEnd(i.y) },
  { source: "明年(?:底|末)?(?:前|之前)?", example: "明年底", resolve: (_m, i) => yearEnd(i.y + 1) },
  { source: "年(?:底|末)(?:前|之前)?", example: "年底前", resolve: (_m, i) => yearEnd(i.y) },
  { source: "年内", example: "年内", resolve: (_m, i) => yearEnd(i.y) },
  { source: "今年(?!是|以来|来|上半年|一季度|前)", example: "今年", resolve: (_m, i) => yearEnd(i.y) },
  { source: "全年", example: "全年", resolve: (_m, i) => yearEnd(i.y) },
  { source: "(?:本月|月底|月末)(?:前|之前)?", example: "本月底", resolve: (_m, i) => endOfMonth(i.y, i.m) },
  // 旬: 上旬 → 10th, 中旬 → 20th, 下旬 → the month's last day
  {
    source: "下(?:个)?月(?<xun>上旬|中旬|下旬)",
    example: "下月中旬",
    resolve: (m, i) => xunEnd(i.m === 12 ? i.y + 1 : i.y, i.m === 12 ? 1 : i.m + 1, m),
  },
  {
    source: `(?<![0-9])${MONTH}月(?<xun>上旬|中旬|下旬)`,
    example: "3月中旬",
    resolve: (m, i) => upcoming(i, (y) => xunEnd(y, monthOf(m), m)),
  },
  {
    source: "下(?:个)?月",
    example: "下月",
    resolve: (_m, i) => (i.m === 12 ? endOfMonth(i.y + 1, 1) : endOfMonth(i.y, i.m + 1)),
  },
  { source: "上半年", example: "上半年", resolve: (_m, i) => upcoming(i, (y) => ({ y, m: 6, d: 30 })) },
  { source: "下半年", example: "下半年", resolve: (_m, i) => yearEnd(i.y) },
  {
    source: "(?<q>[一二三四])季度(?:末|底)?",
    example: "三季度末",
    resolve: (m, i) => upcoming(i, (y) => endOfMonth(y, quarterOf(m) * 3)),
  },
  { source: "春节(?:前|之前)", example: "春节前", resolve: (_m, i) => springFestivalEve(i) },
  // 年前 is "before the (lunar) New Year", the 春节 of 年前年后, not the calendar year's end (that is 年底/年内); only where
  // it opens a deadline (赶在年前, 力争年前完成), since 三年前/多年前/去年前 mean "years ago"
  {
    // 年 first and the look-behind after it (the same test of what ends before this 年): an alternative that opens with
    // a look-behind made the scan of the whole DEADLINE alternation a third slower (bench/RESULTS.md §25)
    source: "年(?<=(?:^|[在于到赶，,、]|确保|力争|争取|计划|预计|将|要|务必|必须)年)(?:前|之前)(?![往来进去夕后])",
    example: "年前",
    resolve: (_m, i) => springFestivalEve(i),
  },
  { source: "国庆(?:节)?(?:前|之前)", example: "国庆前", resolve: (_m, i) => upcoming(i, (y) => ({ y, m: 9, d: 30 })) },
  { source: "元旦(?:前|之前)", example: "元旦前", resolve: (_m, i) => upcoming(i, (y) => yearEnd(y)) },
  { source: "按时按期|按期|按时|如期", example: "按时按期", resolve: none },
  // 汛期前: the flood season opens on a date each province sets (浙江 15 Apr, others May or June) and the papers come
  // from everywhere: a deadline with no date, kept as its words rather than a guessed day
  { source: "(?:主)?汛期(?:来临)?(?:前|之前)", example: "汛期前", resolve: none },
  // plan years that stand just before 计划/预计 (当年计划投资, 年度计划投资, 本年度计划开工): found by planYearAt below
  // only in that place, since 当年 in a story is "back then" and 年度 a noun
  { source: "^(?:当年|本年度|本年|年度|年)$", example: "当年", resolve: (_m, i) => yearEnd(i.y), phraseOnly: true },
];

// A plan year written at a 计划/预计 cue: just before it (2026年计划投资3亿元, 当年计划投资, 年度计划投资, 年计划投资) or
// just after it (预计2013年投资总额…). 每年/同年/去年… are no plan years; 今年/全年 are deadline words found anyway.
const PLAN_YEAR_BEFORE = /(?:(?<![0-9])20[0-9]{2}年|当年|本年度|本年|年度|(?<![0-9今明去全当本上每同前])年)$/;
// After the cue the year may follow any target cue (力争2026年建成投用, 确保2026年完成): it dates what the cue aims at.
const PLAN_YEAR_AFTER = /^(?:计划|预计|力争|争取|确保|力求)(?:到|在|于)?(20[0-9]{2}年)(?!以来|来|[0-9一二三四五六七八九十]|[上下]半年|底|末)/;
const PLAN_YEAR_LOOKBACK = 6;

/**
 * The plan year of a goal text[start, end) as written (2026年, 当年, 年度), for resolveDeadline: a year right after its
 * target cue (计划2026年…, 力争2026年…), or before a 计划/预计 cue; undefined when no plan year stands at the cue.
 */
export function planYearAt(text: string, start: number, end: number): string | undefined {
  const goal = text.slice(start, end);
  const after = PLAN_YEAR_AFTER.exec(goal)?.[1];
  if (after || !/^(?:计划|预计)/.test(goal)) return after;
  return PLAN_YEAR_BEFORE.exec(text.slice(Math.max(0, start - PLAN_YEAR_LOOKBACK), start))?.[0];
}

// A written year right after a completion verb dates the work to finish (确保完成2018年农村公厕新建、改造工作,
// 全面完成2024年度减贫任务): the year's work is due by its end. 完成2018年以来… looks back, not ahead.
const COMPLETION_YEAR = /(?:完成|建成|竣工|交付)((?:19|20)[0-9]{2}年)(?:度)?(?!以来|来|前|[0-9一二三四五六七八九十]|[上下]半年|底|末)/;

/** The year written right after a completion verb in a goal's text (完成2018年…工作 → "2018年"), else undefined. */
export function completionYearIn(goal: string): string | undefined {
  return COMPLETION_YEAR.exec(goal)?.[1];
}

// A written year that heads a clause (2026年，全县计划…; 2026年全县计划…; 建议2026年…目标是：…): the time adverbial of what
// follows. Not a date (2026年3月), a span (2021年以来, 2021年至今), a year described (2025年是…之年) or a ranking (第).
const HEAD_YEAR =
  /(?:^|[，,：:；;。！？\n“])(?:建议|在|到|至|于|预计|力争|争取)?((?:19|20)[0-9]{2})年(?:度)?(?![0-9０-９一二三四五六七八九十月日号]|以来|来|至今|前|底|末|是|为|[上下]半年|第|间|期间|同期|相比|比)/g;

const YEAR_AT_CUE = /(?<![0-9])((?:19|20)[0-9]{2})年(?:度)?(?:将|要|还将|也将)?$/;

/** The last clause-heading year in `before`: its digits and where its clause ends (the year's own text). */
function lastHeadYear(before: string): { year: number; end: number } | undefined {
  let last: { year: number; end: number } | undefined;
  HEAD_YEAR.lastIndex = 0;
  for (let m = HEAD_YEAR.exec(before); m; m = HEAD_YEAR.exec(before)) last = { year: Number(m[1]), end: m.index + m[0].length };
  return last;
}

/**
 * The year a goal at `start` is stated for when its own words name none: a written year right before its cue (该项目
 * 2027年力争…), or heading its sentence with no other clause between that year and the goal (2026年，全县计划实施…;
 * 2026年全县计划…), or heading a target list
 * (建议2026年…目标是：A;B) whose items the goal is one of. `sentenceStart` bounds the look back.
 */
export function headingYearOf(text: string, sentenceStart: number, start: number): string | undefined {
  const before = text.slice(sentenceStart, start);
  // 该项目2027年力争投资3亿元: the year stands right at the cue, after the subject
  const atCue = YEAR_AT_CUE.exec(before);
  if (atCue) return `${atCue[1]}年`;
  const head = lastHeadYear(before);
  if (!head) return undefined;
  const between = before.slice(head.end).replace(/^[，,]/, "");
  const list = /目标(?:是|为)?[：:]/.test(between);
  if (!list && /[，,；;。！？]/.test(between)) return undefined;
  if (list && /[。！？]/.test(between)) return undefined;
  return `${head.year}年`;
}

/**
 * The year a plan-year word (当年, 年度, 本年度, 年: planYearAt) stands for: the last clause-heading year written before
 * the goal in its article (2020年计划实施…，年度计划完成投资… → 2020; 当年 is “that year”, the year the article reports
 * on). 年度/本年度 are the issue's year unless the article heads its text with a year next to it (a January report on
 * the year before); 当年 takes the written year however far it lies, since it refers back to it. Undefined when the
 * article writes no such year.
 */
export function planYearOfArticle(text: string, start: number, word: string, issueYear: number | undefined): number | undefined {
  const head = lastHeadYear(text.slice(0, start));
  if (!head) return undefined;
  if (word === "当年" || issueYear === undefined) return head.year;
  return Math.abs(head.year - issueYear) <= 1 ? head.year : undefined;
}

/** The alternation of the deadline words that find deadlines in running text (no flags, no named groups). */
export const DEADLINE_SOURCE = DEADLINE_WORDS.filter((e) => !e.phraseOnly)
  .map((e) => `(?:${e.source.replace(/\(\?<([a-z]+)>/g, "(?:")})`)
  .join("|");

const ANCHORED = DEADLINE_WORDS.map((e) => ({ entry: e, re: new RegExp(`(?:${e.source})`, "u") }));

export function parseIsoDay(iso: string): IsoDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (day.m < 1 || day.m > 12 || day.d < 1 || day.d > lastDayOfMonth(day.y, day.m)) return null;
  return day;
}

export const formatIsoDay = (x: IsoDay) =>
  `${String(x.y).padStart(4, "0")}-${String(x.m).padStart(2, "0")}-${String(x.d).padStart(2, "0")}`;

/**
 * The ISO date a deadline phrase (今年, 下月, 2025年底前, 三季度末 …) means for an issue dated `issueDate`
 * (YYYY-MM-DD); null when the phrase names no date (按时按期) or no deadline word is found. The first table entry
 * that matches anywhere in the phrase decides, so 力争到2025年 and 2025年 both resolve.
 */
export function resolveDeadline(phrase: string, issueDate: string): string | null {
  const issue = parseIsoDay(issueDate);
  if (!issue || !phrase) return null;
  for (const { entry, re } of ANCHORED) {
    const m = re.exec(phrase);
    if (!m) continue;
    const month = m.groups?.month === undefined ? 1 : monthOf(m);
    if (month < 1 || month > 12) return null;
    const day = entry.resolve(m, issue);
    return day ? formatIsoDay(day) : null;
  }
  return null;
}

/**
 * A deadline phrase's date when the issue's date is unknown (no masthead, nothing to infer it from): only a phrase that
 * writes its own year (2017年2月底, 到2020年, 2025年底前) or is fixed by name (“十四五”末) has one. A relative phrase
 * (今年, 年底, 下月) stays without a date rather than taking a guessed year: an empty deadline is honest, a wrong one
 * makes a goal overdue or open by a year.
 */
export function resolveDeadlineWithoutDate(phrase: string): string | null {
  if (!phrase) return null;
  for (const { entry, re } of ANCHORED) {
    const m = re.exec(phrase);
    if (!m) continue;
    const year = m.groups?.year;
    if (!year && !entry.absolute) return null;
    // the written year is the reference: nothing of it has passed on its 1 January, so no month rolls over
    return resolveDeadline(phrase, `${year ?? "2000"}-01-01`);
  }
  return null;
}
