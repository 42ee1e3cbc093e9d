import { describe, expect, it } from "vitest";
import { extractAll } from "@/lib/extract";
import { namesToken, sloganParts } from "@/lib/track/subject-tokens";
import { goalKeys } from "@/lib/track/track-keys";
import { MET_CUES, MISSED_CUES, PARTIAL_CUES, PROGRESS_CUES, matchEvidence, namesOtherProjectAt, type EvidenceArticle, type GoalForMatch } from "@/lib/track/link-evidence";

// Session 8 (s8-links): rules for wording the dev follow-ups f16–f17 exposed. Every sentence here is invented for the
// test (places and projects made up), none is copied from a follow-up.

function article(title: string, text: string, issueDate: string): EvidenceArticle {
  const out = extractAll(text, { title, issueYear: Number(issueDate.slice(0, 4)) });
  return { title, text, issueDate, indicators: out.indicators, campaigns: out.campaigns.map((c) => c.name) };
}
const rel = (goal: GoalForMatch, title: string, text: string, date: string) => matchEvidence(goal, article(title, text, date))?.relation ?? null;

describe("cue tables: completion, partial and delay worded otherwise", () => {
  it.each(["年度目标圆满达成", "争先目标如期达成", "各项指标顺利达成"])("达成 reports a target reached: %s", (s) => expect(MET_CUES.exec(s)?.[0]).toMatch(/达成/));
  it.each(["双方达成共识", "企业达成合作意向", "已达成协议"])("达成 of an agreement is no outcome: %s", (s) => expect(MET_CUES.exec(s)?.[0] ?? "").not.toMatch(/达成/));
  it.each(["年度目标未能达成", "目标没有达成"])("not reached is a delay: %s", (s) => expect(MISSED_CUES.test(s)).toBe(true));
  it.each(["二期工程至今尚未启动", "南区地块尚未开工", "迟迟未动工"])("not started is a delay: %s", (s) => expect(MISSED_CUES.test(s)).toBe(true));
  it.each(["改造进度过七成", "种植面积超六成", "已完成逾八成"])("past N tenths is partial: %s", (s) => expect(PARTIAL_CUES.test(s)).toBe(true));
  it.each(["改造工作进展停滞", "南段难以按期完工", "二期未达序时进度"])("stalled, unable to keep the date, behind schedule is a delay: %s", (s) => expect(MISSED_CUES.test(s)).toBe(true));
  it.each(["已完成计划的三分之二", "完成总量的四分之三"])("a fraction done is partial: %s", (s) => expect(PARTIAL_CUES.test(s)).toBe(true));
  it.each(["新院区正式运营", "污水站已投入运行", "出水水质全部达标"])("in service or up to standard is done: %s", (s) => expect(MET_CUES.test(s)).toBe(true));
  it.each(["出水水质未达标", "部分站点尚未达标"])("not up to standard is no completion: %s", (s) => expect(MET_CUES.exec(s)?.[0] ?? "").not.toMatch(/达标/));
  it("still under way with an adverb between (仍在加紧推进) is progress", () => expect(PROGRESS_CUES.exec("东区改造仍在加紧推进")?.[0]).toBe("仍在加紧推进"));
});

describe("a share counted in households", () => {
  const HOMES: GoalForMatch = { text: "确保年内完成120户危旧房改造", issueDate: "2023-02-01", deadlineDate: "2023-12-31", subject: "危旧房改造" };
  it("已完成120户中的98户 is partial", () =>
    expect(rel(HOMES, "危旧房改造稳步推进", "截至目前，全区危旧房改造已完成120户中的98户。", "2023-09-06")).toBe("partial"));
  it("all of them is met", () => expect(rel(HOMES, "危旧房改造全面完成", "全区120户危旧房改造已全面完成。", "2023-12-20")).toBe("met"));
});

describe("a goal reached, worded 达成", () => {
  const GOAL: GoalForMatch = { text: "确保实现“季季红”", issueDate: "2023-03-01", deadlineDate: "2023-12-31" };
  it("is met", () => expect(rel(GOAL, "我区“季季红”目标圆满达成", "2023年度考评结果公布，我区四个季度均获“红旗”，“季季红”目标圆满达成。", "2024-01-10")).toBe("met"));
  it("is missed when not reached", () =>
    expect(rel(GOAL, "考评结果公布", "2023年度考评结果公布，我区三季度未获“红旗”，“季季红”目标未能达成。", "2024-01-10")).toBe("missed"));
});

