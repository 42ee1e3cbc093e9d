import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ZExtractOutputSchema } from "@/lib/validations/extract-output";
import { SEED_FILES } from "./support";

const tsx = path.resolve("node_modules/.bin/tsx");
const dir = mkdtempSync(path.join(tmpdir(), "zhibiao-cli-"));
const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "cli.db")}` };
const run = (script: string, args: string[]) => spawnSync(tsx, [script, ...args], { env, encoding: "utf8" });

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
  });

  it("rejects a call without paths and a malformed --date with exit code 2", () => {
    expect(run("scripts/ingest.ts", []).status).toBe(2);
    const badDate = run("scripts/ingest.ts", ["--date", "2022/04/13", SEED_FILES[0]]);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain("YYYY-MM-DD");
  });
});

describe("npm run extract -- --json", () => {
  it("prints one JSON document for an issue without touching the database", () => {
    const result = run("scripts/extract.ts", ["--json", SEED_FILES[1]]);
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
    const result = run("scripts/extract.ts", ["--json", path.join(dir, "absent.txt")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("absent.txt");
  });
});
