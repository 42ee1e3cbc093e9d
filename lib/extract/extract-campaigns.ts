// Campaigns, found by their form (issue #10 §3; the grammar is lib/extract/campaign-grammar.ts): the known spellings
// (lib/gazetteer/campaigns.ts, aliases only) matched with quotes and spaces ignored, each mention extended by a
// generic suffix (“六治六提”作风建设行动); then quoted phrases with a head word (“双百”行动, “红手印”志愿服务活动,
// “五星”支部创建, “三权分置”…等改革) and quoted numbered slogans (“四维考评”, “两进两回”, “七张问题清单”); then the
// subjects of implementation plans (《…实施方案》); then unquoted names led by a launching verb (推进服务供给侧改革), named
// before a meeting, or ended by a strong head word; works projects located by route, section, phase or site
// (S201…段…工程); programmes named by the run-down thing they rebuild (背街小巷改造, and 棚改 for 棚户区改造);
// designations a place works toward (创建省级森林城镇, 国家卫生镇创建); yearly lists (八件民生实事); numbered names
// and counted sets. Every mention carries a merge key: one Campaign per real campaign across articles, with one name per
// key in an article. Last, mentions of a shared format (互看互学互比) are given to the competition they are held under.

import { CAMPAIGNS, type CampaignEntry, type CampaignKind } from "@/lib/gazetteer";
import { buildTrie, longestAt, scanLongest } from "@/lib/text/trie";
import { longestAlternation, longestFirst } from "@/lib/text/word-alternation";
import {
  CAMPAIGN_STOP_LIST,
  COUNTED_FRONT,
  BODY_DRIVE_MIN_FRONT,
  BODY_LEADS,
  BODY_DRIVE_TAILS,
  BODY_WORDS,
  DEPLOYMENT_HEADS,
  DEPLOYMENT_NUMBER,
  HIGHER_OWNER,
  JOINED_MECHANISM_HEADS,
  MAX_BRACKET_EXPANSION,
  OWN_OWNER,
  RECURRING_BEFORE,
  RECURRING_DAY,
  RECURRING_INSIDE,
  DESIGNATION_LEVEL,
  DESIGNATION_MARK,
  DESIGNATION_MAX,
  DESIGNATION_PLACE,
  DESIGNATION_QUALITIES,
  DESIGNATION_TAILS,
  DESIGNATION_VERBS,
  ENVIRONMENT_AREA,
  EVENT_WORDS,
  FACILITY_TAIL,
  NUMBERED_QUOTE_HEADS,
  REBUILD_ABBREVIATION_TAIL,
  REBUILD_HEAD,
  REBUILD_OBJECT,
  WORKS_HEAD,
  WORKS_LOCATOR,
  WORKS_MAX_HEAD,
  YEARLY_LIST,
  TRIGGER_TAIL_OF,
  CAMPAIGN_SUFFIXES,
  CAMPAIGN_TRIGGERS,
  ENUMERATION_HEADS,
  ENUMERATION_TAILS,
  INFIX_BREAKERS,
  KEY_SUFFIXES,
  MAX_SUFFIX_INFIX,
  FRAME_FOLLOWERS,
  MEETING_HEADS,
  MEETING_OPENERS,
  MEETING_WORDS,
  NAME_OPENERS,
  NUMBERED_NAME_HEADS,
  NUMBERED_NAME_NOT_SECOND,
  NUMBERED_NAME_NUMERALS,
  NUMBERED_PAIR_IDIOMS,
  PLAN_TITLE_LEADS,
  PLAN_TITLE_SUFFIXES,
  SLOGAN_MAX,
  SLOGAN_MIN,
  SLOGAN_NOT_SECOND,
  SLOGAN_NUMERALS,
  SET_HEAD_TAIL,
  SHORT_NAME_HEADS,
  SET_MEMBER_HEADS,
  SET_MEMBER_MAX,
  SET_MEMBER_MIN,
  SLOGAN_SPEECH_CHARS,
  STRONG_HEADS,
  SUFFIX_BLOCKERS,
  UNQUOTED_GENERIC_HEADS,
  DIRECTION_FRONT,
  DIRECTION_HEADS,
  MANNER_FRONT,
  MANNER_HEADS,
  UNQUOTED_LEADS,
  UNQUOTED_MAX_HEAD,
  UNQUOTED_MIN_HEAD,
  UNQUOTED_SUFFIXES,
} from "./campaign-grammar";
import { nextStop, textUnits, unitStart, type TextUnits } from "@/lib/text/sentences";
import { reject, unitsFor } from "./context";
import { overlapsAny } from "./remove-overlaps";
import type { ExtractContext, ExtractedCampaign } from "./types";

const OPEN_QUOTES = new Set([..."“‘「『\""]);
const CLOSE_QUOTES = new Set([..."”’」』\""]);
const IGNORED = new Set([..."“”‘’「」『』\"'《》 \u3000\t"]);
// Removed from keys only: brackets, separators and dots vary between spellings of one name.
const KEY_IGNORED = new Set([...IGNORED, ..."()（）[]【】、，,·•・-—"]);

export function normaliseCampaignText(text: string): string {
  let out = "";
  for (const ch of text) if (!IGNORED.has(ch)) out += ch;
  return out;
}

function stripKeySuffixes(key: string): string {
  let k = key;
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of KEY_SUFFIXES) {
      if (k.length - suffix.length >= 2 && k.endsWith(suffix)) {
        k = k.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  return k;
}

function rawKey(name: string): string {
  let out = "";
  for (const ch of name) if (!KEY_IGNORED.has(ch)) out += ch;
  return stripKeySuffixes(out.toUpperCase());
}

type Resolved = { entry: CampaignEntry; key: string };

const FORMAT_KEYS = new Set(CAMPAIGNS.filter((e) => e.format).map((e) => rawKey(e.name)));

// Every spelling of a known campaign (and its suffix-stripped key) resolves to the entry's key.
const KEY_INDEX = new Map<string, Resolved>();
for (const entry of CAMPAIGNS) {
  const key = rawKey(entry.name);
  for (const spelling of [entry.name, ...(entry.aliases ?? [])]) {
    const k = rawKey(spelling);
    if (!KEY_INDEX.has(k)) KEY_INDEX.set(k, { entry, key });
  }
}

// The merge key for any spelling: 六治六提, “六治六提”, 六治六提专项行动 → 六治六提.
export function campaignKey(name: string): string {
  const k = rawKey(name);
  return KEY_INDEX.get(k)?.key ?? k;
}

const ENTRY_KEY = new Map(CAMPAIGNS.map((entry) => [entry, rawKey(entry.name)]));

const LEXICON_TRIE = buildTrie<CampaignEntry>(
  CAMPAIGNS.flatMap((entry) =>
    [entry.name, ...(entry.aliases ?? [])].map((s) => [normaliseCampaignText(s), entry] as [string, CampaignEntry]),
  ),
);

const SUFFIX_TRIE = buildTrie(CAMPAIGN_SUFFIXES.map((s) => [s.suffix, s] as const));
// Lexicon mentions may also run on into a meeting or building word that belongs to the same campaign.
const LEXICON_EXTENSIONS = buildTrie(
  [...CAMPAIGN_SUFFIXES.map((s) => s.suffix), "现场会", "建设", "创建"].map((s) => [s, s] as const),
);

// Quoted text with its position; the normalised view drops quotes and spaces but remembers where each char came from.
type Normalised = { text: string; origin: Int32Array };

const IGNORED_TABLE = new Uint8Array(0x10000);
for (const c of IGNORED) IGNORED_TABLE[c.charCodeAt(0)] = 1;

// Runs between ignored characters are copied as slices: this is the hot loop of campaign extraction.
// The origin map is one buffer, grown as needed and reused: lexiconMentions reads it before the next call.
let originBuffer = new Int32Array(4096);

function normaliseWithMap(text: string): Normalised {
  if (originBuffer.length < text.length) originBuffer = new Int32Array(Math.max(text.length, originBuffer.length * 2));
  const origin = originBuffer;
  let out = "";
  let n = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (IGNORED_TABLE[text.charCodeAt(i)] === 1) {
      if (i > from) out += text.slice(from, i);
      from = i + 1;
      continue;
    }
    origin[n++] = i;
  }
  if (from === 0) return { text, origin };
  if (from < text.length) out += text.slice(from);
  return { text: out, origin };
}

