import { describe, expect, it } from "vitest";
import { extractAll } from "@/lib/extract";
import { matchEvidence, type EvidenceArticle, type GoalForMatch } from "@/lib/track/link-evidence";
import { siteNames, subjectTokens } from "@/lib/track/subject-tokens";

// Seed 000's goal and seed 001's and 003's, as the extractor links them (campaign, township) with their sentence.
const SIGNING: GoalForMatch = {
  text: "计划下月启动房屋征收签约工作",
  context: "入户调查只是征收工作的开始，下步，指挥部将与相关专业部门进行房屋认定，计划下月启动房屋征收签约工作。\n入户调查完成100% 黄家片区下刘、四都刘村房屋征收首战告捷",
  issueDate: "2021-11-16",
  deadlineDate: "2021-12-31",
  campaign: "黄家片区下刘、四都刘村房屋征收",
  township: "黄家街道",
};
const EXPROPRIATION: GoalForMatch = {
  text: "确保按时按期、保质保量、平稳有序完成征收任务",
  context: "宫宝宿舍地块国有土地上房屋征收是市委市政府交给柯城区的又一项重要政治任务",
  issueDate: "2022-04-13",
  campaign: "宫宝宿舍地块国有土地上房屋征收",
};
const ONE_VOICE: GoalForMatch = { ...EXPROPRIATION, text: "确保征收全过程一个声音、一个步调" };
const LAND: GoalForMatch = { text: "按时保质高效完成目标任务", issueDate: "2021-08-12", campaign: "全域土地综合整治", township: "华墅乡" };
const COVERAGE: GoalForMatch = { text: "争取全面完成覆盖率", issueDate: "2021-11-16", campaign: "两污治理", department: undefined } as GoalForMatch;

// A later article made of one headline and one sentence, with the extractor's numbers and campaigns.
function article(title: string, text: string, issueDate = "2022-06-15"): EvidenceArticle {
  const out = extractAll(text, { title, issueYear: Number(issueDate.slice(0, 4)) });
  return { title, text, issueDate, indicators: out.indicators, campaigns: out.campaigns.map((c) => c.name) };
}

const rel = (goal: GoalForMatch, title: string, text: string, date?: string) => matchEvidence(goal, article(title, text, date))?.relation ?? null;

describe("matchEvidence: positive cases", () => {
  it.each([
    [SIGNING, "签约工作正式启动", "12月1日，下刘、四都刘村征收项目房屋征收签约工作正式启动。", "2021-12-22", "met"],
    [SIGNING, "征收快讯", "截至1月10日，下刘村、四都刘村征收项目签约率达100%。", "2022-01-12", "met"],
    [SIGNING, "征收快讯", "截至12月20日，下刘、四都刘村征收项目已签约215户，签约率达78%。", "2021-12-22", "partial"],
    [SIGNING, "下刘、四都刘村征收签约工作推迟", "受疫情影响，下刘、四都刘村房屋征收签约工作推迟。", "2021-12-22", "missed"],
    [EXPROPRIATION, "宫宝宿舍地块征收项目提前完成签约", "截至6月10日，城北片区宫宝宿舍地块征收项目签约率达100%，提前完成征收任务。", "2022-06-15", "met"],
    [LAND, "华墅乡全域土地综合整治项目进度滞后", "华墅乡全域土地综合整治项目部分子项目进度滞后，未能按期完成年度目标任务。", "2022-09-21", "missed"],
    [LAND, "华墅乡全域土地综合整治项目通过验收", "华墅乡全域土地综合整治项目顺利通过省级验收。", "2022-11-30", "met"],
    [COVERAGE, "我区“两污”治理取得阶段性成效", "截至目前，全区农村生活污水治理行政村覆盖率达100%，全面完成年度目标任务。", "2021-12-22", "met"],
  ] as const)("%#: %s ← %s", (goal, title, text, date, relation) => expect(rel(goal, title, text, date)).toBe(relation));
});

describe("matchEvidence: negative cases", () => {
  it.each([
    [SIGNING, "石梁镇梅山村征收项目签约率达100%", "近日，石梁镇梅山村征收项目签约率达100%，提前完成签约任务。", "2021-12-22", "another village"],
    [SIGNING, "安置小区将开工", "下刘、四都刘村征收项目签约工作全面完成后，2023年下刘、四都刘村安置小区将开工建设。", "2022-09-21", "another year, a plan"],
    [SIGNING, "下刘村文化礼堂正式启用", "6月12日，黄家街道下刘村文化礼堂正式启用。", "2022-06-15", "same village, another topic"],
    [SIGNING, "签约工作正式启动", "12月1日，下刘、四都刘村征收项目房屋征收签约工作正式启动。", "2021-11-10", "earlier than the goal"],
    [EXPROPRIATION, "衢化宿舍地块征收工作启动", "6月13日，城北片区衢化宿舍地块征收项目签约率达100%。", "2022-06-15", "another site"],
    [ONE_VOICE, "宫宝宿舍地块征收项目提前完成签约", "截至6月10日，城北片区宫宝宿舍地块征收项目签约率达100%，提前完成征收任务。", "2022-06-15", "a way of working, not a result"],
    [LAND, "石室乡全域土地综合整治项目通过省级验收", "近日，石室乡全域土地综合整治项目顺利通过省级验收。", "2022-11-30", "another township"],
    [LAND, "督导", "华墅乡要倒排工期、挂图作战，确保全域土地综合整治项目年底前取得实质性进展。", "2022-09-21", "a new instruction, not an outcome"],
  ] as const)("%#: no link (%s)", (goal, title, text, date, why) => expect(rel(goal, title, text, date), why).toBeNull());
});

