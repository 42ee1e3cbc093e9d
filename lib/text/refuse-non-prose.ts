import { TextInputError } from "./errors";
import { MAX_CHARS_WITHOUT_CHINESE, MAX_CHARS_WITHOUT_SENTENCE, MIN_CHARS_FOR_SHARE, MIN_CHINESE_SHARE } from "./limits";

// Marks that end or divide a sentence, full-width and ASCII (web copy often types ASCII commas). "." and ":" are left
// out: digits carry them (12.5, 10:30), and a run of numbers is exactly what this check must not take for prose.
const SENTENCE_MARKS = new Set([..."。，！？；：、…,;!?"]);

// One pass over the normalised text, before any stage that reads it line by line: refuses a stretch of visible
// characters without a Chinese character or without a sentence mark, and a long text that is mostly not Chinese.
// Cheap (a counter per character), so a hostile file is refused in milliseconds wherever its junk starts.
export function refuseNonProse(text: string, fileName: string | undefined): void {
  let line = 1;
  let visible = 0;
  let chinese = 0;
  let sinceChinese = 0;
  let sinceChineseLine = 1;
  let sinceSentence = 0;
  let sinceSentenceLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      continue;
    }
    if (c === 32) continue;
    visible++;
    const mark = SENTENCE_MARKS.has(text[i]);
    if (c >= 0x3400 && c <= 0x9fff) {
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
      refuse(`lines ${sinceChineseLine}–${line} hold ${MAX_CHARS_WITHOUT_CHINESE}+ characters without a Chinese character: not a Chinese newspaper text`);
    }
    if (sinceSentence > MAX_CHARS_WITHOUT_SENTENCE) {
      refuse(`lines ${sinceSentenceLine}–${line} hold ${MAX_CHARS_WITHOUT_SENTENCE}+ characters without a sentence mark (。，！？；): not prose`);
    }
  }
  if (visible >= MIN_CHARS_FOR_SHARE && chinese < visible * MIN_CHINESE_SHARE) {
    const percent = ((100 * chinese) / visible).toFixed(1);
    refuse(`only ${percent}% of its ${visible} visible characters are Chinese (at least ${MIN_CHINESE_SHARE * 100}% expected): not a Chinese newspaper text`);
  }

  function refuse(problem: string): never {
    throw new TextInputError("not-prose", problem, { fileName });
  }
}