function suffixAt(text: string, at: number): { end: number; kind: CampaignKind } | undefined {
  const hit = longestAt(SUFFIX_TRIE, text, at);
  if (!hit || SUFFIX_BLOCKERS.has(text[hit.end] ?? "")) return undefined;
  return { end: hit.end, kind: hit.value.kind };
}

const HAN = /[\u4e00-\u9fff]/;
const TRIGGER_SET = new Set(CAMPAIGN_TRIGGERS);
const TRIGGER_LENGTHS = [...new Set(CAMPAIGN_TRIGGERS.map((t) => t.length))].sort((a, b) => b - a);

const TRIGGER_LAST = new Uint8Array(0x10000);
for (const t of CAMPAIGN_TRIGGERS) TRIGGER_LAST[t.charCodeAt(t.length - 1)] = 1;

// The length of the launching verb that ends at `end`, or 0. A verb that is the tail of a longer word is none
// (推进行政执法体制改革 holds 推进, not 进行). The last-character test spares the slices: this runs for every
// character the name walks back over.
function triggerEndingAt(text: string, end: number): number {
  if (end < 1 || TRIGGER_LAST[text.charCodeAt(end - 1)] !== 1) return 0;
  for (const n of TRIGGER_LENGTHS) {
    if (end < n) continue;
    const verb = text.slice(end - n, end);
    if (TRIGGER_SET.has(verb) && !TRIGGER_TAIL_OF.get(verb)?.includes(text[end - n - 1] ?? "")) return n;
  }
  return 0;
}

// A test of whether one of `words` ends at a position: words.some((w) => text.startsWith(w, end - w.length)), as fast
// as a set lookup per length. startsWith reads a negative position as 0, so near the text's start a longer word is
// compared at 0: the slow form keeps that reading there.
function wordEndingAt(words: readonly string[]): (text: string, end: number) => boolean {
  const lengths = [...new Set(words.map((w) => w.length))];
  const maxLength = Math.max(...lengths);
  const set = new Set(words);
  const last = new Set(words.map((w) => w[w.length - 1]));
  return (text, end) => {
    if (end < maxLength) return words.some((w) => text.startsWith(w, end - w.length));
    if (!last.has(text[end - 1])) return false;
    for (const n of lengths) if (set.has(text.slice(end - n, end))) return true;
    return false;
  };
}

// A short front (脱贫攻坚战) names a drive only when nothing was stripped before it: after a demonstrative or a scope
// word (打好此次征收攻坚战) the phrase points back at the article's own drive.
function anaphoricShortFront(start: number, head: number, at: number): boolean {
  return start > head && at - start < UNQUOTED_MIN_HEAD;
}

function containsTrigger(text: string): boolean {
  for (let end = 1; end <= text.length; end++) if (triggerEndingAt(text, end)) return true;
  return false;
}

// A suffix right after the quotes, or after a short infix of plain words: “红手印”志愿服务活动, “山海”提升工程.
function suffixAfterInfix(text: string, at: number): { end: number; kind: CampaignKind } | undefined {
  for (let i = at; i <= at + MAX_SUFFIX_INFIX; i++) {
    if (i > at) {
      const ch = text[i - 1] ?? "";
      if (!HAN.test(ch) || INFIX_BREAKERS.has(ch)) return undefined;
    }
    const suffix = suffixAt(text, i);
    if (suffix) return i > at && containsTrigger(text.slice(at, i)) ? undefined : suffix;
  }
  return undefined;
}

// Take in the quotes around a span when they belong to it: “六治六提” or “六治六提”作风建设行动.
function widenToQuotes(text: string, start: number, end: number): [number, number] {
  let opens = 0;
  let closes = 0;
  for (let i = start; i < end; i++) {
    if (OPEN_QUOTES.has(text[i]) && !CLOSE_QUOTES.has(text[i])) opens++;
    else if (CLOSE_QUOTES.has(text[i]) && !OPEN_QUOTES.has(text[i])) closes++;
  }
  let s = start;
  let e = end;
  if (OPEN_QUOTES.has(text[s - 1] ?? "") && closes > opens) s--;
  else if (OPEN_QUOTES.has(text[s - 1] ?? "") && CLOSE_QUOTES.has(text[e] ?? "") && opens === closes) {
    s--;
    e++;
  }
  if (CLOSE_QUOTES.has(text[e] ?? "") && opens > closes) e++;
  return [s, e];
}

function lexiconMentions(text: string): ExtractedCampaign[] {
  const norm = normaliseWithMap(text);
  const out: ExtractedCampaign[] = [];
  for (const m of scanLongest(LEXICON_TRIE, norm.text)) {
    let normEnd = m.end;
    const ext = longestAt(LEXICON_EXTENSIONS, norm.text, normEnd);
    if (ext && !SUFFIX_BLOCKERS.has(norm.text[ext.end] ?? "")) normEnd = ext.end;
    const [start, end] = widenToQuotes(text, norm.origin[m.start], norm.origin[normEnd - 1] + 1);
    // A mention never spans a paragraph break.
    if (text.slice(start, end).includes("\n")) continue;
    const key = ENTRY_KEY.get(m.value)!;
    out.push({ start, end, text: text.slice(start, end), name: m.value.name, key, kind: m.value.kind });
  }
  return out;
}

const QUOTED = /“([^“”\n。，！？；：]{1,24})”|‘([^‘’\n。，！？；：]{1,24})’|"([^"\n。，！？；：]{1,24})"/g;

type Quoted = { start: number; end: number; content: string };

function quotedPhrases(text: string): Quoted[] {
  const out: Quoted[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const content = m[1] ?? m[2] ?? m[3] ?? "";
    out.push({ start: m.index, end: m.index + m[0].length, content });
  }
  return out;
}

const overlaps = overlapsAny;

// A candidate name a rule dropped, for the rejection trace (extract --explain); absent in normal extraction.
type Drop = (text: string, offset: number, rule: string) => void;

