import { describe, expect, it } from "vitest";
import { extractAll } from "@/lib/extract";
import { extractDepartments, isCountyDepartment } from "@/lib/extract/extract-departments";
import { findPlaces } from "@/lib/extract/extract-places";

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

describe("departments by grammar: names as other papers write them (session 9)", () => {
  const names = (text: string) => extractDepartments(text).map((d) => d.name);

  it("reads a bare county body after a verb, and the bodies listed after it with the level written once", () => {
    expect(names("会议听取了县农业局、林业局、发改局的汇报。听取县财政局关于筹备情况汇报")).toEqual(["县农业局", "林业局", "发改局", "县财政局"]);
    expect(names("传达贯彻县委工作会议精神")).toEqual(["县委"]);
    // 全县, 本县: no body; 镇党委、政府: the 政府 is the township's, written elided, and a body of its own
    expect(names("全县干部参加，本县发改局")).toEqual([]);
    expect(names("落实好镇党委、政府工作部署")).toEqual(["镇党委", "镇政府"]);
  });

  it("gives the county's own listed bodies their keys", () => {
    const [first, second] = extractDepartments("区发改局、财政局联合发文");
    expect(first).toMatchObject({ name: "区发改局" });
    expect(second).toMatchObject({ name: "区财政局", canonical: "柯城区财政局", level: "district" });
  });

  it("keeps another place's body by its full name, with the places above it and 中共", () => {
    expect(names("中共重庆市永川区来苏镇委员会、重庆市永川区来苏镇人民政府印发通知")).toEqual([
      "中共重庆市永川区来苏镇委员会",
      "重庆市永川区来苏镇人民政府",
    ]);
    expect(names("来源:闻喜县桐城镇政府")).toEqual(["闻喜县桐城镇政府"]);
    expect(names("并成立盘龙区松华坝水源保护区管理委员会。")).toEqual(["盘龙区松华坝水源保护区管理委员会"]);
    expect(names("会上宣读了中共浙江省委办公厅的通知")).toEqual(["中共浙江省委办公厅"]);
  });

  it("reads the county's own bodies by their full names, listed or not, and a vertically managed body's prefix", () => {
    expect(extractDepartments("国家税务总局衢州市柯城区税务局开展宣传")[0]).toMatchObject({ name: "区税务局", canonical: "柯城区税务局", level: "district" });
    expect(extractDepartments("柯城区发改局牵头")[0]).toMatchObject({ name: "区发改局", canonical: "柯城区发展和改革局" });
    expect(names("国家税务总局东阳市税务局开展宣传")).toEqual(["国家税务总局东阳市税务局"]);
  });

  it("gives a bare body listed right after another place's body that place, never the county", () => {
    const [, second] = extractDepartments("柯城区与西湖区教育局、区财政局联合");
    expect(second).toMatchObject({ name: "区财政局", canonical: "西湖区财政局", place: "西湖区", outside: true });
  });

  it("resolves the short forms of a full name the same text gives to it", () => {
    const found = extractDepartments("近日,双街镇农业和旅游办公室召开会议。农旅办工作人员参加。今后,镇农旅办将落实部署。");
    expect(found.map((d) => [d.name, d.canonical])).toEqual([
      ["双街镇农业和旅游办公室", "双街镇农业和旅游办公室"],
      ["农旅办", "双街镇农业和旅游办公室"],
      ["镇农旅办", "双街镇农业和旅游办公室"],
    ]);
  });

  it("reads 乡村 and 振兴 as words of a body's name", () => {
    expect(names("杭州市农业农村局(杭州市乡村振兴局)")).toEqual(["杭州市农业农村局", "杭州市乡村振兴局"]);
  });

  it("takes no company, school or cooperative, and no name inside a document title or number", () => {
    expect(names("关于东辽县汇通担保公司筹备组建情况")).toEqual([]);
    expect(names("按照《重庆市村民委员会选举规程》和《国务院关于印发方案的通知》")).toEqual([]);
    expect(names("(永川委办发〔2021〕1号)")).toEqual([]);
    expect(names("市民政局指出，市民服务中心开放")).toEqual(["市民政局"]);
  });

  it("does not tag a body that only qualifies the departments acting (国务院有关部门)", () => {
    expect(names("听取了国务院有关部门关于工业生产情况的汇报")).toEqual([]);
  });

  it("does not tag a body inside another level's title", () => {
    expect(names("大河镇人民政府镇长赵军强调")).toEqual([]);
    expect(names("市委副秘书长祝维伟")).toEqual([]);
  });
});

describe("other places and bodies only the headline or the source line names", () => {
  it("reports them with the article, marked headline at an empty span, once", () => {
    const out = extractAll("3月3日,县政府召开常务会议。", { title: "东辽县政府召开2017年第二次政府常务会议", byline: "发布日期:2021-06-22 来源:双街镇政府" });
    const heads = (out.otherDepartments ?? []).filter((d) => d.headline).map((d) => [d.name, d.start, d.end]);
    expect(heads).toEqual([["东辽县政府", 0, 0], ["双街镇政府", 0, 0]]);
    expect((out.otherPlaces ?? []).filter((p) => p.headline).map((p) => p.name)).toEqual(["东辽县", "双街镇"]);
    expect((out.otherDepartments ?? []).filter((d) => !d.headline).map((d) => d.name)).toEqual(["县政府"]);
  });

  it("reads image captions for other places, and never a word for a township (幸福乡村)", () => {
    const out = extractAll("建德获评示范县。", { title: "敖寨侗族乡:因地制宜建设幸福乡村", captions: ["△三都镇三江口村"] });
    const names = (out.otherPlaces ?? []).filter((p) => p.headline).map((p) => p.name);
    expect(names).toContain("三都镇");
    expect(names).not.toContain("幸福乡");
  });

  it("takes no body inside a title that names its division first", () => {
    expect(extractDepartments("保定市民政局基层政权建设和社区治理处处长到我区检查").map((d) => d.name)).toEqual([]);
  });

  it("never adds the county's own bodies from a headline: those are linked by their spans", () => {
    const out = extractAll("会议强调，要抓好落实。", { title: "区发改局召开专题会议" });
    expect(out.departments).toEqual([]);
    expect((out.otherDepartments ?? []).length).toBe(0);
  });
});

describe("places by form (session 9)", () => {
  const outside = (text: string) => findPlaces(text).outside.map((o) => [o.name, o.level]);

  it("reads natural villages as areas, and a township whose name ends like a word when a village follows it", () => {
    expect(outside("深入泉口村的铁店自然村、长桥头自然村实地考察")).toEqual([
      ["泉口村", "village"],
      ["铁店自然村", "area"],
      ["长桥头自然村", "area"],
    ]);
    expect(outside("今年3月,她回到金城镇后阳村老家").map(([name]) => name)).toEqual(["金城镇", "后阳村"]);
    expect(outside("推进城镇建设").length).toBe(0);
  });

  it("reads an enumeration of villages closed by a count (…、丰和等7个村)", () => {
    expect(outside("之江、联和、马目、施家、丰和等7个村的收入").map(([name]) => name)).toEqual(["之江", "联和", "马目", "施家", "丰和"]);
  });

  it("puts a natural village written after one of the county's villages in its township", () => {
    const [area] = findPlaces("大头村早田自然村“七里有块地”创新运营").places.filter((p) => p.level === "area");
    expect(area).toMatchObject({ name: "早田自然村", township: "七里乡" });
  });
});
