import {
  endsClosed,
  isHeadlineLike,
  isLeadLine,
  isPunctuatedHeadline,
  isStructuralLine,
  startsWithEnumerator,
} from "./classify-line";
import { hasHan } from "./char-sets";
import { CONTINUING_START } from "./text-lexicon";

export type PageBreakRepair = {
  kind: "join" | "dedupe";
  line: number; // 1-based line of the first half in the input
  tail: string; // last characters of the first half
  head: string; // first characters of the second half (before any duplicate is dropped)
  dropped?: string; // the repeated fragment removed from the second half
};

// A prose line must be at least this long to be taken as a sentence cut by a page break (headlines are shorter).
const MIN_BROKEN_LINE = 16;
// Longest fragment printed twice across a break that we look for.
const MAX_REPEAT = 8;

// Joins sentences (and words) cut by the page layout: "示\n\n范区" → "示范区".
export function repairPageBreaks(text: string): { text: string; repairs: PageBreakRepair[] } {
  const lines = text.split("\n");
  // A joined line is kept as its parts until the end: appending to one growing string and classifying it after every
  // join was quadratic (a 200 KB run of 80-character lines took 4 s). The classifiers read a bounded view instead.
  const out: JoinedLine[] = [];
  const outLineNo: number[] = [];
  const repairs: PageBreakRepair[] = [];
  let last = -1; // index in out of the last non-empty line
  const firstLine = lines.findIndex((l) => l !== "");
  let gap = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === "") {
      out.push({ parts: [""], length: 0 });
      outLineNo.push(i + 1);
      gap++;
      continue;
    }
    // A short first line with ！/？ inside ("大写的优秀!建德获评…!骄傲到飞起") is the headline, not a sentence cut by a break.
    const firstLineHeadline = last === firstLine && isPunctuatedFirstLine(boundedView(out[last]));
    if (last >= 0 && gap <= 1 && !firstLineHeadline && continuesSentence(boundedView(out[last]), line, nextLine(lines, i))) {
      const prev = boundedView(out[last]);
      const overlap = repeatedFragment(prev, line);
      repairs.push({
        kind: overlap > 0 ? "dedupe" : "join",
        line: outLineNo[last],
        tail: prev.slice(-6),
        head: line.slice(0, 6),
        ...(overlap > 0 ? { dropped: line.slice(0, overlap) } : {}),
      });
      const rest = line.slice(overlap);
      out[last].parts.push(rest);
      out[last].length += rest.length;
      out.length = last + 1;
      outLineNo.length = last + 1;
      gap = 0;
      continue;
    }
    out.push({ parts: [line], length: line.length });
    outLineNo.push(i + 1);
    last = out.length - 1;
    gap = 0;
  }
  return { text: out.map((joined) => joined.parts.join("")).join("\n"), repairs };
}

// VIEW_CHARS = the classifiers' reach: they look at a line's start and end (captions, bylines, closing punctuation,
// headline length), so a long joined line is read as its first and last VIEW_CHARS characters.
const VIEW_CHARS = 300;
function isPunctuatedFirstLine(line: string): boolean {
  return /[！!？?]/.test(line) && isPunctuatedHeadline(line);
}

// A line being joined, with its length kept as it grows: summing the parts on every join was quadratic again
// (4.9 MB of 80-character digit lines took minutes to refuse).
type JoinedLine = { parts: string[]; length: number };

function boundedView({ parts, length }: JoinedLine): string {
  if (parts.length === 1) return parts[0];
  if (length <= 2 * VIEW_CHARS) return parts.join("");
  let tail = "";
  for (let k = parts.length - 1; k >= 0 && tail.length < VIEW_CHARS; k--) tail = parts[k] + tail;
  return parts[0].slice(0, VIEW_CHARS) + tail.slice(-VIEW_CHARS);
}

function nextLine(lines: string[], i: number): string | undefined {
  for (let k = i + 1; k < lines.length && k <= i + 4; k++) if (lines[k] !== "") return lines[k];
  return undefined;
}

// Does `next` carry on the sentence `prev` left open?
export function continuesSentence(prev: string, next: string, after?: string): boolean {
  if (endsClosed(prev) || isStructuralLine(prev) || isStructuralLine(next)) return false;
  if (CONTINUING_START.includes(next[0])) return true;
  // Prose, not a headline: long enough and either punctuated or longer than any headline.
  if (prev.length < MIN_BROKEN_LINE || isHeadlineLike(prev)) return false;
  if (startsWithEnumerator(next) || isHeadlineLike(next)) return false;
  // A line followed by 本报讯 is a headline, whatever its punctuation.
  return !(after !== undefined && isLeadLine(after) && next.length <= 60);
}

// Length of a fragment printed at the end of `prev` and again at the start of `next` ("…为契机，\n\n机，加强").
// Single characters are never dropped: 天天, 人人, 看看 are words.
export function repeatedFragment(prev: string, next: string): number {
  const max = Math.min(MAX_REPEAT, prev.length - 1, next.length - 1);
  for (let k = max; k >= 2; k--) {
    const fragment = next.slice(0, k);
    if (!prev.endsWith(fragment) || !hasHan(fragment)) continue;
    const last = fragment[fragment.length - 1];
    if ("，、；：,;:".includes(last) || k >= 4) return k;
  }
  return 0;
}
