// Roles, labels and number shapes from the session-9 held-out miss categories (reported by the keeper as categories
// with invented examples; no held-out text). Every sentence here is invented; each test fixes a grammar, not a phrase.
import { describe, expect, it } from "vitest";
import { extractIndicators, scanNumbers } from "@/lib/extract/extract-indicators";

const roles = (s: string) => extractIndicators(s).map((i) => [i.text, i.role]);
const labels = (s: string) => extractIndicators(s).map((i) => [i.text, i.metric]);
const texts = (s: string) => extractIndicators(s).map((i) => i.text);
const found = (s: string) => extractIndicators(s).map((i) => [i.text, i.value, i.unit]);
const rule = (s: string, text: string) => scanNumbers(s).rejected.find((r) => r.text.includes(text))?.rule;

describe("numbers that are not quantities of the story", () => {
  it.each([
    ["过去的五年里，全县新增就业1万人。", "五年"],
    ["过去两个多月，共接待游客3万人次。", "两个多月"],
    ["过去十几年，村里人口逐年减少。", "十几年"],
    ["在过去的三个季度中，全县新签约项目40个。", "三个"],
  ])("a time reference: %s", (s, text) => {
    expect(texts(s).some((t) => t.includes(text))).toBe(false);
    expect(rule(s, text)).toBe("time-reference");
  });

  it("三次产业 is a fixed term, not a count of times", () => {
    expect(texts("全县三次产业结构调整为8:42:50。")).toEqual([]);
    // a count of times stays
    expect(texts("工作组先后三次上门走访")).toEqual(["三次"]);
  });

  it("a page label with a letter before the page number is no count", () => {
    expect(texts("第B03版：要闻")).toEqual([]);
    expect(texts("A2版 综合新闻")).toEqual([]);
    expect(texts("今年出版专刊12版")).toEqual(["12版"]);
  });
});
