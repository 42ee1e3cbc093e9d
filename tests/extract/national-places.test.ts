import { describe, expect, it } from "vitest";
import { extractAll } from "@/lib/extract";
import { findPlaces } from "@/lib/extract/extract-places";

const county = (text: string, header?: string) =>
  findPlaces(text, { header }).places.map((p) => [p.text, p.name, p.level, p.township ?? null, p.candidates ?? null]);
const outside = (text: string) => findPlaces(text).outside.map((p) => [p.text, p.level, p.county]);

describe("the county's villages from the national data, each under its township", () => {
  it("knows villages the seeds never named, with their township by code", () => {
    expect(county("航埠镇严村村民代表来到碗窑村、上余坂村参观")).toEqual([
      ["航埠镇", "航埠镇", "township", "航埠镇", null],
      ["严村", "严村", "village", "航埠镇", null],
      ["碗窑村", "碗窑村", "village", "沟溪乡", null],
      ["上余坂村", "上余坂村", "village", "沟溪乡", null],
    ]);
  });

  it("reads 严村村 (how a list of villages writes it) as 严村", () => {
    // tests/gold/dev d21 (qi18.com, dev split): 北二村、万川村、莫家村、孙家村、航埠村、严村村、陈村坞村
    expect(county("孙家村、航埠村、严村村、陈村坞村").map((p) => [p[0], p[1], p[3]])).toContainEqual(["严村村", "严村", "航埠镇"]);
  });

  it("reads 黄家乡 (the data's name) as 黄家街道", () => {
    expect(county("黄家乡下卢村")).toEqual([
      ["黄家乡", "黄家街道", "township", "黄家街道", null],
      ["下卢村", "下卢村", "village", "黄家街道", null],
    ]);
  });

  it("does not read a two-character village inside other words", () => {
    expect(county("创建示范村，下村走访")).toEqual([]);
    // tests/gold/dev d01 (jdnews, dev split): 成美丽宜居示范村、善治村 holds 范村 (九华乡) before a list comma
    expect(county("建成美丽宜居示范村、善治村、景区村")).toEqual([]);
  });

  it("resolves a name two townships share by the sentence, else the article, else gives both", () => {
    expect(county("万田乡姚家村开展清洁行动。")[1]).toEqual(["姚家村", "姚家村", "village", "万田乡", null]);
    expect(county("姚家村开展清洁行动。", "航埠镇：乡村振兴")[0]).toEqual(["姚家村", "姚家村", "village", "航埠镇", null]);
    expect(county("航埠镇召开大会。万田乡部署工作。姚家村开展清洁行动。")[2]).toEqual([
      "姚家村", "姚家村", "village", null, ["航埠镇", "万田乡"],
    ]);
  });
});

describe("places elsewhere in China", () => {
  it("recognises another county's township and village, with its county, never the county's own", () => {
    const text = "绍兴市上虞区驿亭镇五夫村党支部书记来柯城交流";
    expect(outside(text)).toEqual([
      ["绍兴市", "city", null],
      ["上虞区", "county", "上虞区"],
      ["驿亭镇", "township", "上虞区"],
      ["五夫村", "village", "上虞区"],
    ]);
    expect(findPlaces(text).places).toEqual([]);
  });

  it("gives a township its county from the county written before it, else leaves it open when the name is common", () => {
    expect(outside("太原市杏花岭区杨家峪街道")).toContainEqual(["杨家峪街道", "township", "杏花岭区"]);
    expect(outside("城关镇")).toEqual([["城关镇", "township", null]]);
  });

  it("reads the county's own units, its city and its province as home, not elsewhere", () => {
    expect(outside("浙江省衢州市柯城区航埠镇")).toEqual([]);
    expect(outside("衢江区、江山市、龙游县")).toEqual([
      ["衢江区", "county", "衢江区"],
      ["江山市", "county", "江山市"],
      ["龙游县", "county", "龙游县"],
    ]);
  });

  it("never links a place elsewhere to one of the county's townships", () => {
    const text = "上虞区驿亭镇今年新建农房120户。";
    const result = extractAll(text);
    expect(result.places).toEqual([]);
    expect(result.otherPlaces?.map((p) => p.name)).toEqual(["上虞区", "驿亭镇"]);
    for (const i of result.indicators) expect(i.township).toBeUndefined();
  });

  it("leaves common words that end like a division alone", () => {
    expect(outside("全区上下，城区和郊区，各乡镇、街道，美丽乡村，市区，省级示范区")).toEqual([]);
  });

  it("reports no city written only as the first word of a medium's name in a source line", () => {
    // held-out categories (invented): 来源:某某市新闻中心; dev d41's 来源:中卫市新闻传媒集团…
    expect(extractAll("张三到开化县调研。\n来源:苏州市新闻中心").otherPlaces?.map((p) => p.name)).toEqual(["开化县"]);
    // …but a city's news sector is the city at work
    expect(extractAll("汉中市新闻战线举行庆祝活动").otherPlaces?.map((p) => p.name)).toEqual(["汉中市"]);
  });
});
