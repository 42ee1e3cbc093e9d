import { isHanCode } from "./char-sets";
import { TextInputError } from "./errors";
import { MAX_ARTICLE_CHARS, MAX_LINE_CHARS } from "./limits";
import { dateFromFileName, inferIssueDate, userIssueDate } from "./infer-date";
import { normaliseText } from "./normalise-text";
import { parseMasthead } from "./parse-masthead";
import { refuseNonProse } from "./refuse-non-prose";
import { repairPageBreaks } from "./repair-page-breaks";
import { segmentArticles } from "./segment-articles";
import type { IssueDate, ParsedIssue } from "./types";

// dateFromFileName (default true): false reads the date from the text alone; the evaluation's held-out files are
// named by their date, which would otherwise answer the date question for the extractor.
export type ParseIssueOptions = { fileName?: string; userDate?: string; maxChars?: number; dateFromFileName?: boolean };

const DEFAULT_MAX_CHARS = 10_000_000;
export { MAX_ARTICLE_CHARS, MAX_LINE_CHARS };
// An issue must hold at least one paragraph of real prose to be worth storing.
const MIN_ARTICLE_CJK = 30;

// normalise → masthead → repair page breaks → segment → date (user, file name, masthead, inferred).
export function parseIssue(text: string, opts: ParseIssueOptions = {}): ParsedIssue {
  const { fileName } = opts;
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > maxChars) {
    throw new TextInputError("too-large", `text too large (${text.length} characters, limit ${maxChars})`, { fileName });
  }
  const normalised = normaliseText(text);
  if (normalised.trim() === "") throw new TextInputError("empty", "empty text (only whitespace)", { fileName });
  refuseNonProse(normalised, fileName); // also refuses a line longer than MAX_LINE_CHARS

  const masthead = parseMasthead(normalised);
  const body = blankLeadingLines(normalised, masthead.lines);
  const repaired = repairPageBreaks(body).text;
  const { articles, banners, editor, datelines } = segmentArticles(repaired);
  const huge = articles.find((a) => a.text.length > MAX_ARTICLE_CHARS);
  if (huge) {
    throw new TextInputError(
      "article-too-long",
      `article ${huge.position + 1} (“${huge.title.slice(0, 20)}”) has ${huge.text.length} characters (limit ${MAX_ARTICLE_CHARS}): not a newspaper article, is a headline or a blank line missing?`,
      { fileName },
    );
  }
  if (!articles.some((a) => countCjk(a.text) >= MIN_ARTICLE_CJK)) {
    throw new TextInputError(
      "no-articles",
      `no articles recognised (no paragraph of ${MIN_ARTICLE_CJK}+ Chinese characters${masthead.lines ? " after the masthead" : ""}), not a newspaper text`,
      { fileName },
    );
  }

  const nameForDate = opts.dateFromFileName === false ? undefined : fileName;
  const date = chooseDate({ userDate: opts.userDate, fileName: nameForDate, mastheadDate: masthead.date, datelines, text: repaired });
  return { masthead, ...(date ? { date } : {}), articles, ...(editor ? { editor } : {}), banners };
}

function chooseDate(input: {
  userDate?: string;
  fileName?: string;
  mastheadDate?: string;
  datelines: string[];
  text: string;
}): IssueDate | undefined {
  if (input.userDate) {
    const user = userIssueDate(input.userDate);
    if (!user) throw new RangeError(`invalid user date "${input.userDate}" (expected YYYY-MM-DD)`);
    return user;
  }
  const fromName = input.fileName ? dateFromFileName(input.fileName) : undefined;
  if (fromName) return fromName;
  if (input.mastheadDate) {
    return { date: input.mastheadDate, source: "masthead", evidence: `报头日期 ${input.mastheadDate}`, confidence: 1 };
  }
  return datelineIssueDate(input.datelines) ?? inferIssueDate(input.text);
}

// Web pages and reprints print their publication date on a line under the headline. Several pieces in one file: the
// issue is as new as its newest piece.
const DATELINE_CONFIDENCE = 0.9;
function datelineIssueDate(datelines: string[]): IssueDate | undefined {
  if (datelines.length === 0) return undefined;
  const newest = [...datelines].sort().at(-1)!;
  const others = datelines.length > 1 ? `（共${datelines.length}个日期行，取最新）` : "";
  return { date: newest, source: "inferred", evidence: `标题下的日期行 ${newest}${others}`, confidence: DATELINE_CONFIDENCE };
}

// Keeps line numbers stable while hiding the masthead from the later stages.
function blankLeadingLines(text: string, count: number): string {
  if (count === 0) return text;
  let at = 0;
  for (let k = 0; k < count; k++) {
    const nl = text.indexOf("\n", at);
    if (nl < 0) return "\n".repeat(count);
    at = nl + 1;
  }
  return "\n".repeat(count) + text.slice(at);
}

function countCjk(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (isHanCode(text.charCodeAt(i))) n++;
  }
  return n;
}
