import {
  datelineDate,
  endsClosed,
  hasColumnTag,
  isBoldLine,
  isBoxLabel,
  isBylineLine,
  isCaptionLine,
  isDatelineLine,
  isHeadlineLike,
  isLeadLine,
  isNoteLine,
  isNumberedSubhead,
  isPhotoCreditLine,
  isPunctuatedHeadline,
  parseIntervieweeLine,
  splitCaptionCredit,
} from "./classify-line";
import { formatDate, isValidDate } from "./calendar-date";
import { HAN } from "./char-sets";
import { parseChineseInteger } from "./chinese-numerals";
import { isBoilerplateLine, parseStaffLine } from "./parse-masthead";
import {
  ANAPHORIC_OPENER,
  BANNER_PATTERNS,
  BANNER_PHRASES,
  CONTINUATION_IN,
  CONTINUATION_IN_LINE,
  CONTINUATION_OUT,
  DECORATED_BANNER,
  ENUMERATOR,
  HEADLINE_LIST_ENTRY,
  HOME_AFFILIATIONS,
  LEAD_BYLINE,
  ORIGINAL_TITLE_LINE,
  OUTLET_NAME,
  REPORTER_ROLES,
  SERIAL_MARKER,
  SUBTITLE_HINT,
  WRAPPED_HEADLINE,
} from "./text-lexicon";
import type { ArticleKind, ParsedArticle, Reporter, SectionHead } from "./types";

// datelines: the dates printed on dateline lines under headlines (web pages, reprints), in order.
export type SegmentedIssue = { articles: ParsedArticle[]; banners: string[]; editor?: string; datelines: string[] };

// meta: a dateline, source or byline line under a headline; figure: an image caption (△…) or a photo credit line;
// box: the label of a box inside an article (核心阅读, 链接); subhead: a numbered subhead (一、 （一）).
type UnitKind =
  | "staff" | "h2" | "h3" | "bold" | "lead" | "note" | "caption" | "interviewee" | "head" | "body"
  | "meta" | "figure" | "box" | "subhead";
type Unit = { kind: UnitKind; text: string; gapBefore: number; continuation?: string };
type Para = { text: string; section?: boolean };
type Draft = {
  kind: ArticleKind;
  title: string;
  kicker?: string;
  subtitle?: string;
  byline?: string;
  reporters: Reporter[];
  interviewee?: string;
  intervieweeLine?: string; // the line as printed (区发改局党组书记、局长 任文俊：), the interview's first paragraph
  continuation?: string;
  paras: Para[];
  hasLead: boolean;
  bylined?: boolean; // opened by a headline with a dateline or byline line: later short heads are its subheads
  displacedLeadAt?: number; // index in paras where a lead paragraph printed out of order starts
  captions?: string[]; // image captions (△寿昌镇河南里村) between its paragraphs: not text, but they name places
};

const MAX_SECTION_HEAD = 16;
// Inside an article opened by a dateline or byline line, subheads run longer ("种植养殖大户:年轻人占比已跃升到70%").
const MAX_OPEN_SECTION_HEAD = 24;
const MAX_DERIVED_TITLE = 30;

