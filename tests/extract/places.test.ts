import { describe, expect, it } from "vitest";
import { extractPlaces } from "@/lib/extract/extract-places";
import { AREAS, PLACES, TOWNSHIPS, TOWNSHIP_NAMES, VILLAGES } from "@/lib/gazetteer";

// Real sentences from the seeds with the places they name: [text as written, gazetteer name, level, township].
type Expected = [string, string, string, string | undefined];

const CASES: { seed: string; sentence: string; places: Expected[] }[] = [
  {
    seed: "000",
    sentence:
      "据了解，柯城区黄家片区下刘村、四都刘村房屋征收涉及两村集体土地上房屋230余幢、被征收户近300户，征收总建筑面积近8万平方米，由石室乡、华墅乡、黄家街道、白云街道四个网格包干。",
    places: [
      ["黄家片区", "黄家片区", "area", "黄家街道"],
      ["下刘村", "下刘村", "village", "黄家街道"],
      ["四都刘村", "四都刘村", "village", "黄家街道"],
      ["石室乡", "石室乡", "township", "石室乡"],
      ["华墅乡", "华墅乡", "township", "华墅乡"],
      ["黄家街道", "黄家街道", "township", "黄家街道"],
      ["白云街道", "白云街道", "township", "白云街道"],
    ],
  },
  {
    seed: "000",
    sentence: "入户调查完成100% 黄家片区下刘、四都刘村房屋征收首战告捷",
    places: [
      ["黄家片区", "黄家片区", "area", "黄家街道"],
      ["下刘", "下刘村", "village", "黄家街道"],
      ["四都刘村", "四都刘村", "village", "黄家街道"],
    ],
  },
  {
    seed: "000",
    sentence: "未来乡村要加快麻蓬、严村、妙源、茶铺未来乡村建设进度，同时积极谋划明年未来乡村建设。",
    places: [
      ["麻蓬", "麻蓬村", "village", "石梁镇"],
      ["严村", "严村", "village", "航埠镇"], // the GB/T 2260 code 330802101232 places it
      ["妙源", "妙源村", "village", "九华乡"],
      ["茶铺", "茶铺村", "village", "九华乡"],
    ],
  },
  {
    seed: "001",
    sentence:
      "4月11日，坐落于石梁镇梅山村的衢州早田农业科技开发有限公司（以下简称“早田公司”）配送中心内，70余名员工正在紧张地忙碌着。",
    places: [
      ["石梁镇", "石梁镇", "township", "石梁镇"],
      ["梅山村", "梅山村", "village", "石梁镇"],
    ],
  },
  {
    seed: "001",
    sentence:
      "各级各部门要主动作为、主动担当，形成全区上下共同助推航埠经济社会大发展快发展高质量发展的强烈共识和浓厚氛围，推动航埠加快打造成为四省边际中心城市卫星城",
    places: [
      ["航埠", "航埠镇", "township", "航埠镇"],
      ["航埠", "航埠镇", "township", "航埠镇"],
    ],
  },
  {
    seed: "001",
    sentence:
      "要聚焦发展抓落实，重点打造以航埠工业园区为主的工业平台、以灵鹫山旅游度假区为主的美丽经济发展平台、以衢化片区和双西港片区为主的城市经济平台、以专业市场城为主的服务业发展平台",
    places: [
      ["航埠工业园区", "航埠工业园区", "area", "航埠镇"],
      ["灵鹫山旅游度假区", "灵鹫山旅游度假区", "area", undefined],
      ["衢化片区", "衢化片区", "area", "衢化街道"],
      ["双西港片区", "双西港片区", "area", undefined],
      ["专业市场城", "专业市场城", "area", undefined],
    ],
  },
  {
    seed: "002",
    sentence:
      "在“领雁强基·亮剑比拼”村村互看互学互比擂台赛七里专场，来自大头村、少岭坞村、上门村、七里三村等7个村的“领头雁”逐一登台",
    places: [
      ["七里", "七里乡", "township", "七里乡"],
      ["大头村", "大头村", "village", "七里乡"],
      ["少岭坞村", "少岭坞村", "village", "七里乡"],
      ["上门村", "上门村", "village", "七里乡"],
      ["七里三村", "七里三村", "village", "七里乡"],
    ],
  },
  {
    seed: "002",
    sentence: "双港片区（双港社区、美港社区）常住人口达19000余人，有商户、企业近千家。",
    places: [
      ["双港片区", "双港片区", "area", "双港街道"],
      ["双港社区", "双港社区", "community", "双港街道"],
      ["美港社区", "美港社区", "community", "双港街道"],
    ],
  },
  {
    seed: "003",
    sentence: "二是抓好未来乡村建设，以石梁溪为中轴线，串联麻蓬、坎底、双溪等村，推动旅游度假区建设；",
    places: [
      // a site named after the township (石梁溪) is an area in it, not the township itself
      ["石梁溪", "石梁溪", "area", "石梁镇"],
      ["麻蓬", "麻蓬村", "village", "石梁镇"],
      ["坎底", "坎底村", "village", "石梁镇"],
      ["双溪", "双溪村", "village", "石梁镇"],
    ],
  },
  {
    seed: "004",
    sentence: "“八一”建军节来临之际，衢化街道滨三村社区举办了情暖老兵“八一”集体生日会。",
    places: [
      ["衢化街道", "衢化街道", "township", "衢化街道"],
      ["滨三村社区", "滨三村社区", "community", "衢化街道"],
    ],
  },
];

