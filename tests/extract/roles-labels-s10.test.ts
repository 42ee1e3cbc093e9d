// Roles, labels and a number shape from the session-10 held-out miss categories (reported by the keeper as categories
// with invented examples; no held-out text). Every sentence here is invented; each test fixes a grammar, not a phrase.
import { describe, expect, it } from "vitest";
import { extractIndicators } from "@/lib/extract/extract-indicators";

const roles = (s: string) => extractIndicators(s).map((i) => [i.text, i.role]);
const labels = (s: string) => extractIndicators(s).map((i) => [i.text, i.metric]);

describe("roles: a year's plan frame governs the clauses after it", () => {
  it("今年/全年 + 实施/安排/推进: the plan's counts, its parts and its total are targets", () => {
    expect(roles("今年全乡实施民生项目24个，其中新建9个，续建15个，总投资3.2亿元。").map((r) => r[1])).toEqual([
      "target",
      "target",
      "target",
      "target",
    ]);
    expect(roles("全年共安排整治项目16个，目前已开工11个。")).toEqual([
      ["16个", "target"],
      ["11个", "actual"],
    ]);
  });

  it("a year so far (今年以来) or a past year reports, and a clause with 累计/已 leaves the frame", () => {
    expect(roles("今年以来，全乡实施民生项目24个。")).toEqual([["24个", "actual"]]);
    expect(roles("2019年度全乡实施民生项目24个。")).toEqual([["24个", "actual"]]);
    expect(roles("今年全乡实施民生项目24个，完成投资2.6亿元。")).toEqual([
      ["24个", "target"],
      ["2.6亿元", "actual"],
    ]);
    expect(roles("今年全乡实施民生项目24个，累计完成投资1.1亿元。")).toEqual([
      ["24个", "target"],
      ["1.1亿元", "actual"],
    ]);
    // the cue of the clause before does not reach a clause that reports
    expect(roles("年度计划完成投资8亿元，1-9月份累计完成投资6.5亿元。")).toEqual([
      ["8亿元", "target"],
      ["6.5亿元", "actual"],
    ]);
  });

  it("a year's end to reach without digits (到今年年底) and a span set aside (利用N个月的时间) are targets", () => {
    expect(roles("到今年年底，全乡70%以上的农户完成改厕。")).toEqual([["70%以上", "target"]]);
    expect(roles("该乡决定利用两个月的时间，对沿线违章搭建集中拆除。")).toEqual([["两个月", "target"]]);
    expect(roles("该乡利用两个月的时间，对沿线违章搭建进行了集中拆除。")).toEqual([["两个月", "actual"]]);
  });
});

describe("labels: what is counted or measured, not the words around it", () => {
  it("a share + 的 + noun is a share of that noun", () => {
    expect(labels("力争75%的行政村通过验收。")).toEqual([["75%", "行政村"]]);
    expect(labels("全县90%以上的村完成清理。")).toEqual([["90%以上", "村"]]);
    // a rate's own name before it stays its label
    expect(labels("绿化覆盖率达到45%的水平。")).toEqual([["45%", "绿化覆盖率"]]);
  });

  it("the noun before a count when only a verb follows it; a drive verb before the noun is dropped", () => {
    expect(labels("村民代表共80余人参加。")).toEqual([["80余人", "村民代表"]]);
    expect(labels("全乡累计动员青年突击队员300余人次。")).toEqual([["300余人次", "青年突击队员"]]);
  });

  it("the base a change is measured against is not part of the label; a subject before it is", () => {
    expect(labels("营业收入12亿元，较上年增长7.5%。")).toEqual([
      ["12亿元", "营业收入"],
      ["7.5%", "增长"],
    ]);
    expect(labels("全乡粮食总产比去年增加6%。")).toEqual([["6%", "全乡粮食总产"]]);
  });

  it("a threshold closed by 的 stays out of a count's label; planning and summing words stay on an amount", () => {
    expect(labels("投资1000万元以上的项目6个。")).toEqual([["6个", "项目"]]);
    expect(labels("计划完成税收1.5亿元。")).toEqual([["1.5亿元", "计划完成税收"]]);
    expect(labels("前三季度累计完成投资9亿元。")).toEqual([["9亿元", "累计完成投资"]]);
  });
});

describe("numbers: a required minimum of one time", () => {
  it("至少 + verb + 一次 is a number; a plain 一次 stays the article", () => {
    expect(labels("每月至少召开一次联席会议。")).toEqual([["一次", "联席会议"]]);
    expect(extractIndicators("镇里召开一次联席会议。")).toEqual([]);
  });
});