function fromPattern(text: string, q: Quoted, name: string, kind: CampaignKind, end: number): ExtractedCampaign {
  const known = KEY_INDEX.get(rawKey(name));
  return {
    start: q.start,
    end,
    text: text.slice(q.start, end),
    name: known?.entry.name ?? name,
    key: known?.key ?? rawKey(name),
    kind: known?.entry.kind ?? kind,
  };
}

const SLOGAN_CHARS = /^[\u4e00-\u9fff]+$/;

// “六治六提”, “四维考评”, “两进两回”, “七张问题清单”, “五水共治”: short, all Han, opening with a numeral that is not a
// count (“两个确立”, “三大平台”) and not a saying led by 一 (“一老一小”, “一县一策”, “一战到底”).
export function isNumberedSlogan(content: string): boolean {
  if (content.length < SLOGAN_MIN || content.length > SLOGAN_MAX || !SLOGAN_CHARS.test(content)) return false;
  if (!SLOGAN_NUMERALS.includes(content[0]) || SLOGAN_NUMERALS.includes(content[1])) return false;
  if (SLOGAN_NOT_SECOND.includes(content[1]) || CAMPAIGN_STOP_LIST.has(content)) return false;
  // A numbered pair (“六化六有”) is a slogan even when one of its words is also a word of speech.
  if (isNumberedPair(content)) return true;
  for (const ch of content) if (SLOGAN_SPEECH_CHARS.includes(ch)) return false;
  // 一-led quotes are sayings (“一战到底”, “一老一小”, “一县一策”), not numbered drives
  return content[0] !== "一";
}

// “四色”预警, “三色”管理: a short quoted numeral word (not a count) named by the head right after it.
function numberedQuoteHead(text: string, q: Quoted): string | undefined {
  const c = q.content;
  if (c.length < 2 || c.length > 3 || !SLOGAN_CHARS.test(c) || !SLOGAN_NUMERALS.includes(c[0])) return undefined;
  if (SLOGAN_NUMERALS.includes(c[1]) || SLOGAN_NOT_SECOND.includes(c[1]) || CAMPAIGN_STOP_LIST.has(c)) return undefined;
  return NUMBERED_QUOTE_HEADS.find((h) => text.startsWith(h, q.end) && !SUFFIX_BLOCKERS.has(text[q.end + h.length] ?? ""));
}

// The index of the bracket closing the one opened at `at`, within MAX_BRACKET_EXPANSION characters of one line, or -1.
function bracketClose(text: string, at: number): number {
  for (let k = at + 1; k <= at + MAX_BRACKET_EXPANSION + 1 && k < text.length; k++) {
    if (CLOSE_BRACKETS.includes(text[k])) return k;
    if (/[\n。；！？“”]/.test(text[k])) return -1;
  }
  return -1;
}

// “周末清洁日”, or 把每周五定为“人居环境整治日”: a quoted day that recurs.
function isRecurringDay(text: string, q: Quoted): boolean {
  if (!RECURRING_DAY.test(q.content) || CAMPAIGN_STOP_LIST.has(q.content)) return false;
  return RECURRING_INSIDE.test(q.content.slice(0, -1)) || RECURRING_BEFORE.test(text.slice(Math.max(0, q.start - 12), q.start));
}

// A quoted numbered deployment: its head word when the county or a body below it owns it (县委“2345”工作部署), null
// when a higher level does (落实省委“三个三”总体要求: a frame, dropped), undefined when the quote is no deployment.
function deploymentOf(text: string, q: Quoted): string | null | undefined {
  if (!DEPLOYMENT_NUMBER.test(q.content) || CAMPAIGN_STOP_LIST.has(q.content)) return undefined;
  const head = DEPLOYMENT_HEADS.find((h) => text.startsWith(h, q.end));
  if (!head) return undefined;
  const owner = text.slice(Math.max(0, q.start - 5), q.start);
  if (HIGHER_OWNER.test(owner)) return null;
  return OWN_OWNER.test(owner) ? head : undefined;
}

function patternMentions(text: string, taken: ExtractedCampaign[], drop?: Drop): ExtractedCampaign[] {
  const quotes = quotedPhrases(text);
  const out: ExtractedCampaign[] = [];
  for (let i = 0; i < quotes.length; ) {
    // A run of adjacent quoted phrases shares the suffix that follows it: “三权分置”“三位一体”…等改革.
    let j = i;
    let joined = false;
    for (; j + 1 < quotes.length; j++) {
      const gap = text.slice(quotes[j].end, quotes[j + 1].start);
      if (!/^[、+＋]?$/.test(gap)) break;
      if (gap && gap !== "、") joined = true;
    }
    const run = quotes.slice(i, j + 1);
    i = j + 1;
    let after = run[run.length - 1].end;
    // “X”+“Y”机制: mechanisms joined by + before their shared head are one campaign each, named by the quote
    if (joined) {
      const head = JOINED_MECHANISM_HEADS.find((h) => text.startsWith(h, after));
      for (const q of run) {
        if (!head || !SLOGAN_NUMERALS.includes(q.content[0]) || overlaps(q, taken)) continue;
        out.push(fromPattern(text, q, q.content, "drive", q.end));
      }
      if (head) continue;
    }
    const listed = text[after] === "等";
    if (listed) after++;
    // “两清”（清淤、清障）专项行动: the bracketed expansion stands between the quote and its head word
    if (run.length === 1 && !listed && OPEN_BRACKETS.includes(text[after] ?? "")) {
      const close = bracketClose(text, after);
      if (close > 0 && suffixAfterInfix(text, close + 1)) after = close + 1;
    }
    const suffix = run.length === 1 && !listed ? suffixAfterInfix(text, after) : suffixAt(text, after);
    for (const q of run) {
      const deployment = run.length === 1 ? deploymentOf(text, q) : undefined;
      if (deployment === null) {
        drop?.(text.slice(q.start, q.end), q.start, "higher-level-frame");
        continue;
      }
      if (deployment && !overlaps(q, taken)) {
        out.push(fromPattern(text, q, q.content + deployment, "drive", q.end + deployment.length));
        continue;
      }
      if (CAMPAIGN_STOP_LIST.has(q.content) || overlaps(q, taken)) {
        drop?.(text.slice(q.start, q.end), q.start, CAMPAIGN_STOP_LIST.has(q.content) ? "campaign-stop-list" : "overlaps-another-campaign");
        continue;
      }
      const last = q === run[run.length - 1];
      const suffixText = suffix ? text.slice(after, suffix.end) : "";
      const short = SHORT_NAME_HEADS.get(suffixText);
      // 项目 names a project only of a quote that is no campaign by itself (“挂图作战”项目 stays “挂图作战”).
      const shortFails = short && (q.content.length > short || q.content.includes("的") || CAMPAIGN_SUFFIXES.some((c) => c.suffix !== suffixText && q.content.endsWith(c.suffix)));
      if (suffix && (run.length === 1 || listed) && !shortFails) {
        if (EVENT_WORDS.test(suffixText) && suffixText.endsWith("活动")) {
          drop?.(text.slice(q.start, suffix.end), q.start, "event");
          continue;
        }
        out.push(fromPattern(text, q, q.content + suffixText, suffix.kind, last && !listed ? suffix.end : q.end));
        continue;
      }
      const mechanism = run.length === 1 ? numberedQuoteHead(text, q) : undefined;
      if (mechanism) {
        out.push(fromPattern(text, q, q.content + mechanism, "drive", q.end + mechanism.length));
        continue;
      }
      // The name before the suffix needs two characters: “碧水行动”, “双百行动”, but not “大改革”.
      const own = CAMPAIGN_SUFFIXES.find((s) => {
        const limit = SHORT_NAME_HEADS.get(s.suffix);
        if (limit && (q.content.length > limit + s.suffix.length || q.content.includes("的"))) return false;
        return q.content.endsWith(s.suffix) && q.content.length >= s.suffix.length + 2;
      });
      if (own && own.suffix === "活动" && EVENT_WORDS.test(q.content)) drop?.(text.slice(q.start, q.end), q.start, "event");
      else if (own) out.push(fromPattern(text, q, q.content, own.kind, q.end));
      else if (isNumberedSlogan(q.content) && FACILITY_TAIL.test(text.slice(q.end, q.end + 12))) {
        drop?.(text.slice(q.start, q.end), q.start, "modifier-of-a-facility");
      } else if (isNumberedSlogan(q.content)) out.push(fromPattern(text, q, q.content, "drive", q.end));
      else if (isRecurringDay(text, q)) out.push(fromPattern(text, q, q.content, "drive", q.end));
      else drop?.(text.slice(q.start, q.end), q.start, "quoted-without-campaign-suffix");
    }
  }
  return out;
}