describe("extractPlaces on seed sentences", () => {
  for (const { seed, sentence, places } of CASES) {
    it(`seed ${seed}: ${sentence.slice(0, 24)}…`, () => {
      const found = extractPlaces(sentence);
      expect(found.map((p) => [p.text, p.name, p.level, p.township])).toEqual(places);
      let from = 0;
      for (const p of found) {
        expect(sentence.slice(p.start, p.end)).toBe(p.text);
        expect(p.start).toBe(sentence.indexOf(p.text, from));
        from = p.end;
      }
    });
  }
});

describe("longest match and context rules", () => {
  it("prefers the longest name: 航埠工业园区 is an area, not 航埠 + 工业园区", () => {
    const [p] = extractPlaces("高屹首先来到航埠工业园区，了解高耗低效企业整治");
    expect(p).toMatchObject({ name: "航埠工业园区", level: "area", start: 6, end: 12 });
  });

  it("does not match 航埠 twice inside 航埠镇", () => {
    const found = extractPlaces("会议指出，航埠镇是全区社会经济发展的主平台");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: "航埠镇", start: 5, end: 8 });
  });

  it("reads bare village names only inside an enumeration", () => {
    expect(extractPlaces("茶铺里坐满了人")).toEqual([]);
    expect(extractPlaces("庄严村落")).toEqual([]);
    expect(extractPlaces("以余东为模式，进一步精雕细琢打造碗窑、妙源等一批未来乡村").map((p) => p.name)).toEqual([
      "余东村",
      "碗窑村",
      "妙源村",
    ]);
  });

  it("leaves common words alone: 花园, 荷花, 白云, 黄家 are townships only in full", () => {
    expect(extractPlaces("小区花园里荷花盛开，白云飘飘，黄家世代制作陶器")).toEqual([]);
  });

  it("returns nothing for empty or unrelated text", () => {
    expect(extractPlaces("")).toEqual([]);
    expect(extractPlaces("上海徐家汇一小区")).toEqual([]);
  });
});

describe("gazetteer tables", () => {
  it("has exactly the 18 township-level units of Kecheng: 9 街道, 2 镇, 7 乡", () => {
    expect(TOWNSHIPS).toHaveLength(18);
    expect(new Set(TOWNSHIPS.map((t) => t.name)).size).toBe(18);
    const byKind = (k: string) => TOWNSHIPS.filter((t) => t.kind === k).length;
    expect([byKind("街道"), byKind("镇"), byKind("乡")]).toEqual([9, 2, 7]);
    for (const t of TOWNSHIPS) expect(t.name.endsWith(t.kind)).toBe(true);
  });

  it("resolves every village and area to a known township or to none", () => {
    for (const v of [...VILLAGES, ...AREAS]) {
      if (v.township) expect(TOWNSHIP_NAMES.has(v.township)).toBe(true);
    }
  });

  it("names every township that the seeds mention", () => {
    const seedNames = ["信安街道", "府山街道", "荷花街道", "花园街道", "白云街道", "衢化街道", "新新街道", "双港街道",
      "黄家街道", "航埠镇", "石梁镇", "万田乡", "九华乡", "七里乡", "华墅乡", "石室乡"];
    for (const n of seedNames) expect(TOWNSHIP_NAMES.has(n)).toBe(true);
  });
});

describe("PLACES (the rows the database is seeded from)", () => {
  it("lists every name once and finds each by its own name", () => {
    expect(new Set(PLACES.map((p) => p.name)).size).toBe(PLACES.length);
    for (const p of PLACES) {
      const text = `、${p.name}、`; // list context, so list-only names are read too
      expect(extractPlaces(text).map((x) => x.name)).toEqual([p.name]);
    }
  });
});
