import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lunarDate, mastheadLines } from "@/lib/bench/masthead-lines";
import { createPrng } from "@/lib/bench/prng";
import { scaleNumbers } from "@/lib/bench/scale-numbers";
import { splitSeedStories } from "@/lib/bench/split-seed-stories";
import { buildStoryPool, makeIssue, syntheticCorpus, type SeedText } from "@/lib/bench/synthetic-corpus";

const SEED_DIR = path.resolve("seeds");
const seeds: SeedText[] = readdirSync(SEED_DIR)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: readFileSync(path.join(SEED_DIR, name), "utf8") }));

const take = <T>(iterable: Iterable<T>, n: number): T[] => {
  const out: T[] = [];
  for (const item of iterable) {
    if (out.length === n) break;
    out.push(item);
  }
  return out;
};

describe("createPrng", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    const a = createPrng("x");
    const b = createPrng("x");
    const c = createPrng("y");
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("keeps int() within its inclusive bounds and reaches both ends", () => {
    const prng = createPrng(7);
    const seen = new Set(Array.from({ length: 500 }, () => prng.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });
});

describe("scaleNumbers", () => {
  it("scales quantities and keeps unit and approximator as written", () => {
    expect(scaleNumbers("日服务上海居民5000余户", 2)).toBe("日服务上海居民10000余户");
    expect(scaleNumbers("每天30吨蔬菜", 0.5)).toBe("每天15吨蔬菜");
    expect(scaleNumbers("游客97.8万人次", 2)).toBe("游客195.6万人次");
    expect(scaleNumbers("每个礼盒里有10余种品类", 3)).toBe("每个礼盒里有30余种品类");
  });

  it("leaves dates, ordinals, percentages and slogans alone", () => {
    const text = "4月11日，区十届政府召开第4次常务会议，入户调查完成100%，“1+1+9+N”，8090新时代理论宣讲，2022年上半年";
    expect(scaleNumbers(text, 2.5)).toBe(text);
  });

  it("never scales a count down to zero", () => {
    expect(scaleNumbers("派1名员工", 0.1)).toBe("派1名员工");
  });
});

describe("splitSeedStories", () => {
  it("drops the masthead and cuts before the headline stack of each 本报讯 story", () => {
    const seed = seeds.find((s) => s.name.startsWith("001_"))!;
    const stories = splitSeedStories(seed.text, { source: seed.name });
    expect(stories[0].text.startsWith("区委召开常委会议和常委扩大会议")).toBe(true);
    expect(stories.some((s) => s.text.includes("第1937期"))).toBe(false);
    expect(stories.some((s) => s.text.startsWith("深入学习贯彻市党代会精神\n\n区十届政府召开第4次常务会议"))).toBe(true);
  });

  it("cuts the interview page at each interviewee line", () => {
    const seed = seeds.find((s) => s.name.startsWith("003_"))!;
    const heads = splitSeedStories(seed.text, { source: seed.name }).map((s) => s.text.split("\n")[0]);
    expect(heads).toContain("区发改局党组书记、局长 任文俊：");
    expect(heads).toContain("石梁镇党委书记 周锋：");
  });

  it("loses no body text: every story is a verbatim piece of its seed", () => {
    for (const seed of seeds) {
      for (const story of splitSeedStories(seed.text, { source: seed.name })) expect(seed.text).toContain(story.text);
    }
  });
});

describe("mastheadLines", () => {
  it("writes the date, number, lunar date and weekday like the real masthead", () => {
    const date = new Date(Date.UTC(2022, 3, 13));
    const lines = mastheadLines(date, 1937);
    expect(lines.slice(0, 2)).toEqual(["2022年4月13日", "第1937期"]);
    // seed 001 prints 农历壬寅年三月十三星期三 for this day (when ICU has the Chinese calendar)
    expect(lines[2]).toBe(lunarDate(date) ? "农历壬寅年三月十三星期三" : "星期三");
  });
});

describe("syntheticCorpus", () => {
  it("is byte-identical for the same seed and differs for another", () => {
    const a = take(syntheticCorpus({ seeds, issues: 5, seed: "s1" }), 5);
    const b = take(syntheticCorpus({ seeds, issues: 5, seed: "s1" }), 5);
    const c = take(syntheticCorpus({ seeds, issues: 5, seed: "s2" }), 5);
    expect(b.map((i) => i.text)).toEqual(a.map((i) => i.text));
    expect(c.map((i) => i.text)).not.toEqual(a.map((i) => i.text));
  });

  it("builds issue i the same whether streamed or made alone", () => {
    const pool = buildStoryPool(seeds);
    const streamed = take(syntheticCorpus({ seeds, issues: 50, seed: "s1" }), 50)[42];
    expect(makeIssue(pool, 42, { seed: "s1" }).text).toBe(streamed.text);
  });

  it("is lazy: the first issues of a billion-issue corpus come at once", () => {
    const first = take(syntheticCorpus({ seeds, issues: 1_000_000_000 }), 3);
    expect(first.map((i) => i.index)).toEqual([0, 1, 2]);
  });

  it("gives each issue the next day and number in its masthead, and a size within bounds", () => {
    const issues = take(syntheticCorpus({ seeds, issues: 40, firstDate: "2023-01-05", firstNumber: 2001 }), 40);
    expect(issues[0].text).toContain("\n2023年1月5日\n\n第2001期\n");
    expect(issues[27].date).toBe("2023-02-01");
    expect(issues[27].text).toContain("\n2023年2月1日\n\n第2028期\n");
    const encoder = new TextEncoder();
    for (const issue of issues) {
      const bytes = encoder.encode(issue.text).byteLength;
      expect(bytes).toBeGreaterThanOrEqual(12_000);
      expect(bytes).toBeLessThan(40_000 + 12_000); // at most one story past the drawn target
    }
    expect(new Set(issues.map((i) => i.text)).size).toBe(issues.length);
  });

  it("keeps every unit: scaling changes digits only", () => {
    const issue = take(syntheticCorpus({ seeds, issues: 1, seed: "units" }), 1)[0];
    const pool = buildStoryPool(seeds);
    const original = issue.stories.map((id) => pool.stories.find((s) => s.id === id)!.text).join("\n\n");
    const masthead = "采编热线：3049743\n\n";
    const body = issue.text.slice(issue.text.indexOf(masthead) + masthead.length, issue.text.lastIndexOf("\n\n责任编辑"));
    const digitsHidden = (text: string) => text.replace(/\d+(?:\.\d+)?/g, "#");
    expect(digitsHidden(body)).toBe(digitsHidden(original));
    expect(body).not.toBe(original);
    expect(issue.factor).toBeGreaterThanOrEqual(0.5);
    expect(issue.factor).toBeLessThanOrEqual(3);
  });
});
