import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ZGoldIssueSchema, type TGoldIssue } from "@/lib/eval/gold-schema";
import { joinPageBreaks } from "@/lib/eval/join-page-breaks";
import { normaliseDepartment, normaliseUnit } from "@/lib/eval/normalise";
import { longestCommonSubstring, overlapRatio } from "@/lib/eval/overlap";
import {
  maximumMatching,
  scoreCampaigns,
  scoreDate,
  scoreGoals,
  scoreIndicators,
  scoreIssue,
  scoreSet,
  summarise,
} from "@/lib/eval/score";
import { ZExtractOutputSchema } from "@/lib/validations/extract-output";
import { article, gold, goldAsPrediction, prediction } from "./support";

const ind = (text: string, value: number, unit: string, extra: Partial<TGoldIssue["indicators"][number]> = {}) => ({
  text,
  value,
  valueMax: null,
  unit,
  approx: "exact" as const,
  context: text,
  ...extra,
});

describe("indicators: multiset match on value, valueMax and unit", () => {
  const g = gold({
    indicators: [ind("30吨", 30, "吨"), ind("30吨", 30, "吨"), ind("15吨", 15, "吨"), ind("5000余户", 5000, "户", { approx: "over" })],
    excluded: [{ text: "第89次", why: "session number" }],
  });

  it("counts a repeated quantity as often as the issue states it", () => {
    const s = scoreIndicators(
      g,
      prediction([
        article({ indicators: [{ text: "30吨", value: 30, unit: "吨" }, { text: "30吨", value: 30, unit: "吨" }, { text: "30吨", value: 30, unit: "吨" }] }),
        article({ indicators: [{ text: "5000余户", value: 5000, unit: "户", approx: "about" }] }),
      ]),
    );
    expect(s.matchedGold).toBe(3);
    expect(s.predicted).toBe(4);
    expect(s.missed.map((m) => m.text)).toEqual(["15吨"]);
    expect(s.spurious.map((m) => m.text)).toEqual(["30吨"]);
    expect(s.precision).toBeCloseTo(3 / 4);
    expect(s.recall).toBeCloseTo(3 / 4);
    expect(s.approxAgreement).toEqual({ agree: 2, of: 3 });
  });

  it("needs the same unit and the same range end", () => {
    const ranged = gold({ indicators: [ind("七八千元", 7000, "元", { valueMax: 8000, approx: "range" }), ind("一两个月", 1, "个月", { valueMax: 2, approx: "range" })] });
    const s = scoreIndicators(
      ranged,
      prediction([
        article({
          indicators: [
            { text: "七八千元", value: 7000, unit: "元" },
            { text: "一两个月", value: 1, valueMax: 2, unit: "月", approx: "range" },
          ],
        }),
      ]),
    );
    expect(s.matchedGold).toBe(1);
    expect(s.missed.map((m) => m.text)).toEqual(["七八千元"]);
  });

  it("reports spurious numbers that the gold lists as non-quantities", () => {
    const s = scoreIndicators(g, prediction([article({ indicators: [{ text: "89次", value: 89, unit: "次" }, { text: "3天", value: 3, unit: "天" }] })]));
    expect(s.nonQuantities).toEqual([{ text: "89次", unit: "次", excluded: "第89次", why: "session number", article: "t" }]);
    expect(s.spurious).toHaveLength(2);
  });

  it("compares values with tolerance for folded 万", () => {
    const g2 = gold({ indicators: [ind("120.6万多人次", 1206000, "人次", { approx: "over" })] });
    const s = scoreIndicators(g2, prediction([article({ indicators: [{ text: "120.6万多人次", value: 120.6 * 10000, unit: "人次", approx: "over" }] })]));
    expect(s.matchedGold).toBe(1);
  });
});

