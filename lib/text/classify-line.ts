import { isBoilerplateLine } from "./parse-masthead";
import { CLOSING_PUNCTUATION, ENUMERATOR, POSITION_WORDS, SENTENCE_PUNCTUATION } from "./text-lexicon";

// Line shapes shared by the page-break repair and the segmenter.

const MAX_HEADLINE_CHARS = 60;
const LEAD = /^[【\[]?本报讯/;
const NOTE = /^编者按\s*[:：]/;
// Whitespace runs are bounded ({0,4}: normalisation already collapses them) so every pattern stays linear in the line.
const CAPTION = /^[（(]\s{0,4}[^（）()]{1,40}?\s{0,4}摄\s{0,4}[）)]$/;
const INLINE_CAPTION = /[（(]\s{0,4}([^（）()]{1,40}?)\s{0,4}摄\s{0,4}[）)]$/;
const INTERVIEWEE = new RegExp(
  `^([\\u4e00-\\u9fff、（）()“”·]{2,30}?(?:${POSITION_WORDS.join("|")}))\\s+([\\u4e00-\\u9fff·]{2,5})\\s*[:：]?$`,
);

export function endsClosed(line: string): boolean {
  return line.length > 0 && CLOSING_PUNCTUATION.includes(line[line.length - 1]);
}

export function hasSentencePunctuation(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (SENTENCE_PUNCTUATION.includes(line[i])) return true;
  return false;
}

// Short, no sentence punctuation, not closed: a headline, kicker, banner or section head.
export function isHeadlineLike(line: string): boolean {
  if (line.length === 0 || line.length > MAX_HEADLINE_CHARS) return false;
  const last = line[line.length - 1];
  const body = last === "？" || last === "！" || last === "?" || last === "!" ? line.slice(0, -1) : line;
  if (body.length !== line.length && line.length > 30) return false;
  if (hasSentencePunctuation(body)) return false;
  return !endsClosed(body) || body.endsWith("”") || body.endsWith("）") || body.endsWith(")") || body.endsWith("》");
}

export const isLeadLine = (line: string): boolean => LEAD.test(line);
export const isNoteLine = (line: string): boolean => NOTE.test(line);
export const isCaptionLine = (line: string): boolean => CAPTION.test(line);
export const isMarkdownHead = (line: string): boolean => /^#{1,6}\s*\S/.test(line);
export const isBoldLine = (line: string): boolean => line.startsWith("**") || line.endsWith("**");
export const startsWithEnumerator = (line: string): boolean => ENUMERATOR.test(line);

// "（吴菲 摄）" at the end of a line → "吴菲" (the credit), with the text before it.
export function splitCaptionCredit(line: string): { text: string; credit: string; marker: string } | undefined {
  const m = INLINE_CAPTION.exec(line);
  if (!m) return undefined;
  return { text: line.slice(0, m.index).trim(), credit: m[1].trim(), marker: m[0] };
}

// "区发改局党组书记、局长 任文俊：" → office and name.
export function parseIntervieweeLine(line: string): { office: string; name: string } | undefined {
  if (line.length > 40) return undefined;
  const m = INTERVIEWEE.exec(line);
  return m ? { office: m[1], name: m[2] } : undefined;
}

// Lines that have a fixed role and never take part in a sentence across a page break.
export function isStructuralLine(line: string): boolean {
  return (
    isMarkdownHead(line) ||
    isBoldLine(line) ||
    isLeadLine(line) ||
    isNoteLine(line) ||
    isCaptionLine(line) ||
    parseIntervieweeLine(line) !== undefined ||
    isBoilerplateLine(line)
  );
}
