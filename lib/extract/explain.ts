// The text `npm run extract -- --explain <file>` prints for one article: each candidate a rule dropped, where it
// stands, and the rule (issue #12 §3). A newcomer asking "why is this number not extracted" reads the rule's name
// here and finds the rule by it (grep for the name in lib/extract).

import type { Rejection } from "./context";

const KIND_WIDTH = 9; // "indicator", the longest kind

export function explainLines(title: string, rejected: readonly Rejection[]): string[] {
  if (rejected.length === 0) return [];
  const sorted = [...rejected].sort((a, b) => a.offset - b.offset);
  return [
    `  ${title || "(untitled)"} — ${rejected.length} dropped`,
    ...sorted.map((r) => `    ${r.kind.padEnd(KIND_WIDTH)} @${String(r.offset).padEnd(5)} ${oneLine(r.text)}  ← ${r.rule}`),
  ];
}

// A candidate's words on one line, at most 40 characters.
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}
