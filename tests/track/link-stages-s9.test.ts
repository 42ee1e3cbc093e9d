// Session 9 (s9-links): rules for what real local news (dev follow-ups f18–f23) showed the linker missing: works named by
// a proper name and a head (高速, 大桥), a project named only by the paragraph's lead sentence, the stage of work a report
// states instead of a number, a month without its year. Every sentence here is invented; the names are made up.
import { describe, expect, it } from "vitest";
import { extractAll } from "@/lib/extract";
import { matchEvidence, type EvidenceArticle, type GoalForMatch } from "@/lib/track/link-evidence";
import { impliedDeadline } from "@/lib/track/deadline-date";
import { stageAsked, stageReached } from "@/lib/track/stage-ladder";
import { subjectTokens, workNames } from "@/lib/track/subject-tokens";
import { goalTracking } from "@/lib/track/track-keys";
import type { SubjectTokens } from "@/lib/track/subject-tokens";
import type { ParsedArticle } from "@/lib/text/types";

function article(title: string, text: string, issueDate: string): EvidenceArticle {
  const out = extractAll(text, { title, issueYear: Number(issueDate.slice(0, 4)) });
  return { title, text, issueDate, indicators: out.indicators, campaigns: out.campaigns.map((c) => c.name) };
}
const rel = (goal: GoalForMatch, title: string, text: string, date: string) => matchEvidence(goal, article(title, text, date))?.relation ?? null;

describe("named works", () => {
  it("are a proper name and a head, the head written one way, so a shorter or longer head is the same work", () => {
    expect(workNames("青岭高速公路（东段）是省道网的一部分")).toEqual(["青岭高速"]);
    expect(workNames("青岭高速全线路面完成施工")).toEqual(["青岭高速"]);
    expect(workNames("石门特大桥举行开工仪式")).toEqual(["石门大桥"]);
    expect(workNames("我市石门大桥和重建后的白沙大桥正式通车")).toEqual(["石门大桥", "白沙大桥"]);
  });
  it("are no name when the words before the head are not a phrase of their own", () => {
    expect(workNames("保持经济高速增长")).toEqual([]);
    expect(workNames("目前正在开展大桥水中桩施工")).toEqual([]);
    expect(workNames("计划于4月份完成大桥桩基施工")).toEqual([]);
    expect(workNames("该项目设两座大桥")).toEqual([]);
  });
  it("are the tokens of a goal and of a report about them", () => {
    expect(subjectTokens({ texts: ["青岭高速将于今年10月建成通车"] }).strong).toEqual(["青岭高速"]);
  });
});

describe("the stage ladder", () => {
  it("reads the highest stage a report states as reached, not one planned or aimed at", () => {
    expect(stageReached("青岭高速今天通过交工验收，具备通车条件").stage).toBe(4);
    expect(stageReached("石门大桥正式通车").stage).toBe(5);
    expect(stageReached("主体结构全面封顶").stage).toBe(2);
    expect(stageReached("青岭高速即将通车").stage).toBe(0);
    expect(stageReached("为按时完成建设任务，指挥部挂图作战").stage).toBe(0);
    expect(stageReached("项目尚未竣工").stage).toBe(0);
  });
  it("reads the stage a goal asks for from its own words", () => {
    expect(stageAsked("将于今年10月建成通车")).toBe(5);
    expect(stageAsked("计划于2019年完工")).toBe(3);
    expect(stageAsked("计划于4月份完成大桥桩基施工")).toBe(0);
  });
});

describe("matchEvidence: the stage reached against the stage asked", () => {
  const OPENING: GoalForMatch = { text: "青岭高速将于今年10月建成通车", issueDate: "2019-03-20", deadlineDate: "2019-10-31" };
  it("is partial short of it, met at or past it, nothing for another work of the kind", () => {
    expect(rel(OPENING, "青岭高速具备通车条件", "经过两年建设，青岭高速公路今天下午通过交工验收，具备通车条件。", "2019-11-08")).toBe("partial");
    expect(rel(OPENING, "青岭高速正式通车", "12月1日上午，青岭高速公路正式通车。", "2019-12-02")).toBe("met");
    expect(rel(OPENING, "白沙高速正式通车", "12月1日上午，白沙高速公路正式通车。", "2019-12-02")).toBeNull();
  });
  it("counts a later stage as the earlier ones done", () => {
    const tokens: SubjectTokens = { strong: ["石门大桥"], weak: [] };
    const goal: GoalForMatch = { text: "预计在2021年9月份全部完成", issueDate: "2021-02-07", deadlineDate: "2021-09-30", tokens };
    expect(rel(goal, "石门大桥正式通车", "12月26日上午，石门大桥正式通车。", "2023-12-27")).toBe("met");
  });
});

