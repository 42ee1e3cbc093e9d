import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestFile } from "@/lib/ingest/ingest-file";
import { reextractIssues } from "@/lib/ingest/reextract-issues";
import { SEED_FILES, useTempDatabase } from "./support";

// Links to an item (#m-indicator-<id> in CSVs, goal evidence, the audit log) survive re-extraction.
describe("item ids across re-extraction", () => {
  let ctx: ReturnType<typeof useTempDatabase>;
  beforeEach(() => {
    ctx = useTempDatabase();
  });
  afterEach(async () => {
    await ctx.cleanup();
  });

  const snapshot = async () => ({
    indicators: await ctx.db.indicator.findMany({ select: { id: true, articleId: true, start: true, text: true }, orderBy: { id: "asc" } }),
    goals: await ctx.db.goal.findMany({ select: { id: true, articleId: true, start: true, text: true }, orderBy: { id: "asc" } }),
    places: await ctx.db.placeMention.findMany({ select: { id: true, articleId: true, start: true, text: true }, orderBy: { id: "asc" } }),
  });

  it("keeps every id when the rules find the same items again", async () => {
    await ingestFile(ctx.db, { path: SEED_FILES[1] }, { source: "cli" });
    const before = await snapshot();
    expect(before.indicators.length).toBeGreaterThan(10);
    await ingestFile(ctx.db, { path: SEED_FILES[1] }, { source: "cli", force: true });
    expect(await snapshot()).toEqual(before);
    await reextractIssues(ctx.db);
    expect(await snapshot()).toEqual(before);
  });

  it("keeps the ids of unchanged items when the text of one article changes, and gives new items new ids", async () => {
    const text = readFileSync(SEED_FILES[1], "utf8");
    await ingestFile(ctx.db, { fileName: "a.txt", bytes: Buffer.from(text) }, { source: "cli" });
    const before = await snapshot();
    const maxId = Math.max(...before.indicators.map((i) => i.id));
    // One more number after 可满足5000余户上海居民 (same masthead: the same issue, forced).
    const edited = text.replace("可满足5000余户上海居民", "可满足5000余户上海居民，另有120户");
    expect(edited).not.toBe(text);
    await ingestFile(ctx.db, { fileName: "a.txt", bytes: Buffer.from(edited) }, { source: "cli", force: true });
    const after = await snapshot();
    const kept = after.indicators.filter((i) => before.indicators.some((b) => b.id === i.id));
    expect(kept.length).toBeGreaterThan(before.indicators.length * 0.8);
    for (const item of kept) expect(before.indicators.find((b) => b.id === item.id)?.text).toBe(item.text);
    const added = after.indicators.find((i) => i.text.includes("120"));
    expect(added?.id).toBeGreaterThan(maxId);
  });
});
