// Sentences and clauses of an article (issue #12 §1), computed once per text and shared by every rule file, the
// linker, review anchors and goal tracking. Every boundary the code uses is one of the named stop sets of
// char-sets.ts: a rule that needs another boundary adds a name there, never a regular expression of its own.

import { CLOSERS, STOP_SETS, type StopSetName } from "./char-sets";

export { CLOSERS, STOP_SETS, type StopSetName };

export type TextSpan = { start: number; end: number };

// clauseEnd's depth table: 1 opens a quote or bracket, 2 closes one (a typed array: it runs for every goal cue).
const QUOTE_DEPTH = new Uint8Array(0x10000);
for (const c of "“‘《「（(") QUOTE_DEPTH[c.charCodeAt(0)] = 1;
for (const c of "”’》」）)") QUOTE_DEPTH[c.charCodeAt(0)] = 2;

const TABLES = new Map<StopSetName, Uint8Array>();
function tableOf(name: StopSetName): Uint8Array {
  let table = TABLES.get(name);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (const c of STOP_SETS[name]) table[c.charCodeAt(0)] = 1;
    TABLES.set(name, table);
  }
  return table;
}
const CLOSER_TABLE = new Uint8Array(0x10000);
for (const c of CLOSERS) CLOSER_TABLE[c.charCodeAt(0)] = 1;

/** A stop set as a table indexed by UTF-16 code (1: a stop), for loops that test every character. */
export const stopTable = (name: StopSetName): Readonly<Uint8Array> => tableOf(name);

export const isStop = (ch: string | undefined, name: StopSetName): boolean =>
  ch !== undefined && ch.length > 0 && tableOf(name)[ch.charCodeAt(0)] === 1;

/** The positions of the stops of one set in `text`, ascending. */
export function stopPositions(text: string, name: StopSetName): number[] {
  const table = tableOf(name);
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] === 1) out.push(i);
  return out;
}

export type SentenceOptions = {
  stops?: StopSetName; // default "sentence"
  closers?: boolean; // default true: a closing quote after the stop stays in the sentence
  trimStart?: boolean; // default true: leading spaces are not part of the sentence
};

/** Sentences as half-open spans; a line break ends a sentence and is in none. Blank stretches give no sentence. */
export function splitSentences(text: string, options: SentenceOptions = {}): TextSpan[] {
  const table = tableOf(options.stops ?? "sentence");
  const closers = options.closers ?? true;
  const trimStart = options.trimStart ?? true;
  const out: TextSpan[] = [];
  const push = (from: number, to: number) => {
    let s = from;
    while (s < to && /\s/.test(text[s])) s++;
    if (to > s) out.push({ start: trimStart ? s : from, end: to });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (table[text.charCodeAt(i)] !== 1) continue;
    let end = i + (text[i] === "\n" ? 0 : 1);
    if (closers) while (end < text.length && CLOSER_TABLE[text.charCodeAt(end)] === 1) end++;
    push(start, end);
    start = Math.max(end, i + 1);
    i = start - 1;
  }
  push(start, text.length);
  return out;
}