// Splits a repaired issue text (masthead removed) into articles, banners and the page editor.
export function segmentArticles(text: string): SegmentedIssue {
  const units = toUnits(text);
  const banners: string[] = [];
  const drafts: Draft[] = [];
  const datelines: string[] = [];
  // A text with no lead, byline, dateline or markdown head at all is one web article: its first piece takes subheads.
  const singlePiece = !units.some((u) => ["lead", "meta", "interviewee", "h2", "note"].includes(u.kind));
  let editor: string | undefined;
  let current: Draft | undefined;
  let stack: Unit[] = [];
  // A metadata line above the first article (公开日期:… 发布单位:杭州市农业农村局, dev d66) is that article's byline.
  let leadingMeta: string | undefined;

  const flushStackAsBanners = () => {
    for (const u of stack) banners.push(stripHeadMarkup(u.text));
    stack = [];
  };
  const start = (draft: Draft) => {
    if (singlePiece && drafts.length === 0) draft.bylined = true;
    if (drafts.length === 0 && leadingMeta && !draft.byline) draft.byline = leadingMeta;
    drafts.push(draft);
    current = draft;
  };
  // Head lines between an opened headline and its first paragraph: a —— line is the subtitle, the rest subheads.
  const stackIntoOpenDraft = (draft: Draft) => {
    for (const u of stack) {
      const line = stripHeadMarkup(u.text);
      if (/^[—\-－]{1,2}/.test(line) && !draft.subtitle) draft.subtitle = cleanSubtitle(line);
      else if (isSpacedDisplayLine(line)) banners.push(line);
      else draft.paras.push({ text: line, section: true });
    }
    stack = [];
  };

  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    switch (u.kind) {
      case "staff": {
        const staff = parseStaffLine(u.text);
        if (staff && /编辑|责编/.test(staff.label) && !editor) editor = staff.name;
        break;
      }
      case "bold":
        flushStackAsBanners();
        current = undefined;
        for (const line of u.text.split("\n")) if (line.trim()) banners.push(line.trim());
        break;
      case "h2":
        flushStackAsBanners();
        current = undefined;
        stack = [u];
        break;
      case "h3":
        if (current && stack.length === 0) current.paras.push({ text: stripHeadMarkup(u.text), section: true });
        else stack.push(u);
        break;
      case "head": {
        if (current?.kind === "interview" && !current.title && current.paras.length === 0) {
          current.title = u.text;
          break;
        }
        if (stack.length > 0 && u.gapBefore >= 2) flushStackAsBanners();
        stack.push(u);
        break;
      }
      case "note":
        flushStackAsBanners();
        start(newDraft("note", "编者按"));
        current!.paras.push({ text: u.text.replace(/^编者按\s*[:：]\s*/, "") });
        break;
      case "interviewee": {
        if (current?.bylined && current.paras.every((p) => p.section)) {
          // A speaker line under an opened headline (a report's 沙沟镇镇长 刘彦成): the piece's first line, not an interview.
          stackIntoOpenDraft(current);
          current.paras.push({ text: u.text });
          break;
        }
        flushStackAsBanners();
        const draft = newDraft("interview", "");
        draft.interviewee = u.text.replace(/\s{0,4}[:：]$/, "");
        draft.intervieweeLine = u.text.trim();
        start(draft);
        break;
      }
      case "lead": {
        const { byline, reporters, rest } = parseByline(u.text);
        if (stack.length > 0) {
          start(draftFromStack(stack, banners));
          stack = [];
        } else if (current?.bylined && !current.hasLead && current.paras.every((p) => p.section)) {
          // The 本报讯 lead under a headline already opened by its dateline line ("吉战顺 2016-11-01").
          stackIntoOpenDraft(current);
        } else if (current?.bylined && !current.hasLead && current.paras.some((p) => p.section)) {
          // A box (核心阅读) between the byline line and the lead: the lead carries on in place.
        } else if (current && current.kind === "news" && !current.hasLead && current.paras.length > 0) {
          // Columns read out of order: the 本报讯 lead of the current story comes after its middle.
          current.displacedLeadAt = current.paras.length;
        } else {
          start(newDraft("news", deriveTitle(rest)));
        }
        const draft = current!;
        draft.byline = byline;
        draft.reporters = reporters;
        draft.hasLead = true;
        if (rest) draft.paras.push({ text: rest });
        closeIfContinued(draft, u);
        if (u.continuation) current = undefined;
        break;
      }
      case "meta": {
        const date = datelineDate(u.text, units[i - 1]?.kind === "meta" ? units[i - 1].text : undefined);
        if (date && isValidDate(date.year, date.month, date.day)) datelines.push(formatDate(date.year, date.month, date.day));
        if (stack.length > 0) {
          const draft = draftFromStack(stack, banners);
          stack = [];
          start(draft);
          draft.bylined = true;
          draft.byline = u.text;
          draft.reporters = readBylineReporters(u.text);
        } else if (current && current.paras.every((p) => p.section)) {
          current.bylined = true;
          current.byline = current.byline ? `${current.byline} ${u.text}` : u.text;
          current.reporters.push(...readBylineReporters(u.text));
        } else if (!current && drafts.length === 0) {
          leadingMeta = leadingMeta ? `${leadingMeta} ${u.text}` : u.text;
        }
        // After a body (a credit at the article's end) or before any headline: metadata, not text.
        break;
      }
      case "figure":
        if (current && stack.length === 0) (current.captions ??= []).push(u.text);
        break;
      case "box":
        if (stack.length > 0) {
          start(draftFromStack(stack, banners));
          stack = [];
        }
        if (current) current.paras.push({ text: u.text.replace(/^[【\[［〖]\s{0,4}|\s{0,4}[】\]］〗]?\s{0,4}[:：]?$/g, ""), section: true });
        else start(newDraft("note", u.text));
        break;
      case "subhead":
        if (current && stack.length === 0 && !current.continuation) current.paras.push({ text: u.text, section: true });
        else stack.push(u);
        break;
      case "caption":
        if (stack.length > 0) flushStackAsBanners();
        if (current && !opened(current) && current.kind === "news" && current.paras.length > 0) {
          markPhoto(current, u.text);
          current = undefined;
        }
        break;
      case "body": {
        const caption = splitCaptionCredit(u.text);
        const body = caption ? caption.text : u.text;
        if (stack.length > 0) {
          if (current?.bylined && !current.continuation && current.paras.every((p) => p.section)) {
            stackIntoOpenDraft(current);
          } else if (isSectionHead(stack, current, u, units[i + 1]) || continuesAcrossHeads(stack, current, u)) {
            for (const h of stack) current!.paras.push({ text: stripHeadMarkup(h.text), section: true });
          } else {
            start(draftFromStack(stack, banners));
          }
          stack = [];
        } else if (!current) {
          start(newDraft("news", deriveTitle(body)));
        }
        const draft = current!;
        if (body) draft.paras.push({ text: body });
        if (caption && !opened(draft) && draft.kind === "news") {
          markPhoto(draft, caption.marker);
          current = undefined;
        }
        closeIfContinued(draft, u);
        if (u.continuation) current = undefined;
        break;
      }
    }
  }
  // Short lines after the last paragraph are banners; they may also be the article's photo captions (西头赵村群众大会,
  // dev d57), whose other places are read like the headline's.
  if (current && stack.length > 0) (current.captions ??= []).push(...stack.map((u) => stripHeadMarkup(u.text)));
  flushStackAsBanners();

  const articles: ParsedArticle[] = [];
  for (const draft of drafts) {
    if (draft.displacedLeadAt !== undefined) restoreLeadOrder(draft);
    if (draft.kind === "interview") restoreInterviewOrder(draft);
    const article = finishDraft(draft, articles.length);
    if (article) articles.push(article);
  }
  return { articles, banners, ...(editor ? { editor } : {}), datelines };
}

