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
