import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractAll } from "@/lib/extract";

const SEEDS = readdirSync("seeds")
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(`seeds/${f}`, "utf8") }));

describe("extractAll", () => {
  it("returns every kind, with spans that slice to their text", () => {
    for (const { text } of SEEDS) {
      const out = extractAll(text, { issueYear: 2022 });
      for (const list of [out.indicators, out.progress, out.goals, out.campaigns, out.places, out.departments]) {
        for (const item of list) {
          expect(item.start).toBeGreaterThanOrEqual(0);
          expect(item.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(item.start, item.end)).toBe(item.text);
        }
      }
    }
  });

  it("drops no real quantity but every number inside a campaign or place name", () => {
    const s = "以市委“六治六提”作风建设行动为抓手，七里乡七里三村通过强村公司经营香溪漂流项目，带动30余户增收。";
    const out = extractAll(s);
    const names = [...out.campaigns, ...out.places];
    for (const i of out.indicators) {
      expect(names.some((n) => i.start < n.end && n.start < i.end)).toBe(false);
    }
  });

  it("links the 早田公司 tonnage to 石梁镇", () => {
    const s =
      "4月11日，坐落于石梁镇梅山村的衢州早田农业科技开发有限公司（以下简称“早田公司”）配送中心内，70余名员工正在紧张地忙碌着。据了解，该公司日供新鲜蔬菜30吨，可满足5000余户上海居民的生活需求。\n还向石梁镇、九华乡等地捐赠价值20万元的防护服。";
    const out = extractAll(s, { title: "早田公司每天30吨蔬菜保供上海" });
    const tons = out.indicators.find((i) => i.text.includes("30吨"));
    expect(tons?.township).toBe("石梁镇");
  });

  it("never throws on arbitrary text", () => {
    const cjk = fc.constantFrom(..."区委发改局石梁镇村社“”‘’、，。！？；：（）0123456789万余近超六治提片街道乡\n 　");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(cjk, { maxLength: 300 }).map((a) => a.join(""))), (text) => {
        const out = extractAll(text, { title: text.slice(0, 10), interviewee: text.slice(-10) });
        expect(Array.isArray(out.indicators)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