const opened = (draft: Draft): boolean => draft.hasLead || draft.bylined === true;

// A head that always starts its own piece: a column tag (（快评）【…】) or a headline ending in ！/？.
function isStrongHead(u: Unit): boolean {
  return u.kind === "head" && (hasColumnTag(u.text) || /[！？!?]$/.test(u.text));
}

// "政 府 工 作 报 告": a display line set letter by letter.
const SPACED_DISPLAY = new RegExp(String.raw`^[${HAN}](?:\s+[${HAN}]){3,}$`);
// "张 三", "王 小 明": a short name set letter by letter, a meta line.
const SPACED_NAME = new RegExp(String.raw`^[${HAN}](?:\s+[${HAN}]){1,2}$`);
function isSpacedDisplayLine(line: string): boolean {
  return SPACED_DISPLAY.test(line);
}

// "记者 施俊 来源：…" → "记者 施俊 ": the first source/editor label ends the names (a scan, not /(?:来源|…)\s*[:：].*$/,
// which retries from every label and is quadratic on a line of many).
function cutAtSourceLabel(text: string): string {
  const label = /(?:来源|编辑|责编)\s{0,4}[:：]/.exec(text);
  return label ? text.slice(0, label.index) : text;
}

// "作者: 记者 施俊" → "记者 施俊": what follows the first 作者 label (a scan; /作者\s*[:：]\s*(.+)$/ retried from every
// label is quadratic on a line of many).
function authorAfterLabel(line: string): string | null {
  const label = /作者\s{0,4}[:：]\s{0,4}/.exec(line);
  const rest = label ? line.slice(label.index + label[0].length) : "";
  return rest && !rest.includes("\n") ? rest : null;
}

// Reporters named on a byline or dateline line ("作者: 记者 施俊", "□ 本报记者 张三 李四", "都市快报(通讯员 方祺 记者 周涛)").
function readBylineReporters(line: string): Reporter[] {
  const paren = /[（(]([^（）()]+)[）)]/.exec(line);
  const author = authorAfterLabel(line);
  const inner = paren ? paren[1] : author !== null ? author : /^(?:[□■◇◆●○▲△▼]\s{0,4})?(.*)$/.exec(line)![1];
  if (!/记者|通讯员|实习生/.test(inner)) return [];
  return parseReporters(cutAtSourceLabel(inner));
}

