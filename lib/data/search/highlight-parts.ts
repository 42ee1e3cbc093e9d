// Pure text helpers of the search page: the matches of the terms in a title or a body, as parts to highlight.

export type TextPart = { text: string; match: boolean };

type Range = { start: number; end: number };

function findRanges(text: string, terms: string[]): Range[] {
  const lower = text.toLowerCase();
  const ranges: Range[] = [];
  for (const term of terms) {
    const needle = term.toLowerCase();
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
      ranges.push({ start: at, end: at + needle.length });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  // Merge overlaps (terms that overlap each other) so the parts never repeat text.
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

export function countOccurrences(text: string, terms: string[]): number {
  const lower = text.toLowerCase();
  let count = 0;
  for (const term of terms) {
    const needle = term.toLowerCase();
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) count += 1;
  }
  return count;
}

export function highlightParts(text: string, terms: string[]): TextPart[] {
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const range of findRanges(text, terms)) {
    if (range.start > cursor) parts.push({ text: text.slice(cursor, range.start), match: false });
    parts.push({ text: text.slice(range.start, range.end), match: true });
    cursor = range.end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), match: false });
  return parts;
}

const SNIPPET_BEFORE = 30;
const SNIPPET_LENGTH = 120;

// A window of the body around the first match, every match in it highlighted; the body's start when only the title matched.
export function buildSnippet(body: string, terms: string[]): TextPart[] {
  const flat = body.replace(/\s*\n\s*/g, " ");
  const first = findRanges(flat, terms)[0];
  const start = first ? Math.max(0, first.start - SNIPPET_BEFORE) : 0;
  const end = Math.min(flat.length, start + SNIPPET_LENGTH);
  const parts = highlightParts(flat.slice(start, end), terms);
  if (start > 0) parts.unshift({ text: "…", match: false });
  if (end < flat.length) parts.push({ text: "…", match: false });
  return parts;
}
