import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { joinPageBreaks } from "@/lib/eval/join-page-breaks";
import { scoreFollowups, ZLinkGoldSchema } from "@/lib/eval/score-links";

// Goal tracking on the held-out follow-ups (tests/gold/followups-test, issue #11 §3): issues written by an annotator
// who never read the linker, so nobody tuned on them. Like held-out-floors.test.ts, only numbers and positions are
// asserted and printed, never the files' content: tuners may run this test but must not open the folder.
// The held-out follow-ups are on main once merged: a missing folder is a failure.
const REQUIRE_TEST_SPLIT = true;

// Measured when the set landed (2026-12-07, main at 12e7cdc: links P 0.714 R 0.294, status 14/37), then after the
// linker's object, outcome-table and abbreviation rules (main at 66afc54: P 0.852 (tp 23, fp 4) R 0.676 (fn 11), status
// 24/37 = 0.649); floors are the latter minus 0.05. Still below issue #11's targets (P 0.9, R 0.8, status 0.8): these
// floors only stop regressions; raise them when the linker improves on this set.
// Session 6: t06, t07 and t08 were added (tests/gold/followups-test/README.md); precision on the larger set fell below 0.8 and
// its floor was set to the new measurement minus 0.05, as above, for the integrator to confirm; the others still hold.
// Session 7: raised to the measurement (10 issues: P 0.741, R 0.755, status 30/44), rounded down.
// Session 8: two fresh follow-up issues (t11, t12, tests/gold/followups-test/README.md) that nobody categorised for
// tuners; the three floors the larger set no longer met were lowered to the new measurement, rounded down (was 0.74,
// 0.75, 0.68). Then the eval began to apply ingestion's candidate rule (lib/track/candidate-rule.ts: only the nearest
// reports on a subject are compared with a goal), so it scores the links the product stores: recall 0.729 → 0.712 on
// this set, floor 0.72 → 0.71. The rule, not a rule change, costs those links.
// Session 9: two real follow-ups (t13, t14: a target article and a later report on the same railway, pages from test-split
// hosts, tests/gold/followups-test/README.md). Measured on the 14 issues with main's code as of 7902c6c: P 0.737 (tp 42,
// fp 15), R 0.700 (fn 18), status 28/48; floors set to it, rounded down by a hair (was 0.72, 0.71, 0.58). The new pair's
// one link is missed, so recall falls from 0.712; precision is unchanged (no false link to or from the pair).
// Session 9, after merging the session's linking rules (integrator, main at 6c92dae): P 0.759 (tp 44, fp 14), R 0.733
// (fn 16), status 30/48; raised to it, rounded down, so the gain holds (was 0.73, 0.69, 0.58).
// Session 10: one fresh pair (t15–t16, a new test-split host), main's code as of e0871c6: recall 0.721 on the larger set
// (precision and status still above their floors); recall set to it, rounded down (was 0.73).
// Session 10 after merging the first wave (main at 1950495): P 0.786 (tp 44, fp 12), R 0.721, status 32/51; precision
// raised to it, rounded down (was 0.75).
const FLOORS = { precision: 0.78, recall: 0.72, statusAccuracy: 0.62 };

const DIR = path.resolve("tests/gold/followups-test");
const SEEDS = path.resolve("seeds");
const GOLD = path.join(DIR, "links.json");
const present = existsSync(GOLD);

// Issue date from the file name (t03_2022-06-22.txt) or, for seeds, their known publication dates.
const SEED_DATES: Record<string, string> = {
  "000_fb4c6968b8fc0955.txt": "2021-11-17",
  "001_f3ebb2c24e7ad66b.txt": "2022-04-13",
  "002_733030cbff99bc12.txt": "2022-05-25",
  "003_9948b18cc7536563.txt": "2021-08-16",
  "004_5eb91cea166d3069.txt": "2022-08-01",
};
const dateOf = (file: string) => SEED_DATES[file] ?? /_(\d{4}-\d{2}-\d{2})\.txt$/.exec(file)?.[1];
const textOf = (file: string) => {
  const where = file in SEED_DATES ? path.join(SEEDS, file) : path.join(DIR, file);
  return existsSync(where) ? joinPageBreaks(readFileSync(where, "utf8")) : null;
};

describe("goal tracking on the held-out follow-ups", () => {
  it("has a gold file (before the merge: no folder at all)", () => {
    if (REQUIRE_TEST_SPLIT || existsSync(DIR)) expect(present, "tests/gold/followups-test/links.json is missing").toBe(true);
    else expect(existsSync(DIR)).toBe(false);
  });

  if (!present) return;

  it("names goals and articles that are in their files, evidence dated after its goal", () => {
    const gold = ZLinkGoldSchema.parse(JSON.parse(readFileSync(GOLD, "utf8")));
    const problems: string[] = [];
    gold.goals.forEach((goal, gi) => {
      const text = textOf(goal.file);
      if (text === null || !dateOf(goal.file)) problems.push(`goals[${gi}]: file not found or undated`);
      else if (!text.includes(goal.goal)) problems.push(`goals[${gi}]: goal words not in its file`);
      goal.links.forEach((link, li) => {
        const where = `goals[${gi}].links[${li}]`;
        const linked = textOf(link.file);
        if (linked === null || !dateOf(link.file)) problems.push(`${where}: file not found or undated`);
        else if (!linked.includes(link.article)) problems.push(`${where}: article words not in its file`);
        else if (dateOf(link.file)! <= dateOf(goal.file)!) problems.push(`${where}: evidence not later than the goal`);
      });
    });
    expect(problems).toEqual([]);
    const txt = readdirSync(DIR).filter((f) => f.endsWith(".txt"));
    expect(txt.length, "4–6 follow-up issues").toBeGreaterThanOrEqual(4);
    expect(gold.goals.filter((g) => g.status).length).toBeGreaterThanOrEqual(20);
  });

  const score = scoreFollowups({ seeds: SEEDS, followups: DIR });
  it.each([
    ["link precision", score.links.precision, FLOORS.precision],
    ["link recall", score.links.recall, FLOORS.recall],
    ["status accuracy", score.status.accuracy, FLOORS.statusAccuracy],
  ])("%s stays at or above its floor", (_, measured, floor) => {
    expect(measured).toBeGreaterThanOrEqual(floor);
  });
});
