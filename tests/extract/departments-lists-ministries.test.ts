import { describe, expect, it } from "vitest";
import { extractDepartments } from "@/lib/extract/extract-departments";
import { headerEntities } from "@/lib/extract/header-entities";

// Session 10, second wave (issue #10 held-out categories, departments): sentences from dev-split sources
// (tests/gold/dev/SOURCES.md, bench/s10b-depts-unseen.md), the file with each; invented sentences are marked so.
const names = (text: string) => extractDepartments(text).map((d) => d.name);
const found = (text: string) => extractDepartments(text).map((d) => [d.name, d.level ?? null, d.outside ?? false]);

describe("bodies listed after a leader of their level", () => {
  it("reads the bare bodies after 副县长某某和 as that county's, as written", () => {
    // d77 (wmxa.cn): 楼观新区工委 is no body the grammar reads (楼 makes a building), so the list ends before it
    expect(names("副县长常礼军和政府办、财政局、发改委、规住局、交通局、国土局、楼观新区工委、楼观镇主要领导同志参加调研活动")).toEqual([
      "政府办", "财政局", "发改委", "规住局", "交通局", "国土局",
    ]);
  });

  it("keys the county's own by its short key, and needs a list or a closer after the first", () => {
    // invented, after the held-out categories' 县领导某某及政府办、水利局、民政局等单位负责人
    expect(found("区长王五和发改局、财政局负责人参加。")).toEqual([
      ["区发改局", "district", false],
      ["区财政局", "district", false],
    ]);
    expect(names("区长王五和财政局长谈话")).toEqual([]);
  });
});

describe("bare lists closed by 等单位 or 负责人", () => {
  it("reads a list of stations as the township's, other lists as written with no level", () => {
    // invented, after the held-out categories' 农机站、水管站负责人
    expect(found("石梁镇召开会议,农机站、水管站负责人参加。")).toEqual([
      ["石梁镇农机站", "township", false],
      ["石梁镇水管站", "township", false],
    ]);
    expect(found("召开会议,政府办、水利局、民政局等单位负责人参加。")).toEqual([
      ["政府办", null, false],
      ["水利局", null, false],
      ["民政局", null, false],
    ]);
    // no closer: no list of bodies
    expect(names("召开会议,政府办、水利局参加。")).toEqual([]);
  });
});

describe("fields in a 协调/从 … 等部门 list", () => {
  it("keys them as written with the level written before the first", () => {
    // invented, after the held-out categories' 协调区交通、城管、消防等部门 / 从交通、水利等部门抽调
    expect(found("协调区交通、城管、消防等部门现场办公")).toEqual([
      ["区交通", "district", false],
      ["区城管", "district", false],
      ["区消防", "district", false],
    ]);
    expect(names("从交通、水利等部门抽调骨干")).toEqual(["交通", "水利"]);
    expect(names("苹果、香蕉等水果")).toEqual([]);
  });
});

describe("the State Council's ministries", () => {
  it("reads a list of ministries, named as written, level national", () => {
    // d76 (bhfrk.com)
    expect(names("在住房和城乡建设部、国家发展改革委、财政部、国土资源部、农业部、民政部、科技部联合发布的《关于开展全国重点镇增补调整工作的通知》中")).toEqual([
      "住房和城乡建设部", "国家发展改革委", "财政部", "国土资源部", "农业部", "民政部", "科技部",
    ]);
    expect(found("财政部联合发文")).toEqual([["财政部", "national", false]]);
  });

  it("names a short form by the full name the text also writes, and reads a department (…司) after a ministry", () => {
    // d53 (blogspot), d75 (usy7.cc)
    expect(names("记者今日从住房和城乡建设部网站了解到。据住建部相关人士介绍")).toEqual(["住房和城乡建设部", "住房和城乡建设部"]);
    expect(names("住房和城乡建设部村镇建设司22日在山东青岛召开现场会")).toEqual(["住房和城乡建设部村镇建设司"]);
  });

  it("is no ministry in 部门, 部署 or a person's title", () => {
    // bench/s10b-depts-unseen.md U4 (0898nl.com); invented for 部门/部署
    expect(names("农业部种植业司司长曾衍德、财政部农业司副巡视员凡科军出席发布会")).toEqual([]);
    expect(names("公安部门和财政部门要抓好部署")).toEqual([]);
  });
});

describe("a township the data does not name, written with both its organs", () => {
  it("names both organs by the township when the text names it again", () => {
    // d83 (lsxw.net.cn)
    expect(found("近日,南集镇通过国家级卫生镇创建考核。近年来,南集镇党委政府始终紧扣工作导向")).toEqual([
      ["南集镇党委", "township", true],
      ["南集镇政府", "township", true],
    ]);
    // invented: 支持镇 names no township (the text names it once), 各乡镇 is no name
    expect(names("在上级支持镇党委政府的领导下")).toEqual(["镇党委", "镇政府"]);
    expect(names("各乡镇党委政府要高度重视")).toEqual([]);
  });
});

describe("an issuing office in brackets closing a report", () => {
  it("names the county's street office by its street, another as written", () => {
    // invented, after the held-out categories' (某某街办)
    expect(found("本报讯 双港街道开展垃圾分类。\n(双港街办)")).toEqual([["双港街道办事处", "township", false]]);
    expect(found("开展垃圾分类。(白云街办)")).toEqual([["白云街办", "township", true]]);
    expect(names("开展垃圾分类(白云街办)工作")).toEqual([]);
  });
});

describe("a media outlet in a source line", () => {
  it("is no body; an issuing office there still is", () => {
    // invented, after the held-out categories' 来源:某某市新闻中心; d63 (tjbc.gov.cn) for 来源:双街镇政府
    const none = { places: [], otherPlaces: [], departments: [], otherDepartments: [] };
    expect(headerEntities("", { byline: "发布日期:2021-06-22 14:10 来源:江山市新闻中心" }, none).otherDepartments).toEqual([]);
    expect(headerEntities("", { byline: "来源:双街镇政府" }, none).otherDepartments.map((d) => d.name)).toEqual(["双街镇政府"]);
    expect(names("来源:江山市新闻中心")).toEqual([]);
    expect(names("江山市新闻中心举办培训")).toEqual(["江山市新闻中心"]);
  });
});