function newDraft(kind: ArticleKind, title: string): Draft {
  return { kind, title, reporters: [], paras: [], hasLead: false };
}

function closeIfContinued(draft: Draft, u: Unit): void {
  if (u.continuation && !draft.continuation) draft.continuation = u.continuation;
}

function markPhoto(draft: Draft, marker: string): void {
  const credit = marker.replace(/^[（(]\s{0,4}|\s{0,4}摄\s{0,4}[）)]$/g, "");
  draft.kind = "photo";
  draft.byline = marker.startsWith("（") || marker.startsWith("(") ? marker : `（${marker}）`;
  draft.reporters = credit.split(/[\s、，,]+/).filter(Boolean).map((name) => ({ role: "其他", name }));
}

// Lines → units, with the number of blank lines before each; bold blocks kept whole; markers cut off.
function toUnits(text: string): Unit[] {
  const lines = text.split("\n");
  const units: Unit[] = [];
  let gap = 0;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (line === "") {
      gap++;
      continue;
    }
    const gapBefore = gap;
    gap = 0;
    if (line.startsWith("**")) {
      // A bold block may run over several lines until its closing **.
      let end = i;
      while (end + 1 < lines.length && end - i < 4 && !lines[end].endsWith("**") && lines[end + 1] !== "") end++;
      const block = lines.slice(i, end + 1).join("\n");
      const inner = block.replace(/^\*\*|\*\*$/g, "").trim();
      if (inner.split("\n").every((l) => isHeadlineLike(l.trim()))) {
        units.push({ kind: "bold", text: inner, gapBefore });
        i = end;
        continue;
      }
      line = line.replace(/^\*\*|\*\*$/g, "").trim();
      if (!line) continue;
    }
    let continuation: string | undefined;
    const out = CONTINUATION_OUT.exec(line);
    if (out) {
      continuation = normaliseParens(out[0]);
      line = (line.slice(0, out.index) + line.slice(out.index + out[0].length)).trim();
    }
    line = line.replace(CONTINUATION_IN, "").trim();
    if (CONTINUATION_IN_LINE.test(line)) line = "";
    if (!line && !continuation) continue;
    units.push({ kind: classify(line), text: line, gapBefore, continuation });
  }
  markLayoutLines(units);
  promotePunctuatedHeadlines(units);
  return units;
}

// Lines whose role only the lines around them show. An outlet's name under a headline is its source line when a
// dateline follows or the lead names the outlet ("红网安仁站" / "10-19 16:06" / "红网安仁站讯 …"). A page's numbered
// headline list repeats the headlines printed above the articles ("1. 李鹏主持…" … "李鹏主持…"): an index, not a story.
function markLayoutLines(units: Unit[]): void {
  const later = new Set<string>();
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i];
    const entry = HEADLINE_LIST_ENTRY.exec(u.text);
    if (entry && (u.kind === "head" || u.kind === "body" || u.kind === "subhead") && later.has(entry[1].trim())) u.kind = "staff";
    else if (u.kind === "head" && isMetadataName(units, i)) u.kind = "meta";
    else if (u.kind === "head" && OUTLET_NAME.test(u.text)) {
      const next = units[i + 1];
      if (next?.kind === "meta" || units.some((v, k) => k > i && v.text.startsWith(`${u.text}讯`))) u.kind = "meta";
    }
    later.add(u.text);
  }
}

// A government page's metadata block printed one field a line ("来源:某镇政府" / "王小明" / "2019-06-02 10:15" / "责编:" /
// "李华"): a bare name is a field value when a field line ends right above it ("责编:") or sits on both sides of it.
function isMetadataName(units: Unit[], i: number): boolean {
  const u = units[i];
  if (!/^[\u4e00-\u9fff·]{2,4}$/.test(u.text)) return false;
  const prev = units[i - 1];
  const next = units[i + 1];
  if (!prev || !["meta", "staff"].includes(prev.kind)) return false;
  return /[:：︱｜|]\s*$/.test(prev.text) || (next !== undefined && ["meta", "staff"].includes(next.kind));
}