function mention(text: string, start: number, end: number, name: string, kind: CampaignKind): ExtractedCampaign {
  const known = KEY_INDEX.get(rawKey(name));
  return {
    start,
    end,
    text: text.slice(start, end),
    name: known?.entry.name ?? name,
    key: known?.key ?? rawKey(name),
    kind: known?.entry.kind ?? kind,
  };
}

function stripLeads(text: string, start: number, end: number, leads: readonly string[]): number {
  let s = start;
  for (let changed = true; changed; ) {
    changed = false;
    for (const lead of leads) {
      if (end - s > lead.length && text.startsWith(lead, s)) {
        s += lead.length;
        changed = true;
        break;
      }
    }
  }
  return s;
}

const PLAN_TITLE = new RegExp(`《([^《》\n]{4,60}?)(?:${PLAN_TITLE_SUFFIXES.join("|")})(?:[（(][^（）()]*[）)])?》`, "g");
const YEAR_LEAD = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年/;
const YEAR_TAIL = /(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:度)?$/;

// 《衢州市柯城区关于加快推进X的实施方案》, 《柯城区打造中国营商环境最优城市2022年实施方案（送审稿）》: X is a drive.
function planMentions(text: string, taken: ExtractedCampaign[], drop?: Drop): ExtractedCampaign[] {
  if (!text.includes("《")) return [];
  const out: ExtractedCampaign[] = [];
  for (const m of text.matchAll(PLAN_TITLE)) {
    let start = m.index + 1;
    let end = start + m[1].length;
    for (let changed = true; changed; ) {
      const s0 = start;
      const e0 = end;
      start = stripLeads(text, start, end, PLAN_TITLE_LEADS);
      const lead = YEAR_LEAD.exec(text.slice(start, end));
      if (lead) start += lead[0].length;
      const tail = YEAR_TAIL.exec(text.slice(start, end));
      if (tail) end -= tail[0].length;
      if (text[end - 1] === "的") end--;
      changed = start !== s0 || end !== e0;
    }
    const name = normaliseCampaignText(text.slice(start, end));
    if (name.length < 4) {
      drop?.(text.slice(start, end), start, "plan-title-too-short");
      continue;
    }
    const span = { start, end };
    if (overlaps(span, taken)) {
      drop?.(text.slice(start, end), start, "overlaps-another-campaign");
      continue;
    }
    out.push(mention(text, start, end, name, "drive"));
  }
  return out;
}

// Characters an unquoted name is made of; 的/等/是 and punctuation end it, and 暨, which joins two events or drives
// (“四个三重大生态”工程暨农村危房改造推进会).
const NAME_CHAR = /[\u4e00-\u9fffA-Za-z0-9+]/;
const NAME_BREAKERS = new Set([..."的等了是在为对把被暨"]);
const UNQUOTED_SUFFIX_RE = new RegExp(
  [...UNQUOTED_SUFFIXES].sort((a, b) => b.suffix.length - a.suffix.length).map((s) => s.suffix).join("|"),
  "g",
);
const UNQUOTED_KIND = new Map(UNQUOTED_SUFFIXES.map((s) => [s.suffix, s.kind]));
const UNQUOTED_MIN = new Map(UNQUOTED_SUFFIXES.map((s) => [s.suffix, s.minHead ?? UNQUOTED_MIN_HEAD]));

// 推进服务供给侧改革, 实施农房整治和风貌提升工程, 围绕公立医院综合改革: the nearest launching verb before the suffix
// starts the name. 关于推进X改革 is the topic of another text (重要指示, 意见), not a drive of this one.
function verbLedMentions(text: string, taken: ExtractedCampaign[], drop?: Drop): ExtractedCampaign[] {
  const out: ExtractedCampaign[] = [];
  for (const m of text.matchAll(UNQUOTED_SUFFIX_RE)) {
    const at = m.index;
    const end = at + m[0].length;
    if (SUFFIX_BLOCKERS.has(text[end] ?? "")) continue;
    // Walk back over name characters to the nearest launching verb (leads such as 全区 may come after it).
    let head = -1;
    for (let h = at; h > 0 && at - h <= UNQUOTED_MAX_HEAD + 2; h--) {
      const verb = triggerEndingAt(text, h);
      if (verb) {
        if (!text.startsWith("关于", h - verb - 2)) head = h;
        break;
      }
      const ch = text[h - 1];
      if (!NAME_CHAR.test(ch) || NAME_BREAKERS.has(ch)) break;
    }
    if (head < 0) continue;
    const start = stripLeads(text, head, at, UNQUOTED_LEADS);
    if (at - start < UNQUOTED_MIN.get(m[0])! || at - start > UNQUOTED_MAX_HEAD || anaphoricShortFront(start, head, at)) {
      drop?.(text.slice(start, end), start, "unquoted-name-length");
      continue;
    }
    if (
      UNQUOTED_GENERIC_HEADS.has(text.slice(start, at)) ||
      SET_HEAD_TAIL.test(text.slice(start, at)) ||
      COUNTED_FRONT.test(text.slice(start, at)) ||
      isDirection(text.slice(start, at), m[0])
    ) {
      drop?.(text.slice(start, end), start, "unquoted-generic-head");
      continue;
    }
    const span = { start, end };
    if (overlaps(span, taken) || overlaps(span, out)) {
      drop?.(text.slice(start, end), start, "overlaps-another-campaign");
      continue;
    }
    out.push(mention(text, start, end, text.slice(start, end), UNQUOTED_KIND.get(m[0])!));
  }
  return out;
}

const MEETING_RE = new RegExp(
  `(?:${[...MEETING_HEADS].sort((a, b) => b.suffix.length - a.suffix.length).map((h) => h.suffix).join("|")})(?=${[...MEETING_WORDS, ...FRAME_FOLLOWERS].join("|")})`,
  "g",
);
const MEETING_KIND = new Map(MEETING_HEADS.map((h) => [h.suffix, h.kind]));
const meetingOpenerEndingAt = wordEndingAt(MEETING_OPENERS);

