// Anchors tie a human decision to words of the source text rather than to database ids, so that a decision
// survives re-extraction: the same words in the same sentence are found again, wherever the rules now put them.

import { sentenceAroundSpan } from "../text/sentences";

export type TextAnchor = {
  itemText: string; // the words the item covers
  sentence: string; // the sentence that contains them
  occurrence: number; // which occurrence of itemText inside the sentence (0-based)
};

export type Span = { start: number; end: number };

export function anchorFor(text: string, item: Span, sentence: Span): TextAnchor {
  const sentenceText = text.slice(sentence.start, sentence.end);
  const itemText = text.slice(item.start, item.end);
  let occurrence = 0;
  let from = 0;
  const offset = item.start - sentence.start;
  for (;;) {
    const found = sentenceText.indexOf(itemText, from);
    if (found === -1 || found >= offset) break;
    occurrence += 1;
    from = found + 1;
  }
  return { itemText, sentence: sentenceText, occurrence };
}

// Finds the anchor's words in a text; null when the sentence or the words are gone.
export function locateAnchor(text: string, anchor: TextAnchor): Span | null {
  if (!anchor.itemText) return null;
  const sentenceStart = text.indexOf(anchor.sentence);
  if (sentenceStart === -1) return null;
  let from = 0;
  for (let n = 0; ; n += 1) {
    const found = anchor.sentence.indexOf(anchor.itemText, from);
    if (found === -1) return null;
    if (n === anchor.occurrence) return { start: sentenceStart + found, end: sentenceStart + found + anchor.itemText.length };
    from = found + 1;
  }
}

// The sentence around a span: from the previous sentence end (。！？；or a line break) to the next one, inclusive
// (the `anchor` stops of lib/text/sentences.ts).
export function sentenceAround(text: string, span: Span): Span {
  return sentenceAroundSpan(text, span, "anchor");
}
