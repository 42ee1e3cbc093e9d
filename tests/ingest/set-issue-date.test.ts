import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestFile } from "@/lib/ingest/ingest-file";
import { reextractIssues } from "@/lib/ingest/reextract-issues";
import { setIssueDate } from "@/lib/ingest/set-issue-date";
import { SEED_FILES, useTempDatabase } from "./support";

describe("setIssueDate", () => {
  let ctx: ReturnType<typeof useTempDatabase>;
  beforeEach(async () => {
    ctx = useTempDatabase();
    expect((await ingestFile(ctx.db, { path: SEED_FILES[0] }, { source: "cli" })).status).toBe("stored");
  });
  afterEach(async () => {
    await ctx.cleanup();
  });

  it("stores the editor's date, re-extracts with it, audits it and keeps it through a later re-extraction", async () => {
    const before = await ctx.db.issue.findFirstOrThrow();
    expect(before.dateSource).toBe("inferred");
    await setIssueDate(ctx.db, "董玲", before.id, { date: "2021-11-17" });
    const after = await ctx.db.issue.findFirstOrThrow();
    expect(after).toMatchObject({ id: before.id, date: "2021-11-17", dateSource: "user", dateConfidence: 1 });
    expect(await ctx.db.article.count({ where: { issueId: before.id } })).toBeGreaterThan(0);
    const audit = await ctx.db.auditLog.findMany({ where: { action: "set-date" } });
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].detail)).toEqual({ from: before.date, to: "2021-11-17" });

    await reextractIssues(ctx.db);
    expect((await ctx.db.issue.findFirstOrThrow()).date).toBe("2021-11-17");
  });

  it("refuses an impossible date or an unknown issue without changing anything", async () => {
    const issue = await ctx.db.issue.findFirstOrThrow();
    await expect(setIssueDate(ctx.db, "董玲", issue.id, { date: "2021-02-30" })).rejects.toThrow("YYYY-MM-DD");
    await expect(setIssueDate(ctx.db, "董玲", 999_999, { date: "2021-11-17" })).rejects.toThrow("期次 999999 不存在");
    expect((await ctx.db.issue.findFirstOrThrow()).date).toBe(issue.date);
    expect(await ctx.db.auditLog.count()).toBe(0);
  });
});
