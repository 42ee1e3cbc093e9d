import { isValidDate, formatDate } from "./calendar-date";
import { LUNAR_DATE, MASTHEAD_SEPARATORS, MASTHEAD_TOKENS, STAFF_LINE } from "./text-lexicon";
import type { Masthead } from "./types";

// How far down the masthead may reach: it sits on top of page 1.
const MAX_MASTHEAD_LINES = 60;

// Reads the leading masthead block (date, issue number, weekday, lunar date, paper names, hotline).
export function parseMasthead(text: string): Masthead {
  const masthead: Masthead = { lines: 0 };
  let lineNo = 0;
  let start = 0;
  while (start <= text.length && lineNo < MAX_MASTHEAD_LINES) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end).trim();
    lineNo++;
    if (line) {
      if (!isMastheadLine(line)) break;
      readMastheadFields(line, masthead);
      masthead.lines = lineNo;
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return masthead;
}

function readMastheadFields(line: string, masthead: Masthead): void {
  const date = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(line);
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

// A line made only of masthead tokens and separators.
export function isMastheadLine(line: string): boolean {
  if (line.length > 80) return false;
  let rest = line;
  for (const token of MASTHEAD_TOKENS) rest = rest.replace(token, " ");
  return rest.replace(MASTHEAD_SEPARATORS, "") === "";
}

// 责任编辑：董玲 → 董玲 (first name only; further staff on the line are not editors).
export function parseStaffLine(line: string): { label: string; name: string } | undefined {
  const m = STAFF_LINE.exec(line);
  if (!m) return undefined;
  const label = line.slice(0, line.search(/[:：]/)).trim();
  const name = m[1].split(/[\s,，、]+/)[0];
  return { label, name };
}

// Masthead and staff lines are never article content, wherever they appear.
export function isBoilerplateLine(line: string): boolean {
  return isMastheadLine(line) || STAFF_LINE.test(line);
}
