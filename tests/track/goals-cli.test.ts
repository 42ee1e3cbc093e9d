import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFile } from "@/lib/ingest/ingest-file";
import { ZGoalsOutputSchema } from "@/lib/validations/goals-output";
import { SEED_FILES, useTempDatabase } from "../ingest/support";
import { FOLLOWUP_FILES } from "./followups";

const tsx = path.resolve("node_modules/.bin/tsx");

describe("npm run goals -- --json", () => {
  let ctx: ReturnType<typeof useTempDatabase>;
  beforeAll(async () => {
    ctx = useTempDatabase();
    for (const file of [SEED_FILES[0], FOLLOWUP_FILES[0]]) await ingestFile(ctx.db, { path: file }, { source: "cli" });
  });
  afterAll(async () => {
    await ctx.cleanup();
  });
  const run = (args: string[]) => spawnSync(tsx, ["scripts/goals.ts", ...args], { env: { ...process.env, DATABASE_URL: ctx.url }, encoding: "utf8" });

  it("prints every goal with its evidence and status as of the date", () => {
    const result = run(["--json", "--as-of", "2022-01-31"]);
    expect(result.status, result.stderr).toBe(0);
    const output = ZGoalsOutputSchema.parse(JSON.parse(result.stdout));
    expect(output.asOf).toBe("2022-01-31");
    expect(output.goals.length).toBeGreaterThanOrEqual(10);
    const signing = output.goals.find((g) => g.text.includes("计划下月启动房屋征收签约工作"))!;
    expect(signing).toMatchObject({ status: "已完成", statusSource: "machine", deadline: "2021-12-31", deadlineText: "下月", kind: "target", township: "黄家街道" });
    expect(signing.evidence).toEqual([expect.objectContaining({ issueDate: "2021-12-22", relation: "met", articleTitle: "黄家片区下刘、四都刘村征收项目签约工作正式启动" })]);
  });

  it("refuses a malformed date with exit code 2", () => {
    const result = run(["--json", "--as-of", "2022/01/31"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("YYYY-MM-DD");
  });
});
