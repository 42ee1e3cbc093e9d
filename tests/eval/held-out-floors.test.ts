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
// The test set is on main: a missing or empty tests/gold/test is a failure.
const REQUIRE_TEST_SPLIT = true;

// Measured on the test split when it landed (2026-12-07, `npm run eval -- --split test`), rounded down. Several are
// far below issue #10's targets (recall 0.93, labels good 0.8, articles whole 0.9): these floors only stop regressions.
// Re-measured after the test gold was brought back to the written convention (tests/gold/test/NOTES.md: metric labels
// from the words next to the number, other places' bodies as written, two list counts excluded): indicator precision,
// labels good and department F1 moved and their floors were reset the same way (measured, rounded down).
// Session 6: ten files were added (t30–t39, tests/gold/test/SOURCES.md) and the campaigns convention applied; the four
// floors and the ceiling that the larger set no longer met were set to the new measurement (rounded down) and are
// marked below; the other floors were left as they were (the new measurements are in the keeper's report).
// Session 7 (end): raised to the measurement after this session's rules (rounded down), so the gains hold. NB the
// rule tuners worked from the keeper's categories of held-out misses (tests/gold/HELDOUT-CATEGORIES.md, no test text):
// the split is less blind than before, and fresh files are the honest measure next.
// Session 7: six more files (t40–t45); the floors and the ceiling the larger set no longer met were set the same way and
// are marked (t45 is another district's paper whose 区委 is mapped to the county: outsideMapped 3 → 4).
// Session 8: ten fresh files (t46–t55, tests/gold/test/SOURCES.md) that nobody had categorised for rule tuners (the
// categories file is frozen at t45), so this is the honest measure on unseen text. The eight floors the larger set no
// longer met were lowered to the new measurement, rounded down, and are marked "session 8: fresh files"; the others and
// the ceilings still hold and were left as they were (measurements in the keeper's report to the integrator).
// Session 9: ten more fresh files (t56–t65, ten new test-split hosts, tests/gold/test/SOURCES.md), annotated before any
// run and described nowhere for tuners; every floor was set to the measurement on the 63 files with main's code as of
// 7902c6c (`npm run eval -- --split test`), rounded down by a hair (to two decimals; one hundredth lower where the value
// is exact), so gains since session 8 hold and the integrator's re-measure after merging today's rule changes starts from
// here. Goal recall is the one floor lowered: the fresh files' plan schedules and target lists cost it (0.69 → 0.64).
// After merging session 9's rule changes (integrator, main at 6c92dae), the floors the merged code exceeds were raised to
// its measurement, rounded down, so the gains that carried over to held-out text hold ("session 9 after merging").
// Session 10: ten more fresh files (t66–t75, ten new test-split hosts), annotated before any run and described nowhere
// for tuners. With main's code as of e0871c6 five floors were no longer met by the 73 files; those five were set to the
// new measurement, rounded down ("session 10: fresh files"); the other floors and the ceilings still hold.
// After merging session 10's first wave of rule changes (integrator, main at 1950495), the floors the merged code exceeds
// were raised to its measurement, rounded down ("session 10 after merging (wave 1)"); after the second wave (main at
// the session's end) again where it gained ("session 10 end").
// Session 10 end: ten blind files (t76–t85, ten new test-split hosts) measured on the session's end code, after the
// integrator removed eight exhortation goals the README excludes (tests/gold/test/NOTES.md); the nine measures the 83
// files no longer met were set to the new measurement, rounded down ("session 10 end, blind files t76–t85").
// Earlier values are kept below each floor for the history.
const FLOORS = {
  indicatorPrecision: 0.95, // session 10 after merging (wave 1): 471/495 (was 0.94); session 9: 442/468 (was 0.94); session 8: fresh files (was 0.97)
  // session 7: 97.3 (was 0.94)
  // earlier: 94.9 (was 0.96 on 96.3; two list counts the gold had as indicators are now excluded)
  indicatorRecall: 0.97, // session 10 end, blind files t76–t85: 496/507 (was 0.98); session 10 after merging (wave 1): 471/480 (was 0.97); session 10: fresh files, 470/480 (was 0.98); session 9: 442/451 (was 0.98); session 8: fresh files (was 0.99)
  // session 7: 99.3 after the headline-copy gold fix (was 0.87)
  // earlier: 87.8 (was 87.9)
  labelsOnBoundary: 0.98, // session 9 after merging: 423/431 (was 0.96); session 9: 418/434 (was 0.96); session 8: fresh files (was 0.97)
  // session 7: 266/274 (was 0.96)
  // earlier: 121/126 (was 1 on 126/126 before a label starting on the unit of the number before it counted as cut)
  labelsGood: 0.83, // session 10 end, blind files t76–t85: 382/457 (was 0.84); session 10 after merging (wave 1): 366/434 (was 0.81); session 10: fresh files, 352/433 (was 0.82); session 9 after merging: 334/406 (was 0.8); session 9: 327/406 (was 0.79); session 8: fresh files (was 0.81)
  // session 7: 222/273 (was 0.78)
  // earlier: was 0.79 (97/122); lowered when the set grew (session 7, t40–t45): for the integrator to confirm
  goalRecall: 0.67, // session 10 end, blind files t76–t85: 97/144 (was 0.71); session 10 end: 90/125 (was 0.69); session 10 after merging (wave 1): 87/125 (was 0.64); session 9: 65/100 exactly, fresh files (was 0.69); session 8: fresh files (was 0.72)
  // session 7: 39/54 (was 0.61)
  // earlier: was 0.65 (0.66 before session 6); lowered when the set grew (session 7, t40–t45): for the integrator to confirm
  goalPrecision: 0.75, // session 10 end, blind files t76–t85: 97/128 (was 0.78); session 10 after merging (wave 1): 87/111 (was 0.74); session 10: fresh files, 81/109 (was 0.78); session 9: 65/83 (was 0.78); session 7: 39/50 (was 0.67)
  // earlier: was 0.68 (0.76 before session 6); lowered when the set grew (session 7, t45): for the integrator to confirm
  deadlineDates: 0.81, // session 10 end, blind files t76–t85: 44/54 (was 0.85); session 10 end: 43/50 exactly (was 0.83); session 10 after merging (wave 1): 42/50 exactly (was 0.56); session 9: 22/39 (was 0.48); session 7: 12/25 (was 0.2)
  // earlier: 2/10
  campaignRecall: 0.77, // session 10 end, blind files t76–t85: 83/107 (was 0.78); session 10 end: 80/102 (was 0.74); session 10 after merging (wave 1): 76/102 (was 0.58); session 10: fresh files, 60/102 (was 0.59); session 9 after merging: 52/88 (was 0.52); session 9: 46/88 (was 0.41); session 7: 41.8 (was 0.25)
  // earlier: 25.5
  departmentF1: 0.72, // session 10 end, blind files t76–t85: 72.5 (was 0.73); session 10 end: 74.0 (was 0.69); session 10 after merging (wave 1): 69.4 (was 0.56); session 9 after merging: 56.4 (was 0.51); session 9: 51.7 (was 0.49); session 8: fresh files (was 0.52)
  // earlier: was 0.55; lowered when the set grew (session 6, t30–t39): for the integrator to confirm
  villagesResolved: 1, // 2/2
  articlesWhole: 0.88, // session 9: 46/52 (was 0.86); session 8: fresh files (was 0.87)
  // session 7: 34/39 (was 0.71)
  // earlier: was 0.72; lowered when the set grew (session 6, t30–t39): for the integrator to confirm
  datesRight: 0.93, // session 10 end, blind files t76–t85: 78/83 exactly 0.94 (was 0.95); session 10 after merging (wave 1): 70/73 (was 0.94); session 10: fresh files, 69/73 (was 0.96); session 9: 61/63 (was 0.96); session 8: fresh files (was 0.97)
  // session 7: 42/43 from the text (was 0.93)
  // earlier: 40/43 from the text alone (session 7: was 1 while dates were read from the files' names, which carry the date)
};
// Ceilings: issue #10's targets are 0 for all three. If the merged extractor does not reach them, the integrator records
// the measured count here (and says so in the issue note) rather than letting main go red.
// Session 6: the enlarged set (t30–t39) has an issue naming only another district's 区政府 and meeting names of its 区委/区政协;
// outsideMapped is the count measured then, recorded by the held-out keeper for the integrator to confirm (target 0).
// datesWrongByMonth was 0 while dates came from the files' names; from the text alone one issue whose date line is in
// Chinese numerals is dated by another line (session 7, measured; target 0).
// Session 9: a fresh file (t58) names a site of another county whose first characters are a county township's name; the
// extractor takes it for that township and maps the town's 镇党委 / 镇人民政府 to the county (two mentions): 4 → 6, measured.
// Session 10 after merging (wave 1): the township-prefix site is no longer read as the township, and another district's
// paper keeps its 区 bodies outside: 6 → 1, measured.
// Session 10 end: a blind file (t85) whose only date line is read a year early: datesWrongByMonth 1 → 2, measured.
const CEILINGS = { outsideLinked: 0, outsideMapped: 1, datesWrongByMonth: 2 }; // outsideMapped was 4 (session 8), 3 (session 7, t45)

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
    // Dates from the text alone, as `npm run eval` reads them: the held-out files are named by their date.
    return scoreIssue(gold, ZExtractOutputSchema.parse(extractIssueFile(file, { dateFromFileName: false })), readFileSync(file, "utf8"));
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
