import { readdirSync, readFileSync } from "node:fs";
import { check, type Diagnostics } from "recheck";
import { beforeAll, describe, expect, it } from "vitest";
import { distinctRegexes, type FoundRegex, regexesBuiltWhile, regexLiterals, sourceFiles } from "../support/collect-regexes";

// Every regular expression of lib/text and lib/extract must run in time linear in its input: one hostile file (a
// line of 160 KB of digits) once froze the site for 35 s in a quadratic rule. recheck proves it per pattern (automata
// theory; fuzzing with a fixed seed where a pattern has look-arounds). Bounded repeats ({1,40}) are linear, so the
// automaton checker is allowed to expand them (maxRepeatCount) instead of handing them to the fuzzer.
// The fuzzer's verdicts rest on counted steps (attackLimit, incubationLimit), not wall time: with its default 1 s and
// 250 ms timeouts a busy CI machine made a linear pattern look polynomial.
const PARAMS = { timeout: 120_000, maxRepeatCount: 400, maxNFASize: 100_000, randomSeed: 0, attackTimeout: null, incubationTimeout: null } as const;

async function verdict(regex: Pick<FoundRegex, "source" | "flags">): Promise<Diagnostics> {
  return check(regex.source, regex.flags, PARAMS);
}

const describeVerdict = (d: Diagnostics) =>
  d.status === "vulnerable" ? `${d.complexity.summary}; attack: ${d.attack.pattern.slice(0, 120)}` : d.status === "unknown" ? `unknown (${d.error.kind})` : d.status;

let all: FoundRegex[] = [];

beforeAll(async () => {
  const literals = sourceFiles().flatMap((file) => regexLiterals(file));
  // Patterns built from lexicons at load time or on first use: import every module, then parse and extract the seeds.
  const built = await regexesBuiltWhile(async () => {
    for (const file of sourceFiles()) await import(/* @vite-ignore */ `@/${file.replace(/\.ts$/, "")}`);
    const { parseIssue } = await import("@/lib/text/parse-issue");
    const { articleContext, extractAll } = await import("@/lib/extract");
    for (const seed of readdirSync("seeds").filter((f) => f.endsWith(".txt"))) {
      for (const article of parseIssue(readFileSync(`seeds/${seed}`, "utf8"), { fileName: seed }).articles) extractAll(article.text, articleContext(article));
    }
  });
  all = distinctRegexes([...literals, ...built]);
}, 120_000);

describe("regular expressions of lib/text and lib/extract", () => {
  it("are all found: literals and patterns built at run time", () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.some((r) => r.source.includes("[0-9A-Za-z]{1,8}(?:[+＋·•・]"))).toBe(true); // inside the combined non-quantity regex
    expect(all.some((r) => r.where.includes("lib/text/classify-line.ts") && r.source.includes("书记"))).toBe(true); // built from POSITION_WORDS
  });

  it("the checker flags a vulnerable pattern found in a source file (the rule this file replaced)", async () => {
    const [found] = regexLiterals("fixture.ts", "export const FORMULA = /[0-9A-Za-z]+(?:[+＋·•・][0-9A-Za-z]+)+/g;");
    expect(found).toEqual({ source: "[0-9A-Za-z]+(?:[+＋·•・][0-9A-Za-z]+)+", flags: "g", where: "fixture.ts:1" });
    expect((await verdict(found)).status).toBe("vulnerable");
    expect((await verdict({ source: "(?:达到|达|到)+$", flags: "" })).status).toBe("vulnerable");
  }, 120_000);

  it("are linear (recheck finds no attack string)", async () => {
    const failures: string[] = [];
    // The non-quantity regex is one alternation of the rules' patterns behind a first-character look-ahead: too large
    // for the automaton checker, so each rule is checked instead (at a start position the alternation costs the sum).
    const { COMBINED, NON_QUANTITY_RULES } = await import("@/lib/extract/non-quantities");
    const parts = (regex: FoundRegex): FoundRegex[] =>
      regex.source === COMBINED.source && regex.flags === COMBINED.flags
        ? NON_QUANTITY_RULES.map((rule) => ({ source: rule.source, flags: COMBINED.flags, where: `${regex.where} (rule ${rule.name})` }))
        : [regex];
    const checked = all.flatMap(parts);
    expect(checked.length).toBeGreaterThan(all.length);
    // One at a time: checks run in parallel starve each other into timeouts on a small machine.
    for (const regex of checked) {
      const d = await verdict(regex);
      if (d.status !== "safe") failures.push(`${regex.where}: /${regex.source.slice(0, 100)}/${regex.flags} → ${describeVerdict(d)}`);
    }
    expect(failures).toEqual([]);
  }, 900_000);
});
