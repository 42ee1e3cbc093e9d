// Maps a selection in the rendered article body back to offsets in Article.text. Pure, so it is unit-tested.
// The body renders one element per non-blank line (segmentParagraphs); the "\n" between lines is not in the DOM,
// so an offset is the paragraph's start in the text plus the characters before the selection inside that paragraph.
import { APPROXIMATORS } from "@/lib/extract/approximators";
import { segmentParagraphs } from "../highlighted-text-segments";

export type SelectionInText = { start: number; end: number; text: string; how: "dom" | "search" };

export const MAX_SELECTION = 40; // the review API accepts 1–40 characters

export function paragraphStarts(text: string): number[] {
  return segmentParagraphs(text, []).map((paragraph) => paragraph.start);
}

// `paragraph`: index of the element holding the selection start; `offset`: characters before the start inside it.
export function resolveSelection(
  text: string,
  selection: { paragraph: number; offset: number; selected: string },
): SelectionInText | null {
  // Surrounding spaces are not part of a number.
  const lead = selection.selected.length - selection.selected.trimStart().length;
  const selected = selection.selected.trim();
  if (selected === "" || selected.includes("\n")) return null;
  const paragraphStart = paragraphStarts(text)[selection.paragraph];
  if (paragraphStart !== undefined) {
    const start = paragraphStart + selection.offset + lead;
    if (text.slice(start, start + selected.length) === selected) return { start, end: start + selected.length, text: selected, how: "dom" };
  }
  // The DOM and the text disagree (should not happen): take the occurrence nearest to where the DOM said it was.
  const hint = (paragraphStart ?? 0) + selection.offset;
  let best = -1;
  for (let at = text.indexOf(selected); at !== -1; at = text.indexOf(selected, at + 1)) {
    if (best === -1 || Math.abs(at - hint) < Math.abs(best - hint)) best = at;
  }
  return best === -1 ? null : { start: best, end: best + selected.length, text: selected, how: "search" };
}

const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };

// A first guess for the form from the selected words (7500斤 → 7500 斤; 近3.5万元 → 35000 元, about); the editor checks it.
// Approximators come from the extractor's own table, so the guess reads 近/余/以上 the way the rules do.
export function guessFields(selected: string): { value: number | null; unit: string; approx: string } {
  const match = /(\d+(?:\.\d+)?)\s*([万亿千百])?/.exec(selected);
  if (!match) return { value: null, unit: "", approx: "exact" };
  const value = Number(match[1]) * (match[2] ? MULTIPLIERS[match[2]] : 1);
  const before = selected.slice(0, match.index);
  let after = selected.slice(match.index + match[0].length);
  let approx = "exact";
  for (const entry of APPROXIMATORS) {
    if (entry.position === "prefix" && !entry.beforeNumber && before.endsWith(entry.word)) approx = entry.approx;
    if (entry.position === "infix" && after.startsWith(entry.word)) {
      approx = entry.approx;
      after = after.slice(entry.word.length);
    }
    if (entry.position === "suffix" && after.endsWith(entry.word)) {
      approx = entry.approx;
      after = after.slice(0, -entry.word.length);
    }
  }
  const unit = /^[^\s\d，。、；：！？,.;:（）()]{1,4}/.exec(after)?.[0] ?? "";
  return { value: Number.isFinite(value) ? value : null, unit, approx };
}
