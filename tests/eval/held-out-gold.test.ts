import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkGoldAgainstText, checkIndicatorOccurrences } from "@/lib/eval/check-gold-text";
import { ZGoldIssueSchema } from "@/lib/eval/gold-schema";
import { scoreIssue } from "@/lib/eval/score";
import { splitOfSource, type EvalSplit } from "@/lib/eval/source-split";
import { ZExtractOutputSchema } from "@/lib/validations/extract-output";
import { goldAsPrediction } from "./support";

// The held-out gold files (tests/gold/dev, tests/gold/test) are checked for form only: they parse, quote their issue
// text, are listed in their folder's SOURCES.md with sources of that split, and score 1.0 against themselves. Nothing
// here prints their content beyond the failing field, so running it does not leak the test split into rule tuning.
const splits: EvalSplit[] = ["dev", "test"];

describe.each(splits)("tests/gold/%s", (split) => {
  const dir = path.resolve("tests/gold", split);
  const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")).sort() : [];
  const sources = existsSync(path.join(dir, "SOURCES.md")) ? readFileSync(path.join(dir, "SOURCES.md"), "utf8") : "";

  it("pairs every gold file with its issue text and lists it in SOURCES.md", () => {
    const texts = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".txt")).sort() : [];
    expect(names.map((n) => n.replace(/\.json$/, ".txt"))).toEqual(texts);
    expect(texts.filter((t) => !sources.includes(t))).toEqual([]);
  });

  it(`takes every source from a ${split}-split host`, () => {
    const urls = sources.match(/https?:\/\/[^\s)<>|]+/g) ?? [];
    if (names.length) expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => splitOfSource(u) !== split)).toEqual([]);
  });

  it.each(names.length ? names : ["(none)"])("%s quotes its text and scores 1.0 against itself", (name) => {
    if (name === "(none)") return expect(names).toEqual([]);
    const gold = ZGoldIssueSchema.parse(JSON.parse(readFileSync(path.join(dir, name), "utf8")));
    expect(gold.file).toBe(name.replace(/\.json$/, ".txt"));
    const text = readFileSync(path.join(dir, gold.file), "utf8");
    expect(checkGoldAgainstText(gold, text)).toEqual([]);
    expect(checkIndicatorOccurrences(gold, text)).toEqual([]);
    const s = scoreIssue(gold, ZExtractOutputSchema.parse(goldAsPrediction(gold)));
    for (const kind of ["indicators", "goals", "campaigns", "departments"] as const) expect({ kind, f1: s[kind].f1 }).toEqual({ kind, f1: 1 });
    expect(s.places.recall).toBe(1);
    expect(s.places.villages.resolved).toBe(s.places.villages.of);
    expect([s.places.outsideLinked, s.departments.outsideMapped]).toEqual([[], []]);
    expect(s.goals.kinds.agree).toBe(s.goals.kinds.of);
    expect(s.goals.deadlineDates.agree).toBe(s.goals.deadlineDates.of);
  });
});