describe("goals: one-to-one, overlapping by at least half of the shorter text", () => {
  const g = gold({
    goals: [
      { text: "确保圆满完成全年目标任务", verb: "确保", deadline: null },
      { text: "计划下月启动房屋征收签约工作", verb: "计划", deadline: "下月" },
    ],
  });

  it("matches a longer or shorter span of the same clause", () => {
    const s = scoreGoals(g, prediction([article({ goals: ["大干快上后三季度，确保圆满完成全年目标任务。", "计划下月启动"] })]));
    expect(s.matchedGold).toBe(2);
    expect(s.missed).toEqual([]);
  });

  it("rejects an overlap below half of the shorter text", () => {
    // shares 完成全年 (4 of 10 normalised chars)
    const s = scoreGoals(g, prediction([article({ goals: ["力争完成全年计划指标"] })]));
    expect(s.matchedGold).toBe(0);
    expect(s.spurious).toEqual(["力争完成全年计划指标"]);
  });

  it("lets a gold goal absorb one prediction only", () => {
    const s = scoreGoals(g, prediction([article({ goals: ["确保圆满完成全年目标任务", "圆满完成全年目标任务"] })]));
    expect(s.matchedGold).toBe(1);
    expect(s.predicted).toBe(2);
    expect(s.precision).toBeCloseTo(0.5);
  });

  it("measures overlap as the longest common substring over the shorter length", () => {
    expect(longestCommonSubstring("abcdef", "zzcdez")).toBe(3);
    expect(overlapRatio("确保争先进位", "争先进位")).toBe(1);
    expect(overlapRatio("", "x")).toBe(0);
  });
});

describe("campaigns: aliases, distinct campaigns, merges and splits", () => {
  const g = gold({
    campaigns: [
      { name: "六治六提", aliases: ["“六治六提”作风建设行动", "“六治六提”", "六治六提"] },
      { name: "六比六晒", aliases: ["区委“六比六晒”活动", "“六比六晒”"] },
      { name: "乡街治理大比拼", aliases: ["“红色根脉强基·共同富裕引领”乡街治理大比拼", "乡街治理大比拼"] },
    ],
  });

  it("matches written forms after stripping quotes and brackets, and longer forms that contain an alias", () => {
    const s = scoreCampaigns(
      g,
      prediction([
        article({
          campaigns: [
            { name: "六治六提", text: "\"六治六提\"作风建设行动" },
            { name: "六比六晒", text: "「六比六晒」" },
            { name: "红色根脉强基共同富裕引领乡街治理大比拼第六次现场会", text: "乡街治理大比拼第六次现场会" },
          ],
        }),
      ]),
    );
    expect(s.matchedGold).toBe(3);
    expect(s.precision).toBe(1);
    expect(s.merged).toEqual([]);
    expect(s.split).toEqual([]);
  });

  it("counts each canonical campaign once per issue", () => {
    const s = scoreCampaigns(g, prediction([article({ campaigns: [{ name: "六治六提" }] }), article({ campaigns: [{ name: "六治六提", text: "“六治六提”" }] })]));
    expect(s.predicted).toBe(1);
    expect(s.recall).toBeCloseTo(1 / 3);
    expect(s.missed).toEqual(["六比六晒", "乡街治理大比拼"]);
  });

  it("reports a gold campaign split into several predicted ones and counts only one of them", () => {
    const s = scoreCampaigns(g, prediction([article({ campaigns: [{ name: "六治六提" }, { name: "六治六提作风建设行动", text: "“六治六提”作风建设行动" }] })]));
    expect(s.split).toEqual([{ gold: "六治六提", predicted: ["六治六提", "六治六提作风建设行动"] }]);
    expect(s.predicted).toBe(2);
    expect(s.matchedPredicted).toBe(1);
    expect(s.precision).toBeCloseTo(0.5);
  });

  it("reports one predicted campaign that merges two gold ones", () => {
    const s = scoreCampaigns(g, prediction([article({ campaigns: [{ name: "六治六提", text: "六治六提" }, { name: "六治六提", text: "“六比六晒”" }] })]));
    expect(s.merged).toEqual([{ predicted: "六治六提", gold: ["六治六提", "六比六晒"] }]);
    expect(s.matchedGold).toBe(1);
  });

  it("does not let a short generic word stand for a longer campaign", () => {
    const s = scoreCampaigns(g, prediction([article({ campaigns: [{ name: "比拼" }] })]));
    expect(s.spurious).toEqual(["比拼"]);
  });

  it("finds a maximum matching, not a greedy one", () => {
    expect(maximumMatching([[0, 1], [0]])).toBe(2);
    expect(maximumMatching([[0], [0], []])).toBe(1);
  });
});

