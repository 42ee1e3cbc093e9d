import { HAN, LINE_SENTENCE_MARKS } from "./char-sets";
import { isBoilerplateLine } from "./parse-masthead";
import {
  BARE_YEAR_LINE,
  BOX_LABEL,
  CLOCK_TIME,
  CLOSING_PUNCTUATION,
  COLUMN_TAG,
  DATELINE_DATE,
  DATELINE_FIELDS,
  ENUMERATOR,
  LEAD,
  MONTH_DAY_CLOCK,
  NUMBERED_SUBHEAD,
  PAPER_DAY_LINE,
  PAREN_BYLINE,
  PHOTO_CREDIT,
  POSITION_WORDS,
  SITE_ADDRESS,
  SUPPLIED_PICTURE,
} from "./text-lexicon";

// Line shapes shared by the page-break repair and the segmenter.

const MAX_HEADLINE_CHARS = 60;
const NOTE = /^编者按\s*[:：]/;
// Whitespace runs are bounded ({0,4}: normalisation already collapses them) so every pattern stays linear in the line.
const CAPTION = /^[（(]\s{0,4}[^（）()]{1,40}?\s{0,4}摄\s{0,4}[）)]$/;
const INLINE_CAPTION = /[（(]\s{0,4}([^（）()]{1,40}?)\s{0,4}摄\s{0,4}[）)]$/;
const INTERVIEWEE = new RegExp(
  `^([${HAN}、（）()“”·]{2,30}?(?:${POSITION_WORDS.join("|")}))\\s+([${HAN}·]{2,5})\\s*[:：]?$`,
);

export function endsClosed(line: string): boolean {
  return line.length > 0 && CLOSING_PUNCTUATION.includes(line[line.length - 1]);
}

// A table of LINE_SENTENCE_MARKS: hasSentencePunctuation reads every character of every line.
const SENTENCE_MARK_TABLE = new Uint8Array(0x10000);
for (const c of LINE_SENTENCE_MARKS) SENTENCE_MARK_TABLE[c.charCodeAt(0)] = 1;

export function hasSentencePunctuation(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (SENTENCE_MARK_TABLE[line.charCodeAt(i)] === 1) return true;
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
    isDatelineLine(line) ||
    isBylineLine(line) ||
    isBoilerplateLine(line)
  );
}

const BYLINE_MARK = /^[□■◇◆●○▲△▼]\s*/;
const NAME = new RegExp(String.raw`^[${HAN}·]{2,4}$`);
const BYLINE_ROLE = new RegExp(String.raw`^([${HAN}]{0,8}?)(特约记者|见习记者|首席记者|摄影记者|记者|通讯员|实习生|撰稿|文\/图|图\/文|文|图)[/：:]?([${HAN}·]{0,4})$`);
// "本报评论员", "人民日报评论员 张三": a commentator's byline.
const COMMENTATOR = new RegExp(String.raw`^(?:[□■]\s*)?(?:本报|本刊|人民日报|新华社|[${HAN}]{2,6}报)?(?:特约|特邀)?评论员(?:\s+[${HAN}·]{2,4})*$`);

// "□ 记者 张三", "本报记者 张三 李四", "记者 张三 通讯员 李四", "文/张三", "都市快报(通讯员 方祺 记者 周涛)": a byline set
// on its own line. Every token must be a role (with its affiliation) or a name, and at least one role must be there.
export function isBylineLine(line: string): boolean {
  if (line.length > 48 || hasSentencePunctuation(line.replace(/[，,、]/g, " "))) return false;
  if (COMMENTATOR.test(line)) return true;
  if (PAREN_BYLINE.test(line)) return true;
  const rest = line.replace(BYLINE_MARK, "").replace(/[（(]|[）)]/g, " ").trim();
  if (!rest) return false;
  let roles = 0;
  let names = 0;
  for (const token of rest.split(/[\s、，,]+/).filter(Boolean)) {
    const role = BYLINE_ROLE.exec(token);
    // 文 and 图 alone are roles only with their mark (文/张三, 图：李四): 文明城市, 人文荟萃 are words.
    if (role && (role[2].length > 1 || /[/：:]/.test(token))) {
      roles++;
      if (role[3]) names++;
      continue;
    }
    if (!NAME.test(token)) return false;
    names++;
  }
  return roles > 0 && names > 0;
}

