import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { combineApprox, lookupApproximator, PREFIX_APPROX_FIRST, PREFIX_APPROX_SOURCE } from "@/lib/extract/approximators";
import { isChineseNumeral, NUMERAL_FIRST, NUMERAL_SOURCE, parseNumeral } from "@/lib/extract/numerals";
import { classTable } from "@/lib/text/char-sets";
import { lookupUnit, UNIT_SOURCE, UNITS } from "@/lib/extract/units";

// Numerals as they are written in the seeds (and the forms the brief names).
const NUMERALS: [raw: string, value: number, valueMax?: number][] = [
  ["5000", 5000],
  ["97.8", 97.8],
  ["1,220", 1220],
  ["１２０", 120], // full-width digits survive normalisation
  ["两", 2],
  ["十", 10], // 十余人, 十余种
  ["四", 4], // 四个网格
  ["一百二十", 120],
  ["百万", 1_000_000], // 上百万元 (上 is an approximator)
  ["千", 1000], // 近千家
  ["两万三千", 23_000],
  ["三百零五", 305],
  ["一亿二千万", 120_000_000],
  ["97.8万", 978_000],
  ["120.6万", 1_206_000],
  ["20万", 200_000],
  ["1160", 1160],
  ["百分之五十", 50],
  ["百分之百", 100],
  ["七八千", 7000, 8000],
  ["两三万", 20_000, 30_000],
  ["一两", 1, 2],
  ["十七八", 17, 18],
  ["两到三", 2, 3],
  ["2-3", 2, 3],
  ["2-3万", 20_000, 30_000],
  ["半", 0.5], // 半个多小时
];

describe("parseNumeral", () => {
  it.each(NUMERALS)("%s", (raw, value, valueMax) => {
    const parsed = parseNumeral(raw);
    expect(parsed?.value).toBe(value);
    expect(parsed?.valueMax).toBe(valueMax);
  });

  it.each(["", "二〇二二", "3-2", "abc", "十四五五"])("rejects %j", (raw) => {
    expect(parseNumeral(raw)).toBeUndefined();
  });

  it("tells Chinese from Arabic numerals", () => {
    expect(isChineseNumeral("两三万")).toBe(true);
    expect(isChineseNumeral("97.8万")).toBe(false);
  });

  it("matches a whole numeral token with NUMERAL_SOURCE", () => {
    const re = new RegExp(NUMERAL_SOURCE, "g");
    const tokens = "涉及两村集体土地上房屋230余幢、征收总建筑面积近8万平方米".match(re);
    expect(tokens).toEqual(["两", "230", "8万"]);
    expect("平均一个月七八千元".match(re)).toEqual(["一", "七八千"]);
    expect("一天安排两到三场".match(re)).toEqual(["一", "两到三"]);
  });

  it("leaves 千 of a kilo-unit to the unit after Arabic digits (3千米, 5千瓦)", () => {
    const re = new RegExp(NUMERAL_SOURCE, "g");
    const first = (s: string) => new RegExp(NUMERAL_SOURCE).exec(s)?.[0];
    expect(first("步道长3千米")).toBe("3");
    expect(first("装机5千瓦")).toBe("5");
    expect(first("年发电5000千瓦时")).toBe("5000");
    expect("近3千家企业".match(re)).toEqual(["3千"]);
  });
});

describe("parseNumeral on whole numbers", () => {
  it("round-trips Arabic integers with and without thousands separators", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseNumeral(String(n))?.value).toBe(n);
        expect(parseNumeral(n.toLocaleString("en-US"))?.value).toBe(n);
      }),
    );
  });

  it("never throws on strings of numeral characters", () => {
    const ch = fc.constantFrom(..."〇零一二两三四五六七八九十百千万亿0123456789.,-到至半");
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 20 }), (chars) => {
        const r = parseNumeral(chars.join(""));
        if (r) {
          expect(Number.isNaN(r.value)).toBe(false);
          if (r.valueMax !== undefined) expect(r.valueMax).toBeGreaterThanOrEqual(r.value);
        }
      }),
    );
  });
});