describe("townships, departments and dates", () => {
  it("matches townships as a set, including those reached through a village", () => {
    const g = gold({ townships: ["石梁镇", "九华乡", "航埠镇"] });
    const p = prediction([
      article({ places: [{ name: "梅山村", level: "village", township: "石梁镇" }, { name: "石梁镇", level: "township", township: "石梁镇" }] }),
      article({ places: [{ name: "九华乡", level: "township" }, { name: "花园街道", level: "township" }] }),
    ]);
    const s = scoreIssue(g, p).townships;
    expect(s.matchedGold).toBe(2);
    expect(s.missed).toEqual(["航埠镇"]);
    expect(s.spurious).toEqual(["花园街道"]);
  });

  it("normalises department names written in full", () => {
    expect(normaliseDepartment("柯城区经信局")).toBe("区经信局");
    expect(normaliseDepartment("中共衢州市柯城区委")).toBe("区委");
    expect(normaliseDepartment("区十届政府")).toBe("区政府");
    expect(normaliseDepartment("区人大机关")).toBe("区人大常委会");
    const s = scoreIssue(gold({ departments: ["区经信局", "区委"] }), prediction([article({ departments: ["柯城区经信局", "区委", "区征迁中心"] })])).departments;
    expect([s.matchedGold, s.predicted]).toEqual([2, 3]);
  });

  it("treats units written with 个 as the bare unit", () => {
    expect(normaliseUnit("个月")).toBe("月");
    expect(normaliseUnit("个百分点")).toBe(normaliseUnit("百分点"));
    expect(normaliseUnit("个")).toBe("个");
  });

  it("needs the exact masthead date, but an inferred date only inside its window", () => {
    const masthead = gold({ date: "2022-04-13", dateSource: "masthead" });
    expect(scoreDate(masthead, "2022-04-13").ok).toBe(true);
    expect(scoreDate(masthead, "2022-04-14").ok).toBe(false);
    const inferred = gold({ date: "2021-11-17", dateSource: "inferred", dateWindow: ["2021-11-16", "2021-11-22"] });
    expect(scoreDate(inferred, "2021-11-19")).toMatchObject({ ok: true, exact: false, rule: "window" });
    expect(scoreDate(inferred, "2021-11-15").ok).toBe(false);
    expect(scoreDate(inferred, null).ok).toBe(false);
  });

  it("scores an empty prediction as zero recall and an empty gold kind as full recall", () => {
    const s = scoreSet([], []);
    expect([s.precision, s.recall]).toEqual([1, 1]);
    const t = scoreSet(["a"], []);
    expect([t.precision, t.recall, t.f1]).toEqual([0, 0, 0]);
  });
});

describe("summarise", () => {
  it("sums counts over issues before computing precision and recall", () => {
    const g1 = gold({ indicators: [ind("1家", 1, "家")] });
    const g2 = gold({ indicators: [ind("2名", 2, "名"), ind("6名", 6, "名"), ind("11个", 11, "个")] });
    const s1 = scoreIssue(g1, prediction([article({ indicators: [{ text: "1家", value: 1, unit: "家" }] })], "2022-04-13"));
    const s2 = scoreIssue(g2, prediction([article({ indicators: [{ text: "2名", value: 2, unit: "名" }, { text: "7名", value: 7, unit: "名" }] })]));
    const summary = summarise([s1, s2]);
    expect(summary.kinds.indicators).toMatchObject({ gold: 4, predicted: 3, matchedGold: 2 });
    expect(summary.kinds.indicators.recall).toBeCloseTo(0.5);
    expect(summary.kinds.indicators.precision).toBeCloseTo(2 / 3);
    expect(summary.dates).toEqual({ ok: 1, exact: 1, unknown: 1, wrongByMonth: 0, of: 2 });
  });
});

