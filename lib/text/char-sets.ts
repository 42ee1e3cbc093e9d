// The named character sets of the text stage, in one place: the stops that cut sentences and clauses (STOP_SETS),
// the marks that make a line prose, and what counts as a Chinese character. A rule that needs another set adds a name
// here, never a character class of its own.

// The stop characters, by name. `sentence` is the boundary of the extraction (a number's `sentence`, a goal's
// directive, the linker's sentence scope, a tracked goal's evidence sentence).
export const STOP_SETS = {
  // A campaign format's host is looked for in this sentence too (it once had its own set without semicolons; the
  // results were the same on seeds, dev and test, so the sets were unified).
  sentence: "。！？!?；;\n",
  // The two sets below differ from `sentence` only in half-width marks, and unifying them leaves `npm run eval`
  // unchanged, but the eval never reads what they cut: stored human decisions. A review decision is found again by
  // equality on its anchor's sentence text (lib/review/review-evidence.ts), and an evidence decision by its evidence
  // sentence; cutting at ! ? ; now would give new anchors and evidence sentences that no longer equal the stored ones
  // for any text with half-width marks, and those decisions would silently stop applying. Keep them until stored
  // decisions are migrated.
  // Review anchors: full-width stops only.
  anchor: "。！？；\n",
  // Goal tracking's evidence sentences: without the ASCII semicolon.
  evidence: "。！？；!?\n",
  // A number's series place (lib/extract/series-key.ts seriesPlace): the villages named before it back to the last
  // stop, semicolons not included. Series keys are stored (Indicator.seriesKey) and group core numbers across issues;
  // a wider or narrower scope would regroup the stored series, so it keeps the scope they were built with.
  seriesPlace: "。！？!?\n",
  clause: "。！？!?；;\n，,",
  // The linker's and a goal's clause start also end at a colon (区发改局：…, 一是…：…).
  clauseOrColon: "。！？!?；;\n，,：:",
  // Inside a sentence, the words of a number's own clause (its period: 每人补助500元, not the clause before).
  phrase: "，,：:、",
  // Marks that end or divide a sentence, for refuseNonProse's "a stretch without a sentence mark": full-width and ASCII
  // (web copy often types ASCII commas). "." and ":" are left out: digits carry them (12.5, 10:30), and a run of
  // numbers is exactly what that check must not take for prose. Never a unit boundary.
  proseMark: "。，！？；：、…,;!?",
} as const;
export type StopSetName = keyof typeof STOP_SETS;

// Closing quotes and brackets right after a stop belong to the unit they close: …所需。”
export const CLOSERS = "”’」』）)";

// A line (never holding a line break) with one of these is prose, not a headline: the clause stops.
export const LINE_SENTENCE_MARKS = STOP_SETS.clause.replace("\n", "");

// Chinese characters, two ranges kept apart on purpose:
// - HAN is the body of a regular-expression class, the CJK Unified Ideographs block (U+4E00–U+9FFF): the line
//   patterns (leads, bylines, names, field keys) are written with it: [${HAN}]{2,4}. Its text is the escape sequence,
//   so a pattern built with it has the same source as the literal it replaced.
// - isHanCode also takes Extension A (U+3400–U+4DBF, rare names and place characters): the counters that judge
//   whether a text is Chinese at all (refuseNonProse, the article check, page-break repair) count those too.
export const HAN = "\\u4e00-\\u9fff";
export const isHanCode = (code: number): boolean => code >= 0x3400 && code <= 0x9fff;
// HAN as a code test (U+4E00–U+9FFF, without Extension A), for a scan that must agree with patterns written with HAN.
export const isHanBlockCode = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHanCode(text.charCodeAt(i))) return true;
  return false;
}

/** A table indexed by UTF-16 code (1: in the set) of character-class bodies written with literal characters and x-y
 * ranges (no escapes): the positions a scan may start at, tested per character without a regular expression. */
export function classTable(...bodies: string[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const body of bodies) {
    for (let i = 0; i < body.length; i++) {
      const from = body.charCodeAt(i);
      const to = body[i + 1] === "-" && i + 2 < body.length ? body.charCodeAt((i += 2)) : from;
      table.fill(1, from, to + 1);
    }
  }
  return table;
}

