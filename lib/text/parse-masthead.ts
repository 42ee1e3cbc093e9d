import { isValidDate, formatDate } from "./calendar-date";
import { isHanBlockCode } from "./char-sets";
import { LUNAR_DATE, MASTHEAD_SEPARATORS, MASTHEAD_TOKENS, PAGE_COLUMN_LABEL, PAPER_NAME, STAFF_LINE } from "./text-lexicon";
import type { Masthead } from "./types";

// How far down the masthead may reach: it sits on top of page 1.
const MAX_MASTHEAD_LINES = 60;

// Reads the leading masthead block (date, issue number, weekday, lunar date, paper name, hotline) of any paper:
// 今日柯城, 人民日报, 新民晚报, 衢州日报 … A line holding only a paper name belongs to it when the block also gives a
// date or an issue number; otherwise ("情况通报" on top of a text) the block is read again without such lines.
export function parseMasthead(text: string): Masthead {
  const withNames = readMasthead(text, true);
  if (withNames.date || withNames.number !== undefined || !withNames.nameOnly) return withNames.masthead;
  return readMasthead(text, false).masthead;
}

function readMasthead(text: string, nameLines: boolean): { masthead: Masthead; nameOnly: boolean; date?: string; number?: number } {
  const masthead: Masthead = { lines: 0 };
  let nameOnly = false;
  let lineNo = 0;
  let start = 0;
  while (start <= text.length && lineNo < MAX_MASTHEAD_LINES) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end).trim();
    lineNo++;
    if (line) {
      const paper = paperNameIn(line);
      const mastheadLine = isMastheadLine(line);
      const paperLine = !mastheadLine && nameLines && paper !== undefined && isMastheadLine(line.replace(paper, " "));
      if (!mastheadLine && !paperLine) break;
      if (paperLine && !/\d|星期/.test(line)) nameOnly = true;
      if (paper && !masthead.paper) masthead.paper = paper;
      readMastheadFields(line, masthead);
      masthead.lines = lineNo;
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return { masthead, nameOnly, date: masthead.date, number: masthead.number };
}

// "人民日报", "新民晚报", "今日柯城" in a masthead line; never 今日四版 (a page count) or 今日谈 (a column).
export function paperNameIn(line: string): string | undefined {
  const m = PAPER_NAME.exec(line);
  if (!m || /^今日(?:[一二三四五六七八九十\d]{1,2}版|谈)/.test(m[0])) return undefined;
  return m[0].replace(/社$/, "");
}

function readMastheadFields(line: string, masthead: Masthead): void {
  const date = /((?:19|20)\d{2})\s{0,4}年\s{0,4}(\d{1,2})\s{0,4}月\s{0,4}(\d{1,2})(?:\s{0,4}日|(?=\s{0,4}星期))/.exec(line);
  if (date && !masthead.date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (isValidDate(y, m, d)) masthead.date = formatDate(y, m, d);
  }
  const number = /第\s*(\d+)\s*期/.exec(line);
  if (number && masthead.number === undefined) masthead.number = Number(number[1]);
  const weekday = /星期[一二三四五六日天]/.exec(line);
  if (weekday && !masthead.weekday) masthead.weekday = weekday[0];
  const lunarMatch = LUNAR_DATE.exec(line);
  if (lunarMatch && !masthead.lunarDate) masthead.lunarDate = lunarMatch[0].replace(/\s+/g, "");
}

// The Han characters a masthead token can match, and the words without one of which no token that matches any
// character (中共\S…委主办, \S…报社出版, 邮发代号\S+) matches at all. A line holding another Han character and none of
// those words keeps that character through every replacement (each puts one space in, so it never joins two pieces
// into such a word): it is no masthead line, and the 18 replacements need not run on every headline and short
// paragraph (they were a few percent of parsing an issue). tests/text/parse-masthead.test.ts keeps the list complete.
// The table and the test use one range, HAN's block (isHanBlockCode), not isHanCode: a character may send a line past
// the replacements only where the table knows every token character of its range. Extension A would be as sound (no
// token holds one), but a line with such a character now reaches the replacements, and the prefilter is meant to
// save work, never to decide a line, so it stays on the block the tokens are written in.
export const MASTHEAD_WILDCARD_WORDS = ["中共", "融媒体中心", "报社", "国内统一连续出版物号", "CN", "内部资料", "邮发代号"];
export const MASTHEAD_WILDCARD = /\\S|\[\^|(?<!\\)\./; // a token source that can match any character
const MASTHEAD_HAN = new Uint8Array(0x10000);
for (const token of MASTHEAD_TOKENS) {
  if (MASTHEAD_WILDCARD.test(token.source)) continue;
  for (const ch of token.source) if (isHanBlockCode(ch.charCodeAt(0))) MASTHEAD_HAN[ch.charCodeAt(0)] = 1;
}

function mayBeMastheadLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (isHanBlockCode(code) && MASTHEAD_HAN[code] !== 1) return MASTHEAD_WILDCARD_WORDS.some((w) => line.includes(w));
  }
  return true;
}

// A line made only of masthead tokens and separators.
// A paper name counts on a line that also has a date or page/issue number ("2024年3月5日 星期二 人民日报 第2版").
export function isMastheadLine(line: string): boolean {
  if (line.length > 80) return false;
  const paper = paperNameIn(line);
  if (paper && !/今日柯城/.test(paper) && /\d/.test(line)) {
    const rest = line.replace(paper, " ");
    if (rest.trim() && isMastheadLine(rest)) return true;
  }
  if (!mayBeMastheadLine(line)) return false;
  let rest = line;
  for (const token of MASTHEAD_TOKENS) rest = rest.replace(token, " ");
  return rest.replace(MASTHEAD_SEPARATORS, "") === "";
}

// 责任编辑：董玲 → 董玲 (first name only; further staff on the line are not editors).
export function parseStaffLine(line: string): { label: string; name: string } | undefined {
  const m = STAFF_LINE.exec(line);
  if (!m) return undefined;
  const label = line.slice(0, line.search(/[:：︱｜|]/)).trim();
  const name = m[1].split(/[\s,，、]+/)[0];
  return { label, name };
}

// Masthead and staff lines are never article content, wherever they appear.
export function isBoilerplateLine(line: string): boolean {
  return isMastheadLine(line) || STAFF_LINE.test(line) || PAGE_COLUMN_LABEL.test(line);
}
