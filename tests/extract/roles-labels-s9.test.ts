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

describe("a count + 多/余/万 + a bare noun of people", () => {
  it.each([
    ["他带领全乡4000多群众修路。", "4000多", 4000, "群众"],
    ["节日期间吸引了2万余游客。", "2万余", 20000, "游客"],
    ["1200多村民参加了议事会。", "1200多", 1200, "村民"],
    ["惠及全镇3.2万老百姓。", "3.2万", 32000, "老百姓"],
    ["帮助300余贫困群众就业。", "300余", 300, "贫困群众"],
  ])("%s", (s, text, value, unit) => {
    expect(found(s)).toContainEqual([text, value, unit]);
  });

  it("a bare noun that is not a group of people makes no unit", () => {
    expect(texts("全文3000多字")).toEqual([]);
    expect(texts("两村村民代表参加")).toEqual(["两村"]);
    expect(labels("他带领全乡4000多群众修路。")).toEqual([["4000多", "群众"]]);
  });
});
