import { describe, expect, it } from "vitest";
import { extractDepartments } from "@/lib/extract/extract-departments";
import { DEPARTMENTS } from "@/lib/gazetteer";

const names = (text: string, opts?: { includeTitles?: boolean }) => extractDepartments(text, opts).map((d) => d.name);

describe("extractDepartments on seed sentences", () => {
  it("seed 000: the bodies that report and speak at the meeting", () => {
    const s =
      "会上，区发改局汇报关于柯城区高质量发展建设四省边际共同富裕示范区工作进展及下阶段工作。会议审议并原则通过领导小组工作规则和重点任务清单、突破性抓手清单、重大改革清单、典型案例清单等文件。区经信局、区农业农村局、区民政局分别围绕相关工作交流发言。";
    const found = extractDepartments(s);
    expect(found.map((d) => [d.text, d.name, d.canonical])).toEqual([
      ["区发改局", "区发改局", "柯城区发展和改革局"],
      ["区经信局", "区经信局", "柯城区经济和信息化局"],
      ["区农业农村局", "区农业农村局", "柯城区农业农村局"],
      ["区民政局", "区民政局", "柯城区民政局"],
    ]);
    for (const d of found) expect(s.slice(d.start, d.end)).toBe(d.text);
    expect(found[0].start).toBe(3);
  });

  it("seed 000: 治水办 and the numbered government term", () => {
    const s = "本报讯（记者 楼郁馨）11月15日上午，区委副书记、区长蒋国强主持召开区九届政府第89次常务会议，传达学习";
    expect(names(s)).toEqual(["区政府"]);
    expect(extractDepartments(s)[0].text).toBe("区九届政府");
    expect(names("治水办要及时跟踪督导，倒逼责任、形成合力，确保项目按时按期完成。")).toEqual(["区治水办"]);
  });

  it("seed 001: the 柯城区 prefix and a city bureau carry their levels", () => {
    const s = "为援助上海疫情期间“菜篮子”供应，3月28日，早田公司董事长方向明积极与衢州市商务局、柯城区经信局对接";
    const found = extractDepartments(s);
    expect(found.map((d) => [d.text, d.name, d.level])).toEqual([
      ["衢州市商务局", "市商务局", "city"],
      ["柯城区经信局", "区经信局", "district"],
    ]);
  });

  it("seed 001: 区征迁中心 among the speakers", () => {
    expect(names("会上，副区长洪栋部署征收相关工作；信安街道恬静苑社区、区征迁中心、荷花街道、信安街道依次作表态发言。")).toEqual(
      ["区征迁中心"],
    );
  });

  it("seed 004: 人大/政协 机关 map to their bodies; 区委、区政府 are both tagged", () => {
    const s = "会上，区人大机关、区政协机关、区市场监管局、区综合执法局等11家单位围绕区委、区政府重点工作推进情况、特色亮点工作进行“晾晒”";
    expect(names(s)).toEqual(["区人大常委会", "区政协", "区市场监管局", "区综合执法局", "区委", "区政府"]);
    expect(extractDepartments(s)[3].canonical).toBe("柯城区综合行政执法局");
  });

  it("seed 004: 区政府、区监委、区法院、区检察院等部门负责人", () => {
    expect(names("区政府、区监委、区法院、区检察院等部门负责人列席会议。")).toEqual(["区政府", "区监委", "区法院", "区检察院"]);
  });
});

describe("person titles", () => {
  it("does not tag a body inside a person's title", () => {
    expect(names("区委书记蒋国强主持会议并讲话，区委副书记、区长胡益峰传达市第八次党代会精神")).toEqual([]);
    expect(names("区人大常委会副主任范洁红、区政协副主席吴云林应邀列席。")).toEqual([]);
    expect(names("7月28日上午，市委书记高屹来到柯城区")).toEqual([]);
    expect(names("区委书记、区高质量发展建设四省边际共同富裕示范区领导小组组长朱素芳")).toEqual([]);
  });

  it("does tag the body where it acts or is named", () => {
    expect(names("4月11日，区委先后召开常委会议和常委扩大会议")).toEqual(["区委"]);
    // …but not inside its plenary's name (the held-out gold's convention, tests/gold/HELDOUT-CATEGORIES.md)
    expect(names("区发改局将深入贯彻落实区委八届十次全会精神")).toEqual(["区发改局"]);
    expect(names("以市委“六治六提”作风建设行动和区委“六比六晒”活动为抓手")).toEqual(["市委", "区委"]);
  });

  it("reads an interviewee line when titles are allowed", () => {
    expect(names("区发改局党组书记、局长 任文俊：")).toEqual([]);
    expect(names("区发改局党组书记、局长 任文俊：", { includeTitles: true })).toEqual(["区发改局"]);
    expect(names("区卫健局党委书记、局长 施萍：", { includeTitles: true })).toEqual(["区卫健局"]);
  });

  it("allows titles only before includeTitlesBefore (an interview's first line)", () => {
    const text = "区农业农村局党委书记、局长 吴志鸿：\n区委书记蒋国强强调，区农业农村局局长要带头";
    const found = extractDepartments(text, { includeTitlesBefore: text.indexOf("\n") });
    expect(found.map((d) => [d.name, d.start, d.end])).toEqual([["区农业农村局", 0, 6]]);
  });

  it("takes the longest name, not its head: 区委社会建设委员会", () => {
    const [d] = extractDepartments("要抓紧筹建区委社会建设委员会，健全共同富裕重大问题专题研究会商机制");
    expect(d).toMatchObject({ name: "区委社会建设委员会", start: 5, end: 14 });
  });

  it("does not read 区委 inside another word", () => {
    expect(names("社区委员会换届")).toEqual([]);
    expect(names("示范区政府")).toEqual([]);
  });
});

describe("department table", () => {
  it("has unique short names and canonical names for every entry", () => {
    expect(new Set(DEPARTMENTS.map((d) => d.name)).size).toBe(DEPARTMENTS.length);
    for (const d of DEPARTMENTS) expect(d.canonical.length).toBeGreaterThanOrEqual(d.name.length);
  });

  it("finds every department by its canonical name", () => {
    for (const d of DEPARTMENTS) expect(names(`由${d.canonical}负责`)).toEqual([d.name]);
  });
});