/** The index of the span that starts at or before `pos` (the last one when several do); 0 for an empty list. */
export function spanIndexAt(spans: readonly TextSpan[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// The index of the first element >= value of an ascending list (its length when there is none).
function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The last element < value of an ascending list, or -1.
function lastBelow(list: readonly number[], value: number): number {
  const i = lowerBound(list, value);
  return i === 0 ? -1 : list[i - 1];
}

// The first element >= value of an ascending list, or -1.
function firstAtOrAfter(list: readonly number[], value: number): number {
  const i = lowerBound(list, value);
  return i === list.length ? -1 : list[i];
}

/**
 * An article's sentences and clause boundaries, computed on first use and kept: one per article, carried by the
 * extraction context so that every rule reads the same units.
 */
export type TextUnits = {
  readonly text: string;
  /** The sentences (stops: `sentence`, closers kept, leading spaces trimmed). */
  readonly sentences: readonly TextSpan[];
  /** Positions of one stop set's characters, ascending. */
  stops(name: StopSetName): readonly number[];
  /** Ends of consecutive units of one stop set (after the stop and its closers), the last one at text.length. */
  unitEnds(name: StopSetName): readonly number[];
};

export function textUnits(text: string): TextUnits {
  let sentences: TextSpan[] | undefined;
  const stops = new Map<StopSetName, number[]>();
  const ends = new Map<StopSetName, number[]>();
  const units: TextUnits = {
    text,
    get sentences() {
      return (sentences ??= splitSentences(text));
    },
    stops(name) {
      let list = stops.get(name);
      if (!list) stops.set(name, (list = stopPositions(text, name)));
      return list;
    },
    unitEnds(name) {
      let list = ends.get(name);
      if (list) return list;
      list = [];
      for (const i of units.stops(name)) {
        let j = i + 1;
        while (j < text.length && CLOSER_TABLE[text.charCodeAt(j)] === 1) j++;
        list.push(j);
      }
      if (list[list.length - 1] !== text.length) list.push(text.length);
      ends.set(name, list);
      return list;
    },
  };
  return units;
}

/** Where the unit around `at` starts: just after the last stop before `at`, but not before `floor` nor `max` back. */
export function unitStart(units: TextUnits, at: number, stops: StopSetName, limits: { floor?: number; max?: number } = {}): number {
  const stop = lastBelow(units.stops(stops), at);
  let start = stop + 1;
  if (limits.floor !== undefined) start = Math.max(start, limits.floor);
  if (limits.max !== undefined) start = Math.max(start, at - limits.max);
  return Math.max(0, Math.min(start, at));
}

/** The position of the last stop before `at`, or -1. */
export function lastStopBefore(units: TextUnits, at: number, stops: StopSetName): number {
  return lastBelow(units.stops(stops), at);
}

/** The first stop at or after `from` (the text's length when there is none): where the unit from `from` ends. */
export function nextStop(units: TextUnits, from: number, stops: StopSetName): number {
  const stop = firstAtOrAfter(units.stops(stops), from);
  return stop < 0 ? units.text.length : stop;
}

/** The sentence around a span, its stop included (a line break excluded); scans from the span (one lookup). */
export function sentenceAroundSpan(text: string, span: TextSpan, stops: StopSetName = "sentence"): TextSpan {
  const table = tableOf(stops);
  let start = span.start;
  while (start > 0 && table[text.charCodeAt(start - 1)] !== 1) start -= 1;
  let end = span.end;
  while (end < text.length && table[text.charCodeAt(end)] !== 1) end += 1;
  if (end < text.length && text[end] !== "\n") end += 1;
  return { start, end };
}

/** The [start, end) of the unit containing `pos`, from a list of unit ends (see TextUnits.unitEnds). */
export function unitAround(ends: readonly number[], pos: number): TextSpan {
  let lo = 0;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] > pos) hi = mid;
    else lo = mid + 1;
  }
  return { start: lo === 0 ? 0 : ends[lo - 1], end: ends[lo] };
}

/**
 * Where a clause that starts at `from` ends: the first stop outside quotes and brackets (a quoted name such as
 * “五星”支部，… does not end at its comma), a line break, or `max` characters on.
 */
export function clauseEnd(text: string, from: number, options: { stops?: StopSetName; max?: number } = {}): number {
  const table = tableOf(options.stops ?? "clause");
  const limit = Math.min(text.length, from + (options.max ?? 80));
  let depth = 0;
  let i = from;
  for (; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) break; // \n
    const quote = QUOTE_DEPTH[code];
    if (quote === 1) depth++;
    else if (quote === 2) depth = Math.max(0, depth - 1);
    else if (depth === 0 && table[code] === 1) break;
  }
  return i;
}
