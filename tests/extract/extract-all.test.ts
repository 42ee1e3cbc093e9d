import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractAll } from "@/lib/extract";
import { ZAOTIAN } from "./extract-all-passages";

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

  it("links the 早田公司 tonnage to 石梁镇 and leaves the two-township donation unlinked", () => {
    const out = extractAll(ZAOTIAN, { title: "早田公司每天30吨蔬菜保供上海", kicker: "日服务上海居民5000余户" });
    const tons = out.indicators.filter((i) => i.text.endsWith("30吨"));
    expect(tons.length).toBeGreaterThan(0);
    for (const t of tons) expect(t.township).toBe("石梁镇");
    const gift = out.indicators.find((i) => i.text.includes("20万元"));
    expect(gift?.township).toBeUndefined();
  });

  // Characters that exercise every rule: names, quotes, clause marks, numerals, brackets, newlines.
  const cjk = fc.constantFrom(..."区委发改局石梁镇七里三村社“”‘’\"《》、，。！？；：（）0123456789万余近超六治提片街道乡等\n 　");
  const anyText = fc.oneof(fc.string(), fc.array(cjk, { maxLength: 300 }).map((a) => a.join("")));

  it("never throws on arbitrary text, and every span slices to its text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = extractAll(text, { title: text.slice(0, 10), interviewee: text.slice(-10) });
        for (const list of [out.indicators, out.progress, out.goals, out.campaigns, out.places, out.departments]) {
          for (const item of list) expect(text.slice(item.start, item.end)).toBe(item.text);
        }
        for (const list of [out.places, out.departments]) {
          for (let i = 1; i < list.length; i++) expect(list[i].start).toBeGreaterThanOrEqual(list[i - 1].end);
        }
      }),
      { numRuns: 300 },
    );
  });
});
