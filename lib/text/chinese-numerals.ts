// Chinese numerals, read once for every stage: the digit and multiplier tables and the two ways a paper writes a
// number in characters: positionally with multipliers (一百零五, 两千, 二十一) and digit by digit (二〇二六年, a year).
// lib/text reads dates with it, lib/extract numbers; ranges (七八千), 百分之 and Arabic digits stay in lib/extract.

export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

// Small multipliers work inside a 万/亿 section; 万 and 亿 close a section.
export const CHINESE_SMALL_MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
export const CHINESE_BIG_MULTIPLIERS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

// Zeros a typesetter or a converter puts in a written-out year (二○一九, 二◯二一, 二OO九): a digit sequence only.
const ZERO_LOOKALIKES: Readonly<Record<string, number>> = { "○": 0, "◯": 0, O: 0, Ｏ: 0 };

/**
 * A positional Chinese integer: 一百二十, 十五, 一百零五, 两万三千, 三百万, 千. Undefined when malformed: two digits in a
 * row (十四五, 二〇二二: use parseChineseDigits), a small multiplier not smaller than the one before it in its
 * section (十十, 十二十, 百千), or one without its digit after the first (千百): no one writes a number so.
 */
export function parseChineseInteger(s: string): number | undefined {
  if (!s) return undefined;
  let total = 0; // closed 亿 sections
  let section = 0; // current 万 section
  let digit: number | undefined; // pending digit
  let lastWasDigit = false;
  let lastSmall = Infinity; // the last small multiplier in this section
  for (const ch of s) {
    const d = CHINESE_DIGITS[ch];
    if (d !== undefined) {
      // two digits in a row (十四五, 二〇二二) are not one integer, except after 零
      if (lastWasDigit && digit !== 0) return undefined;
      digit = d;
      lastWasDigit = true;
      continue;
    }
    lastWasDigit = false;
    const small = CHINESE_SMALL_MULTIPLIERS[ch];
    if (small !== undefined) {
      // 十 alone opens a number (十五 = 一十五); later a multiplier needs its digit (千百 is not 一千一百)
      if (small >= lastSmall || (digit === undefined && (section > 0 || total > 0))) return undefined;
      lastSmall = small;
      section += (digit ?? 1) * small;
      digit = undefined;
      continue;
    }
    const big = CHINESE_BIG_MULTIPLIERS[ch];
    if (big === undefined) return undefined;
    const part = section + (digit ?? 0);
    if (big === 1e8) {
      total = (total + (part || 1)) * big;
    } else {
      total += (part || 1) * big;
    }
    section = 0;
    digit = undefined;
    lastSmall = Infinity;
  }
  return total + section + (digit ?? 0);
}

/** A number written digit by digit (二〇二六 → 2026, 二○一九 → 2019); undefined unless every character is a digit. */
export function parseChineseDigits(s: string): number | undefined {
  if (!s) return undefined;
  let value = 0;
  for (const ch of s) {
    const d = CHINESE_DIGITS[ch] ?? ZERO_LOOKALIKES[ch];
    if (d === undefined) return undefined;
    value = value * 10 + d;
  }
  return value;
}
