// Approximator lexicon: words that make a number approximate. `approxWord` keeps the word as written because the
// dashboard shows 近/余 the way the paper printed them. Adding a word is one line.

import type { Approx } from "./types";

export type ApproxPosition =
  | "prefix" // before the number: 近300户, 超97.8万, 上百万元
  | "infix" // between number and unit: 5000余户, 1160多场次, 30来分钟, 300多万元, 十几个
  | "suffix"; // after the unit: 100人以上, 3天左右

export type ApproximatorEntry = {
  word: string;
  approx: Exclude<Approx, "exact" | "range">;
  position: ApproxPosition;
  // a regex source the number must start with (上 is only an approximator in 上百/上千/上万)
  beforeNumber?: string;
  // a regex source the preceding character must not match (最近 is "recently", not "nearly")
  notAfter?: string;
  // units with which the word is not an approximator (近三年 is "the last three years")
  notWithUnits?: readonly string[];
};

export const APPROXIMATORS: readonly ApproximatorEntry[] = [
  // hedges (issue #10 §4): 快100岁, 大概两千人, 约莫三十户; 至少/不少于/不低于 bound from below, 不超过 from above
  { word: "大概", approx: "about", position: "prefix" },
  { word: "约莫", approx: "about", position: "prefix" },
  { word: "快", approx: "about", position: "prefix", notAfter: "[加尽很更最较飞赶越愉凉痛爽畅轻明要]" },
  { word: "至少", approx: "over", position: "prefix" },
  { word: "不少于", approx: "over", position: "prefix" },
  { word: "不低于", approx: "over", position: "prefix" },
  { word: "不得低于", approx: "over", position: "prefix" },
  { word: "不得少于", approx: "over", position: "prefix" },
  { word: "突破", approx: "over", position: "prefix" },
  { word: "不超过", approx: "under", position: "prefix" },
  { word: "不高于", approx: "under", position: "prefix" },
  { word: "不得超过", approx: "under", position: "prefix" },
  { word: "将近", approx: "about", position: "prefix" },
  { word: "接近", approx: "about", position: "prefix" },
  { word: "大约", approx: "about", position: "prefix" },
  { word: "约", approx: "about", position: "prefix", notAfter: "[预节制签契大]" },
  { word: "近", approx: "about", position: "prefix", notAfter: "[最附邻临亲贴靠将接]", notWithUnits: ["年"] },
  { word: "超过", approx: "over", position: "prefix" },
  { word: "超", approx: "over", position: "prefix", notAfter: "[赶]" },
  { word: "逾", approx: "over", position: "prefix" },
  { word: "上", approx: "over", position: "prefix", beforeNumber: "[百千万亿]" },
  { word: "不到", approx: "under", position: "prefix" },
  { word: "不足", approx: "under", position: "prefix" },
  { word: "余", approx: "over", position: "infix" },
  { word: "多", approx: "over", position: "infix" },
  { word: "来", approx: "about", position: "infix" },
  { word: "几", approx: "over", position: "infix" }, // 十几个, 二十几岁 (几十/数百 alone are vague: non-quantities.ts)
  { word: "左右", approx: "about", position: "suffix" },
  { word: "及以上", approx: "over", position: "suffix" },
  { word: "以上", approx: "over", position: "suffix" },
  { word: "以下", approx: "under", position: "suffix" },
  { word: "之下", approx: "under", position: "suffix" },
  { word: "以内", approx: "under", position: "suffix" },
];

const byWord = new Map(APPROXIMATORS.map((a) => [a.word, a]));

export function lookupApproximator(word: string): ApproximatorEntry | undefined {
  return byWord.get(word);
}

const entriesAt = (position: ApproxPosition) =>
  APPROXIMATORS.filter((a) => a.position === position).sort((a, b) => b.word.length - a.word.length);

const prefixSource = (a: ApproximatorEntry) =>
  `${a.notAfter ? `(?<!${a.notAfter})` : ""}${a.word}${a.beforeNumber ? `(?=${a.beforeNumber})` : ""}`;

/** Regex sources for the scanner, longest word first. */
export const PREFIX_APPROX_SOURCE = entriesAt("prefix").map(prefixSource).join("|");
export const INFIX_APPROX_SOURCE = entriesAt("infix").map((a) => a.word).join("|");
export const SUFFIX_APPROX_SOURCE = entriesAt("suffix").map((a) => a.word).join("|");
/** The characters a PREFIX_APPROX_SOURCE match can start with (look-arounds consume none). */
export const PREFIX_APPROX_FIRST = entriesAt("prefix").map((a) => a.word[0]).join("");

/**
 * Combine the approximators found around one number. A range wins (the paper gave both ends); otherwise the
 * first word decides (近…余 does not occur; if it did, the prefix is what the reader sees first).
 */
export function combineApprox(opts: { words: (string | undefined)[]; isRange: boolean }): {
  approx: Approx;
  approxWord?: string;
} {
  const words = opts.words.filter((w): w is string => !!w);
  const approxWord = words.length ? words.join("…") : undefined;
  if (opts.isRange) return { approx: "range", approxWord };
  const first = words.map((w) => lookupApproximator(w)).find((a) => a);
  if (!first) return { approx: "exact" };
  return { approx: first.approx, approxWord };
}
