import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ZExtractOutputSchema } from "@/lib/validations/extract-output";
import { SEED_FILES } from "./support";

const tsx = path.resolve("node_modules/.bin/tsx");
const dir = mkdtempSync(path.join(tmpdir(), "zhibiao-cli-"));
const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "cli.db")}` };
const run = (script: string, args: string[]) => spawnSync(tsx, [script, ...args], { env, encoding: "utf8" });
// `npm run extract` runs the compiled bundle (scripts/run-compiled.mjs), as a researcher's shell loop would.
const extract = (args: string[]) => spawnSync(process.execPath, ["scripts/run-compiled.mjs", "extract", ...args], { env, encoding: "utf8" });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run ingest", () => {
  it("stores the good files of a folder, names the bad ones and exits 1", () => {
    const folder = path.join(dir, "batch");
    mkdirSync(folder);
    copyFileSync(SEED_FILES[0], path.join(folder, "000.txt"));
    writeFileSync(path.join(folder, "broken.txt"), Buffer.from([0, 0, 0, 1, 2, 3]));
    const first = run("scripts/ingest.ts", [folder]);
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(/issues: 1 stored, 1 failed; articles: \d+; items: \d+/);
    expect(first.stderr).toContain("broken.txt");

    const again = run("scripts/ingest.ts", [path.join(folder, "000.txt")]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("0 stored, 1 already stored, 0 failed");
  }, 90_000); // two CLI processes that migrate and ingest: on a loaded machine (6 test runs on 2 cores) past 30 s

  it("rejects a call without paths and a date that is not in the calendar with exit code 2", () => {
    expect(run("scripts/ingest.ts", []).status).toBe(2);
    const badDate = run("scripts/ingest.ts", ["--date", "2022-02-30", SEED_FILES[0]]);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain("YYYY-MM-DD");
  });
});

describe("npm run extract -- --json", () => {
  it("prints one JSON document for an issue without touching the database", () => {
    const result = extract(["--json", SEED_FILES[1]]);
    expect(result.status).toBe(0);
    const output = ZExtractOutputSchema.parse(JSON.parse(result.stdout));
    expect(output.issue).toMatchObject({ date: "2022-04-13", dateSource: "masthead", number: 1937 });
    expect(output.articles.length).toBeGreaterThan(3);
    const zaotian = output.articles.find((a) => a.title.includes("早田公司"))!;
    expect(zaotian.indicators.some((i) => i.value === 30 && i.unit === "吨")).toBe(true);
    // Spans are offsets into the article text that the output carries.
    for (const article of output.articles) {
      for (const item of [...article.indicators, ...article.goals, ...article.campaigns]) {
        expect(article.text!.slice(item.start, item.end)).toBe(item.text);
      }
    }
  });

  it("reports a missing file with its name and exit code 1", () => {
    const result = extract(["--json", path.join(dir, "absent.txt")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("absent.txt");
  });

  it("prints JSON Lines for a folder and for several files, naming the files it could not read", () => {
    const folder = path.join(dir, "lines");
    mkdirSync(folder);
    for (const file of SEED_FILES.slice(0, 3)) copyFileSync(file, path.join(folder, path.basename(file)));
    writeFileSync(path.join(folder, "broken.txt"), Buffer.from([0, 0, 0, 1, 2, 3]));
    const result = extract(["--json", folder, SEED_FILES[4]]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("broken.txt");
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(4);
    const files = lines.map((line) => ZExtractOutputSchema.parse(JSON.parse(line)).issue.file);
    expect(files).toEqual([...SEED_FILES.slice(0, 3), SEED_FILES[4]].map((file) => path.basename(file)));

    const single = extract(["--jsonl", SEED_FILES[0]]);
    expect(single.status).toBe(0);
    expect(single.stdout.trim().split("\n")).toHaveLength(1);
  });

  it("rebuilds its bundle when a source file changed since it was compiled", () => {
    const stamp = path.resolve(".cache/cli/extract.inputs.json");
    expect(extract(["--json", SEED_FILES[0]]).status).toBe(0);
    const inputs = JSON.parse(readFileSync(stamp, "utf8")) as Record<string, number>;
    expect(Object.keys(inputs)).toContain("lib/extract/extract-indicators.ts");
    writeFileSync(stamp, JSON.stringify({ ...inputs, "lib/extract/extract-indicators.ts": 0 }));
    expect(extract(["--json", SEED_FILES[0]]).status).toBe(0);
    expect(JSON.parse(readFileSync(stamp, "utf8"))["lib/extract/extract-indicators.ts"]).not.toBe(0);
  });
});