describe("the main body or main line of a work done is part of it", () => {
  const ROAD: GoalForMatch = { text: "力争10月底前建成通车", issueDate: "2023-02-01", deadlineDate: "2023-10-31", campaign: "樟树大道改造工程", subject: "樟树大道改造工程" };
  it("主线贯通 is partial, not the road open", () =>
    expect(rel(ROAD, "樟树大道改造工程主线贯通", "11月5日，樟树大道改造工程主线贯通，辅道仍在施工。", "2023-11-08")).toBe("partial"));
  it("主体工程完工 is partial", () => expect(rel(ROAD, "樟树大道主体完工", "樟树大道改造工程主体工程近日全面完工。", "2023-09-20")).toBe("partial"));
  it("the whole road open is met", () => expect(rel(ROAD, "樟树大道建成通车", "10月28日，樟树大道改造工程全线建成通车。", "2023-11-01")).toBe("met"));
});

describe("another project on the goal's site", () => {
  const EXPROPRIATION: GoalForMatch = {
    text: "确保按期完成征收任务",
    issueDate: "2023-03-01",
    campaign: "桂花苑地块房屋征收",
    subject: "桂花苑地块房屋征收",
  };
  it("names the site as the place of a project with a head of its own", () => {
    expect(namesOtherProjectAt("桂花苑地块安置房项目正式开工", "桂花苑", "桂花苑地块房屋征收")).toBe(true);
    expect(namesOtherProjectAt("桂花苑地块征收项目签约完成", "桂花苑", "桂花苑地块房屋征收")).toBe(false);
    expect(namesOtherProjectAt("桂花苑地块安置房项目正式开工", "桂花苑", "确保桂花苑地块安置房年底前开工")).toBe(false);
  });
  it("gives no link to the site's other project", () =>
    expect(rel(EXPROPRIATION, "桂花苑地块安置房项目开工", "5月20日，桂花苑地块安置房项目正式开工。", "2023-05-24")).toBeNull());
  it("still links the site's own expropriation", () =>
    expect(rel(EXPROPRIATION, "桂花苑地块征收项目完成签约", "截至5月20日，桂花苑地块征收项目签约率达100%，按期完成征收任务。", "2023-05-24")).toBe("met"));
});

describe("a listed goal's own items are not another of their kind", () => {
  const RENEWAL: GoalForMatch = { text: "统筹推进东门片区、北站片区有机更新", issueDate: "2023-01-05", subject: "东门片区、北站片区有机更新" };
  it("one item's body done and the other still going is partial", () =>
    expect(rel(RENEWAL, "东门片区有机更新主体完工", "东门片区有机更新项目主体工程全面完工，北站片区有机更新仍在加紧推进。", "2023-06-07")).toBe("partial"));
  it("another area's renewal is still not the goal's", () =>
    expect(rel(RENEWAL, "西湖片区有机更新完工", "西湖片区有机更新项目全面完工。", "2023-06-07")).toBeNull());
});

describe("a slogan reported part by part", () => {
  const RANK: GoalForMatch = { text: "确保实现全年综合考核“保3争2”的目标", issueDate: "2023-02-01", tokens: { strong: ["保3争2"], weak: [] } };
  it("splits a slogan of verbs and numbers into its parts, and nothing else", () => {
    expect(sloganParts("保3争2")).toEqual(["保3", "争2"]);
    expect(sloganParts("保5争3抢1")).toEqual(["保5", "争3", "抢1"]);
    expect(sloganParts("两进两回")).toEqual([]);
  });
  it("is named by one part", () => {
    expect(namesToken("守住了“保3”底线", "保3争2")).toBe(true);
    expect(namesToken("守住了“保4”底线", "保3争2")).toBe(false);
  });
  it("links a report quoting one part", () =>
    expect(rel(RANK, "上半年综合考核我区位列全市第三", "上半年综合考核结果公布，我区位列全市第三，守住了“保3”底线，“争2”仍有差距。", "2023-07-19")).not.toBeNull());
  it("keys the goal by its parts, as a report's quoted names key the article", () =>
    expect(goalKeys({ text: RANK.text, tokens: RANK.tokens! })).toEqual(expect.arrayContaining(["t:保3", "t:争2"])));
});

describe("an activity held again", () => {
  const CONTEST: GoalForMatch = { text: "持续开展重点项目“赛马比拼”活动", issueDate: "2023-03-01" };
  it("a round of the activity whose result is announced is progress", () =>
    expect(rel(CONTEST, "重点项目“赛马比拼”结果揭晓", "6月30日，全区重点项目赛马比拼二季度结果揭晓，5个单位获评优胜。", "2023-07-05")).toBe("progress"));
  it("a round only planned is not", () =>
    expect(rel(CONTEST, "重点项目“赛马比拼”将举行", "全区重点项目赛马比拼三季度比拼将于9月举行。", "2023-08-09")).toBeNull());
});
