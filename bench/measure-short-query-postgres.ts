// npx tsx bench/measure-short-query-postgres.ts --dump <pg_dump -Fc of a bench database> [--runs 20] [--queries 户,小区,…]
// Issue #13 §3 on PostgreSQL: the explorer's text filter for short queries (one or two characters), page 1 with its
// total, through the data layer, before and after the character index (migration 20261207193700_pg_indicator_gram_index)
// on the same database at the same moment. A bench database of `npm run bench -- --database postgresql` lives only as
// long as its run, and ingesting one again takes long on a loaded machine, so this restores a dump of one (taken with
// pg_dump -Fc while the bench ran, before the migration) into a throwaway server, migrates it (timed: the migration
// fills the index from every number), then times:
// - before: what listIndicators did for any text query on PostgreSQL before the index: the scan of every number's
//   article text (its SQL as it was, below), its count stopping at TEXT_QUERY_COUNT_CAP, then page 1 and its rows;
// - after: listIndicators, off the index.
// Each total and page 1 is checked against a plain scan of every number. Needs Debian's pg_restore (the npm server ships
// none). Results: bench/RESULTS.md §7 and §13.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { z } from "zod";
import { parseCli } from "../scripts/cli-args";
import { getDb } from "../lib/db/client";
import { prepareDatabase } from "../lib/db/prepare-database";
import { Prisma } from "../lib/generated/prisma/client";
import { findDebianPostgresBin, startPostgresCluster } from "../tests/support/postgres-cluster";
import { createEmptyPostgresDatabase } from "./temp-database";
import "./server-only-shim";
import { fmt, percentile, table, timeRepeated } from "./stats";

const args = parseCli(
  process.argv.slice(2),
  { dump: { type: "string" }, runs: { type: "string" }, queries: { type: "string" } },
  z.object({
    dump: z.string().min(1),
    runs: z.coerce.number().int().min(3).default(20),
    // As bench/measure-short-query.ts: 户 the widest one-character filter, 签约 a rare pair, 镕 in no sentence.
    // 全村共有 (four characters) goes through the scan, now of the index's texts.
    queries: z.string().default("户,小区,签约,项目,镕,全村共有"),
  }),
  (values) => values,
);
if (!existsSync(args.dump)) throw new Error(`--dump ${args.dump}: no such file`);
const debian = findDebianPostgresBin();
if (!debian) throw new Error("bench/measure-short-query-postgres.ts needs Debian's PostgreSQL (its pg_restore); the npm server ships none");

