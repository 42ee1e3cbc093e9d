import { addDays, formatDate, isValidDate, parseIsoDate, weekdayOf } from "./calendar-date";
import { parseChineseDigits, parseChineseInteger } from "./chinese-numerals";
import { FUTURE_AFTER, FUTURE_BEFORE, FUTURE_YEAR_AFTER, FUTURE_YEAR_BEFORE, PERIOD_YEAR, YEAR_CLUES } from "./text-lexicon";
import type { IssueDate } from "./types";

export type YearClue = { year: number; label: string; weight: number };
export type EventDate = { year?: number; month: number; day: number; index: number; context: string };

// Weights of the kinds of year evidence: a dated event beats a period report, which beats a bare "2018年".
const CLUE_WEIGHT = 3;
const PERIOD_WEIGHT = 2;
const BARE_YEAR_WEIGHT = 0.5;
const MONTH_DAY = /(?:((?:19|20)\d{2})年)?(1[0-2]|0?[1-9])月(3[01]|[12]\d|0?[1-9])日/g;
// Below this confidence an inferred date is not given at all: the issue is stored with its date unknown and an editor
// sets it. A year known only from a bare "2019年" (0.5) with one event day (0.6) stays above it; contradicted years fall below.
export const MIN_INFERRED_CONFIDENCE = 0.28;
// Weight of a year named in a full date (2019年6月6日): stronger than a bare year, weaker than a period report.
const DATED_YEAR_WEIGHT = 1;

// Year evidence in the text: fixed events and slogans, period reports, explicit years.
export function findYearClues(text: string): YearClue[] {
  const clues: YearClue[] = [];
  for (const clue of YEAR_CLUES) {
    if (clue.pattern.test(text)) clues.push({ year: clue.year, label: clue.label, weight: CLUE_WEIGHT });
  }
  const periods = new Set<string>();
  for (const m of text.matchAll(PERIOD_YEAR)) {
    if (periods.has(m[0])) continue;
    periods.add(m[0]);
    clues.push({ year: Number(m[1]), label: m[0], weight: PERIOD_WEIGHT });
  }
  const bare = new Set<number>();
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})年(?!上半年|下半年|一季度|第一季度|前三季度|二季度|三季度|度|\d{1,2}月\d)/g)) {
    const year = Number(m[1]);
    const index = m.index ?? 0;
    const before = text.slice(Math.max(0, index - 4), index);
    const after = text.slice(index + m[0].length, index + m[0].length + 4);
    if (bare.has(year) || FUTURE_YEAR_BEFORE.test(before) || FUTURE_YEAR_AFTER.test(after)) continue;
    bare.add(year);
    clues.push({ year, label: m[0], weight: BARE_YEAR_WEIGHT });
  }
  const dated = new Set<number>();
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})年(1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])日/g)) {
    const year = Number(m[1]);
    const before = text.slice(Math.max(0, (m.index ?? 0) - 6), m.index ?? 0);
    if (dated.has(year) || FUTURE_BEFORE.test(before)) continue;
    dated.add(year);
    clues.push({ year, label: m[0], weight: DATED_YEAR_WEIGHT });
  }
  return clues;
}

// Month-day mentions that report something that happened (plans and deadlines left out).
export function findEventDates(text: string): EventDate[] {
  const dates: EventDate[] = [];
  for (const m of text.matchAll(MONTH_DAY)) {
    const index = m.index ?? 0;
    const before = text.slice(Math.max(0, index - 6), index);
    const after = text.slice(index + m[0].length, index + m[0].length + 4);
    if (FUTURE_BEFORE.test(before) || FUTURE_AFTER.test(after)) continue;
    const year = m[1] ? Number(m[1]) : undefined;
    const [month, day] = [Number(m[2]), Number(m[3])];
    if (!isValidDate(year ?? 2024, month, day)) continue; // 2024 is a leap year: accepts 2月29日 until a year is known
    const context = text.slice(Math.max(0, index - 4), Math.min(text.length, index + m[0].length + 4)).replace(/\n/g, " ");
    dates.push({ year, month, day, index, context });
  }
  return dates;
}

// Years the text names (2005年, 2019年6月6日, 2019-06-06, or an event that fixes one): an inferred date never leaves their span.
export function namedYearSpan(text: string): { from: number; to: number } | undefined {
  let from = Infinity;
  let to = -Infinity;
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})(?:年|[-/.](?:1[0-2]|0?[1-9])[-/.](?:3[01]|[12]\d|0?[1-9])(?!\d))/g)) {
    const year = Number(m[1]);
    from = Math.min(from, year);
    to = Math.max(to, year);
  }
  // An event that fixes a year (“十四五”开局之年) names that year too.
  for (const clue of YEAR_CLUES) {
    if (!clue.pattern.test(text)) continue;
    from = Math.min(from, clue.year);
    to = Math.max(to, clue.year);
  }
  return from <= to ? { from, to } : undefined;
}

