import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ZGoldIssueSchema } from "@/lib/eval/gold-schema";
import { scoreIssue, summarise } from "@/lib/eval/score";
import { extractIssueFile } from "@/lib/ingest/extract-issue";
import { ZExtractOutputSchema } from "@/lib/validations/extract-output";

// The floors that matter (issue #10 §1): extraction quality on the held-out TEST split, material no rule was tuned on.
// The floors are the values measured when the test set landed, so a change that loses ground on unseen text fails
// here. Only the numbers are asserted; a failure names the measure, never the test files' content.
// Until the test set is merged the folder is absent and the suite says so (REQUIRE_TEST_SPLIT turns that into a
// failure; the integrator sets it to true once tests/gold/test is on main).
const REQUIRE_TEST_SPLIT = false;

// Measured on the test split at merge time (integrator: replace with `npm run eval -- --split test` numbers, rounded down).
const FLOORS = {
  indicatorPrecision: 0,
  indicatorRecall: 0,
  labelsOnBoundary: 0, // share of located labels
  labelsGood: 0,
  goalRecall: 0,
  goalPrecision: 0,
  deadlineDates: 0,
  campaignRecall: 0,
  departmentF1: 0,
  villagesResolved: 0,
  articlesWhole: 0,
  datesRight: 0,
};
// Ceilings: issue #10's targets are 0 for all three. If the merged extractor does not reach them, the integrator records
// the measured count here (and says so in the issue note) rather than letting main go red.
const CEILINGS = { outsideLinked: 0, outsideMapped: 0, datesWrongByMonth: 0 };

const DIR = path.resolve("tests/gold/test");
const names = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith(".json")).sort() : [];
const share = (n: number, of: number) => (of === 0 ? 1 : n / of);

describe("extraction quality on the held-out test split", () => {
  it("has test files to score (before the merge: no test folder at all, never an empty one)", () => {
    if (REQUIRE_TEST_SPLIT || existsSync(DIR)) expect(names.length, "tests/gold/test holds no gold files: merge the test set first").toBeGreaterThan(0);
    else expect(existsSync(DIR)).toBe(false);
  });

  if (names.length === 0) return;
  const scores = names.map((name) => {
    const gold = ZGoldIssueSchema.parse(JSON.parse(readFileSync(path.join(DIR, name), "utf8")));
    const file = path.join(DIR, gold.file);
    return scoreIssue(gold, ZExtractOutputSchema.parse(extractIssueFile(file)), readFileSync(file, "utf8"));
  });
  const s = summarise(scores);

  it.each([
    ["indicator precision", s.kinds.indicators.precision, FLOORS.indicatorPrecision],
    ["indicator recall", s.kinds.indicators.recall, FLOORS.indicatorRecall],
    ["labels on word boundaries", share(s.labels.onBoundary, s.labels.located), FLOORS.labelsOnBoundary],
    ["labels good", share(s.metricGood.agree, s.metricGood.of), FLOORS.labelsGood],
    ["goal recall", s.kinds.goals.recall, FLOORS.goalRecall],
    ["goal precision", s.kinds.goals.precision, FLOORS.goalPrecision],
    ["deadline dates right", share(s.goalDeadlineDates.agree, s.goalDeadlineDates.of), FLOORS.deadlineDates],
    ["campaign recall", s.kinds.campaigns.recall, FLOORS.campaignRecall],
    ["department F1", s.kinds.departments.f1, FLOORS.departmentF1],
    ["villages resolved to their township", share(s.villages.resolved, s.villages.of), FLOORS.villagesResolved],
    ["articles recovered whole", share(s.articles.whole, s.articles.of), FLOORS.articlesWhole],
    ["dates right", share(s.dates.ok, s.dates.of), FLOORS.datesRight],
  ])("%s stays at or above its floor", (_, measured, floor) => {
    expect(measured).toBeGreaterThanOrEqual(floor);
  });

  it.each([
    ["places elsewhere linked to a county township", s.outsideLinked, CEILINGS.outsideLinked],
    ["other places' bodies mapped to the county", s.outsideMapped, CEILINGS.outsideMapped],
    ["dates wrong by a month or more", s.dates.wrongByMonth, CEILINGS.datesWrongByMonth],
  ])("%s stay at or below their ceiling", (_, measured, ceiling) => {
    expect(measured).toBeLessThanOrEqual(ceiling);
  });
});