// 在全区污染防治攻坚大会上, 召开小城镇环境综合整治推进会: the drive a meeting is held for, named right before it.
function meetingMentions(text: string, taken: ExtractedCampaign[]): ExtractedCampaign[] {
  const out: ExtractedCampaign[] = [];
  for (const m of text.matchAll(MEETING_RE)) {
    const at = m.index;
    const end = at + m[0].length;
    let head = at;
    while (head > 0 && at - head <= UNQUOTED_MAX_HEAD + 2) {
      const ch = text[head - 1];
      if (!NAME_CHAR.test(ch) || NAME_BREAKERS.has(ch) || meetingOpenerEndingAt(text, head)) break;
      head--;
    }
    const start = stripLeads(text, head, at, UNQUOTED_LEADS);
    if (at - start < UNQUOTED_MIN_HEAD || at - start > UNQUOTED_MAX_HEAD) continue;
    if (UNQUOTED_GENERIC_HEADS.has(text.slice(start, at)) || isDirection(text.slice(start, at), m[0])) continue;
    const span = { start, end };
    if (overlaps(span, taken) || overlaps(span, out)) continue;
    out.push(mention(text, start, end, text.slice(start, end), MEETING_KIND.get(m[0])!));
  }
  return out;
}

const STRONG_RE = new RegExp(
  [...STRONG_HEADS].sort((a, b) => b.suffix.length - a.suffix.length).map((h) => h.suffix).join("|"),
  "g",
);
const STRONG_KIND = new Map(STRONG_HEADS.map((h) => [h.suffix, h.kind]));
const STRONG_MIN = new Map(STRONG_HEADS.map((h) => [h.suffix, h.minHead ?? UNQUOTED_MIN_HEAD]));
const nameOpenerEndingAt = wordEndingAt(NAME_OPENERS);

const CLOSE_BRACKETS = ")）";
const OPEN_BRACKETS = "(（";

// Where an unquoted name that ends at `at` starts: back over name characters to the nearest breaker, launching verb
// or opener. A bracket of one or two characters inside the name is part of it (特色小(城)镇试点, 万(村)青(云)公路).
function nameHead(text: string, at: number, max = UNQUOTED_MAX_HEAD): number {
  let head = at;
  while (head > 0 && at - head <= max + 2) {
    const ch = text[head - 1];
    if (CLOSE_BRACKETS.includes(ch)) {
      // one or two Han characters between the brackets, and the name goes on before the opening one
      const inner = [1, 2].find((n) => OPEN_BRACKETS.includes(text[head - 2 - n] ?? "") && SLOGAN_CHARS.test(text.slice(head - 1 - n, head - 1)));
      if (inner === undefined || !HAN.test(text[head - 3 - inner] ?? "")) break;
      head -= inner + 2;
      continue;
    }
    if (!NAME_CHAR.test(ch) || NAME_BREAKERS.has(ch) || triggerEndingAt(text, head)) break;
    if (nameOpenerEndingAt(text, head)) break;
    head--;
  }
  return head;
}

// 该镇小城镇环境综合整治通过验收: a strong head word names a drive without a launching verb; the name starts after the
// nearest breaker, launching verb or opener.
function strongHeadMentions(text: string, taken: ExtractedCampaign[]): ExtractedCampaign[] {
  const out: ExtractedCampaign[] = [];
  for (const m of text.matchAll(STRONG_RE)) {
    const at = m.index;
    const end = at + m[0].length;
    if (SUFFIX_BLOCKERS.has(text[end] ?? "")) continue;
    const head = nameHead(text, at);
    const start = stripLeads(text, head, at, UNQUOTED_LEADS);
    if (at - start < STRONG_MIN.get(m[0])! || at - start > UNQUOTED_MAX_HEAD || anaphoricShortFront(start, head, at)) continue;
    const front = text.slice(start, at);
    if (UNQUOTED_GENERIC_HEADS.has(front) || SET_HEAD_TAIL.test(front) || COUNTED_FRONT.test(front)) continue;
    const span = { start, end };
    if (overlaps(span, taken) || overlaps(span, out)) continue;
    out.push(mention(text, start, end, text.slice(start, end), STRONG_KIND.get(m[0])!));
  }
  return out;
}

// Words that may follow a head word and still end the name there (318国道荆州段改扩建工程建设为重点).
const WORKS_FOLLOWER_BLOCK = /^(?:[师队院局处部兵款量]|公司)/;

// S201甲镇至乙镇段道路拓宽工程, 某水库移民安置工程, 幸福花苑一期工程: a bare 工程 whose front locates the works
// (WORKS_LOCATOR), with no launching verb needed; a counted front (60个村美化工程) names no project.
function worksMentions(text: string, taken: ExtractedCampaign[]): ExtractedCampaign[] {
  const out: ExtractedCampaign[] = [];
  for (let at = text.indexOf(WORKS_HEAD); at >= 0; at = text.indexOf(WORKS_HEAD, at + 1)) {
    const end = at + WORKS_HEAD.length;
    if (WORKS_FOLLOWER_BLOCK.test(text.slice(end, end + 2))) continue;
    const start = stripLeads(text, nameHead(text, at, WORKS_MAX_HEAD), at, UNQUOTED_LEADS);
    const front = text.slice(start, at);
    if (front.length < UNQUOTED_MIN_HEAD || front.length > WORKS_MAX_HEAD) continue;
    if (!WORKS_LOCATOR.test(front) || COUNTED_FRONT.test(front)) continue;
    const span = { start, end };
    if (overlaps(span, taken) || overlaps(span, out)) continue;
    out.push(mention(text, start, end, normaliseCampaignText(text.slice(start, end)), "project"));
  }
  return out;
}

// 推进背街小巷改造, 农村危房和棚户区改造: a run-down object (REBUILD_OBJECT) that opens its phrase, before 改造.
// Then the programme's abbreviation (棚改 for 棚户区改造) anywhere in the text is the same campaign.
function rebuildMentions(text: string, taken: ExtractedCampaign[]): ExtractedCampaign[] {
  const out: ExtractedCampaign[] = [];
  for (let at = text.indexOf(REBUILD_HEAD); at >= 0; at = text.indexOf(REBUILD_HEAD, at + 1)) {
    const end = at + REBUILD_HEAD.length;
    if (SUFFIX_BLOCKERS.has(text[end] ?? "")) continue;
    // the object opens the phrase (after a launching verb, an opener, a list word or a clause stop, and at most a
    // scope word or a year): 实地查看老旧小区改造 names an inspection's object, 困难群众存量危房改造 a share of one
    let start = stripLeads(text, nameHead(text, at), at, UNQUOTED_LEADS);
    start += YEAR_LEAD.exec(text.slice(start, at))?.[0].length ?? 0;
    const front = text.slice(start, at);
    if (!REBUILD_OBJECT.test(front) || MANNER_FRONT.test(front)) continue;
    const span = { start, end };
    if (overlaps(span, taken) || overlaps(span, out)) continue;
    out.push(mention(text, start, end, text.slice(start, end), "project"));
  }
  // X改: the first character of a programme's object (scope words 农村/城镇… left aside) + 改, not 改造 itself
  const programmes = new Map<string, ExtractedCampaign>();
  for (const c of [...taken, ...out]) {
    if (!c.name.endsWith(REBUILD_HEAD)) continue;
    const object = c.name.slice(0, -REBUILD_HEAD.length).replace(/^(?:农村|城镇|城市|城区)/, "");
    if (REBUILD_OBJECT.test(object) && !programmes.has(object[0])) programmes.set(object[0], c);
  }
  for (const [initial, full] of programmes) {
    const abbreviation = initial + REBUILD_ABBREVIATION_TAIL;
    for (let at = text.indexOf(abbreviation); at >= 0; at = text.indexOf(abbreviation, at + 1)) {
      const end = at + abbreviation.length;
      if (text[end] === "造" || text[end] === "革") continue;
      const span = { start: at, end };
      if (overlaps(span, taken) || overlaps(span, out)) continue;
      out.push(Object.assign({}, full, { start: at, end, text: abbreviation }));
    }
  }
  return out;
}

