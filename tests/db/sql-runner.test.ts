import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sqlRunner } from "@/lib/db/sql-runner";
import { useTempDatabase } from "../ingest/support";
import { testDialect } from "../support/test-database";

// The ingest path's SQL runner inserts many rows per statement (lib/db/sql-runner.ts). What storing relies on: every
// row lands once, in the order given (ids as one row at a time would give them), RETURNING gives back each row's
// columns (matched by key), a missing value is NULL, and row counts that are not a power of two or exceed a
// statement's rows are split without losing or repeating one.
describe(`sqlRunner.insert (${testDialect()})`, () => {
  let ctx: ReturnType<typeof useTempDatabase>;
  beforeEach(() => {
    ctx = useTempDatabase();
  });
  afterEach(async () => {
    await ctx.cleanup();
  });

  for (const count of [1, 3, 64, 65, 200]) {
    it(`inserts ${count} rows in order, with RETURNING matched by key`, async () => {
      const names = Array.from({ length: count }, (_, k) => `测试村${k}`);
      const returned = await ctx.db.$transaction(async (tx) =>
        sqlRunner(ctx.db, tx).insert<{ id: number; name: string }>(
          "Place",
          names.map((name, k) => ({ name, level: "village", townshipId: k % 2 ? undefined : null })),
          ["id", "name"],
        ),
      );
      expect(returned.map((row) => row.name).sort()).toEqual([...names].sort());
      const stored = await ctx.db.place.findMany({ orderBy: { id: "asc" } });
      expect(stored.map((row) => row.name)).toEqual(names); // ids follow the given order
      expect(stored.every((row) => row.townshipId === null && row.level === "village")).toBe(true);
      const idOf = new Map(stored.map((row) => [row.name, row.id]));
      for (const row of returned) expect(Number(row.id)).toBe(idOf.get(row.name));
    });
  }

  it("inserts without RETURNING, and a failing row undoes its statement's rows with the transaction", async () => {
    const rows = Array.from({ length: 130 }, (_, k) => ({ name: `部门${k}`, canonical: `部门${k}` }));
    await ctx.db.$transaction(async (tx) => {
      expect(await sqlRunner(ctx.db, tx).insert("Department", rows)).toEqual([]);
    });
    expect(await ctx.db.department.count()).toBe(130);
    // The 70th row repeats a stored name (names are unique): nothing of the transaction stays.
    const more = Array.from({ length: 100 }, (_, k) => ({ name: k === 69 ? "部门5" : `新部门${k}`, canonical: "x" }));
    await expect(ctx.db.$transaction(async (tx) => sqlRunner(ctx.db, tx).insert("Department", more))).rejects.toThrow();
    expect(await ctx.db.department.count()).toBe(130);
  });
});

// insertAll: an issue's item rows, several tables at once (one statement on PostgreSQL, rows sent as JSON). The rows
// must land as insert() lands them: ids in the given order within each table (explicit ids kept), every value the
// same (floats, booleans, nulls, a missing column's default, a lone UTF-16 surrogate as a bound parameter stores it).
describe(`sqlRunner.insertAll (${testDialect()})`, () => {
  let ctx: ReturnType<typeof useTempDatabase>;
  beforeEach(() => {
    ctx = useTempDatabase();
  });
  afterEach(async () => {
    await ctx.cleanup();
  });

  const indicatorRows = (articleId: number, count: number) =>
    Array.from({ length: count }, (_, k) => ({
      articleId,
      issueDate: k % 3 ? "2024-05-01" : null,
      start: k,
      end: k + 2,
      text: k === 1 ? "半\uD800个" : k === 2 ? "引号\"与\\反斜杠\n换行" : `近${k}户`,
      value: [0.1 + 0.2, 1e21, -0, 123456789.123456789, 5e-324][k % 5],
      valueMax: k % 2 ? null : k * 1.5,
      unit: "户",
      approx: "about",
      metric: k % 4 ? `指标${k}` : null,
      role: "actual",
      sentenceStart: 0,
      sentenceEnd: 10,
      core: k % 2 === 0,
    }));

  // Rows of an article in id order, without their ids (the explicit id 900 apart).
  const stored = async (articleId: number) => {
    const rows = await ctx.db.indicator.findMany({ where: { articleId }, orderBy: { id: "asc" } });
    const withoutIds = (list: typeof rows) => list.map(({ id, articleId, ...rest }) => (void id, void articleId, rest));
    return { kept: withoutIds(rows.filter((row) => row.id === 900)), fresh: withoutIds(rows.filter((row) => row.id !== 900)) };
  };

  it("stores the rows insert() stores, ids in order per table", async () => {
    const issue = await ctx.db.issue.create({ data: { contentHash: "h", fileName: "f.txt", encoding: "utf-8", byteSize: 1, rawText: "x" } });
    const article = (position: number) =>
      ctx.db.article.create({ data: { issueId: issue.id, position, kind: "news", title: "t", text: "近0户近1户近2户近3户近4户近5户" } });
    const [one, two] = [await article(0), await article(1)];
    await ctx.db.$transaction(async (tx) => {
      const sql = sqlRunner(ctx.db, tx);
      await sql.insert("Indicator", indicatorRows(one.id, 7));
      await sql.insertAll([
        { table: "Indicator", rows: [{ id: 900, ...indicatorRows(two.id, 1)[0], text: "旧编号" }] },
        { table: "Indicator", rows: indicatorRows(two.id, 7) },
        { table: "Goal", rows: [] },
        { table: "Place", rows: ["甲村", "乙村", "丙村"].map((name) => ({ name, level: "village" })) },
      ]);
    });
    const [first, second] = [await stored(one.id), await stored(two.id)];
    expect(second.fresh).toEqual(first.fresh); // every value as insert() stored it, ids in the given order
    expect(second.kept.map((row) => row.text)).toEqual(["旧编号"]); // the explicit id kept
    if (ctx.dialect === "postgresql") {
      // Two INSERTs into Indicator in one statement: its statement trigger indexes the rows of both, once each.
      const [grams] = await ctx.db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM "IndicatorGrams" g JOIN "Indicator" i ON i."id" = g."id"`;
      expect(Number(grams.n)).toBe(await ctx.db.indicator.count());
    }
    expect((await ctx.db.place.findMany({ orderBy: { id: "asc" } })).map((row) => [row.name, row.aliases])).toEqual([
      ["甲村", "[]"],
      ["乙村", "[]"],
      ["丙村", "[]"],
    ]);
  });

  it("stores nothing of any table when one row fails", async () => {
    await expect(
      ctx.db.$transaction(async (tx) =>
        sqlRunner(ctx.db, tx).insertAll([
          { table: "Department", rows: [{ name: "区发改局", canonical: "x" }] },
          { table: "Place", rows: [{ name: "甲村", level: "village", townshipId: 12345 }] }, // no such township
        ]),
      ),
    ).rejects.toThrow();
    expect(await ctx.db.department.count()).toBe(0);
  });
});
