// `npm run --silent extract -- --explain <file>` (issue #12 §3): per article, each dropped candidate and its rule.
// It runs the compiled bundle as `npm run extract` does (scripts/run-compiled.mjs), so a stale bundle would fail here.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const extract = (args: string[]) => spawnSync(process.execPath, ["scripts/run-compiled.mjs", "extract", ...args], { encoding: "utf8" });

describe("npm run extract -- --explain", () => {
  it("prints each dropped candidate of a seed issue with the rule that dropped it", () => {
    const result = extract(["--explain", "seeds/000_fb4c6968b8fc0955.txt"]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toMatch(/^000_fb4c6968b8fc0955\.txt: 2021-11-16 — \d+ candidates dropped$/);
    expect(lines).toContainEqual(expect.stringMatching(/^ {4}campaign +@457 +“十四五” +← campaign-stop-list$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {4}indicator +@458 +十四五 +← quoted-name$/));
    // the article heads come from the issue: the first article's title, with its count
    expect(lines[1]).toMatch(/^ {2}柯城区高质量发展建设四省边际共同富裕示范区领导小组第一次会议召开 — \d+ dropped$/);
  });

  it("refuses --explain with --json: the JSON outputs stay as they are", () => {
    const result = extract(["--explain", "--json", "seeds/000_fb4c6968b8fc0955.txt"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--explain prints text");
  });
});
