// Campaigns: the curated lexicon (lib/gazetteer/campaigns.ts) matched with quotes and spaces ignored, each mention
// extended by a generic suffix (“六治六提”作风建设行动); then quoted phrases with a campaign suffix (“双百”行动,
// “141”体系, “三权分置”…等改革). Every mention carries a merge key: one Campaign per real campaign across articles.

import {
  CAMPAIGNS,
  CAMPAIGN_STOP_LIST,
  CAMPAIGN_SUFFIXES,
  KEY_SUFFIXES,
  SUFFIX_BLOCKERS,
  buildTrie,
  longestAt,
  scanLongest,
  type CampaignEntry,
  type CampaignKind,
} from "@/lib/gazetteer";
import type { ExtractedCampaign } from "./types";

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
type Normalised = { text: string; origin: number[] };

const IGNORED_CODES = new Set([...IGNORED].map((c) => c.charCodeAt(0)));

function normaliseWithMap(text: string): Normalised {
  const kept: number[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (IGNORED_CODES.has(code)) continue;
    kept.push(code);
    origin.push(i);
  }
  // No quotes or spaces: the text itself is its normal form.
  if (kept.length === text.length) return { text, origin };
  let out = "";
  for (let i = 0; i < kept.length; i += 4096) out += String.fromCharCode(...kept.slice(i, i + 4096));
  return { text: out, origin };
}

function suffixAt(text: string, at: number): { end: number; kind: CampaignKind } | undefined {
  const hit = longestAt(SUFFIX_TRIE, text, at);
  if (!hit || SUFFIX_BLOCKERS.has(text[hit.end] ?? "")) return undefined;
  return { end: hit.end, kind: hit.value.kind };
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
    const key = rawKey(m.value.name);
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

function overlaps(a: { start: number; end: number }, list: { start: number; end: number }[]): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end);
}

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

function patternMentions(text: string, taken: ExtractedCampaign[]): ExtractedCampaign[] {
  const quotes = quotedPhrases(text);
  const out: ExtractedCampaign[] = [];
  for (let i = 0; i < quotes.length; ) {
    // A run of adjacent quoted phrases shares the suffix that follows it: “三权分置”“三位一体”…等改革.
    let j = i;
    while (j + 1 < quotes.length && /^、?$/.test(text.slice(quotes[j].end, quotes[j + 1].start))) j++;
    const run = quotes.slice(i, j + 1);
    i = j + 1;
    let after = run[run.length - 1].end;
    const listed = text[after] === "等";
    if (listed) after++;
    const suffix = suffixAt(text, after);
    for (const q of run) {
      if (CAMPAIGN_STOP_LIST.has(q.content) || overlaps(q, taken)) continue;
      const last = q === run[run.length - 1];
      if (suffix && (run.length === 1 || listed)) {
        const suffixText = text.slice(after, suffix.end);
        out.push(fromPattern(text, q, q.content + suffixText, suffix.kind, last && !listed ? suffix.end : q.end));
        continue;
      }
      // The name before the suffix needs two characters: “碧水行动”, “双百行动”, but not “大改革”.
      const own = CAMPAIGN_SUFFIXES.find((s) => q.content.endsWith(s.suffix) && q.content.length >= s.suffix.length + 2);
      if (own) out.push(fromPattern(text, q, q.content, own.kind, q.end));
    }
  }
  return out;
}

export function extractCampaigns(text: string): ExtractedCampaign[] {
  if (!text) return [];
  const lexicon = lexiconMentions(text);
  const patterns = patternMentions(text, lexicon);
  return [...lexicon, ...patterns].sort((a, b) => a.start - b.start);
}