// The issue date of a masthead-less issue: the year from clues, the day from the latest event reported. Undefined
// (date unknown) when the evidence is too weak or the date would fall outside the years the text names.
export function inferIssueDate(text: string): IssueDate | undefined {
  const date = inferCandidate(text);
  if (!date || date.confidence < MIN_INFERRED_CONFIDENCE) return chineseDateLine(text);
  const span = namedYearSpan(text);
  // A 12月31日 event may roll the issue into the next year; nothing else may leave the span.
  if (span && (Number(date.date.slice(0, 4)) < span.from || Number(date.date.slice(0, 4)) > span.to + (date.date.endsWith("-01-01") ? 1 : 0))) {
    return undefined;
  }
  return date;
}

// A line that is only a date in Chinese numerals (二○一九年三月五日, 二〇二一年十一月十六日): the date a notice or a
// document was signed and issued. Read when nothing else dates the issue, since a reprint may come days later.
const CN_DATE_LINE = /^[ \t　]*[（(]?([〇○◯零OＯ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日[）)]?[ \t　]*$/m;
const CHINESE_DATE_CONFIDENCE = 0.6;

export function chineseDateLine(text: string): IssueDate | undefined {
  const m = CN_DATE_LINE.exec(text);
  if (!m) return undefined;
  const year = parseChineseDigits(m[1]);
  const [month, day] = [parseChineseInteger(m[2]), parseChineseInteger(m[3])];
  if (year === undefined || month === undefined || day === undefined || !isValidDate(year, month, day)) return undefined;
  const date = formatDate(year, month, day);
  return { date, source: "inferred", evidence: `落款日期 ${m[0].trim()}（${date} ${weekdayOf(date)}）`, confidence: CHINESE_DATE_CONFIDENCE };
}

function inferCandidate(text: string): IssueDate | undefined {
  const clues = findYearClues(text);
  const events = findEventDates(text);
  const year = chooseYear(clues);
  if (!year || events.length === 0) return undefined;

  let latest: { date: string; event: EventDate; count: number } | undefined;
  for (const event of events) {
    const y = event.year ?? year.year;
    if (!isValidDate(y, event.month, event.day)) continue;
    const date = formatDate(y, event.month, event.day);
    if (!latest || date > latest.date) latest = { date, event, count: 1 };
    else if (date === latest.date) latest.count++;
  }
  if (!latest) return undefined;

  // A daily reports yesterday's events; "今天/今日" next to the date means the paper is of that very day.
  const before = text.slice(Math.max(0, latest.event.index - 6), latest.event.index);
  const sameDay = /(?:今天|今日)[（(]?$/.test(before);
  const issue = sameDay ? latest.date : addDays(latest.date, 1);
  const dayConfidence = sameDay ? 0.7 : latest.count > 1 ? 0.65 : 0.6;
  const monthDay = `${latest.event.month}月${latest.event.day}日`;
  const rule = sameDay ? "“今天”所指日期即出版日" : "出版日按最晚事件日期的次日";
  const evidence =
    `正文最晚日期 ${monthDay}（${latest.count}处，如“${latest.event.context}”）；${rule}（${issue} ${weekdayOf(issue)}）；` +
    `年份线索 ${year.labels.join("、")} → ${year.year}`;
  return { date: issue, source: "inferred", evidence, confidence: round(dayConfidence * year.confidence) };
}

function chooseYear(clues: YearClue[]): { year: number; labels: string[]; confidence: number } | undefined {
  if (clues.length === 0) return undefined;
  const scores = new Map<number, number>();
  for (const clue of clues) scores.set(clue.year, (scores.get(clue.year) ?? 0) + clue.weight);
  let best = 0;
  let bestScore = -1;
  for (const [year, score] of scores) {
    if (score > bestScore || (score === bestScore && year > best)) [best, bestScore] = [year, score];
  }
  const supporting = clues.filter((c) => c.year === best);
  const total = [...scores.values()].reduce((a, b) => a + b, 0);
  const strongest = Math.max(...supporting.map((c) => c.weight));
  const base = strongest >= CLUE_WEIGHT ? 0.9 : strongest >= PERIOD_WEIGHT ? 0.75 : strongest >= DATED_YEAR_WEIGHT ? 0.6 : 0.5;
  const agreement = bestScore / total; // contradicting clues lower the confidence
  return { year: best, labels: supporting.map((c) => c.label), confidence: base * (0.5 + 0.5 * agreement) + (supporting.length > 1 ? 0.05 : 0) };
}

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

// A date the user gave (upload form, CLI flag).
export function userIssueDate(date: string, evidence = "用户指定"): IssueDate | undefined {
  const parsed = parseIsoDate(date);
  if (!parsed) return undefined;
  return { date: formatDate(parsed.year, parsed.month, parsed.day), source: "user", evidence, confidence: 1 };
}

// 2022-04-13.txt, 20220413.txt, 2022年4月13日.txt, 今日柯城_2022_04_13.txt → a user date.
export function dateFromFileName(name: string): IssueDate | undefined {
  const base = name.split(/[\\/]/).pop() ?? name;
  const patterns = [
    /(?<!\d)((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/,
    /(?<!\d)((?:19|20)\d{2})[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)/,
    /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/,
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(base);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isValidDate(y, mo, d)) return userIssueDate(formatDate(y, mo, d), `文件名 ${base}`);
  }
  return undefined;
}
