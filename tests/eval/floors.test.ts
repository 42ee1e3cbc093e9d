import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ZGoldIssueSchema } from "@/lib/eval/gold-schema";
import { scoreIssue, summarise } from "@/lib/eval/score";
import { extractIssueFile } from "@/lib/ingest/extract-issue";
import { ZExtractOutputSchema } from "@/lib/validations/extract-output";

// The regression suite: the extractor on the five seeds, scored against the hand-made gold. Floors sit just under
// what the extractor reaches today, so a rule change that loses ground fails here (npm run eval -- --verbose says where).
const GOLD = path.resolve("tests/gold");
const scores = readdirSync(GOLD)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => {
    const gold = ZGoldIssueSchema.parse(JSON.parse(readFileSync(path.join(GOLD, name), "utf8")));
    const predicted = ZExtractOutputSchema.parse(extractIssueFile(path.resolve("seeds", gold.file)));
    return scoreIssue(gold, predicted);
  });
const summary = summarise(scores);

describe("extraction quality on the seed issues", () => {
  it("scores all five seeds", () => {
    expect(scores).toHaveLength(5);
  });

  it.each([
    ["indicators", "f1", 0.97],
    ["indicators", "precision", 0.98],
    ["goals", "recall", 0.95],
    ["goals", "precision", 0.9],
    ["campaigns", "recall", 0.95],
    ["campaigns", "precision", 0.9],
    ["townships", "f1", 0.97],
    ["departments", "f1", 0.97],
  ] as const)("%s %s stays at or above %s", (kind, measure, floor) => {
    expect(summary.kinds[kind][measure]).toBeGreaterThanOrEqual(floor);
  });

  it("gives matched goals their annotated kind and deadline date (issue #11 §1: dates right for ≥ 90%)", () => {
    expect(summary.goalKinds.agree / summary.goalKinds.of).toBeGreaterThanOrEqual(0.95);
    expect(summary.goalDeadlineDates.of).toBeGreaterThanOrEqual(10);
    expect(summary.goalDeadlineDates.agree / summary.goalDeadlineDates.of).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps one campaign per real campaign: no splits, no merges", () => {
    expect({ split: summary.split, merged: summary.merged }).toEqual({ split: 0, merged: 0 });
  });

  it("reports no date, ordinal or slogan number as an indicator", () => {
    expect(summary.nonQuantities).toBe(0);
  });

  it("dates every issue: masthead dates exactly, inferred dates inside their week", () => {
    for (const score of scores) expect(score.date.ok, `${score.file}: ${score.date.predicted}`).toBe(true);
  });
});
