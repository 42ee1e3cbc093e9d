import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { matchArticleIds } from "@/lib/db/article-search";
import { sqliteConnectionOf } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ingestFile } from "@/lib/ingest/ingest-file";
import { ingestMany } from "@/lib/ingest/ingest-many";
import { processIssue } from "@/lib/ingest/process-issue";
import { WorkerPool } from "@/lib/ingest/process-pool";
import { sqlRunner } from "@/lib/db/sql-runner";
import { storeIssues } from "@/lib/ingest/store-issue";
import { countRows, SEED_FILES, useTempDatabase } from "./support";

// Everything ingestion stores, minus what depends on the clock (ingestedAt, the run log's timings).
async function storedContent(db: PrismaClient) {
  const byId = { orderBy: { id: "asc" as const } };
  return {
    issues: await db.issue.findMany({ ...byId, omit: { ingestedAt: true } }),
    articles: await db.article.findMany(byId),
    indicators: await db.indicator.findMany(byId),
    goals: await db.goal.findMany(byId),
    progress: await db.progress.findMany(byId),
    campaignMentions: await db.campaignMention.findMany(byId),
    placeMentions: await db.placeMention.findMany(byId),
    departmentMentions: await db.departmentMention.findMany(byId),
    campaigns: await db.campaign.findMany(byId),
    places: await db.place.findMany(byId),
    departments: await db.department.findMany(byId),
    issueStats: await db.issueStat.findMany({ orderBy: { issueId: "asc" } }),
    campaignStats: await db.campaignStat.findMany({ orderBy: { campaignId: "asc" } }),
    runs: (await db.ingestRun.findMany(byId)).map((run) => ({ fileName: run.fileName, status: run.status, issueId: run.issueId })),
    search: await matchArticleIds(db, "柯城区"),
  };
}

