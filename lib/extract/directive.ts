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

const PAST_ALL = new RegExp(PAST.source, "g");
// After a past marker 将 is as often the disposal 将 of a report (今年2月以来，…将辖区6个村…引入片区) as a modal: only
// the other markers (要, 必须, 一是 …) start a directive there.
const DIRECTIVE_AFTER_PAST = new RegExp(alternation(DIRECTIVE_MARKERS.filter((m) => !/将/.test(m))));

// A past marker reports what was done, up to the next modal: 当前，秋冬防已经开始，要扎实开展秋冬防行动 asks for the
// drive, since 要 comes after 已经. So the directive marker is looked for after the sentence's last past marker.
export function isDirective(units: TextUnits, at: number): boolean {
  const { text } = units;
  const sentence = sentenceStartOf(units, at);
  const paragraph = text.lastIndexOf("\n", at - 1) + 1;
  const from = Math.max(paragraph, at - DIRECTIVE_LOOKBACK);
  let afterPast = -1;
  PAST_ALL.lastIndex = 0;
  const before = text.slice(sentence, at);
  for (let m = PAST_ALL.exec(before); m; m = PAST_ALL.exec(before)) afterPast = sentence + m.index + m[0].length;
  if (afterPast < 0) return DIRECTIVE.test(text.slice(from, at)) || underDirectiveFrame(text, paragraph);
  return DIRECTIVE_AFTER_PAST.test(text.slice(Math.max(from, afterPast), at));
}

// Numbered paragraphs (一、… / （二）…) under a paragraph that ends by announcing them (会议要求： / 作出如下部署：) are
// the points of that directive, whatever their own words: walk back over the numbered paragraphs to the frame.
const NUMBERED_HEAD = /^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/;
const FRAME_END = /(?:要求|部署|强调|安排|提出)[^。！？\n：:]{0,30}[：:]$/;

function underDirectiveFrame(text: string, paragraph: number): boolean {
  for (let p = paragraph; p > 0 && NUMBERED_HEAD.test(text.slice(p, p + 6)); ) {
    const prev = text.lastIndexOf("\n", p - 2) + 1;
    const prevText = text.slice(prev, p - 1);
    if (!NUMBERED_HEAD.test(prevText)) return FRAME_END.test(prevText.trimEnd().slice(-60));
    p = prev;
  }
  return false;
}

// An enumerator (一是, 二要) numbers achievements in a results report as often as tasks in a plan, and a modal a few
// sentences back does not reach a figure: for funds wording (funds-obtained.ts) only a modal in the figure's own
// sentence asks for it (一是向上争取项目资金80万元 in a year-end report lists money obtained).
const SENTENCE_MODAL = new RegExp(alternation(DIRECTIVE_MARKERS.filter((m) => !/^\[一二/.test(m))));

export function asksInSentence(units: TextUnits, at: number): boolean {
  const { text } = units;
  const before = text.slice(sentenceStartOf(units, at), at);
  let afterPast = 0;
  PAST_ALL.lastIndex = 0;
  for (let m = PAST_ALL.exec(before); m; m = PAST_ALL.exec(before)) afterPast = m.index + m[0].length;
  return SENTENCE_MODAL.test(before.slice(afterPast));
}
