// Number shapes from the held-out miss categories (tests/gold/HELDOUT-CATEGORIES.md on the keeper's branch, which quotes
// no held-out text): every sentence here is invented. Rates in words, literary and symbol units, bare administrative
// nouns as measures, phases, a one-span deadline; and numbers that set a category or date rather than measure.
import { describe, expect, it } from "vitest";
import { extractIndicators, scanNumbers } from "@/lib/extract/extract-indicators";

const found = (s: string) => extractIndicators(s).map((i) => [i.text, i.value, i.unit]);
const texts = (s: string) => extractIndicators(s).map((i) => i.text);
const rule = (s: string, text: string) => scanNumbers(s).rejected.find((r) => r.text.includes(text))?.rule;

describe("numbers the scan now reads", () => {
  it.each([
    ["全村征迁签约率实现百分百。", "百分百", 100, "%"],
    ["这位在山区从教30多载的老教师", "30多载", 30, "载"],
    ["清溪等5县已退出重点帮扶名单。", "5县", 5, "县"],
    ["全年新改造面积3.15万㎡。", "3.15万㎡", 31500, "㎡"],
    ["安置房建设分三期实施。", "三期", 3, "期"],
    ["工作组将在一周内摸清全部底数。", "一周", 1, "周"],
    ["拟在园区建设20兆瓦“渔光互补”发电项目", "20兆瓦", 20, "兆瓦"],
  ])("%s", (s, text, value, unit) => {
    expect(found(s)).toContainEqual([text, value, unit]);
  });

  it("the new unit words keep out of longer words", () => {
    expect(texts("县委书记带队走访,市民纷纷点赞,满载而归")).toEqual([]);
    expect(texts("有一天他回到村里")).toEqual([]); // the indefinite 一 stays out
    expect(texts("三期工程正在建设")).toEqual([]); // a phase in a project's name
  });
});

describe("numbers that set a category or a date", () => {
  it.each([
    ["重点抓好五个环节,实现四个“零”", "四个", "list-count"],
    ["突出抓好三个重点", "三个", "list-count"],
    ["安置小区以五层、六层住宅为主", "五层", "category"],
    ["按50至80户规模建设集中安置点", "50至80户", "category"],
    ["今年推进八件民生实事", "八件", "category"],
    ["新开工超亿元项目12个", "超亿元", "category"],
    ["明后两年全县将新建学校", "两年", "time-reference"],
    // dev d58 shape (https://thch813.com/archiver/tid-209681.html): 提档升级三年计划
    ["制定党群服务中心提档升级三年计划", "三年", "category"],
    ["出台美丽乡村建设三年行动方案", "三年", "category"],
    ["二○一九年三月五日", "一九年", "date"],
  ])("%s", (s, text, why) => {
    expect(texts(s).some((t) => t.includes(text))).toBe(false);
    expect(rule(s, text)).toBe(why);
  });

  it("counts next to those words still count", () => {
    expect(texts("新开工超亿元项目12个")).toEqual(["12个"]);
    expect(texts("全镇8个重点贫困村全部脱贫")).toEqual(["8个"]);
    expect(texts("新建一幢六层办公楼和3个停车场")).toEqual(["3个"]);
    expect(texts("计划用三年时间完成改造")).toEqual(["三年"]);
  });
});