describe("subject tokens", () => {
  it("meet across spellings of one project", () => {
    const seed = subjectTokens({ texts: ["入户调查完成100% 黄家片区下刘、四都刘村房屋征收首战告捷"], campaign: "黄家片区下刘、四都刘村房屋征收" });
    const later = subjectTokens({ texts: ["下刘、四都刘村征收项目签约率达100%"] });
    expect(seed.strong.sort()).toEqual(["下刘", "四都刘"]);
    expect(later.strong.sort()).toEqual(["下刘", "四都刘"]);
    expect(seed.weak).toContain("黄家片区");
  });

  it("name sites and skip words that name none", () => {
    expect(siteNames("城北片区宫宝宿舍地块国有土地上房屋征收")).toEqual(["宫宝宿舍"]);
    expect(siteNames("部分地块进度滞后，该地块和征收地块")).toEqual([]);
  });
});

describe("the link says why", () => {
  it("carries the words, the sentence and the number", () => {
    const found = matchEvidence(SIGNING, article("征收快讯", "截至1月10日，下刘村、四都刘村征收项目签约率达100%。", "2022-01-12"))!;
    expect(found).toMatchObject({ relation: "met", value: 100, unit: "%", text: "截至1月10日，下刘村、四都刘村征收项目签约率达100%。" });
    expect(found.words).toEqual(expect.arrayContaining(["下刘", "四都刘", "签约"]));
    expect(found.score).toBeGreaterThan(0.55);
    expect(found.score).toBeLessThanOrEqual(1);
  });
});

describe("matchEvidence: reports worded otherwise", () => {
  it.each([
    [SIGNING, "征收快讯", "下刘、四都刘村征收项目提前15天完成签约工作。", "2022-01-12", "met"],
    [LAND, "华墅乡全域土地综合整治", "华墅乡全域土地综合整治项目完成年度计划的85%。", "2022-12-20", "partial"],
  ] as const)("%#: %s ← %s", (goal, title, text, date, relation) => expect(rel(goal, title, text, date)).toBe(relation));
});

// The relation must be about the goal's own object, not only its project (issue #11 §3; session 4's wrong links).
const SHARING: GoalForMatch = { text: "实现总院和分院“七共享”建设", issueDate: "2022-02-14", campaign: "医共体建设" };
const PLAN: GoalForMatch = { text: "完善实施卫生健康“十四五”规划", issueDate: "2022-02-14" };
const FINISH_SIGNING: GoalForMatch = { ...SIGNING, text: "确保年底前全面完成房屋征收签约工作", deadlineDate: "2021-12-31" };
const SURVEY: GoalForMatch = { ...SIGNING, text: "进行房屋认定" };

describe("matchEvidence: the report must be about the goal's own object", () => {
  it.each([
    [SHARING, "医共体总院迁建工程结顶", "区人民医院医共体总院迁建工程日前顺利结顶，目前已完成总工程量的60%。", "2022-06-15", null, "the project's building, not the goal's 七共享"],
    [SHARING, "医共体“七共享”全面实现", "我区医共体总院和分院“七共享”全面实现，群众就近看病更方便。", "2022-06-15", "met", "names the goal's own thing"],
    [PLAN, "区人大常委会举行会议", "会议指出，今年是十四五规划实施的关键之年，圆满完成全年目标任务意义重大。", "2022-07-31", null, "the period in passing: the cue's clause is about another task"],
    [PLAN, "卫生健康规划通过评审", "区卫生健康“十四五”规划顺利通过专家评审。", "2022-07-31", "met", "the plan itself"],
    [FINISH_SIGNING, "签约工作正式启动", "12月1日，下刘、四都刘村征收项目房屋征收签约工作正式启动。", "2021-12-22", "progress", "a start does not complete a goal to finish"],
    [SIGNING, "签约工作正式启动", "12月1日，下刘、四都刘村征收项目房屋征收签约工作正式启动。", "2021-12-22", "met", "a start completes a goal to start"],
    [SURVEY, "签约工作正式启动", "12月1日，下刘、四都刘村征收项目房屋征收签约工作正式启动。", "2021-12-22", null, "房屋 of the project's name is no topic"],
  ] as const)("%#: %s → %s (%s)", (goal, title, text, date, relation, why) => expect(rel(goal, title, text, date), why).toBe(relation));

  it("needs two topic words or a number when only the article ties the sentence to the goal", () => {
    const text = "下刘、四都刘村征收项目签约工作全面收官。目前，征收项目已转入房屋腾空和拆除阶段。";
    const found = matchEvidence(SURVEY, { ...article("黄家街道征收攻坚交出满意答卷", text, "2022-02-16"), campaigns: [SURVEY.campaign!] });
    expect(found).toBeUndefined();
  });
});
