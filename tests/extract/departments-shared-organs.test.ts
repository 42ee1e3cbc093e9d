import { describe, expect, it } from "vitest";
import { extractAll } from "@/lib/extract";
import { bodiesOfAnotherPlacesIssue, extractDepartments } from "@/lib/extract/extract-departments";

// Session 10 (issue #10 held-out categories, departments): sentences from dev-split sources (tests/gold/dev/SOURCES.md),
// the file with each; invented sentences are marked so.
const names = (text: string) => extractDepartments(text).map((d) => d.name);
const found = (text: string) => extractDepartments(text).map((d) => [d.name, d.level ?? null, d.place ?? null, d.outside ?? false]);

describe("a township's own bodies written with the bare 镇", () => {
  it("reads 镇人大主席团 as one body, 镇人大 and 镇政府 beside it", () => {
    // d78 (qfqrd.gov.cn)
    expect(names("讨论了镇人大主席团2019年工作要点,也进一步促进了镇人大与镇政府监督和支持的高度融合。")).toEqual(["镇人大主席团", "镇人大", "镇政府"]);
    // a person's title is no mention
    expect(names("会议由镇人大主席团主席主持")).toEqual([]);
  });

  it("reads 该乡党委 as the township's committee (该 points at the township)", () => {
    // invented, after the held-out categories' 该乡党委、政府
    expect(names("该乡党委、政府高度重视")).toEqual(["乡党委", "乡政府"]);
    expect(names("该乡地处山区")).toEqual([]);
  });
});

describe("two organs of one level written with the level once", () => {
  it("gives the elided government its township's name", () => {
    // d79 (linkou.gov.cn)
    expect(found("三道通镇党委、政府认真强调:近期我镇降雪天气较多")).toEqual([
      ["三道通镇党委", "township", "三道通镇", true],
      ["三道通镇政府", "township", "三道通镇", true],
    ]);
  });

  it("reads a committee after 至 as the body reported to, a government after 到 as a building", () => {
    // news.zgyww.cn (dev host; bench/s10-depts-unseen.md U2), d35 (jinrifangxian.com)
    expect(names("梳理汇总后反馈至镇党委、政府,督促整改落实")).toEqual(["镇党委", "镇政府"]);
    expect(names("得一大早先划船到乡政府,然后乘坐唯一的班车")).toEqual([]);
  });

  it("reads 党委和政府, 党委政府 and a line break inside", () => {
    // invented
    expect(names("镇党委和政府决定")).toEqual(["镇党委", "镇政府"]);
    expect(names("在镇党委政府的领导下")).toEqual(["镇党委", "镇政府"]);
    expect(names("乡党委、\n政府研究决定")).toEqual(["乡党委", "乡政府"]);
  });

  it("gives the county's own elided organ its key, and shares 政府 among level characters", () => {
    // invented
    expect(extractDepartments("区委、政府召开会议").map((d) => [d.name, d.canonical])).toEqual([
      ["区委", "中共衢州市柯城区委员会"],
      ["区政府", "衢州市柯城区人民政府"],
    ]);
    expect(names("省、市、县委工作要求")).toEqual(["省委", "市委", "县委"]); // d15 (yishui.gov.cn)
    expect(names("市、区政府联合发文")).toEqual(["市政府", "区政府"]);
  });

  it("adds no organ inside a meeting's name or before a title", () => {
    // invented
    expect(names("召开镇党委政府工作会议")).toEqual(["镇党委"]);
    expect(names("镇党委、政府领导参加")).toEqual(["镇党委"]);
  });
});

describe("what names a body without it acting", () => {
  it("reads no body inside a numbered plenary's or session's name", () => {
    // seed 003 and d14 (yzwb.net); invented for the 政协 and 纪委 forms
    expect(names("按照省委十四届九次全会、市委七届十次全会部署")).toEqual([]);
    expect(names("市委八届十次全会指出")).toEqual([]);
    expect(names("县政协十届六次会议开幕，县纪委三次全会召开")).toEqual([]);
    // a government's executive meeting is the government at work (seed 001)
    expect(names("主持召开区十届政府第4次常务会议")).toEqual(["区政府"]);
  });

  it("reads no body in a building's name", () => {
    // invented, after the held-out categories' 行政中心 + meeting room
    expect(names("在镇政府三楼会议室召开")).toEqual([]);
    expect(names("区政府大楼前")).toEqual([]);
  });
});

describe("central bodies and bodies listed with the level written once", () => {
  it("reads a bare 中央 that acts or owns decisions, not a level in a list", () => {
    // d71 (puyangxian.gov.cn), d15 (yishui.gov.cn), d66 (hangzhou.gov.cn), d07 (zjdj.com.cn)
    expect(names("要认真学习中央关于制定国民经济和社会发展第十四个五年规划的建议")).toEqual(["中央"]);
    expect(names("认真贯彻落实中央决策部署")).toEqual(["中央"]);
    expect(names("按照中央、省、市“三农”工作部署")).toEqual([]);
    expect(names("2019年中央一号文件发布次日")).toEqual([]);
  });

  it("reads the offices of the central committee and the State Council whole", () => {
    // invented
    expect(names("中共中央办公厅、国务院办公厅印发")).toEqual(["中共中央办公厅", "国务院办公厅"]);
  });

  it("keeps reading a list past a company, and reads names holding 医, 司 or 市场", () => {
    // invented, after the held-out categories' 县委办、国资公司、交通局、文旅局等单位
    expect(names("县委办、国资公司、交通局、文旅局等单位负责人参加")).toEqual(["县委办", "交通局", "文旅局"]);
    expect(names("县人社局、医保局、司法局、市场监管局联合开展")).toEqual(["县人社局", "医保局", "司法局", "市场监管局"]);
    expect(names("乡派出所开展巡逻")).toEqual(["乡派出所"]);
    expect(names("县人民医院、县城投公司")).toEqual([]);
  });
});

describe("an issue of another place's paper", () => {
  const article = (text: string) => ({ text, extraction: extractAll(text) });

  it("gives an article that names no place the other place's bodies", () => {
    // invented: a district paper elsewhere; its second article names no place
    const issue = [article("上虞区驿亭镇召开会议。"), article("区委常委会召开会议，区政府主要领导参加。区发改局汇报。")];
    expect(issue[1].extraction.departments.map((d) => d.name)).toContain("区委");
    const moved = bodiesOfAnotherPlacesIssue(issue)!;
    expect(moved[1].departments).toEqual([]);
    expect(moved[1].otherDepartments.map((d) => d.name)).toEqual(["区委常委会", "区政府", "区发改局"]);
    expect(moved[1].otherDepartments.every((d) => d.outside && !d.canonical.includes("柯城"))).toBe(true);
  });

  it("leaves the county's own issue alone", () => {
    const issue = [article("石梁镇召开会议。"), article("区委常委会召开会议。")];
    expect(bodiesOfAnotherPlacesIssue(issue)).toBeUndefined();
  });
});