describe("bulk ingestion (ingestMany, storeIssues)", () => {
  let ctx: ReturnType<typeof useTempDatabase>;
  beforeEach(() => {
    ctx = useTempDatabase();
  });
  afterEach(async () => {
    await ctx.cleanup();
  });

  it("stores issues prepared in a worker thread, in batches, exactly as one file at a time", async () => {
    for (const file of SEED_FILES) await ingestFile(ctx.db, { path: file }, { source: "cli" });
    const oneByOne = await storedContent(ctx.db);
    await ctx.cleanup();

    ctx = useTempDatabase();
    const bad = path.join(ctx.dir, "empty.txt");
    writeFileSync(bad, "");
    const inputs = [...SEED_FILES.slice(0, 2), bad, ...SEED_FILES.slice(2)].map((file) => ({ path: file }));
    const batches: number[] = [];
    const results = await ingestMany(ctx.db, inputs, { source: "cli", workers: 1, batchSize: 4 }, (batch) => batches.push(batch.length));

    // Results in input order; the bad file is named with its problem and blocks neither batch.
    expect(results.map((r) => [path.basename(r.file), r.status])).toEqual([
      [path.basename(SEED_FILES[0]), "stored"],
      [path.basename(SEED_FILES[1]), "stored"],
      ["empty.txt", "failed"],
      [path.basename(SEED_FILES[2]), "stored"],
      [path.basename(SEED_FILES[3]), "stored"],
      [path.basename(SEED_FILES[4]), "stored"],
    ]);
    expect(results[2]).toMatchObject({ code: "empty", message: expect.stringContaining("empty.txt") });
    expect(batches).toEqual([4, 2]);
    const bulk = await storedContent(ctx.db);
    expect(bulk.runs.filter((run) => run.status === "failed").map((run) => path.basename(run.fileName))).toEqual(["empty.txt"]);
    expect({ ...bulk, runs: bulk.runs.filter((run) => run.status !== "failed") }).toEqual(oneByOne);
    expect(bulk.search.length).toBeGreaterThan(0);
  });

  it("rolls back only the issue that fails inside a batch, search rows included", async () => {
    const read = (file: string, name: string) => processIssue(readFileSync(file), { fileName: name });
    const good = [read(SEED_FILES[0], "a.txt"), read(SEED_FILES[2], "c.txt")];
    const failing = read(SEED_FILES[1], "b.txt");
    // Two articles at the same position violate the (issueId, position) key after the first articles were written.
    const broken = { ...failing, articles: [...failing.articles, failing.articles[0]] };
    const outcomes = await storeIssues(ctx.db, [{ issue: good[0] }, { issue: broken }, { issue: good[1] }]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);

    const stored = await ctx.db.issue.findMany({ select: { fileName: true }, orderBy: { id: "asc" } });
    expect(stored.map((i) => i.fileName)).toEqual(["a.txt", "c.txt"]);
    expect(await ctx.db.issueStat.count()).toBe(2);
    // Not one row of the failed issue anywhere: its articles, items and search rows went with its savepoint.
    const articles = good.flatMap((issue) => issue.articles.filter(({ article }) => article.kind !== "banner"));
    expect((await countRows(ctx.db)).articles).toBe(articles.length);
    const failingTitle = failing.articles.find(({ article }) => !good.some((g) => g.articles.some((a) => a.article.title === article.title)));
    expect(failingTitle).toBeDefined();
    expect(await matchArticleIds(ctx.db, failingTitle!.article.title)).toEqual([]);
    if (ctx.dialect === "sqlite") {
      const [row] = await ctx.db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM "ArticleSearch"`);
      expect(Number(row.n)).toBe(articles.length);
    }
  });

  it("puts a rebuilt issue back as it was when its last write fails: rows, search rows and summaries", async () => {
    await ingestMany(ctx.db, [{ path: SEED_FILES[0] }, { path: SEED_FILES[4] }], { source: "cli", workers: 0 });
    const before = await storedContent(ctx.db);
    const searchRows = async () =>
      ctx.dialect === "sqlite" ? (await ctx.db.$queryRawUnsafe<{ rowid: number | bigint }[]>(`SELECT rowid FROM "ArticleSearch" ORDER BY rowid`)).map((r) => Number(r.rowid)) : [];
    const searchBefore = await searchRows();
    const rebuilt = processIssue(readFileSync(SEED_FILES[4]), { fileName: "again.txt" });
    // The run log row is the issue's last write: by then its articles, items, search rows and summaries are rebuilt.
    const lastWriteFails = { source: "cli", fileName: null as unknown as string, startedMs: performance.now() };
    const [outcome] = await storeIssues(ctx.db, [{ issue: rebuilt, run: lastWriteFails }], { force: true });
    expect(outcome.ok).toBe(false);
    expect(await storedContent(ctx.db)).toEqual(before);
    expect(await searchRows()).toEqual(searchBefore);
  });

  it("re-ingesting the same files in bulk changes nothing", async () => {
    const copy = path.join(ctx.dir, "copy.txt");
    copyFileSync(SEED_FILES[3], copy);
    await ingestMany(ctx.db, [{ path: SEED_FILES[3] }], { source: "cli", workers: 0 });
    const before = await storedContent(ctx.db);
    const again = await ingestMany(ctx.db, [{ path: SEED_FILES[3] }, { path: copy }], { source: "cli", workers: 0 });
    expect(again.map((r) => r.status)).toEqual(["duplicate", "duplicate"]);
    const after = await storedContent(ctx.db);
    expect({ ...after, runs: [] }).toEqual({ ...before, runs: [] });
  });

  it("stores the same content forced twice in one batch once, with one search row per article", async () => {
    const copy = path.join(ctx.dir, "copy.txt");
    copyFileSync(SEED_FILES[0], copy);
    const results = await ingestMany(ctx.db, [{ path: SEED_FILES[0] }, { path: SEED_FILES[1] }, { path: copy }], { source: "cli", force: true, workers: 0 });
    expect(results.map((r) => r.status)).toEqual(["stored", "stored", "replaced"]);
    const { articles } = await countRows(ctx.db);
    expect(await ctx.db.issue.count()).toBe(2);
    if (ctx.dialect === "sqlite") {
      const [row] = await ctx.db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM "ArticleSearch"`);
      expect(Number(row.n)).toBe(articles);
    }
    // The forced copy rebuilt the first issue in place (it now carries the copy's name) and search still finds it.
    const article = await ctx.db.article.findFirstOrThrow({ where: { kind: { not: "banner" }, issue: { fileName: "copy.txt" } } });
    expect(await matchArticleIds(ctx.db, article.title)).toContain(article.id);
  });

  it("keeps preparing issues when a worker thread dies: on the other workers, then on the main thread", async () => {
    const pool = new WorkerPool(2);
    try {
      expect((await pool.prepare({ path: SEED_FILES[0] }, {})).ok).toBe(true);
      await pool.stopWorker(0);
      const prepared = await Promise.all(SEED_FILES.map((file) => pool.prepare({ path: file }, {})));
      expect(prepared.map((p) => p.ok)).toEqual(SEED_FILES.map(() => true));
      await pool.stopWorker(1);
      const inline = await Promise.all(SEED_FILES.map((file) => pool.prepare({ path: file }, {})));
      expect(inline.map((p) => (p.ok ? p.processed.fileName : p.message))).toEqual(SEED_FILES.map((file) => path.basename(file)));
    } finally {
      await pool.close();
    }
  });

  it("runs direct statements inside Prisma's transaction: a rollback takes them back", async () => {
    const name = "测试回滚局";
    await expect(
      ctx.db.$transaction(async (tx) => {
        await sqlRunner(ctx.db, tx).run(`INSERT INTO "Department" ("name", "canonical") VALUES (?, ?)`, [name, name]);
        expect(await tx.department.count({ where: { name } })).toBe(1);
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    expect(await ctx.db.department.count({ where: { name } })).toBe(0);
  });

  it("writes SQLite statements on the connection of Prisma's transaction, with synchronous = NORMAL", async () => {
    await ctx.db.$queryRawUnsafe("SELECT 1");
    const connection = sqliteConnectionOf(ctx.db);
    if (ctx.dialect === "postgresql") {
      expect(connection).toBeNull();
      return;
    }
    // Null here means a Prisma adapter upgrade hid the connection: ingestion would fall back to Prisma's slow path.
    expect(connection).not.toBeNull();
    expect(Number(connection!.pragma("synchronous", { simple: true }))).toBe(1);
    expect(connection!.pragma("journal_mode", { simple: true })).toBe("wal");
  });
});