// "张三 摄", "新华社记者 张三 摄", "（记者 张三 摄）": a photo credit on its own line.
export const isPhotoCreditLine = (line: string): boolean => line.length <= 40 && (PHOTO_CREDIT.test(line) || SUPPLIED_PICTURE.test(line));

// "2014-08-01 13:52", "吉战顺 2016-11-01", "2019年02月21日 11:49:07 来源: 浙江在线", "发布机构:沂水县沙沟镇 发布日期:2021-02-27",
// "来源: 婺城新闻网 作者: 记者 施俊", "本文转自:衢州日报", "区划代码:330802101": the page's metadata, never prose or a headline.
export function isDatelineLine(line: string): boolean {
  if (line.length > 80 || /[。；！？!?]/.test(line)) return false;
  if (MONTH_DAY_CLOCK.test(line) || PAPER_DAY_LINE.test(line) || BARE_YEAR_LINE.test(line)) return true;
  if (/^\S{1,8}[:：]/.test(line) && !/[，,]/.test(line) && fieldShaped(line)) return true;
  if (DATELINE_FIELDS.test(line) && !/[，,]/.test(line)) return true;
  const date = DATELINE_DATE.exec(line);
  if (!date) return false;
  // What is left besides the date, a clock time, a weekday and a few name-like words.
  const rest = line
    .replace(date[0], " ")
    .replace(CLOCK_TIME, " ")
    .replace(/星期[一二三四五六日天]|周[一二三四五六日]/g, " ")
    .replace(/[\s|｜/·•\-—]+/g, " ")
    .trim();
  return rest === "" || rest.split(" ").every((t) => SITE_ADDRESS.test(t) || (t.length <= 8 && !/\d/.test(t)));
}

// "地名:墩头村隶属:航埠镇", "长途区号:0570 邮政编码:324000": key:value fields with short keys and values.
const FIELD_KEY = new RegExp(String.raw`([${HAN}]{2,6})\s*[:：]`, "g");
const FIELD_KEY_SPLIT = new RegExp(String.raw`[${HAN}]{2,6}\s*[:：]`);
function fieldShaped(line: string): boolean {
  const keys = [...line.matchAll(FIELD_KEY)];
  if (keys.length === 0) return false;
  const values = line.split(FIELD_KEY_SPLIT).slice(1);
  return values.every((v) => v.trim().length <= 24) && (keys.length > 1 || /\d/.test(line));
}

// The publication date a dateline gives, if any; `lineAbove` may give the year of a paper's day line ("2021" over
// "05/06某某晚报").
export function datelineDate(line: string, lineAbove?: string): { year: number; month: number; day: number } | undefined {
  const m = DATELINE_DATE.exec(line);
  if (!m) {
    const day = PAPER_DAY_LINE.exec(line);
    const year = lineAbove === undefined ? undefined : BARE_YEAR_LINE.exec(lineAbove.trim());
    return day && year ? { year: Number(year[1]), month: Number(day[1]), day: Number(day[2]) } : undefined;
  }
  return { year: Number(m[1]), month: Number(m[2] ?? m[4]), day: Number(m[3] ?? m[5]) };
}

export const isBoxLabel = (line: string): boolean => BOX_LABEL.test(line);
export const hasColumnTag = (line: string): boolean => COLUMN_TAG.test(line);
export const isNumberedSubhead = (line: string): boolean => line.length <= 40 && NUMBERED_SUBHEAD.test(line) && !/。$/.test(line);

// A headline with a comma, colon or ！/？ inside ("大写的优秀!建德获评…!骄傲到飞起", "三江口村办小报,沟通了民意宣传了政策"):
// short, no full stop or semicolon, and not ending like a sentence. Only the segmenter asks, and only with prose after it.
export function isPunctuatedHeadline(line: string): boolean {
  if (line.length < 6 || line.length > 40 || /[。；;]/.test(line)) return false;
  const last = line[line.length - 1];
  if ("，,、：:；;…“‘（(".includes(last)) return false;
  if (last === "。" || last === "”" || last === "’") return false;
  return true;
}
