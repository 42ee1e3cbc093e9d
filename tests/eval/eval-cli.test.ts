import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ZGoldIssueSchema } from "@/lib/eval/gold-schema";
import { goldAsPrediction } from "./support";

// Runs scripts/eval.ts on saved predictions (--predicted), so the test does not depend on the extractor's quality.
const tsx = path.resolve("node_modules/.bin/tsx");
const dir = mkdtempSync(path.join(tmpdir(), "zhibiao-eval-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const golds = readdirSync("tests/gold")
  .filter((f) => f.endsWith(".json"))
  .map((f) => ZGoldIssueSchema.parse(JSON.parse(readFileSync(path.join("tests/gold", f), "utf8"))));

const save = (file: string, prediction: unknown) => writeFileSync(path.join(dir, file.replace(/\.txt$/, ".json")), JSON.stringify(prediction));
const saveAllPerfect = () => golds.forEach((g) => save(g.file, goldAsPrediction(g)));

describe("npm run eval", () => {
  it("prints a machine-readable summary with --json and exits 0", () => {
    saveAllPerfect();
    const run = spawnSync(tsx, ["scripts/eval.ts", "--json", "--predicted", dir], { encoding: "utf8" });
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.summary.issues).toBe(golds.length);
    expect(out.summary.kinds.indicators.f1).toBe(1);
    expect(out.summary.kinds.campaigns.f1).toBe(1);
    expect(out.summary.dates).toMatchObject({ ok: golds.length, exact: golds.length, of: golds.length });
    expect(Object.keys(out.splits)).toEqual(["seeds", "dev", "test"]);
    expect(out.splits.seeds.summary).toEqual(out.summary);
    // Goal tracking on both follow-up sets; the held-out one as totals only unless --split test.
    expect(out.followups.dev.falsePositives).toBeInstanceOf(Array);
    expect(out.followups.test.links.precision).toBeGreaterThanOrEqual(0);
    expect(out.followups.test.status.total).toBeGreaterThan(0);
    expect(out.followups.test).not.toHaveProperty("falsePositives");
    expect(out.followups.test).not.toHaveProperty("missed");
  });

  it("lists misses and false positives per seed with --verbose", () => {
    saveAllPerfect();
    const g = golds.find((x) => x.file.startsWith("001_"))!;
    const p = goldAsPrediction(g);
    p.articles[0].indicators = p.articles[0].indicators.filter((i) => i.text !== "7500斤");
    p.articles[0].indicators.push({ ...p.articles[0].indicators[0], text: "第1937期", value: 1937, unit: "期" });
    p.articles[0].departments.push({ name: "区教育局", canonical: "柯城区教育局", start: 0, end: 4 }); // not in 001's gold
    save(g.file, p);
    const run = spawnSync(tsx, ["scripts/eval.ts", "--verbose", "--predicted", dir], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/indicators missed \(1\): 7500斤/);
    expect(run.stdout).toMatch(/non-quantities reported \(1\): 第1937期 ~ 第1937期 \(issue number\)/);
    expect(run.stdout).toMatch(/departments spurious \(1\): 区教育局/);
    expect(run.stdout).toMatch(/^indicators P R F1 +98\.7 98\.7 98\.7(\s|$)/m);
    expect(run.stdout).toMatch(/^ +found\/gold, predicted +74\/75, 75\b/m);
    // Both follow-up sets are scored; --verbose details only for the dev set (the test set's need --split test).
    expect(run.stdout).toMatch(/^Goal tracking \(follow-ups dev, status as of \d{4}-\d{2}-\d{2}/m);
    const [, heldOut] = run.stdout.split(/^Goal tracking \(follow-ups test, /m);
    expect(heldOut).toMatch(/^ +links +precision \d\.\d{3} +recall \d\.\d{3}/m);
    expect(heldOut).toMatch(/^ +status +accuracy \d\.\d{3}/m);
    expect(heldOut).not.toMatch(/^ +(FP|FN|STATUS) /m);
  });

  it("--split dev, what rule tuners run, scores none of the held-out follow-ups", () => {
    saveAllPerfect();
    const run = spawnSync(tsx, ["scripts/eval.ts", "--split", "dev", "--json", "--predicted", dir], { encoding: "utf8" });
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out.splits)).toEqual(["dev"]);
    expect(out.followups.dev.falsePositives).toBeInstanceOf(Array);
    expect(out.followups.test).toBeNull();
    const text = spawnSync(tsx, ["scripts/eval.ts", "--split", "dev", "--predicted", dir], { encoding: "utf8" });
    expect(text.stdout).toMatch(/^Goal tracking \(follow-ups dev, /m);
    expect(text.stdout).not.toMatch(/follow-ups test/);
  });

  it("puts seeds, dev and test side by side and says when a split has no files", () => {
    saveAllPerfect();
    const empty = mkdtempSync(path.join(tmpdir(), "zhibiao-eval-empty-"));
    const run = spawnSync(tsx, ["scripts/eval.ts", "--predicted", dir, "--dev", empty, "--test", path.join(empty, "absent")], { encoding: "utf8" });
    rmSync(empty, { recursive: true, force: true });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^measure +seeds +dev +test$/m);
    expect(run.stdout).toMatch(/^files +5 +no files +no files$/m);
    expect(run.stdout).toMatch(/^dates right +5\/5 100\.0%$/m);
  });
});
