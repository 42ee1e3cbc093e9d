// Issue #12 §3: the pipeline is data (producers, refiners, one overlap refiner) and every producer reports what it
// drops. Sentences are the issue #10 §4 examples (tests/extract/numbers-issue10.test.ts) and seed passages.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { extractAll, PRODUCERS, REFINERS, type Rejection } from "@/lib/extract";
import { explainLines } from "@/lib/extract/explain";
import { keepNonOverlapping, removeOverlapping } from "@/lib/extract/remove-overlaps";
import { parseIssue } from "@/lib/text/parse-issue";
import { articleContext } from "@/lib/extract";

const traced = (text: string, ctx = {}) => {
  const trace: Rejection[] = [];
  const out = extractAll(text, { ...ctx, trace });
  return { out, trace };
};
const ruleFor = (trace: Rejection[], kind: Rejection["kind"], text: string) =>
  trace.find((r) => r.kind === kind && r.text.includes(text))?.rule;

describe("the rejection trace names the rule that dropped a candidate", () => {
  it("a time reference: 70多年来", () => {
    const { out, trace } = traced("70多年来，这里一直是全镇的商贸中心");
    expect(out.indicators).toEqual([]);
    expect(trace).toContainEqual({ kind: "indicator", text: "70多年", offset: 0, rule: "time-reference" });
  });

  it("a threshold of a category (5000万元以上项目) and an age bracket (70岁以上老人)", () => {
    const project = traced("新开工5000万元以上项目18个");
    expect(project.out.indicators.map((i) => i.text)).toEqual(["18个"]);
    expect(ruleFor(project.trace, "indicator", "5000万元")).toBe("threshold");
    const elderly = traced("全村70岁以上老人都领到了慰问品");
    expect(elderly.out.indicators).toEqual([]);
    expect(elderly.trace).toContainEqual({ kind: "indicator", text: "70岁以上", offset: 2, rule: "age-bracket" });
  });

  it("a number in a name: 七里三村, 区九届政府, “510”", () => {
    const village = traced("来自大头村、少岭坞村、上门村、七里三村等7个村的“领头雁”逐一登台");
    expect(village.out.indicators.map((i) => i.text)).toEqual(["7个"]);
    expect(village.trace).toContainEqual({ kind: "indicator", text: "三村", offset: 17, rule: "place-name" });
    expect(ruleFor(traced("区九届政府第3次常务会议").trace, "indicator", "九")).toBe("session");
    expect(ruleFor(traced("推进“510”管理工程建设").trace, "indicator", "510")).toBe("quoted-name");
  });

  it("goals and campaigns: a verb without its object, an overlapped goal, a stop-listed quote", () => {
    const { out, trace } = traced("要确保今年目标“保5争3抢1”全面实现，加快构建“十四五”规划目标体系。", { issueYear: 2021 });
    expect(out.goals.length).toBeGreaterThan(0);
    expect(ruleFor(trace, "goal", "保5争3抢1")).toBe("overlaps-another-goal");
    expect(ruleFor(trace, "campaign", "十四五")).toBe("campaign-stop-list");
    expect(ruleFor(traced("建立健全计划目标体系").trace, "goal", "计划目标体系")).toBe("lead-verb-without-its-object");
  });

  it("costs nothing in the output: the items are the same with and without a trace", () => {
    const seed = readFileSync("seeds/000_fb4c6968b8fc0955.txt", "utf8");
    const [article] = parseIssue(seed, { fileName: "000_fb4c6968b8fc0955.txt" }).articles;
    const ctx = articleContext(article, 2021, "2021-11-16");
    const { out, trace } = traced(article.text, ctx);
    expect(trace.length).toBeGreaterThan(10);
    expect(out).toEqual(extractAll(article.text, ctx));
    // every offset points at the candidate's words
    const misplaced = trace.filter((r) => article.text.slice(r.offset, r.offset + r.text.length) !== r.text);
    expect(misplaced).toEqual([]);
  });

  it("prints one line per drop, in text order, with the rule", () => {
    const { trace } = traced("70多年来，这里一直是全镇的商贸中心。全村70岁以上老人都领到了慰问品");
    const lines = explainLines("商贸中心", trace);
    expect(lines[0]).toContain("商贸中心");
    expect(lines.find((l) => l.includes("70多年"))).toMatch(/indicator\s+@0\s+70多年\s+← time-reference$/);
    expect(lines.findIndex((l) => l.includes("70多年"))).toBeLessThan(lines.findIndex((l) => l.includes("70岁以上")));
    expect(explainLines("无", [])).toEqual([]);
  });
});

describe("the pipeline is data", () => {
  afterEach(() => vi.restoreAllMocks());

  it("lists its producers and refiners in the order that extractAll runs them", () => {
    expect(PRODUCERS.map((p) => p.name)).toEqual(["campaigns", "places", "departments", "indicators", "progress", "goals"]);
    expect(REFINERS.map((r) => r.name)).toEqual(["link-entities", "goal-subjects", "headline-numbers", "headline-campaigns", "series-keys"]);
    const calls: string[] = [];
    for (const p of PRODUCERS) {
      const produce = p.produce;
      vi.spyOn(p, "produce").mockImplementation((s) => (calls.push(p.name), produce(s)));
    }
    for (const r of REFINERS) {
      const refine = r.refine;
      vi.spyOn(r, "refine").mockImplementation((s) => (calls.push(r.name), refine(s)));
    }
    const out = extractAll("石梁镇确保今年完成300户征收，“六治六提”行动带动30余户增收。", { title: "石梁镇征收300户" });
    expect(calls).toEqual([...PRODUCERS.map((p) => p.name), ...REFINERS.map((r) => r.name)]);
    expect(out.indicators.map((i) => i.text)).toEqual(["300户", "30余户"]);
    expect(out.goals).toHaveLength(1);
  });

  it("removes a producer's items inside a name with the one overlap refiner, and reports each", () => {
    const dropped: string[] = [];
    const kept = removeOverlapping(
      [{ start: 0, end: 2, text: "三村" }, { start: 5, end: 8, text: "30户" }],
      [{ start: 0, end: 4 }],
      (item, by) => dropped.push(`${item.text}@${by.start}`),
    );
    expect(kept.map((k) => k.text)).toEqual(["30户"]);
    expect(dropped).toEqual(["三村@0"]);
  });

  it("keeps the preferred of overlapping items, sorted by start", () => {
    const items = [
      { start: 10, end: 14, p: 1 },
      { start: 0, end: 6, p: 2 },
      { start: 4, end: 12, p: 0 },
      { start: 20, end: 22, p: 3 },
    ];
    const dropped: number[] = [];
    const kept = keepNonOverlapping(items, { prefer: (a, b) => a.p - b.p, onDrop: (i) => dropped.push(i.p) });
    expect(kept.map((k) => k.p)).toEqual([0, 3]);
    expect(dropped.sort()).toEqual([1, 2]);
    // by start, longest first: the outer span wins over the ones inside it
    const outer = keepNonOverlapping(items, { prefer: (a, b) => a.start - b.start || b.end - a.end });
    expect(outer.map((k) => k.p)).toEqual([2, 1, 3]);
  });
});