const DESIGNATION_VERB_RE = new RegExp(longestAlternation(DESIGNATION_VERBS), "g");
const DESIGNATION_PAIR_RE = new RegExp(`创[${DESIGNATION_QUALITIES.map((q) => q[0]).join("")}]创[${DESIGNATION_QUALITIES.map((q) => q[0]).join("")}]`, "g");

function isDesignation(name: string): boolean {
  return name.length >= 3 && name.length <= DESIGNATION_MAX && DESIGNATION_PLACE.test(name) && DESIGNATION_MARK.test(name);
}

function endsDesignation(text: string, at: number): boolean {
  const ch = text[at] ?? "";
  return !HAN.test(ch) || DESIGNATION_TAILS.some((t) => text.startsWith(t, at));
}

// 创建省级森林城镇, 争创国家卫生县城 (the longest designation right after the verb), 国家级卫生镇创建考核 (the
// designation before 创建, from its level word), and 创文创卫 (drives named by their quality words' first characters).
function designationMentions(text: string, taken: ExtractedCampaign[]): ExtractedCampaign[] {
  const out: ExtractedCampaign[] = [];
  // the designation is the name whether 创建 comes before or after it (创建国家卫生镇, 国家卫生镇创建)
  const push = (start: number, end: number, name = text.slice(start, end)) => {
    const span = { start, end };
    if (overlaps(span, taken) || overlaps(span, out)) return;
    out.push(mention(text, start, end, name, "drive"));
  };
  for (const m of text.matchAll(DESIGNATION_VERB_RE)) {
    const from = m.index + m[0].length;
    // the longest designation that ends before a tail word; one opening with a level word may run into a verb
    let best = -1;
    let levelled = -1;
    // (创建了, 创建的, 创建过: the verb is done or qualifies a noun, no designation follows)
    for (let e = from + 3; !/[了的过]/.test(text[from] ?? "") && e <= from + DESIGNATION_MAX && HAN.test(text[e - 1] ?? ""); e++) {
      if (!isDesignation(text.slice(from, e))) continue;
      if (endsDesignation(text, e)) best = e;
      else if (DESIGNATION_LEVEL.test(text.slice(from, e))) levelled = e;
    }
    if (best < 0) best = levelled;
    if (best > 0) push(from, best);
    // before the verb: X创建 (考核, 标准, 工作)
    if (m[0] !== "创建" || m.index === 0) continue;
    const head = nameHead(text, m.index);
    // an item of a 、-list of works needs no level word (道路硬化、卫生村创建等): the list bounds the name
    const listItem = text[head - 1] === "、" || text[m.index + m[0].length] === "、";
    for (let s = head; s < m.index; s++) {
      const name = text.slice(s, m.index);
      if ((DESIGNATION_LEVEL.test(name) || (listItem && s === head)) && isDesignation(name)) {
        push(s, m.index + m[0].length, name);
        break;
      }
    }
  }
  for (const m of text.matchAll(DESIGNATION_PAIR_RE)) push(m.index, m.index + m[0].length);
  return out;
}

// 滇西移民搬迁: a drive a leading group or 指挥部 is named after, when the text names it again outside the body's name.
const BODY_NAME_LEADS = [...BODY_LEADS, ...UNQUOTED_LEADS];

function bodyNamedMentions(text: string, taken: ExtractedCampaign[]): ExtractedCampaign[] {
  const out: ExtractedCampaign[] = [];
  for (const m of text.matchAll(BODY_DRIVE_TAILS)) {
    const end = m.index + m[0].length;
    if (!BODY_WORDS.test(text.slice(end, end + 6))) continue;
    const start = stripLeads(text, nameHead(text, m.index), m.index, BODY_NAME_LEADS);
    if (m.index - start < BODY_DRIVE_MIN_FRONT) continue;
    const name = text.slice(start, end);
    const elsewhere: ExtractedCampaign[] = [];
    for (let k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + 1)) {
      const span = { start: k, end: k + name.length };
      if (k !== start && !overlaps(span, taken) && !overlaps(span, out)) elsewhere.push(mention(text, k, span.end, name, "project"));
    }
    if (!elsewhere.length || overlaps({ start, end }, taken) || overlaps({ start, end }, out)) continue;
    out.push(mention(text, start, end, name, "project"), ...elsewhere);
  }
  return out;
}

// 八件民生实事, 十大民生实事: a yearly list named by its count.
function yearlyListMentions(text: string, taken: ExtractedCampaign[]): ExtractedCampaign[] {
  // every such name holds 实事: most texts have none, and the regex, opening on a numeral, is tried at every one
  if (!text.includes("实事")) return [];
  const out: ExtractedCampaign[] = [];
  for (const m of text.matchAll(YEARLY_LIST)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span, taken) || overlaps(span, out)) continue;
    out.push(mention(text, span.start, span.end, m[0], "project"));
  }
  return out;
}

// 推进数字化改革, 结合数字化改革: a direction, not a drive (DIRECTION_FRONT).
function isDirection(front: string, head: string): boolean {
  return (
    (DIRECTION_HEADS.has(head) && DIRECTION_FRONT.test(front)) ||
    (MANNER_HEADS.has(head) && MANNER_FRONT.test(front)) ||
    (head === "整治" && ENVIRONMENT_AREA.test(front))
  );
}

const NUMBERED_NAME_RE = new RegExp(
  `[${NUMBERED_NAME_NUMERALS}][\u4e00-\u9fff]{1,4}?(?:${[...NUMBERED_NAME_HEADS]
    .sort((a, b) => b.suffix.length - a.suffix.length)
    .map((h) => h.suffix)
    .join("|")})`,
  "g",
);
const NUMBERED_NAME_KIND = new Map(NUMBERED_NAME_HEADS.map((h) => [h.suffix, h.kind]));

