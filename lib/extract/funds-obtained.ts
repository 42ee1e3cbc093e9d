// Funds obtained: the one definition of the wording that says money was won from higher levels, for the goal rule
// (争取's object, extract-goals.ts) and the number rule (the amount's role, extract-indicators.ts).
// Decision (issue #12): the words alone do not tell a result from a plan, the sentence does. Outside a directive
// (今年已向上争取资金500万元) the money was obtained: its amount is actual and 争取 is no goal. In a directive
// (要积极向上争取资金500万元) the same words ask for money still to win: a goal, and its amount a target. The goal and
// the number then always agree (before, the goal rule said target and the number rule actual for the directive).

import type { TextUnits } from "@/lib/text/sentences";
import { asksInSentence } from "./directive";

export const FUNDS_NOUNS: readonly string[] = ["资金", "补助", "奖补", "专项债", "债券"];
const FUNDS = `(?:${FUNDS_NOUNS.join("|")})`;

export const FUNDS_VERB = "争取";
// Before 争取: 向上 (won from higher levels, whatever the object: 向上争取项目12个).
const FROM_ABOVE = "向上";
// After 争取: the money within eight characters (争取项目资金, 争取272万元资金), or 到位 (争取到位资金).
const FUNDS_OBJECT = new RegExp(`^(?:[^，,。；;]{0,8}?${FUNDS}|到位)`);
// After the amount that follows 争取: its funds noun (争取1,234.5万元专项资金投入), for the number rule, which knows
// where the amount ends.
export const FUNDS_AFTER_AMOUNT = new RegExp(`^的?[\\u4e00-\\u9fff]{0,4}?${FUNDS}`);

// An amount in the words after 争取 (争取资金500万元, 争取272万元资金): the goal rule reads funds wording without one
// (积极争取上级资金支持) as a goal still.
export const FUNDS_AMOUNT = /^[^，。；]{0,16}?[0-9０-９一二两三四五六七八九十百千万]/;

/** Whether the 争取 at `verbAt` is funds wording (向上争取…, 争取…资金, 争取到位), in a report or a directive. */
export function isFundsWording(text: string, verbAt: number): boolean {
  return text.startsWith(FROM_ABOVE, verbAt - FROM_ABOVE.length) || FUNDS_OBJECT.test(text.slice(verbAt + FUNDS_VERB.length, verbAt + 24));
}

/** Whether the 争取 at `verbAt` reports funds obtained: funds wording with no modal in its own sentence. */
export function reportsFundsObtained(units: TextUnits, verbAt: number): boolean {
  return isFundsWording(units.text, verbAt) && !asksInSentence(units, verbAt);
}
