import { describe, expect, it } from "vitest";
import { COUNTY, loadCounty, loadDivisions, TOWNSHIPS, VILLAGES } from "@/lib/gazetteer";
import { readEnv, ZCountyCodeSchema } from "@/lib/validations/env";

describe("the configured county from the GB/T 2260 data (default 330802 柯城区)", () => {
  it("is 柯城区 of 衢州市, 浙江省", () => {
    expect([COUNTY.code, COUNTY.name, COUNTY.city.name, COUNTY.province.name]).toEqual(["330802", "柯城区", "衢州市", "浙江省"]);
  });

  it("knows all 18 township-level units; 黄家乡 (data) is 黄家街道 (paper) under both names", () => {
    expect(TOWNSHIPS).toHaveLength(18);
    const huangjia = TOWNSHIPS.find((t) => t.code === "330802205");
    expect(huangjia).toMatchObject({ name: "黄家街道", kind: "街道" });
    expect(huangjia?.aliases).toContain("黄家乡");
    expect(COUNTY.townships.find((t) => t.code === "330802205")?.name).toBe("黄家乡");
  });

  it("knows every village and community, each under the township its code gives", () => {
    expect(VILLAGES.filter((v) => v.code)).toHaveLength(COUNTY.villages.length);
    expect(VILLAGES.length).toBeGreaterThan(280);
    const township = (name: string) => VILLAGES.filter((v) => v.name === name).map((v) => v.township);
    expect(township("严村")).toEqual(["航埠镇"]);
    expect(township("碗窑村")).toEqual(["沟溪乡"]);
    expect(township("荷北苑社区")).toEqual(["荷花街道"]);
    expect(township("姚家村").sort()).toEqual(["万田乡", "航埠镇"].sort());
    for (const v of VILLAGES) {
      expect(v.name).toMatch(/(村|社区)$/);
      expect(v.name).not.toMatch(/委员会|委会$/);
      if (v.code) expect(v.code.startsWith(TOWNSHIPS.find((t) => t.name === v.township)!.code)).toBe(true);
      else expect(v.source).toMatch(/^seed \d{3}: /); // hand-written: the data lacks it
    }
  });
});

describe("ZHIBIAO_COUNTY", () => {
  it("defaults to 330802 and refuses what is not a county code, naming the variable", () => {
    const env = (vars: Record<string, string>) => ({ NODE_ENV: "test", ...vars }) as NodeJS.ProcessEnv;
    expect(readEnv(env({})).ZHIBIAO_COUNTY).toBe("330802");
    expect(readEnv(env({ ZHIBIAO_COUNTY: "330803" })).ZHIBIAO_COUNTY).toBe("330803");
    expect(() => readEnv(env({ ZHIBIAO_COUNTY: "3308" }))).toThrow(/ZHIBIAO_COUNTY/);
    expect(() => readEnv(env({ ZHIBIAO_COUNTY: "330800" }))).toThrow(/six-digit GB\/T 2260 county code/);
    expect(ZCountyCodeSchema.safeParse("kecheng").success).toBe(false);
  });

  it("tells how to build the table of a county that has none yet", () => {
    expect(() => loadCounty("330803")).toThrow(/county-330803\.json is missing; run `npm run gazetteer -- --county 330803`/);
  });
});

describe("the national divisions", () => {
  it("index provinces, cities, counties and townships by name", () => {
    const { byName } = loadDivisions();
    expect(byName.get("上虞区")?.map((d) => [d.code, d.level])).toEqual([["330604", "county"]]);
    expect(byName.get("衢州市")?.map((d) => d.level)).toEqual(["city"]);
    expect(byName.get("浙江省")?.map((d) => d.level)).toEqual(["province"]);
    expect(byName.get("城关镇")!.length).toBeGreaterThan(50);
  });
});