// 五清行动, 三清三拆行动: an unquoted numbered name with its head word, standing at the start of a name (after
// punctuation, a list comma, a breaker or a launching verb). The numeral is not a count (三项行动, 八大工程).
function numberedNameMentions(text: string, taken: ExtractedCampaign[], drop?: Drop): ExtractedCampaign[] {
  const out: ExtractedCampaign[] = [];
  for (const m of text.matchAll(NUMBERED_NAME_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? "";
    const startsName = !NAME_CHAR.test(before) || NAME_BREAKERS.has(before) || triggerEndingAt(text, start) > 0;
    if (!startsName || SUFFIX_BLOCKERS.has(text[end] ?? "")) continue;
    const head = NUMBERED_NAME_HEADS.filter((h) => m[0].endsWith(h.suffix)).sort((a, b) => b.suffix.length - a.suffix.length)[0];
    const front = m[0].slice(0, -head.suffix.length);
    if (front.length < 2 || NUMBERED_NAME_NOT_SECOND.includes(front[1]) || /[的了是在有要把被]/.test(front)) continue;
    if (CAMPAIGN_STOP_LIST.has(front) || NUMBERED_PAIR_IDIOMS.has(front)) continue;
    const span = { start, end };
    if (overlaps(span, taken) || overlaps(span, out)) {
      drop?.(m[0], start, "overlaps-another-campaign");
      continue;
    }
    out.push(mention(text, start, end, m[0], NUMBERED_NAME_KIND.get(head.suffix)!));
  }
  return out;
}

const ENUMERATION_HEADS_BY_LENGTH = [...ENUMERATION_HEADS].sort((a, b) => b.suffix.length - a.suffix.length);
// 四边三化, 三改一拆, 六化六有, 双带双联: numeral, word, numeral, word.
const PAIR_NUMERALS = SLOGAN_NUMERALS.replace("一", "");

function isNumberedPair(name: string): boolean {
  return (
    name.length === 4 &&
    SLOGAN_CHARS.test(name) &&
    PAIR_NUMERALS.includes(name[0]) &&
    SLOGAN_NUMERALS.includes(name[2]) &&
    !SLOGAN_NUMERALS.includes(name[1]) &&
    !SLOGAN_NUMERALS.includes(name[3]) &&
    !NUMBERED_PAIR_IDIOMS.has(name) &&
    !CAMPAIGN_STOP_LIST.has(name)
  );
}

// The campaign an enumeration item names, as [start, end, kind], or undefined.
function enumerationItem(text: string, start: number, end: number): [number, number, CampaignKind] | undefined {
  let s = start;
  let e = end;
  while (s < e && OPEN_QUOTES.has(text[s])) s++;
  while (e > s && CLOSE_QUOTES.has(text[e - 1])) e--;
  // The item after a launching verb in its clause: 结合小城镇综合环境整治 → 小城镇综合环境整治.
  for (let h = e - 2; h > s; h--) {
    if (triggerEndingAt(text, h)) {
      s = h;
      break;
    }
  }
  s = stripLeads(text, s, e, UNQUOTED_LEADS);
  for (let i = s; i < e; i++) if (!NAME_CHAR.test(text[i]) || NAME_BREAKERS.has(text[i])) return undefined;
  const name = text.slice(s, e);
  if (isNumberedPair(name)) return [s, e, "drive"];
  const head = ENUMERATION_HEADS_BY_LENGTH.find((h) => name.endsWith(h.suffix));
  // 争创全国文明县城、国家卫生县城、国家园林县城: designations listed beside one
  if (!head) return DESIGNATION_LEVEL.test(name) && isDesignation(name) ? [s, e, "drive"] : undefined;
  const before = name.length - head.suffix.length;
  if (before < (head.minHead ?? UNQUOTED_MIN_HEAD) || before > UNQUOTED_MAX_HEAD) return undefined;
  if (UNQUOTED_GENERIC_HEADS.has(name.slice(0, before)) || isDirection(name.slice(0, before), head.suffix)) return undefined;
  return [s, e, head.kind];
}

const LIST_BRACKETS = "（）()";

// The 、-list around a campaign: its clause in the article's shared units (clause stops and colons), cut at a bracket
// inside it (…（含X、Y）: the bracket opens or closes the list). Only the clause itself is scanned for brackets.
function listAround(units: TextUnits, c: ExtractedCampaign): { from: number; to: number } {
  const { text } = units;
  let from = unitStart(units, c.start, "clauseOrColon");
  for (let i = c.start - 1; i >= from; i--) {
    if (LIST_BRACKETS.includes(text[i])) {
      from = i + 1;
      break;
    }
  }
  let to = nextStop(units, c.end, "clauseOrColon");
  for (let i = c.end; i < to; i++) {
    if (LIST_BRACKETS.includes(text[i])) {
      to = i;
      break;
    }
  }
  return { from, to };
}

// Items of a 、-list that holds a campaign found otherwise are campaigns by their own form (see ENUMERATION_HEADS).
function enumerationMentions(text: string, taken: ExtractedCampaign[], units: TextUnits): ExtractedCampaign[] {
  const out: ExtractedCampaign[] = [];
  const seenClauses = new Set<number>();
  for (const c of taken) {
    const { from, to } = listAround(units, c);
    if (seenClauses.has(from)) continue;
    seenClauses.add(from);
    const clause = text.slice(from, to);
    if (!clause.includes("、")) continue;
    let at = from;
    const items: [number, number][] = [];
    for (const part of clause.split("、")) {
      items.push([at, at + part.length]);
      at += part.length + 1;
    }
    for (let i = 0; i < items.length; i++) {
      const [s, itemEnd] = items[i];
      let e = itemEnd;
      if (i === items.length - 1) {
        // The last item runs into the rest of the clause: cut it at the first tail word (…等建设热潮, …组合拳).
        const item = text.slice(s, e);
        for (const tail of ENUMERATION_TAILS) {
          const at = item.indexOf(tail);
          if (at >= 0) e = Math.min(e, s + at);
        }
      }
      const hit = enumerationItem(text, s, e);
      if (!hit) continue;
      const span = { start: hit[0], end: hit[1] };
      if (overlaps(span, taken) || overlaps(span, out)) continue;
      out.push(mention(text, hit[0], hit[1], text.slice(hit[0], hit[1]), hit[2]));
    }
  }
  return out;
}

// The sentence around a position, its stop excluded (the article's `sentence` units).
function sentenceAround(units: TextUnits, pos: number): { start: number; end: number } {
  return { start: unitStart(units, pos, "sentence"), end: nextStop(units, pos, "sentence") };
}

function hostKeys(list: ExtractedCampaign[]): ExtractedCampaign[] {
  const seen = new Set<string>();
  return list.filter((c) => c.kind === "competition" && !FORMAT_KEYS.has(c.key) && !seen.has(c.key) && seen.add(c.key));
}

// A format mention (“互看互学互比”现场会) takes the name and key of its host competition: the nearest one in the same
// sentence, else the only one in the headline, else the only one in the article. Its span and text stay as written.
export function resolveCampaignFormats(
  text: string,
  mentions: ExtractedCampaign[],
  options: { header?: ExtractedCampaign[] | (() => ExtractedCampaign[]); units?: TextUnits } = {},
): ExtractedCampaign[] {
  if (!mentions.some((c) => FORMAT_KEYS.has(c.key))) return mentions;
  const hosts = mentions.filter((c) => c.kind === "competition" && !FORMAT_KEYS.has(c.key));
  const header = typeof options.header === "function" ? options.header() : options.header;
  const headerHosts = hostKeys(header ?? []);
  const articleHosts = hostKeys(hosts);
  const units = options.units?.text === text ? options.units : textUnits(text);
  return mentions.map((c) => {
    if (!FORMAT_KEYS.has(c.key)) return c;
    const sentence = sentenceAround(units, c.start);
    const near = hosts
      .filter((h) => h.start >= sentence.start && h.end <= sentence.end)
      .sort((a, b) => distance(a, c) - distance(b, c))[0];
    const host = near ?? (headerHosts.length === 1 ? headerHosts[0] : articleHosts.length === 1 ? articleHosts[0] : undefined);
    return host ? Object.assign({}, c, { name: host.name, key: host.key, kind: host.kind }) : c;
  });
}

// ---- members of a counted set ----

const SET_NUMERALS: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const SET_RE = new RegExp(`[“"]?([两二三四五六七八九十])大(${SET_MEMBER_HEADS.map((h) => h.suffix).join("|")})[”"]?`, "gu");
const SET_KIND = new Map(SET_MEMBER_HEADS.map((h) => [h.suffix, h.kind]));
const SET_LEADS = longestFirst([...UNQUOTED_LEADS, ...CAMPAIGN_TRIGGERS]);
const CLAUSE_BREAK = /[，。；：！？,;:!?\n（）()]/u;

// 实施A、B、…、H“八大行动” (dev d66): the items between the clause's opening verb and the count, as many as it says.
function setMemberMentions(text: string, taken: ExtractedCampaign[]): ExtractedCampaign[] {
  const out: ExtractedCampaign[] = [];
  for (const m of text.matchAll(SET_RE)) {
    const count = SET_NUMERALS[m[1]];
    const head = m[2];
    let from = m.index;
    while (from > 0 && !CLAUSE_BREAK.test(text[from - 1])) from--;
    // Leading words of the clause (深入实施, 全面推进) belong to the sentence, not to the first item.
    for (let lead = SET_LEADS.find((l) => text.startsWith(l, from)); lead && from < m.index; lead = SET_LEADS.find((l) => text.startsWith(l, from))) {
      from += lead.length;
    }
    const items: [number, number][] = [];
    let start = from;
    for (let i = from; i <= m.index; i++) {
      if (i === m.index || text[i] === "、") {
        items.push([start, i]);
        start = i + 1;
      }
    }
    const fits = items.every(([a, b]) => b - a >= SET_MEMBER_MIN && b - a <= SET_MEMBER_MAX && /^[\u4e00-\u9fff]+$/u.test(text.slice(a, b)));
    if (items.length !== count || !fits) continue;
    for (const [a, b] of items) {
      const item = { start: a, end: b };
      if (overlaps(item, taken) || overlaps(item, out)) continue;
      const name = text.slice(a, b).endsWith(head) ? text.slice(a, b) : `${text.slice(a, b)}${head}`;
      out.push(mention(text, a, b, name, SET_KIND.get(head) ?? "drive"));
    }
  }
  return out;
}

function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.end <= b.start ? b.start - a.end : a.start - b.end;
}

