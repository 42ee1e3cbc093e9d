import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { matchArticleIds } from "@/lib/db/article-search";
import { dialect, dialectOf, sqlContains } from "@/lib/db/dialect";
import { Prisma } from "@/lib/generated/prisma/client";
import { ingestFile } from "@/lib/ingest/ingest-file";
import { SEED_FILES, useTempDatabase } from "../ingest/support";
import { testDialect } from "../support/test-database";

describe(`database dialect (${testDialect()})`, () => {
  let ctx: ReturnType<typeof useTempDatabase>;
  beforeEach(() => {
    ctx = useTempDatabase();
  });
  afterEach(async () => {
    await ctx.cleanup();
  });

  it("is told by DATABASE_URL, by the client and by a transaction's client alike", async () => {
    expect(dialect()).toBe(testDialect());
    expect(dialectOf(ctx.db)).toBe(testDialect());
    await ctx.db.$transaction(async (tx) => {
      expect(dialectOf(tx)).toBe(testDialect());
    });
  });

  it("returns rows with the same JavaScript types on both databases", async () => {
    await ingestFile(ctx.db, { path: SEED_FILES[1] }, { source: "cli" });
    const issue = await ctx.db.issue.findFirstOrThrow();
    expect(issue.ingestedAt).toBeInstanceOf(Date);
    expect(typeof issue.number).toBe("number");
    const indicator = await ctx.db.indicator.findFirstOrThrow({ where: { value: { gt: 0 } } });
    expect(typeof indicator.value).toBe("number");
    const [row] = await ctx.db.$queryRaw<{ n: bigint | number }[]>`SELECT count(*) AS n FROM "Article"`;
    expect(Number(row.n)).toBe(await ctx.db.article.count());
  });

  it("tests for a literal substring in raw SQL with sqlContains", async () => {
    await ingestFile(ctx.db, { path: SEED_FILES[1] }, { source: "cli" });
    const titles = async (needle: string) =>
      (await ctx.db.$queryRaw<{ title: string }[]>`SELECT "title" FROM "Article" WHERE ${sqlContains(ctx.db, Prisma.sql`"title"`, needle)}`).map(
        (row) => row.title,
      );
    const zaotian = await titles("早田公司");
    expect(zaotian.length).toBeGreaterThan(0);
    for (const title of zaotian) expect(title).toContain("早田公司");
    expect(await titles("早_公司")).toEqual([]);
    expect(await titles("%")).toEqual([]);
  });
});

describe(`matchArticleIds (${testDialect()})`, () => {
  let ctx: ReturnType<typeof useTempDatabase>;
  beforeEach(() => {
    ctx = useTempDatabase();
  });
  afterEach(async () => {
    await ctx.cleanup();
  });

  // What every dialect must return: articles containing the query literally, title matches first, then newest first.
  async function expected(query: string): Promise<number[]> {
    const articles = await ctx.db.article.findMany({ select: { id: true, title: true, text: true } });
    const lower = query.toLowerCase();
    return articles
      .filter((a) => a.title.toLowerCase().includes(lower) || a.text.toLowerCase().includes(lower))
      .sort((a, b) => Number(b.title.toLowerCase().includes(lower)) - Number(a.title.toLowerCase().includes(lower)) || b.id - a.id)
      .map((a) => a.id);
  }

  it("finds articles by words of three or more characters, title matches first", async () => {
    await ingestFile(ctx.db, { path: SEED_FILES[1] }, { source: "cli" });
    const ids = await matchArticleIds(ctx.db, "早田公司");
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(await expected("早田公司"));
    const first = await ctx.db.article.findUniqueOrThrow({ where: { id: ids[0] } });
    expect(first.title).toContain("早田公司");
    expect(await matchArticleIds(ctx.db, "市第八次党代会精神")).toEqual(await expected("市第八次党代会精神"));
  });

  it("finds one- and two-character words, which trigrams cannot index", async () => {
    await ingestFile(ctx.db, { path: SEED_FILES[1] }, { source: "cli" });
    for (const query of ["柯城", "菜"]) {
      const ids = await matchArticleIds(ctx.db, query);
      expect(ids.length, query).toBeGreaterThan(0);
      expect(ids, query).toEqual(await expected(query));
    }
  });

  it("takes % and _ literally and ignores case", async () => {
    await ingestFile(ctx.db, { path: SEED_FILES[1] }, { source: "cli" });
    expect((await matchArticleIds(ctx.db, "100")).length).toBeGreaterThan(0);
    expect(await matchArticleIds(ctx.db, "1_0")).toEqual([]);
    expect(await matchArticleIds(ctx.db, "1%0")).toEqual([]);
    expect(await matchArticleIds(ctx.db, "   ")).toEqual([]);
    expect(await matchArticleIds(ctx.db, "app")).toEqual(await matchArticleIds(ctx.db, "APP"));
  });

  it("forgets the old articles when an issue is re-extracted with force", async () => {
    const first = await ingestFile(ctx.db, { path: SEED_FILES[1] }, { source: "cli" });
    await ingestFile(ctx.db, { path: SEED_FILES[1] }, { source: "cli", force: true });
    expect(first.status).toBe("stored");
    const ids = await matchArticleIds(ctx.db, "早田公司");
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(await expected("早田公司"));
    expect(await ctx.db.article.count({ where: { id: { in: ids } } })).toBe(ids.length);
  });
});