describe("a project named only by its paragraph's lead sentence", () => {
  it("is the subject of a goal whose sentence says 项目 and names nothing", () => {
    const text =
      "青岭高速公路（东段）是省道网的重要组成部分，项目全长约30公里。项目经过白石、青岭两个镇共9个行政村，计划于2019年完工。";
    const parsed = { position: 0, kind: "article", title: "白沙特大桥举行开工仪式", text, reporters: [], sectionHeads: [] } as unknown as ParsedArticle;
    const goal = extractAll(text, { title: parsed.title, issueYear: 2016, issueDate: "2016-12-31" }).goals.find((g) => g.text.includes("2019年完工"));
    expect(goal).toBeDefined();
    const tokens = JSON.parse(goalTracking(parsed, goal!, "2016-12-31").tokens) as SubjectTokens;
    expect(tokens.strong).toContain("青岭高速");
  });
});

describe("figures and reports that are not the goal's", () => {
  it("a figure of a sentence that names the goal's thing only as an example in a list of others is not its figure", () => {
    const goal: GoalForMatch = { text: "加快推进石门大桥、青岭水库等一批重大项目落地", issueDate: "2021-08-12" };
    expect(rel(goal, "白石景区获评省级景区", "景区规划面积约20平方公里，串联起青岭水库、白石村等景点和村落。", "2022-01-12")).toBeNull();
  });
  it("a report that an earlier target was missed sets no goal of its own", () => {
    const goal: GoalForMatch = { text: "青岭大道改造工程原定9月底建成通车的目标没有实现", issueDate: "2022-11-16", tokens: { strong: ["青岭大道"], weak: [] } };
    expect(rel(goal, "青岭大道改造工程主线贯通", "1月8日，青岭大道改造工程主线贯通。", "2023-01-11")).toBeNull();
  });
});

describe("a sentence that leaves its subject unsaid", () => {
  const CLOSING: GoalForMatch = { text: "石门大桥有望于今年年底完成合龙", issueDate: "2024-04-10", deadlineDate: "2024-12-31", tokens: { strong: ["石门大桥"], weak: [] } };
  it("goes on about the work the sentence before it named, also when the work is done a year late", () => {
    const text = "其中的石门大桥全长900米，主跨达120米。已于今年4月25日实现全幅合龙，为全线贯通奠定了坚实基础。";
    expect(rel(CLOSING, "青岭大道北延工程有序推进", text, "2025-08-22")).toBe("met");
  });
  it("an expectation (有望…实现通车) reports nothing", () => {
    expect(rel(CLOSING, "石门大桥建设有序推进", "目前，石门大桥有望在今年年底实现通车。", "2024-09-20")).toBeNull();
  });
  it("but not when it names another work", () => {
    const text = "其中的石门大桥全长900米，主跨达120米。白沙大桥已于今年4月25日实现全幅合龙。";
    expect(rel(CLOSING, "青岭大道北延工程有序推进", text, "2025-08-22")).not.toBe("met");
  });
});

describe("measures in different units", () => {
  it("compare in one unit: metres against kilometres", () => {
    const goal: GoalForMatch = { text: "新建绿道3.5公里", issueDate: "2022-03-01", targetValue: 3.5, targetUnit: "公里", subject: "新建绿道", tokens: { strong: ["青岭"], weak: [] } };
    expect(rel(goal, "青岭绿道建成", "截至目前，青岭新建绿道3600米。", "2022-12-01")).toBe("met");
    expect(rel(goal, "青岭绿道建设", "截至目前，青岭新建绿道2800米。", "2022-09-01")).toBe("partial");
  });
});

describe("a month without its year", () => {
  it("is the next such month from the issue on, not a day of an event", () => {
    expect(impliedDeadline("计划于4月份完成大桥桩基施工", "2021-02-07")).toBe("2021-04-30");
    expect(impliedDeadline("计划于3月底前完成", "2021-11-02")).toBe("2022-03-31");
    expect(impliedDeadline("12月26日上午举行", "2021-02-07")).toBeUndefined();
  });
});