describe("page-break joining used by the gold checks", () => {
  it("joins a word split by a blank line but keeps paragraph ends", () => {
    expect(joinPageBreaks("共同富裕示\n\n范区建设")).toBe("共同富裕示范区建设");
    expect(joinPageBreaks("被征收\n\n户刘某某")).toBe("被征收户刘某某");
    expect(joinPageBreaks("完成。\n\n下一段")).toBe("完成。\n\n下一段");
    expect(joinPageBreaks("“六治\n\n六提”")).toBe("“六治六提”");
  });
});

// ---- the gold files themselves -------------------------------------------------------------------------

const GOLD_DIR = path.resolve("tests/gold");
const SEED_DIR = path.resolve("seeds");
const goldFiles = readdirSync(GOLD_DIR).filter((f) => f.endsWith(".json")).sort();
const seedFiles = readdirSync(SEED_DIR).filter((f) => f.endsWith(".txt")).sort();

describe("gold files", () => {
  it("exist for every seed issue", () => {
    expect(goldFiles.map((f) => f.replace(/\.json$/, ".txt"))).toEqual(seedFiles);
  });

  describe.each(goldFiles)("%s", (name) => {
    const g = ZGoldIssueSchema.parse(JSON.parse(readFileSync(path.join(GOLD_DIR, name), "utf8")));
    const seed = joinPageBreaks(readFileSync(path.join(SEED_DIR, g.file), "utf8"));
    const occurrences = (needle: string) => seed.split(needle).length - 1;

    it("names its own seed", () => {
      expect(g.file).toBe(name.replace(/\.json$/, ".txt"));
    });

    it("quotes every indicator context and text verbatim from the seed", () => {
      const absent = g.indicators.filter((i) => !seed.includes(i.context) || !i.context.includes(i.text));
      expect(absent).toEqual([]);
    });

    it("has one indicator per occurrence of each (context, text)", () => {
      const counts = new Map<string, number>();
      for (const i of g.indicators) counts.set(`${i.context}\u0000${i.text}`, (counts.get(`${i.context}\u0000${i.text}`) ?? 0) + 1);
      for (const [key, n] of counts) {
        const [context, text] = key.split("\u0000");
        expect({ key, n }).toEqual({ key, n: occurrences(context) * (context.split(text).length - 1) });
      }
    });

    it("quotes goals and excluded numbers verbatim, and names every campaign as written at least once", () => {
      expect(g.goals.filter((x) => !seed.includes(x.text))).toEqual([]);
      expect(g.excluded.filter((x) => !seed.includes(x.text))).toEqual([]);
      expect(g.campaigns.filter((c) => !c.aliases.some((a) => seed.includes(a)))).toEqual([]);
    });

    it("names townships that the issue mentions or reaches through one of its places", () => {
      const reached = new Set(g.places.map((p) => p.township));
      expect(g.townships.filter((t) => !seed.includes(t) && !seed.includes(t.slice(0, 2)) && !reached.has(t))).toEqual([]);
      expect(g.places.filter((p) => !seed.includes(p.name))).toEqual([]);
    });

    it("lists each township, department and campaign once", () => {
      expect(new Set(g.townships).size).toBe(g.townships.length);
      expect(new Set(g.departments).size).toBe(g.departments.length);
      expect(new Set(g.campaigns.map((c) => c.name)).size).toBe(g.campaigns.length);
    });

    it("scores 1.0 against itself restated as a prediction", () => {
      const self = ZExtractOutputSchema.parse(goldAsPrediction(g));
      const s = scoreIssue(g, self);
      expect(s.places.recall).toBe(1);
      for (const kind of ["indicators", "goals", "campaigns", "townships", "departments"] as const) {
        expect({ kind, f1: s[kind].f1 }).toEqual({ kind, f1: 1 });
      }
      expect(s.date.ok).toBe(true);
      expect(s.campaigns.merged).toEqual([]);
    });
  });
});
