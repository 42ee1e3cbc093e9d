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
