// npx tsx bench/measure-explorer-count.ts --db <a COPY of a kept bench database> [--runs 20]
// Issue #13 §3: the explorer's unfiltered total, counted over the Indicator rows (the count before IssueStat kept
// coreIndicators) and summed from IssueStat (now), on the same database at the same load. Migrates the copy first
// (timed: the backfill of coreIndicators runs on real volume). Results: bench/RESULTS.md §5.
import { z } from "zod";
import { parseCli } from "../scripts/cli-args";
import { getDb } from "../lib/db/client";
import { backfillIndicatorSearchSqlite } from "../lib/db/indicator-search";
import { migrateSqlite } from "../lib/db/migrate";
import { loadDataLayer } from "./measure-queries";
import { fmt, table } from "./stats";

const args = parseCli(
  process.argv.slice(2),
  { db: { type: "string" }, runs: { type: "string" } },
  z.object({ db: z.string().min(1), runs: z.coerce.number().int().min(3).default(20) }),
  (values) => values,
);

await loadDataLayer();
const started = performance.now();
const migrated = migrateSqlite(args.db);
process.stdout.write(`Migrations applied: ${migrated.applied.join(", ") || "none"} in ${fmt((performance.now() - started) / 1000, 2)} s\n\n`);
// As prepareDatabase does at start: fill the character index of short queries once (lib/db/indicator-search.ts).
const backfillStarted = performance.now();
const backfilled = backfillIndicatorSearchSqlite(args.db);
if (backfilled) process.stdout.write(`Character index filled for ${backfilled} issues in ${fmt((performance.now() - backfillStarted) / 1000, 2)} s\n\n`);
process.env.DATABASE_URL = `file:${args.db}`;
const db = getDb();
const { listIndicators } = await import("../lib/data/indicators/list-indicators");
const { buildWhere } = await import("../lib/data/indicators/indicator-rows");

async function time(run: () => Promise<number>): Promise<{ p50: number; p95: number; value: number }> {
  const ms: number[] = [];
  let value = 0;
  await run(); // warm
  for (let k = 0; k < args.runs; k++) {
    const t = performance.now();
    value = await run();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(ms.length / 2)], p95: ms[Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)], value };
}

const rows = [
  ["COUNT(*) of core, not rejected rows (before)", await time(() => db.indicator.count({ where: buildWhere({}) }))],
  ["SUM(IssueStat.coreIndicators) (now)", await time(async () => (await db.issueStat.aggregate({ _sum: { coreIndicators: true } }))._sum.coreIndicators ?? 0)],
  ["`listIndicators({})`, page 1 with its total (now)", await time(async () => (await listIndicators({}, db)).total)],
] as const;
await db.$disconnect();
process.stdout.write(table(["call", "p50 ms", "p95 ms", "total"], rows.map(([call, r]) => [call, fmt(r.p50), fmt(r.p95), String(r.value)])) + "\n");
