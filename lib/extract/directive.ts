// Directives: a cue stands in a sentence that asks for something (a modal or numbered point before it in its
// paragraph, goal-cues.ts DIRECTIVE_MARKERS) and not in one that reports what was done (以来, 已, 截至: PAST_MARKERS).
// One test for the goal rules and the number rule (funds-obtained.ts), so a goal and its amount agree.

import { unitStart, type TextUnits } from "@/lib/text/sentences";
import { alternation, DIRECTIVE_MARKERS, PAST_MARKERS } from "./goal-cues";

export const DIRECTIVE = new RegExp(alternation(DIRECTIVE_MARKERS));
export const PAST = new RegExp(alternation(PAST_MARKERS));
const DIRECTIVE_LOOKBACK = 200;

export function sentenceStartOf(units: TextUnits, at: number): number {
  return unitStart(units, at, "sentence", { max: 300 });
}

export function isDirective(units: TextUnits, at: number): boolean {
  const { text } = units;
  if (PAST.test(text.slice(sentenceStartOf(units, at), at))) return false;
  const paragraph = text.lastIndexOf("\n", at - 1) + 1;
  return DIRECTIVE.test(text.slice(Math.max(paragraph, at - DIRECTIVE_LOOKBACK), at));
}
