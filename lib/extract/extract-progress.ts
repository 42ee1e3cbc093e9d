// Progress pairs: 从起初的1000份增至5000份, 由原来的每天1车15吨增加到每天2车30吨, 已从10余人增至50余人.
// Works on indicators already found (extractIndicators calls linkProgress to set baseline/actual roles), so the
// numbers are parsed once. A pair needs a from-number and a to-number of the same unit around a change verb.

import type { ExtractedIndicator, ExtractedProgress } from "./types";
import { longestAlternation } from "@/lib/text/word-alternation";

// Change verbs between the two sides; longest first. A bare 到/至 counts too (从10人到50人).
export const CHANGE_VERBS: readonly string[] = [
  "增加到",
  "增加至",
  "增长到",
  "增长至",
  "提升到",
  "提升至",
  "提高到",
  "提高至",
  "上升到",
  "上升至",
  "扩大到",
  "扩大至",
  "下降到",
  "下降至",
  "减少到",
  "减少至",
  "缩短到",
  "缩短至",
  "压缩到",
  "压缩至",
  "增至",
  "升至",
  "降至",
  "降到",
  "减至",
  "缩至",
  "跃升至",
  "到",
  "至",
];

const verbs = longestAlternation(CHANGE_VERBS);
// 已?从|由 … change verb … ; the from side must not contain another 从/由 (从周边村招聘的临时工已从10余人…)
const PROGRESS = new RegExp(
  `(?<lead>已经?|均)?(?<from>[从由])(?<fromSide>[^，,。；;！？!?\\n从由]{1,30}?)(?<verb>${verbs})(?<toSide>[^，,。；;！？!?\\n]{1,30})`,
  "g",
);

export type ProgressLink = { progress: ExtractedProgress; fromIndex: number; toIndex: number };

const CJK = /[\u4e00-\u9fff]/;
// words that end the subject before 从/由 and are not part of it
// bounded ({1,12}, the subject is at most 12 characters): an unbounded run before $ is quadratic in a long run of 的
const SUBJECT_TRIM = /(?:已经|已|均|都|也|还|的){1,12}$/;

// The metric of a progress pair is the noun just before 从/由: 保供订单已从…, 临时工已从…, 保供量由….
function subjectBefore(text: string, at: number): string | undefined {
  let i = at;
  while (i > 0 && at - i < 12 && CJK.test(text[i - 1])) i--;
  let s = text.slice(i, at).replace(SUBJECT_TRIM, "");
  const de = s.lastIndexOf("的");
  if (de >= 0 && s.length - de > 2) s = s.slice(de + 1);
  for (const cut of ["公司", "如今", "目前", "现在"]) {
    const k = s.lastIndexOf(cut);
    if (k >= 0 && s.length - (k + cut.length) >= 2) s = s.slice(k + cut.length);
  }
  return s.length >= 2 ? s : undefined;
}

/** Pair indicators across 从/由 … 增至/提升到/下降到 …; indicators must be sorted by start. */
export function linkProgress(opts: { text: string; indicators: readonly ExtractedIndicator[] }): ProgressLink[] {
  const { text, indicators } = opts;
  const out: ProgressLink[] = [];
  if (indicators.length < 2) return out;
  PROGRESS.lastIndex = 0;
  let k = 0; // first indicator that may lie in the current match
  for (let m = PROGRESS.exec(text); m; m = PROGRESS.exec(text)) {
    const g = m.groups ?? {};
    const start = m.index;
    const fromAt = start + (g.lead?.length ?? 0);
    const verbAt = fromAt + 1 + g.fromSide.length;
    const toAt = verbAt + g.verb.length;
    const end = toAt + g.toSide.length;
    while (k < indicators.length && indicators[k].end <= fromAt) k++;
    const fromIdx: number[] = [];
    const toIdx: number[] = [];
    for (let j = k; j < indicators.length && indicators[j].start < end; j++) {
      const ind = indicators[j];
      if (ind.start >= fromAt && ind.end <= verbAt) fromIdx.push(j);
      else if (ind.start >= toAt && ind.end <= end) toIdx.push(j);
    }
    if (!fromIdx.length || !toIdx.length) {
      // let the scan retry from inside this match (the change verb may belong to a later pair)
      PROGRESS.lastIndex = fromAt + 1;
      continue;
    }
    const metric = subjectBefore(text, start);
    const used = new Set<number>();
    const mine: ProgressLink[] = [];
    for (const fi of fromIdx) {
      const from = indicators[fi];
      const ti = toIdx.find((t) => !used.has(t) && indicators[t].unit === from.unit);
      if (ti === undefined) continue;
      used.add(ti);
      const to = indicators[ti];
      mine.push({
        progress: { text: "", start, end: to.end, from: from.value, to: to.value, unit: from.unit, metric: metric ?? from.metric ?? to.metric },
        fromIndex: fi,
        toIndex: ti,
      });
    }
    if (!mine.length) {
      PROGRESS.lastIndex = fromAt + 1;
      continue;
    }
    // all pairs of one phrase share the phrase span: 由原来的每天1车15吨增加到每天2车30吨
    const phraseEnd = Math.max(...mine.map((l) => l.progress.end));
    for (const l of mine) {
      l.progress.end = phraseEnd;
      l.progress.text = text.slice(start, phraseEnd);
      out.push(l);
    }
    PROGRESS.lastIndex = Math.max(phraseEnd, fromAt + 1);
  }
  return out;
}

/** Progress pairs of an article, given its indicators (from extractIndicators, sorted by start). */
export function extractProgress(text: string, indicators: readonly ExtractedIndicator[]): ExtractedProgress[] {
  return linkProgress({ text, indicators }).map((l) => l.progress);
}
