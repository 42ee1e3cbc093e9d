import { isHanCode } from "./char-sets";
import { TextInputError } from "./errors";
import {
  MAX_CHARS_WITHOUT_CHINESE,
  MAX_CHARS_WITHOUT_SENTENCE,
  MAX_LINE_CHARS,
  MIN_CHARS_FOR_SHARE,
  MIN_CHINESE_SHARE,
} from "./limits";
import { stopTable } from "./sentences";

// Marks that end or divide a sentence (char-sets.ts STOP_SETS.proseMark).
const SENTENCE_MARK = stopTable("proseMark");

// One pass over the normalised text, before any stage that reads it line by line: refuses a line longer than
// MAX_LINE_CHARS, a stretch of visible characters without a Chinese character or without a sentence mark, and a long
// text that is mostly not Chinese. Cheap (a counter per character), so a hostile file is refused in milliseconds.
// A long line anywhere is the answer before any other problem (it was once a check of its own, run first): after the
// first other problem the pass only measures lines.
export function refuseNonProse(text: string, fileName: string | undefined): void {
  let line = 1;
  let lineStart = 0;
  let visible = 0;
  let chinese = 0;
  let sinceChinese = 0;
  let sinceChineseLine = 1;
  let sinceSentence = 0;
  let sinceSentenceLine = 1;
  let problem: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      refuseLongLine(line, i - lineStart);
      line++;
      lineStart = i + 1;
      continue;
    }
    if (problem !== undefined) {
      const next = text.indexOf("\n", i);
      i = (next < 0 ? text.length : next) - 1;
      continue;
    }
    if (c === 32) continue;
    visible++;
    const mark = SENTENCE_MARK[c] === 1;
    if (isHanCode(c)) {
      chinese++;
      sinceChinese = 0;
    } else if (!mark && sinceChinese++ === 0) {
      // Sentence marks are neither Chinese nor junk: a prose's closing 。 does not start the stretch.
      sinceChineseLine = line;
    }
    if (mark) {
      sinceSentence = 0;
    } else if (sinceSentence++ === 0) {
      sinceSentenceLine = line;
    }
    if (sinceChinese > MAX_CHARS_WITHOUT_CHINESE) {
      problem = `lines ${sinceChineseLine}–${line} hold ${MAX_CHARS_WITHOUT_CHINESE}+ characters without a Chinese character: not a Chinese newspaper text`;
    } else if (sinceSentence > MAX_CHARS_WITHOUT_SENTENCE) {
      problem = `lines ${sinceSentenceLine}–${line} hold ${MAX_CHARS_WITHOUT_SENTENCE}+ characters without a sentence mark (。，！？；): not prose`;
    }
  }
  refuseLongLine(line, text.length - lineStart);
  if (problem !== undefined) refuse("not-prose", problem);
  if (visible >= MIN_CHARS_FOR_SHARE && chinese < visible * MIN_CHINESE_SHARE) {
    const percent = ((100 * chinese) / visible).toFixed(1);
    refuse("not-prose", `only ${percent}% of its ${visible} visible characters are Chinese (at least ${MIN_CHINESE_SHARE * 100}% expected): not a Chinese newspaper text`);
  }

  function refuseLongLine(number: number, length: number): void {
    if (length <= MAX_LINE_CHARS) return;
    refuse("line-too-long", `line ${number} has ${length} characters (limit ${MAX_LINE_CHARS}): not a newspaper text, or its line breaks were lost`);
  }

  function refuse(code: "not-prose" | "line-too-long", problem: string): never {
    throw new TextInputError(code, problem, { fileName });
  }
}
