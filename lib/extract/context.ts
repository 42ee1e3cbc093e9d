// One context per article (issue #12 §3): the sentences and clauses of its text, computed once, and the rejection
// trace that `extract --explain` prints. Rule files read both through these helpers.

import { textUnits, type TextUnits } from "@/lib/text/sentences";
import type { ExtractContext } from "./types";

// A candidate a rule dropped: what it was (number, goal, campaign…), where, and the rule's name.
export type Rejection = {
  kind: "indicator" | "progress" | "goal" | "campaign";
  text: string;
  offset: number; // UTF-16 offset of the candidate in the article text
  rule: string; // the rule that dropped it: time-reference, threshold, inside-place-name, not-a-directive …
};

// The units of `text`: the context's when they were computed for this text, else computed now (a headline or a
// banner read with the article's context).
export function unitsFor(text: string, ctx: ExtractContext | undefined): TextUnits {
  return ctx?.units && ctx.units.text === text ? ctx.units : textUnits(text);
}

// Records a drop when the caller asked for a trace; normal extraction passes no trace and pays one property read.
export function reject(ctx: ExtractContext | undefined, rejection: Rejection): void {
  ctx?.trace?.push(rejection);
}