// A short line with a comma or ！ inside is a headline when a dateline or byline line follows it, or when it opens the
// text (or follows a wide gap) with prose after it: "三江口村办小报,沟通了民意宣传了政策" / "2011-10-23 16:25".
function promotePunctuatedHeadlines(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== "body" || u.continuation || !isPunctuatedHeadline(u.text)) continue;
    const next = units[i + 1];
    if (!next) continue;
    const prev = units[i - 1];
    const startsPiece = i === 0 || u.gapBefore >= 2 || (prev !== undefined && ["meta", "staff", "bold", "h2"].includes(prev.kind));
    if (next.kind === "meta" || (startsPiece && next.kind === "body" && next.text.length > u.text.length * 2)) u.kind = "head";
  }
}

function classify(line: string): UnitKind {
  if (!line) return "body";
  if (/^#{3,6}\s*\S/.test(line)) return "h3";
  if (/^#{1,2}\s*\S/.test(line)) return "h2";
  if (isBoilerplateLine(line) || ORIGINAL_TITLE_LINE.test(line)) return "staff";
  if (DECORATED_BANNER.test(line)) return "bold";
  if (isLeadLine(line)) return "lead";
  if (isNoteLine(line)) return "note";
  if (isCaptionLine(line)) return "caption";
  if (/^[△▲▽▼]/.test(line) && line.length <= 60) return "figure";
  if (isPhotoCreditLine(line)) return "caption";
  if (isDatelineLine(line) || isBylineLine(line) || SPACED_NAME.test(line)) return "meta";
  if (isBoxLabel(line)) return "box";
  if (parseIntervieweeLine(line)) return "interviewee";
  if (isBoldLine(line) && isHeadlineLike(line.replace(/\*\*/g, ""))) return "bold";
  if (isHeadlineLike(line)) return isNumberedSubhead(line) ? "subhead" : "head";
  if (isSpacedHeadline(line)) return "head";
  return "body";
}

// A headline printed on one line with its kicker and subtitles set apart by spaces ("李鹏主持总理办公会议 听取五月份
// 工业生产情况汇报 完成工业总产值1145亿比上月增长0.8% …"): longer than one headline, but every part is headline-like.
function isSpacedHeadline(line: string): boolean {
  if (line.length > 120) return false;
  const parts = line.split(/\s{1,4}/);
  return parts.length >= 2 && parts.length <= 5 && parts.every((p) => p.length >= 4 && p.length <= 40 && isHeadlineLike(p));
}

function stripHeadMarkup(line: string): string {
  const stripped = line.replace(/^#{1,6}\s*/, "").replace(/^\*\*|\*\*$/g, "").trim();
  return WRAPPED_HEADLINE.exec(stripped)?.[1].trim() ?? stripped;
}

function normaliseParens(marker: string): string {
  return marker.replace(/\s+/g, "").replace(/^\(/, "（").replace(/\)$/, "）");
}

export function isBannerLine(line: string): boolean {
  const compact = line.replace(/\s+/g, "");
  return BANNER_PHRASES.includes(compact) || BANNER_PATTERNS.some((p) => p.test(line));
}

// A headline stack: [kicker] title [subtitle]; known banners and extra leading lines go to banners.
function draftFromStack(stack: Unit[], banners: string[]): Draft {
  const lines = stack.map((u) => splitColumnSlogan(stripHeadMarkup(u.text), banners)).filter(Boolean);
  let kept = lines.filter((l) => !isBannerLine(l));
  const dropped = lines.filter((l) => isBannerLine(l));
  if (kept.length === 0) kept = [dropped.pop()!];
  banners.push(...dropped);
  while (kept.length > 3) banners.push(kept.shift()!);
  const draft = newDraft("news", "");
  if (kept.length === 1) draft.title = kept[0];
  else if (kept.length === 2) {
    // A serial marker (…( 二 )) ends a main headline: the line under it is its subtitle, not the title of a kicker.
    if (SUBTITLE_HINT.test(kept[1]) || SERIAL_MARKER.test(kept[0]) || isDeckUnder(kept[0], kept[1])) {
      [draft.title, draft.subtitle] = [kept[0], cleanSubtitle(kept[1])];
    }
    else [draft.kicker, draft.title] = [kept[0], kept[1]];
  } else [draft.kicker, draft.title, draft.subtitle] = [kept[0], kept[1], cleanSubtitle(kept[2])];
  return draft;
}

// 主题 over 副题: of two headline lines, the one that names who or what acts is the headline. A short line (≤ 16) with no actor
// under a headline that has one ("某镇便民服务中心启用" / "让群众少跑腿") is its deck, not the title under a kicker; a
// bare place or column label above ("华埠镇新安村" / "复垦边角地 壮大村经济") stays a kicker.
// (办 names an office, not in 办事/办理/办好/办实事: "让群众办事少跑腿" is a deck)
const ACTOR_WORD = /[镇乡县区市村局委厅院校]|办(?![事理好实成])|街道|社区|公司|中心|集团|企业|部门/;
const PLACE_LABEL = /(?:镇|乡|县|区|市|村|街道|社区|动态|快讯|新闻)$/;
function isDeckUnder(upper: string, lower: string): boolean {
  if (lower.length > 16 || /\s/.test(lower) || ACTOR_WORD.test(lower)) return false;
  return upper.length >= 8 && ACTOR_WORD.test(upper) && !PLACE_LABEL.test(upper);
}

// "奋进40年 共筑新家园| 石门镇的美丽蝶变": a column slogan printed before the headline on its line, set off by a bar,
// is a banner; the headline is what follows the bar.
const COLUMN_SLOGAN = /^([^|｜]{2,20}?)\s{0,2}[|｜]\s{0,2}([^|｜]{4,60})$/;
function splitColumnSlogan(line: string, banners: string[]): string {
  const m = COLUMN_SLOGAN.exec(line);
  if (!m || !isHeadlineLike(m[1].trim()) || !isHeadlineLike(m[2].trim())) return line;
  banners.push(m[1].trim());
  return m[2].trim();
}

function cleanSubtitle(line: string): string {
  return line.replace(/^[—\-－]{1,2}\s*/, "");
}

// A single short head inside a bylined story, with prose right after it, is a section head, not a new story.
// Inside an article opened by a dateline or byline line, up to three longer heads in a row are subheads too; a column
// tag or a headline ending in ！/？ always starts its own piece.
function isSectionHead(stack: Unit[], current: Draft | undefined, body: Unit, next: Unit | undefined): boolean {
  if (!current || !opened(current) || current.continuation || stack.some(isStrongHead)) return false;
  const open = current.bylined === true;
  if (stack.length > (open ? 3 : 1) || body.gapBefore > 1) return false;
  const max = open ? MAX_OPEN_SECTION_HEAD : MAX_SECTION_HEAD;
  if (stack.some((h) => h.kind === "h2" || stripHeadMarkup(h.text).length > max || h.gapBefore > 1)) return false;
  if (splitCaptionCredit(body.text) || next?.kind === "caption") return false;
  return true;
}

// Short lines (photo captions, subheads) between two paragraphs of one story: the paragraph after them points back
// (会上, 此外, 该镇…), so it cannot open a story of its own. Only inside a story that has a body, on a page gap (one blank
// line), and never across a column tag, a ！/？ headline or a （下转…版）.
function continuesAcrossHeads(stack: Unit[], current: Draft | undefined, body: Unit): boolean {
  if (!current || current.continuation || !current.paras.some((p) => !p.section)) return false;
  if (body.gapBefore > 1 || stack.some((h) => h.gapBefore > 1 || h.kind === "h2" || isStrongHead(h))) return false;
  return ANAPHORIC_OPENER.test(body.text);
}

// 本报讯（记者 楼郁馨）… → byline, reporters and the text after the byline.
export function parseByline(line: string): { byline: string; reporters: Reporter[]; rest: string } {
  const m = LEAD_BYLINE.exec(line);
  if (!m) return { byline: "", reporters: [], rest: line };
  const byline = m[0].trim().replace(/\(/, "（").replace(/\)$/, "）");
  return { byline, reporters: m[1] ? parseReporters(m[1]) : [], rest: line.slice(m[0].length).trim() };
}

// "衢报传媒集团记者 徐颖之 本报记者 楼郁馨" → reporters with roles and affiliations.
export function parseReporters(inner: string): Reporter[] {
  const reporters: Reporter[] = [];
  let role: Reporter["role"] | undefined;
  let affiliation: string | undefined;
  for (const token of inner.split(/[\s、，,]+/).filter(Boolean)) {
    const found = REPORTER_ROLES.find((r) => token.includes(r.word));
    if (found) {
      const at = token.indexOf(found.word);
      const prefix = token.slice(0, at);
      const name = token.slice(at + found.word.length);
      role = found.role;
      affiliation = prefix && !HOME_AFFILIATIONS.includes(prefix) ? prefix : undefined;
      if (name) reporters.push(reporter(role, name, affiliation));
      continue;
    }
    reporters.push(reporter(role ?? "其他", token, affiliation));
  }
  return reporters;
}

function reporter(role: Reporter["role"], name: string, affiliation?: string): Reporter {
  return affiliation ? { role, name, affiliation } : { role, name };
}

// A title for a story printed without a headline: its first sentence, cut short.
function deriveTitle(text: string): string {
  const sentence = text.split(/[。！？!?]/)[0] ?? text;
  return sentence.slice(0, MAX_DERIVED_TITLE).trim() || text.slice(0, MAX_DERIVED_TITLE);
}

// Move the out-of-order lead block to the front; its open last sentence continues in the story's first paragraph.
function restoreLeadOrder(draft: Draft): void {
  const at = draft.displacedLeadAt!;
  const middle = draft.paras.slice(0, at);
  const lead = draft.paras.slice(at);
  const last = lead[lead.length - 1];
  if (last && !last.section && !endsClosed(last.text) && middle.length > 0 && !middle[0].section) {
    last.text += middle.shift()!.text;
  }
  draft.paras = [...lead, ...middle];
}

// Interview columns read out of order: the open last paragraph continues in the first one, and
// 一是/二是/三是 paragraphs are put back in order after the introduction.
function restoreInterviewOrder(draft: Draft): void {
  const paras = draft.paras;
  if (paras.length < 2 || paras.some((p) => p.section)) return;
  const first = paras[0];
  const last = paras[paras.length - 1];
  const hasLaterEnumerator = paras.slice(1).some((p) => ENUMERATOR.test(p.text));
  if (!endsClosed(last.text) && !ENUMERATOR.test(first.text) && hasLaterEnumerator) {
    last.text += first.text;
    paras.shift();
  }
  const ordinals = paras.map((p) => {
    const m = ENUMERATOR.exec(p.text);
    return m ? { n: parseChineseInteger(m[1])!, series: m[2] } : undefined; // 一 … 十: always a number
  });
  const enumerated = ordinals.filter((o) => o !== undefined);
  if (enumerated.length < 2) return;
  const series = new Set(enumerated.map((o) => o.series));
  const numbers = enumerated.map((o) => o.n);
  if (series.size !== 1 || new Set(numbers).size !== numbers.length) return;
  const inOrder = numbers.every((n, k) => k === 0 || numbers[k - 1] < n);
  const free = paras.filter((_, k) => !ordinals[k]);
  const freeFirst = ordinals.slice(0, free.length).every((o) => o === undefined);
  if ((inOrder && freeFirst) || free.length > 2) return;
  const sorted = paras
    .map((p, k) => ({ p, n: ordinals[k]?.n ?? 0 }))
    .filter((x) => x.n > 0)
    .sort((a, b) => a.n - b.n)
    .map((x) => x.p);
  draft.paras = [...free, ...sorted];
}

function finishDraft(draft: Draft, position: number): ParsedArticle | undefined {
  const sectionHeads: SectionHead[] = [];
  // The interviewee line is printed as part of the interview: its text starts there (reordering leaves it in place).
  let text = draft.intervieweeLine && draft.paras.some((p) => !p.section && p.text) ? draft.intervieweeLine : "";
  for (const para of draft.paras) {
    if (!para.text) continue;
    if (text) text += "\n";
    if (para.section) sectionHeads.push({ text: para.text, start: text.length, end: text.length + para.text.length });
    text += para.text;
  }
  if (!draft.paras.some((p) => !p.section && p.text)) return undefined;
  const title = draft.title || deriveTitle(text);
  return {
    position,
    kind: draft.kind,
    title,
    ...(draft.kicker ? { kicker: draft.kicker } : {}),
    ...(draft.subtitle ? { subtitle: draft.subtitle } : {}),
    ...(draft.byline ? { byline: draft.byline } : {}),
    ...(draft.captions ? { captions: draft.captions } : {}),
    reporters: draft.reporters,
    ...(draft.interviewee ? { interviewee: draft.interviewee } : {}),
    ...(draft.continuation ? { continuation: draft.continuation } : {}),
    sectionHeads,
    text,
  };
}