const cluster = await startPostgresCluster({ durable: true });
try {
  const target = createEmptyPostgresDatabase(cluster);
  let t = performance.now();
  execFileSync(path.join(debian, "pg_restore"), ["--no-owner", "-d", target.url, args.dump], { stdio: "inherit" });
  process.stdout.write(`Restored ${args.dump} in ${fmt((performance.now() - t) / 1000, 1)} s\n`);
  t = performance.now();
  const migrated = await prepareDatabase(target.url);
  process.stdout.write(`Migrations applied: ${migrated.applied.join(", ") || "none"} in ${fmt((performance.now() - t) / 1000, 2)} s\n`);
  process.env.DATABASE_URL = target.url;
  const db = getDb();
  // Statistics as autovacuum would have them by now on a live database (the migration's fill is one bulk insert).
  await db.$executeRawUnsafe(`ANALYZE "IndicatorGrams"`);
  const [sizes] = await db.$queryRawUnsafe<{ issues: bigint; numbers: bigint; table: bigint; index: bigint; database: bigint }[]>(
    `SELECT (SELECT COUNT(*) FROM "Issue") AS "issues", (SELECT COUNT(*) FROM "Indicator") AS "numbers",
            pg_relation_size('"IndicatorGrams"') AS "table", pg_relation_size('"IndicatorGrams_grams_gin_idx"') AS "index",
            pg_database_size(current_database()) AS "database"`,
  );
  const mb = (n: bigint) => `${fmt(Number(n) / 2 ** 20, 1)} MB`;
  process.stdout.write(
    `${sizes.issues} issues, ${sizes.numbers} numbers; IndicatorGrams ${mb(sizes.table)} + GIN index ${mb(sizes.index)}; database ${mb(sizes.database)}\n\n`,
  );

  const { listIndicators, TEXT_QUERY_COUNT_CAP } = await import("../lib/data/indicators/list-indicators");
  const { rowsByIds } = await import("../lib/data/indicators/indicator-rows");
  // The match as defined, by a scan of every number and its article: also the explorer's SQL before the index.
  const scanWhere = (q: string) => {
    const needle = q.toLowerCase();
    return Prisma.sql`
      FROM "Indicator" i JOIN "Article" a ON a."id" = i."articleId"
      WHERE i."review" <> 'rejected' AND (strpos(lower(coalesce(i."metric", '')), ${needle}) > 0 OR strpos(lower(i."text"), ${needle}) > 0
        OR strpos(lower(substr(a."text", i."sentenceStart" + 1, i."sentenceEnd" - i."sentenceStart")), ${needle}) > 0)`;
  };
  const byDate = Prisma.sql`ORDER BY i."issueDate" DESC NULLS LAST, i."articleId" ASC, i."start" ASC, i."id" ASC`;
  // Before: the capped scan, then page 1 and its rows.
  const scanPage = async (q: string) => {
    const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM (SELECT 1 ${scanWhere(q)} LIMIT ${TEXT_QUERY_COUNT_CAP + 1}) AS matched`;
    const ids = await db.$queryRaw<{ id: number }[]>`SELECT i."id" AS id ${scanWhere(q)} ${byDate} LIMIT 50`;
    return { counted: Number(row.n), rows: await rowsByIds(ids.map((id) => Number(id.id)), db) };
  };
  const truth = async (q: string) => {
    const where = scanWhere(q);
    const [count] = await db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n ${where}`;
    const ids = await db.$queryRaw<{ id: number }[]>`SELECT i."id" AS id ${where} ${byDate} LIMIT 50`;
    return { total: Number(count.n), firstPage: ids.map((row) => Number(row.id)) };
  };
  // p50/p95 after one warm-up call; a slow call stops after 3 runs past a 20 s budget.
  const sample = async (run: () => Promise<unknown>) => {
    await run();
    return timeRepeated(run, args.runs, 20_000);
  };
  const cell = (samples: number[]) => `${fmt(percentile(samples, 50))} / ${fmt(percentile(samples, 95))}`;

  const rows: string[][] = [];
  const unfiltered = await sample(() => listIndicators({}, db));
  rows.push(["`listIndicators({})` (no query; for the load)", "–", cell(unfiltered), "–", "–"]);
  for (const q of args.queries.split(",").filter(Boolean)) {
    const before = await sample(() => scanPage(q));
    const after = await sample(() => listIndicators({ q }, db));
    const { counted } = await scanPage(q);
    const first = await listIndicators({ q }, db);
    const expected = await truth(q);
    const same = JSON.stringify(first.rows.map((row) => row.id)) === JSON.stringify(expected.firstPage);
    rows.push([
      `\`listIndicators({ q: "${q}" })\``,
      `${cell(before)} (${counted > TEXT_QUERY_COUNT_CAP ? `超过 ${TEXT_QUERY_COUNT_CAP}` : counted})`,
      cell(after),
      first.totalCapped ? `超过 ${first.total}` : String(first.total),
      `COUNT(*) ${expected.total}; page 1 ${same ? "same rows" : "DIFFERENT rows"}`,
    ]);
    process.stdout.write(`${rows.at(-1)!.join(" | ")}\n`);
  }
  await db.$disconnect();
  const header = ["call", "before: capped scan, p50 / p95 ms (total shown)", "after: p50 / p95 ms", "total shown", "truth (scan)"];
  process.stdout.write(`\n${table(header, rows)}\n`);
  process.stdout.write(`load average at the end: ${loadavg().map((n) => n.toFixed(2)).join(", ")}\n`);
  target.drop();
} finally {
  cluster.stop();
}
