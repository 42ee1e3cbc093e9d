// Numerals as the paper writes them: Arabic (5000, 97.8, 1,220, full-width ５０), Chinese (两, 十余, 一百二十,
// 上百万), mixed (97.8万), 百分之五十, and ranges (七八千, 两三, 两到三, 2-3). Multipliers 十/百/千/万/亿 are
// folded into the value; approximators (余, 多, 近 …) are not numerals and live in approximators.ts. The digit tables
// and the integer reading are lib/text's (chinese-numerals.ts), shared with the date reader.

import {
  CHINESE_BIG_MULTIPLIERS,
  CHINESE_DIGITS,
  CHINESE_SMALL_MULTIPLIERS,
  parseChineseInteger,
} from "@/lib/text/chinese-numerals";

export type NumeralValue = { value: number; valueMax?: number };

const CN_CHARS = "〇零一二两三四五六七八九十百千万亿";
const FW_DIGITS = "０-９";

// Regex sources, composed into the indicator scanner (numbers only, no approximators or units).
const ARABIC_SRC = `[0-9${FW_DIGITS}]+(?:[,，][0-9]{3}(?![0-9]))*(?:[.．][0-9${FW_DIGITS}]+)?`;
// 3千米, 5千瓦, 2千克: after Arabic digits 千 opens the unit (kilo-), it does not multiply
const ARABIC_NUM_SRC = `${ARABIC_SRC}(?:[十百万亿]|千(?![米瓦克]))*`;
// Bounded: the longest Chinese numeral a paper writes is under 20 characters (一亿二千三百四十五万六千七百八十九 is 17), and
// an unbounded run let the scanner's retries from every start go quadratic on a hostile run of 千十千十… (recheck).
const CN_RUN = `[${CN_CHARS}]{1,24}`;
const CN_NUM_SRC = CN_RUN;
export const RANGE_SEPARATORS = ["到", "至", "-", "~", "～", "—", "－"] as const;
const ARABIC_RANGE_SEP_SRC = "(?:到|至|-|~|～|—|－)";
const CN_RANGE_SEP_SRC = "(?:到|至)";

/** Regex source matching one numeral token (value, range, or 百分之N); no flags, no groups. */
export const NUMERAL_SOURCE =
  `(?:百分之${CN_RUN}(?:点${CN_RUN})?|百分百` +
  `|${ARABIC_NUM_SRC}(?:${ARABIC_RANGE_SEP_SRC}${ARABIC_NUM_SRC})?` +
  `|${CN_NUM_SRC}(?:${CN_RANGE_SEP_SRC}${CN_NUM_SRC})?` +
  `|半(?=个))`;
/** The characters a NUMERAL_SOURCE match can start with, as a character class body (one per alternative above). */
export const NUMERAL_FIRST = `百0-9${FW_DIGITS}${CN_CHARS}半`;

// 15 significant digits drop float noise (120.6 × 10000) without losing large integers. An integer below 10^15 is its
// own rounding (+ 0 turns -0 into 0, as the string round trip does): toPrecision is slow and most values are integers.
export const round = (v: number) => (Number.isInteger(v) && Math.abs(v) < 1e15 ? v + 0 : Number(v.toPrecision(15)));

const toAsciiDigits = (s: string) =>
  s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48)).replace(/．/g, ".");

export function isChineseNumeral(raw: string): boolean {
  return !/[0-9０-９]/.test(raw);
}

// 七八千, 两三万, 十七八, 一两: two adjacent digits one apart give a range; the rest of the numeral applies to both.
function parseAdjacentRange(s: string): NumeralValue | undefined {
  const chars = [...s];
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = CHINESE_DIGITS[chars[i]];
    const b = CHINESE_DIGITS[chars[i + 1]];
    if (a === undefined || b === undefined || b !== a + 1 || a === 0) continue;
    const min = parseChineseInteger([...chars.slice(0, i + 1), ...chars.slice(i + 2)].join(""));
    const max = parseChineseInteger([...chars.slice(0, i), ...chars.slice(i + 1)].join(""));
    if (min === undefined || max === undefined) return undefined;
    // 十七八 → 17..18: the trailing digit keeps the scale of the leading one
    return { value: min, valueMax: max };
  }
  return undefined;
}

function parseChinese(s: string): NumeralValue | undefined {
  const v = parseChineseInteger(s);
  if (v !== undefined) return { value: v };
  return parseAdjacentRange(s);
}

// 97.8万 → 978000; 1,220 → 1220
function parseArabic(raw: string): number | undefined {
  const s = toAsciiDigits(raw).replace(/[,，]/g, "");
  const m = /^([0-9]+(?:\.[0-9]+)?)([十百千万亿]*)$/.exec(s);
  if (!m) return undefined;
  let v = Number(m[1]);
  for (const ch of m[2]) v *= CHINESE_SMALL_MULTIPLIERS[ch] ?? CHINESE_BIG_MULTIPLIERS[ch] ?? 1;
  return round(v);
}

function parseSingle(raw: string): NumeralValue | undefined {
  if (raw === "半") return { value: 0.5 };
  if (/[0-9０-９]/.test(raw)) {
    const v = parseArabic(raw);
    return v === undefined ? undefined : { value: v };
  }
  return parseChinese(raw);
}

/**
 * Value of a numeral token as matched by NUMERAL_SOURCE: 5000, 97.8万, 一百二十, 七八千 (range), 两到三 (range),
 * 2-3 (range), 百分之五十 (50, the caller adds the % unit). Undefined when the token is not a number.
 */
export function parseNumeral(raw: string): NumeralValue | undefined {
  if (!raw) return undefined;
  if (raw === "百分百") return { value: 100 }; // 签约率实现百分百
  if (raw.startsWith("百分之")) {
    const [intPart, frac] = raw.slice(3).split("点");
    const v = parseChineseInteger(intPart);
    if (v === undefined) return undefined;
    if (!frac) return { value: v };
    const digits = [...frac].map((c) => CHINESE_DIGITS[c]);
    if (digits.some((d) => d === undefined)) return undefined;
    return { value: round(v + Number(`0.${digits.join("")}`)) };
  }
  const sep = splitAtRangeSeparator(raw);
  if (sep) {
    const lo = parseSingle(sep[1]);
    const hi = parseSingle(sep[2]);
    if (!lo || !hi || lo.valueMax !== undefined || hi.valueMax !== undefined) return undefined;
    // 2-3万: the multiplier written once applies to both ends
    const loV = /[十百千万亿]$/.test(sep[1]) || !/[十百千万亿]$/.test(sep[2]) ? lo.value : scaleLike(sep[1], sep[2]);
    if (loV === undefined || hi.value < loV) return undefined;
    return { value: loV, valueMax: hi.value };
  }
  return parseSingle(raw);
}

function scaleLike(bare: string, scaled: string): number | undefined {
  let cut = scaled.length;
  while (cut > 0 && MULTIPLIERS.has(scaled[cut - 1])) cut--;
  const mult = scaled.slice(cut);
  return parseSingle(bare + mult)?.value;
}

const MULTIPLIERS = new Set([..."十百千万亿"]);

// [whole, low, high] at the first range separator with text on both sides (2到3, 2-3万), as a scan rather than
// /^(.+?)(?:到|…)(.+)$/, which is quadratic in a long line.
function splitAtRangeSeparator(raw: string): [string, string, string] | undefined {
  if (raw.includes("\n")) return undefined;
  for (let i = 1; i < raw.length - 1; i++) {
    if ((RANGE_SEPARATORS as readonly string[]).includes(raw[i])) return [raw, raw.slice(0, i), raw.slice(i + 1)];
  }
  return undefined;
}
