import { describe, expect, it } from "vitest";
import { extractAll } from "@/lib/extract";
import { extractDepartments, isCountyDepartment } from "@/lib/extract/extract-departments";

const found = (text: string) => extractDepartments(text).map((d) => [d.text, d.name, d.level ?? null, d.place ?? null, d.outside ?? false]);

describe("departments by grammar: a level or a place, then a body", () => {
  it("gives the county's short forms their canonical full name, listed or not", () => {
    expect(extractDepartments("区发改局牵头")[0]).toMatchObject({ name: "区发改局", canonical: "柯城区发展和改革局", level: "district" });
    expect(extractDepartments("由区城管局负责")[0]).toMatchObject({ name: "区城管局", canonical: "柯城区城管局", level: "district" });
  });

  it("keeps other places' bodies with their own place, never the county's", () => {
    expect(found("上虞区政府与柯城区政府签订协议")).toEqual([
      ["上虞区政府", "上虞区政府", "county", "上虞区", true],
      ["柯城区政府", "区政府", "district", "柯城区", false],
    ]);
    expect(found("杏花岭区人大常委会来柯考察")).toEqual([["杏花岭区人大常委会", "杏花岭区人大常委会", "county", "杏花岭区", true]]);
    expect(found("衢江区发改局一行")).toEqual([["衢江区发改局", "衢江区发改局", "county", "衢江区", true]]);
  });

  it("recognises 党中央, 国务院, 省委, 市委 with their level", () => {
    expect(found("党中央、国务院作出部署，省委、市委提出要求")).toEqual([
      ["党中央", "党中央", "national", null, false],
      ["国务院", "国务院", "national", null, false],
      ["省委", "省委", "province", "浙江省", false],
      ["市委", "市委", "city", "衢州市", false],
    ]);
    expect(found("市发改委、省农业农村厅")).toEqual([
      ["市发改委", "市发改委", "city", "衢州市", false],
      ["省农业农村厅", "省农业农村厅", "province", "浙江省", false],
    ]);
  });

  it("links a township's or village's body to its township", () => {
    const [d] = extractDepartments("石梁镇党委召开会议");
    expect(d).toMatchObject({ text: "石梁镇党委", name: "石梁镇党委", level: "township", place: "石梁镇", township: "石梁镇" });
    expect(extractDepartments("余东村党支部带领村民")[0]).toMatchObject({ name: "余东村党支部", level: "village", township: "沟溪乡" });
  });

  it("does not read bodies into ordinary words or titles", () => {
    expect(found("区域发展中心，市场监管，县城中心，全区各部门，区长主持，市民服务")).toEqual([]);
    expect(found("石梁镇党委书记主持会议")).toEqual([]);
  });
});

describe("what extractAll stores: the county's bodies only", () => {
  it("keeps 上虞区政府, 省委 and 国务院 out of the county's departments and reports them apart", () => {
    const result = extractAll("上虞区政府、省委、国务院和区发改局、石梁镇党委参加会议。");
    expect(result.departments.map((d) => d.name)).toEqual(["区发改局", "石梁镇党委"]);
    expect(result.otherDepartments?.map((d) => d.name)).toEqual(["上虞区政府", "省委", "国务院"]);
    expect(result.departments.every(isCountyDepartment)).toBe(true);
  });
});

// Sentences from dev-split sources (tests/gold/dev/SOURCES.md), never from the test split.
describe("departments by grammar on unseen text (dev split)", () => {
  const names = (text: string) => extractDepartments(text).map((d) => d.name);

  it("a village the data does not name still anchors its committee; a determiner names no village", () => {
    // http://daily.cnnb.com.cn/fhrb/html/2024-01/03/content_1386210.htm?div=-1
    expect(names("在周村党总支的努力下,该村顺利完成1100亩土地流转签约")).toEqual(["周村党总支"]);
    expect(names("该村党总支一班人始终坚信")).toEqual([]);
  });

  it("a body never holds another place, and a body after a distance word is a building", () => {
    // https://yzxw.com/web/wz.php?Id=189650: a village's building
    expect(names("全资援建的灌云县龙苴镇嵇岭村综合服务中心举行奠基仪式")).toEqual([]);
    // http://www.dm.ttdm.cn/zhejiangsheng/kechengqu_hangbuzhen_daliqiaocun_info.html
    expect(names("距航埠镇政府500米,距衢州市中心12公里")).toEqual([]);
    expect(names("航埠镇政府组织召开会议")).toEqual(["航埠镇政府"]);
  });

  it("a body after 带领 or 按照 is the object of the verb", () => {
    // http://jhwcw.zjol.com.cn/wcnews/system/2014/04/30/017936259.shtml
    expect(names("市人大常委会副主任蔡健带领市农办、民政等部门负责人")).toContain("市农办");
    expect(names("按照县委县政府安排部署")).toEqual(["县委", "县政府"]);
  });
});
