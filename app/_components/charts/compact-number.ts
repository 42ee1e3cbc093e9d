// Chart axis numbers in 万 and 亿 (12345 → 1.23万, 123456789 → 1.23亿), at most two decimals: Intl's compact notation
// for zh-CN does exactly this. It replaces a hand-written version that gave the same strings for the values charts
// show, except that it rounded ties through binary fractions (38150 → 3.81万, Intl 3.82万) and did not carry into the
// next unit (99999999.5 → 10000万, Intl 1亿; 1e12 → 10000亿, Intl 1万亿). tests/data/compact-number.test.ts checks both.
const COMPACT = new Intl.NumberFormat("zh-CN", { notation: "compact", maximumFractionDigits: 2 });

export function formatCompact(value: number): string {
  return COMPACT.format(value);
}
