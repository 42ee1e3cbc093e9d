import { copyFileSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestFile } from "@/lib/ingest/ingest-file";
import { ingestPaths } from "@/lib/ingest/ingest-paths";
import { processIssue } from "@/lib/ingest/process-issue";
import { storeIssue } from "@/lib/ingest/store-issue";
import { countRows, SEED_FILES, useTempDatabase } from "./support";

describe("ingestFile", () => {
  let ctx: ReturnType<typeof useTempDatabase>;
  beforeEach(() => {
    ctx = useTempDatabase();
  });
  afterEach(async () => {
    await ctx.cleanup();
  });

  it("stores an issue with its articles and extracted items, then finds nothing to do the second time", async () => {
    const first = await ingestFile(ctx.db, { path: SEED_FILES[1] }, { source: "cli" });
    expect(first.status).toBe("stored");
    if (first.status === "failed") return;
    expect(first.date).toBe("2022-04-13");
    const after = await countRows(ctx.db);
    expect(after.issues).toBe(1);
    expect(after.articles).toBe(first.articles);
    expect(after.indicators).toBeGreaterThan(10);

    const issue = await ctx.db.issue.findUniqueOrThrow({ where: { id: first.issueId } });
    expect(issue.rawText).toBe(readFileSync(SEED_FILES[1], "utf8"));
    expect(issue.number).toBe(1937);
    expect(issue.dateSource).toBe("masthead");

    const second = await ingestFile(ctx.db, { path: SEED_FILES[1] }, { source: "cli" });
    expect(second.status).toBe("duplicate");
    const again = await countRows(ctx.db);
    expect({ ...again, runs: 0 }).toEqual({ ...after, runs: 0 });
    expect(again.runs).toBe(after.runs + 1);
  });

  it("re-runs the pipeline with force, replacing the issue's items without duplicating them", async () => {
    await ingestFile(ctx.db, { path: SEED_FILES[0] }, { source: "cli" });
    const before = await countRows(ctx.db);
    const articlesBefore = await ctx.db.article.findMany({ select: { id: true, title: true }, orderBy: { position: "asc" } });
    const forced = await ingestFile(ctx.db, { path: SEED_FILES[0] }, { source: "cli", force: true });
    expect(forced.status).toBe("replaced");
    const after = await countRows(ctx.db);
    expect({ ...after, runs: 0 }).toEqual({ ...before, runs: 0 });
    // Links to /articles/<id> survive re-extraction.
    expect(await ctx.db.article.findMany({ select: { id: true, title: true }, orderBy: { position: "asc" } })).toEqual(articlesBefore);
  });

  it("keeps every stored span pointing at the text it names", async () => {
    await ingestFile(ctx.db, { path: SEED_FILES[1] }, { source: "cli" });
    const articles = await ctx.db.article.findMany({ include: { indicators: true, goals: true, places: true } });
    for (const article of articles) {
      for (const item of [...article.indicators, ...article.goals, ...article.places]) {
        expect(article.text.slice(item.start, item.end)).toBe(item.text);
      }
    }
  });

  it("refuses a missing path, naming it", async () => {
    const result = await ingestFile(ctx.db, { path: path.join(ctx.dir, "nope.txt") }, { source: "cli" });
    expect(result.status).toBe("failed");
    if (result.status !== "failed") return;
    expect(result.code).toBe("missing");
    expect(result.message).toContain("nope.txt");
  });

  it("refuses an empty file", async () => {
    const file = path.join(ctx.dir, "empty.txt");
    writeFileSync(file, "  \n\n");
    const result = await ingestFile(ctx.db, { path: file }, { source: "cli" });
    expect(result).toMatchObject({ status: "failed", code: "empty" });
    expect((await countRows(ctx.db)).issues).toBe(0);
  });

  it("refuses a binary file", async () => {
    const file = path.join(ctx.dir, "photo.txt");
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    const result = await ingestFile(ctx.db, { path: file }, { source: "cli" });
    expect(result).toMatchObject({ status: "failed", code: "binary" });
    if (result.status === "failed") expect(result.message).toContain("photo.txt");
    expect((await countRows(ctx.db)).issues).toBe(0);
  });

  it("decodes a GBK file and stores the same articles as its UTF-8 original", async () => {
    const utf8 = readFileSync(SEED_FILES[1], "utf8");
    const file = path.join(ctx.dir, "gbk.txt");
    writeFileSync(file, iconv.encode(utf8, "gbk"));
    const result = await ingestFile(ctx.db, { path: file }, { source: "cli" });
    expect(result.status).toBe("stored");
    if (result.status === "failed") return;
    const issue = await ctx.db.issue.findUniqueOrThrow({ where: { id: result.issueId }, include: { articles: true } });
    expect(issue.encoding).toBe("gb18030");
    expect(issue.rawText).toBe(utf8);
    expect(issue.articles.map((a) => a.title)).toEqual(processIssue(readFileSync(SEED_FILES[1]), { fileName: "x.txt" }).articles.map((a) => a.article.title));
  });

  it("refuses a 30 MB file above the size limit before reading it", async () => {
    const file = path.join(ctx.dir, "huge.txt");
    writeFileSync(file, "");
    truncateSync(file, 30 * 1024 * 1024);
    const result = await ingestFile(ctx.db, { path: file }, { source: "cli", maxBytes: 5 * 1024 * 1024 });
    expect(result).toMatchObject({ status: "failed", code: "too-large" });
    if (result.status === "failed") expect(result.message).toMatch(/huge\.txt: file is 30\.0 MB, above the 5\.0 MB limit/);
  });

  it("refuses a text with no recognisable article", async () => {
    const file = path.join(ctx.dir, "list.txt");
    writeFileSync(file, "今日柯城\n\n柯城发布\n\n第1937期\n\n采编热线：3049743\n");
    const result = await ingestFile(ctx.db, { path: file }, { source: "cli" });
    expect(result).toMatchObject({ status: "failed", code: "no-articles" });
    expect((await countRows(ctx.db)).issues).toBe(0);
  });

  it("ingests a folder mixing good and bad files: the good are stored, the bad reported", async () => {
    const folder = path.join(ctx.dir, "mixed");
    mkdirSync(folder);
    copyFileSync(SEED_FILES[2], path.join(folder, "a-good.txt"));
    writeFileSync(path.join(folder, "b-empty.txt"), "");
    writeFileSync(path.join(folder, "c-binary.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0]));
    copyFileSync(SEED_FILES[4], path.join(folder, "d-good.txt"));
    writeFileSync(path.join(folder, "notes.md"), "not an issue");
    const summary = await ingestPaths(ctx.db, [folder, path.join(ctx.dir, "missing-folder")], { source: "cli" });
    expect(summary.stored).toBe(2);
    expect(summary.failed).toBe(3);
    const failures = summary.results.filter((r) => r.status === "failed").map((r) => ("message" in r ? r.message : ""));
    expect(failures.some((m) => m.includes("b-empty.txt"))).toBe(true);
    expect(failures.some((m) => m.includes("c-binary.txt"))).toBe(true);
    expect(failures.some((m) => m.includes("missing-folder"))).toBe(true);
    expect((await countRows(ctx.db)).issues).toBe(2);
  });

  it("links an item to a campaign named only by context: an existing one by name, a new one under its key", async () => {
    await ingestFile(ctx.db, { path: SEED_FILES[4] }, { source: "cli" }); // mentions 六治六提
    const processed = processIssue(readFileSync(SEED_FILES[1]), { fileName: "001.txt" });
    const [first, second] = processed.articles.flatMap((a) => a.extraction.indicators);
    first.campaign = "六治六提";
    second.campaign = "测试专项行动";
    await storeIssue(ctx.db, processed);
    const existing = await ctx.db.campaign.findUniqueOrThrow({ where: { name: "六治六提" } });
    const created = await ctx.db.campaign.findUniqueOrThrow({ where: { name: "测试专项行动" } });
    const linked = await ctx.db.indicator.findMany({ where: { campaignId: { in: [existing.id, created.id] }, article: { issue: { fileName: "001.txt" } } }, orderBy: { id: "asc" } });
    expect(linked.map((i) => [i.text, i.campaignId])).toEqual([
      [first.text, existing.id],
      [second.text, created.id],
    ]);
  });

  it("stores nothing of an issue whose write fails half-way", async () => {
    const processed = processIssue(readFileSync(SEED_FILES[1]), { fileName: "001.txt" });
    // Two articles at the same position violate the (issueId, position) key after the first articles were written.
    const broken = { ...processed, articles: [...processed.articles, processed.articles[0]] };
    await expect(storeIssue(ctx.db, broken)).rejects.toThrow();
    expect(await countRows(ctx.db)).toMatchObject({ issues: 0, articles: 0, indicators: 0, goals: 0, campaigns: 0 });
    expect(await ctx.db.place.count()).toBe(0);
  });
});
