import { describe, expect, it } from "vitest";
import { findPlaces } from "@/lib/extract/extract-places";

// Villages and communities the national data does not list (it stops at the township), found by their form. Every
// sentence is from a dev-split source (tests/gold/dev/SOURCES.md); the URL is given with each.
const outside = (text: string) => findPlaces(text).outside.map((p) => [p.name, p.level, p.county]);
const villagesOutside = (text: string) => findPlaces(text).outside.filter((p) => p.level === "village").map((p) => p.name);
const county = (text: string) => findPlaces(text).places.map((p) => [p.name, p.level, p.township ?? null]);

describe("villages elsewhere by their form", () => {
  it("reads a name whose start the text marks: a separator, a line start, a place-taking verb", () => {
    // http://cixi.17car.com.cn/cixi/2023/0110/351738.html (d64)
    const text =
      "日前,弼时镇召开乡村振兴流动现场会。“一线工作”观摩团先后走进弼时村旅游路、停车场项目,序贤村香樟小院、农业大棚项目,铜盆村鹌鹑基地项目,李家塅村、湄江村“小田改大田”项目";
    expect(villagesOutside(text)).toEqual(["弼时村", "序贤村", "铜盆村", "李家塅村", "湄江村"]);
    // the county the text names alone is theirs
    expect(outside(text)[1]).toEqual(["弼时村", "village", "汨罗市"]);
  });

  it("reads the items of an enumeration of villages, each once", () => {
    // http://cixi.17car.com.cn/cixi/2023/0110/351738.html (d64): 湄江村 is named in full before, so 湄江 is that village
    expect(villagesOutside("弼时镇湄江村“小田改大田”项目以及平华、湄江、高燕、清溪等村产业路项目")).toEqual(["湄江村", "平华", "高燕", "清溪"]);
    // https://thch813.com/archiver/tid-209681.html (d58): the first item after its verb
    expect(villagesOutside("闻喜县桐城镇制定三年计划,分批打造冯家庄、新仪张、东河口等村党群服务中心")).toEqual(["冯家庄", "新仪张", "东河口"]);
  });

  it("reads a caption line that is a village's name", () => {
    // https://www.ningxian.gov.cn/xwzx/xzdt/content_21411 (d57)
    expect(villagesOutside("5月3日,新庄镇组织24个行政村分别召开了群众大会。\n\n咀头赵村群众大会\n\n西南门村群众大会")).toEqual(["咀头赵村", "西南门村"]);
  });

  it("reads no verb phrase, kind of village or word ending in 村 as a name", () => {
    // d64 and d57: 召开乡村振兴…, 集中召开村级… after a township are verb phrases, not villages
    expect(villagesOutside("日前,弼时镇召开乡村振兴流动现场会")).toEqual([]);
    expect(villagesOutside("新庄镇集中召开村级群众大会,组织24个行政村")).toEqual([]);
    // made-up contrasts on d57's frame: every manner word of the goal rules (TASK_ADVERBS) opens a clause there too
    expect(villagesOutside("新庄镇全力推进村庄整治")).toEqual([]);
    expect(villagesOutside("新庄镇重点帮扶村集体经济")).toEqual([]);
    // http://www.hangzhou.gov.cn/art/2023/7/28/art_1229230651_4187432.html (d66)
    expect(villagesOutside("杭州市加快推进农业农村现代化和农民农村共同富裕")).toEqual([]);
    // made-up contrasts on the same frames: kinds and sets of villages, a housing estate
    expect(villagesOutside("闻喜县桐城镇,创建示范村、精品村,改善农村环境,在学苑新村小区")).toEqual([]);
  });

  it("keeps names that are also words of work (建设村, 发展村) after a township or in a list", () => {
    // made-up names on d58's frames (https://thch813.com/archiver/tid-209681.html): 建设村 is a common village name
    expect(villagesOutside("闻喜县桐城镇建设村党支部")).toEqual(["建设村"]);
    expect(villagesOutside("闻喜县桐城镇三合村、发展村等村长久以来")).toEqual(["三合村", "发展村"]);
  });

  it("gives a village written right after one of the county's townships to that township, and drops other unknown names in the county's text", () => {
    // the frame of d58's 桐城镇三合村 with a township of the configured county
    expect(county("七里乡大岭头村开展清洁行动")).toEqual([
      ["七里乡", "township", "七里乡"],
      ["大岭头村", "village", "七里乡"],
    ]);
    // seed 002's frame: the county's paper names its villages from the data; an unknown …社区 there is a verb phrase
    expect(county("七里乡干部疏通社区道路")).toEqual([["七里乡", "township", "七里乡"]]);
  });
});

describe("a list name is a whole list item", () => {
  it("does not read the county's 官庄 inside another county's 西官庄 (the 新新街道 of dev d58)", () => {
    // https://thch813.com/archiver/tid-209681.html (d58)
    const found = findPlaces("“雨后成河、雪后成冰”是桐城镇三合村、西官庄等村长久以来的真实写照");
    expect(found.places).toEqual([]);
    expect(found.outside.map((p) => p.name)).toContain("西官庄");
  });

  it("still reads the county's bare names as items of a list of its villages", () => {
    // seed 003: 串联麻蓬、坎底、双溪等村
    expect(county("串联麻蓬、坎底、双溪等村").map((p) => p[0])).toEqual(["麻蓬村", "坎底村", "双溪村"]);
  });
});

describe("a township name that ends like a common word, once the text has named it", () => {
  it("reads 桐城镇 again after 闻喜县桐城镇, and the village after it", () => {
    // https://thch813.com/archiver/tid-209681.html (d58)
    const text = "今年以来,闻喜县桐城镇政府把推动项目建设作为抓手。受地理条件限制,“雨后成河、雪后成冰”是桐城镇三合村、西官庄等村长久以来的真实写照";
    expect(outside(text).map((p) => p[0])).toEqual(["闻喜县", "桐城镇", "桐城镇", "三合村", "西官庄"]);
  });
});
