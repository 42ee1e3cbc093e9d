import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseChineseDigits, parseChineseInteger } from "@/lib/text/chinese-numerals";

// Chinese rendering of an integer, written independently of the parser, for the round-trip property.
const DIGITS = "零一二三四五六七八九";
function toChinese(n: number): string {
  if (n === 0) return "零";
  const section = (x: number): string => {
    let out = "";
    let zero = false;
    for (const [unit, size] of [["千", 1000], ["百", 100], ["十", 10], ["", 1]] as const) {
      const d = Math.floor(x / size) % 10;
      if (d === 0) {
        if (out) zero = true;
        continue;
      }
      if (zero) out += "零";
      zero = false;
      out += DIGITS[d] + unit;
    }
    return out;
  };
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor(n / 1e4) % 1e4;
  const rest = n % 1e4;
  let s = "";
  if (yi) s += section(yi) + "亿";
  if (wan) s += (s && wan < 1000 ? "零" : "") + section(wan) + "万";
  if (rest) s += (s && rest < 1000 ? "零" : "") + section(rest);
  return s;
}

describe("parseChineseInteger", () => {
  it.each([
    ["十二", 12],
    ["二十一", 21],
    ["一百零五", 105],
    ["两千", 2000],
    ["十", 10],
    ["一十五", 15],
    ["三十一", 31],
    ["一千零五十", 1050],
    ["两万三千", 23_000],
  ] as const)("%s → %i", (s, n) => {
    expect(parseChineseInteger(s)).toBe(n);
  });

  it("reads the forms in the seeds", () => {
    expect(parseChineseInteger("十五")).toBe(15);
    expect(parseChineseInteger("二十")).toBe(20);
    expect(parseChineseInteger("十四五")).toBeUndefined(); // a plan name, not a number
  });

  it("round-trips any integer written in Chinese", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        expect(parseChineseInteger(toChinese(n))).toBe(n);
      }),
    );
  });

  // The date reader's old month/day parser refused these and the number reader's summed them (十十 → 20, 十二十 → 30,
  // 千百 → 1100): a reader sees no number in them (千百年 is "for ages"), so the shared parser refuses them.
  it.each(["十十", "十二十", "千百", "百千", "二十十", "一二", "二〇二六", "", "十四五五", "三月"])("refuses %j", (s) => {
    expect(parseChineseInteger(s)).toBeUndefined();
  });
});

describe("parseChineseDigits", () => {
  it.each([
    ["二〇二六", 2026],
    ["二○一九", 2019],
    ["二零二二", 2022],
    ["二OO九", 2009],
  ] as const)("%s → %i", (s, n) => {
    expect(parseChineseDigits(s)).toBe(n);
  });

  it.each(["", "二十", "二〇二六年", "2026"])("refuses %j", (s) => {
    expect(parseChineseDigits(s)).toBeUndefined();
  });
});
