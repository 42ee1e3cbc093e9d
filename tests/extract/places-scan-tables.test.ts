import { describe, expect, it } from "vitest";
import { AREA_HEAD, AREA_HEAD_FIRST } from "@/lib/extract/extract-places";

// areasByHead runs AREA_HEAD only at the characters of AREA_HEAD_FIRST: a character a head word can start with and
// the table lacks would be an area never found.
describe("first characters of the area head scan", () => {
  it("AREA_HEAD_FIRST holds every character a head word starts with", () => {
    const heads = [
      "经济技术开发区", "高新技术产业开发区", "经济开发区", "开发区", "高新区", "工业区", "工业功能区", "工业园区", "工业三园", "工业园",
      "产业集聚区", "产业园区", "产业园", "小微企业创业园", "小微园", "新区", "新城", "风景区", "旅游景区", "景区", "旅游度假区",
      "度假区", "水源保护区", "保护区", "库区", "管区", "安置小区", "安置区", "安置点", "小区", "园区", "片区",
    ];
    const tails = [...new Set(heads.flatMap((h) => [h.slice(1), h.slice(1) + "内"]))];
    const first = new Set(AREA_HEAD_FIRST);
    const missing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (!first.has(ch) && tails.some((tail) => AREA_HEAD.test(ch + tail))) missing.push(ch);
    }
    expect(missing).toEqual([]);
    // every head above is one AREA_HEAD takes, so that the tails stand for its alternatives
    expect(heads.filter((h) => !AREA_HEAD.test(h))).toEqual([]);
  });
});