describe("units", () => {
  it("keeps a canonical unit and whether it counts things", () => {
    expect(lookupUnit("场次")).toMatchObject({ unit: "场次", countable: true });
    expect(lookupUnit("平方米")).toMatchObject({ unit: "平方米", countable: false, kind: "measure" });
    expect(lookupUnit("％")?.unit).toBe("%");
    expect(lookupUnit("个月")?.kind).toBe("duration");
    expect(lookupUnit("届")).toBeUndefined(); // session numbers are not quantities
  });

  it("matches the longest unit first", () => {
    const re = new RegExp(`^(?:${UNIT_SOURCE})`);
    expect(re.exec("场次、涉及")?.[0]).toBe("场次");
    expect(re.exec("人次，")?.[0]).toBe("人次");
    expect(re.exec("平方米。")?.[0]).toBe("平方米");
    expect(re.exec("千瓦时")?.[0]).toBe("千瓦时");
    expect(re.exec("方面谋划")?.[0]).toBe("方面");
    expect(lookupUnit("周岁")).toMatchObject({ unit: "岁", kind: "age" });
  });

  it("has no duplicate words", () => {
    expect(new Set(UNITS.map((u) => u.word)).size).toBe(UNITS.length);
  });
});

describe("approximators", () => {
  it("maps the paper's words", () => {
    expect(lookupApproximator("近")?.approx).toBe("about");
    expect(lookupApproximator("余")?.approx).toBe("over");
    expect(lookupApproximator("不到")?.approx).toBe("under");
    expect(lookupApproximator("左右")?.approx).toBe("about");
  });

  it("keeps the word as written and lets a range win", () => {
    expect(combineApprox({ words: [undefined, "余"], isRange: false })).toEqual({ approx: "over", approxWord: "余" });
    expect(combineApprox({ words: [], isRange: true })).toEqual({ approx: "range" });
    expect(combineApprox({ words: [], isRange: false })).toEqual({ approx: "exact" });
  });

  it("takes 上 only before 百/千/万 and not 最近 as 近", () => {
    const re = new RegExp(`(?:${PREFIX_APPROX_SOURCE})`, "g");
    expect("上百万元".match(re)).toEqual(["上"]);
    expect("上门".match(re)).toBeNull();
    expect("最近".match(re)).toBeNull();
  });

  it("does not read 近 as 'nearly' before years (近三年 is the last three years)", () => {
    expect(lookupApproximator("近")?.notWithUnits).toContain("年");
  });
});

// The number scan starts SCAN only at these characters (extract-indicators.ts): a character a numeral or a prefix
// approximator can start with and the table lacks would be a number never found.
describe("first characters of the number scan", () => {
  const missing = (source: string, first: string, tails: string[]) => {
    const table = classTable(first);
    const re = new RegExp(`^(?:${source})`);
    const out: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (table[code] !== 1 && tails.some((tail) => re.test(ch + tail))) out.push(ch);
    }
    return out;
  };

  it("NUMERAL_FIRST holds every character a numeral starts with", () => {
    expect(missing(NUMERAL_SOURCE, NUMERAL_FIRST, ["", "个", "分之五", "分百", "5"])).toEqual([]);
    expect(["5", "５", "两", "百", "半", "亿"].every((c) => classTable(NUMERAL_FIRST)[c.charCodeAt(0)] === 1)).toBe(true);
  });

  it("PREFIX_APPROX_FIRST holds every character a prefix approximator starts with", () => {
    const words = ["", "近", "超", "过", "于", "得低于", "得少于", "得超过", "少于", "到", "足", "约", "概", "莫", "少", "破", "百"];
    expect(missing(PREFIX_APPROX_SOURCE, PREFIX_APPROX_FIRST, words)).toEqual([]);
  });
});