// A number label in quotes with the head word after it: “1234”行动, “十百千”行动 (not a count: “三个一”).
// Mentions that share a merge key are one campaign: they carry the name of its first mention (“X区”建设 … “X”创建).
function oneNamePerKey(sorted: ExtractedCampaign[]): ExtractedCampaign[] {
  const names = new Map<string, string>();
  return sorted.map((c) => {
    const name = names.get(c.key);
    if (name === undefined) names.set(c.key, c.name);
    return name === undefined || name === c.name ? c : Object.assign({}, c, { name });
  });
}

const NUMBER_LABEL = /^[“"]([0-9]+|[一二两三四五六七八九十][\u4e00-\u9fff]{0,6})[”"][\u4e00-\u9fff]+$/;

// X工程“1234”行动: a drive followed right away by its quoted number label and a head word is one drive, not two.
function joinNumberedLabels(text: string, sorted: ExtractedCampaign[]): ExtractedCampaign[] {
  const out: ExtractedCampaign[] = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    const label = NUMBER_LABEL.exec(c.text)?.[1];
    const numbered = label !== undefined && (/^[0-9]+$/.test(label) || !SLOGAN_NOT_SECOND.includes(label[1] ?? ""));
    if (prev && prev.end === c.start && numbered && HAN.test(text[prev.end - 1]) && !prev.headline) {
      const name = normaliseCampaignText(text.slice(prev.start, c.end));
      out[out.length - 1] = mention(text, prev.start, c.end, name, prev.kind ?? "drive");
      continue;
    }
    out.push(c);
  }
  return out;
}

// `header`: the article's headline stack, where the host of a format mention is often named. `ctx`: the article's
// context (its sentences; the rejection trace when asked for).
export type ExtractCampaignsOptions = { header?: string; ctx?: ExtractContext };

// The mention producers in order; each sees what the ones before it found (`taken`) and does not find it again.
export const CAMPAIGN_PRODUCERS: readonly ((text: string, taken: ExtractedCampaign[], drop?: Drop) => ExtractedCampaign[])[] = [
  (text) => lexiconMentions(text),
  patternMentions,
  planMentions,
  verbLedMentions,
  meetingMentions,
  strongHeadMentions,
  worksMentions,
  rebuildMentions,
  designationMentions,
  yearlyListMentions,
  bodyNamedMentions,
  numberedNameMentions,
  setMemberMentions,
];

export function extractCampaigns(text: string, options: ExtractCampaignsOptions = {}): ExtractedCampaign[] {
  if (!text) return [];
  const { ctx } = options;
  const drop: Drop | undefined = ctx?.trace ? (t, offset, rule) => reject(ctx, { kind: "campaign", text: t, offset, rule }) : undefined;
  const found: ExtractedCampaign[] = [];
  for (const produce of CAMPAIGN_PRODUCERS) found.push(...produce(text, found, drop));
  // Items of a 、-list beside a campaign found above are read last, against everything found.
  const units = unitsFor(text, ctx);
  const all = oneNamePerKey(joinNumberedLabels(text, [...found, ...enumerationMentions(text, found, units)].sort((a, b) => a.start - b.start)));
  // The headline's campaigns are read only when a format mention needs a host (most articles have none).
  const header = options.header;
  return resolveCampaignFormats(text, all, { header: header ? () => extractCampaigns(header) : undefined, units });
}

/**
 * The campaigns a headline stack names that the body does not (by merge key), as mentions of the article with an empty
 * span at 0 and `headline: true` (issue #10 §3: a campaign named only in a headline is still the article's).
 */
export function headlineCampaigns(header: string, body: readonly ExtractedCampaign[]): ExtractedCampaign[] {
  if (!header) return [];
  const keys = body.map((c) => c.key);
  const out: ExtractedCampaign[] = [];
  for (const c of extractCampaigns(header)) {
    // a headline's shorter or longer form of a body name (专项整治行动 over the body's 路域环境专项整治) is the same drive
    if (keys.some((k) => k.includes(c.key) || c.key.includes(k))) continue;
    keys.push(c.key);
    out.push(Object.assign({}, c, { start: 0, end: 0, headline: true as const }));
  }
  return out;
}
