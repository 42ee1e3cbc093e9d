// npx tsx bench/measure-short-query.ts --db <a COPY of a kept bench database> [--runs 20] [--queries 户,签约,…]
// Issue #13 §3: the explorer's text filter for short queries (one or two characters), page 1 with its total, through
// the data layer (listIndicators), on a kept 10,000-issue database. Migrates the copy first (timed: a migration's
// backfill runs on real volume). Each query's total and page-1 ids are checked against a plain scan of every number
// (the definition of a match: label, number or sentence holds the query, rejected rows left out), so a faster answer
// is also the same answer. Results: bench/RESULTS.md §5 and §13.
import { loadavg } from "node:os";
import { z } from "zod";
import { parseCli } from "../scripts/cli-args";
import { getDb } from "../lib/db/client";
import { backfillIndicatorSearchSqlite } from "../lib/db/indicator-search";
import { migrateSqlite } from "../lib/db/migrate";
import { Prisma } from "../lib/generated/prisma/client";
import "./server-only-shim";
import { fmt, percentile, table, timeRepeated } from "./stats";

const args = parseCli(
  process.argv.slice(2),
  { db: { type: "string" }, runs: { type: "string" }, queries: { type: "string" }, "no-truth": { type: "boolean" }, csv: { type: "string" }, before: { type: "boolean" } },
  z.object({
    db: z.string().min(1),
    runs: z.coerce.number().int().min(3).default(20),
    // 户 (households) is the widest one-character filter; 签约 a two-character word in few sentences; 亩 and 项目
    // common; 镕 in no sentence at all (the whole scan found nothing).
    queries: z.string().default("户,签约,亩,项目,镕"),
    "no-truth": z.boolean().default(false),
    before: z.boolean().default(false), // also time the scan the explorer used before the character index
    csv: z.string().optional(), // also time the CSV's reads (every matching row) for this query, 3 runs
  }),
  (values) => values,
);

const started = performance.now();
const migrated = migrateSqlite(args.db);
process.stdout.write(`Migrations applied: ${migrated.applied.join(", ") || "none"} in ${fmt((performance.now() - started) / 1000, 2)} s\n`);
// What prepareDatabase does at start on a database that already holds numbers (a no-op before the index existed).
const filling = performance.now();
const backfilled = backfillIndicatorSearchSqlite(args.db);
process.stdout.write(`Character index backfilled for ${backfilled} issues in ${fmt((performance.now() - filling) / 1000, 2)} s\n\n`);
process.env.DATABASE_URL = `file:${args.db}`;
const db = getDb();
const { listIndicators, TEXT_QUERY_COUNT_CAP } = await import("../lib/data/indicators/list-indicators");

// The match as defined, by a scan of every number and its article (what the explorer did before any index).
async function truth(q: string): Promise<{ total: number; firstPage: number[] }> {
  const needle = q.toLowerCase();
  const where = Prisma.sql`
    FROM "Indicator" i JOIN "Article" a ON a."id" = i."articleId"
    WHERE i."review" <> 'rejected' AND (instr(lower(coalesce(i."metric", '')), ${needle}) > 0 OR instr(lower(i."text"), ${needle}) > 0
      OR instr(lower(substr(a."text", i."sentenceStart" + 1, i."sentenceEnd" - i."sentenceStart")), ${needle}) > 0)`;
  const [count] = await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n ${where}`;
  const ids = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT i."id" AS id ${where} ORDER BY i."issueDate" DESC NULLS LAST, i."articleId" ASC, i."start" ASC, i."id" ASC LIMIT 50`;
  return { total: Number(count.n), firstPage: ids.map((row) => Number(row.id)) };
}

// What the explorer did before the character index, with the same functions: the scan, its count stopping at the cap.
const { countMatching, matchingIds, rowsByIds } = await import("../lib/data/indicators/indicator-rows");
async function scanPage(q: string) {
  const counted = await countMatching({ q }, TEXT_QUERY_COUNT_CAP + 1, db);
  return { counted, rows: await rowsByIds(await matchingIds({ q }, { offset: 0, limit: 50 }, db), db) };
}

// p50/p95 after one warm-up call; a slow call stops after 3 runs past a 20 s budget.
async function sample(run: () => Promise<unknown>): Promise<number[]> {
  await run();
  return timeRepeated(run, args.runs, 20_000);
}

const rows: string[][] = [];
// The unfiltered explorer at the same moment: how this machine's load moves every figure.
const unfiltered = await sample(() => listIndicators({}, db));
rows.push(["`listIndicators({})` (no query; for the load)", ...(args.before ? ["–"] : []), fmt(percentile(unfiltered, 50)), fmt(percentile(unfiltered, 95)), "–", "–"]);
for (const q of args.queries.split(",").filter(Boolean)) {
  const first = await listIndicators({ q }, db);
  const samples = await sample(() => listIndicators({ q }, db));
  const before = args.before ? await sample(() => scanPage(q)) : [];
  let check = "not checked";
  if (!args["no-truth"]) {
    const expected = await truth(q);
    const sameRows = JSON.stringify(first.rows.map((row) => row.id)) === JSON.stringify(expected.firstPage);
    check = `COUNT(*) ${expected.total}; page 1 ${sameRows ? "same rows" : "DIFFERENT rows"}`;
  }
  const shown = first.totalCapped ? `超过 ${first.total}` : String(first.total);
  const beforeCells = args.before ? [`${fmt(percentile(before, 50))} / ${fmt(percentile(before, 95))} (${before.length} runs)`] : [];
  rows.push([`\`listIndicators({ q: "${q}" })\``, ...beforeCells, fmt(percentile(samples, 50)), fmt(percentile(samples, 95)), shown, check]);
  process.stdout.write(`${rows.at(-1)!.join(" | ")}\n`);
}
if (args.csv) {
  const { readAllIndicatorsInSlices } = await import("../lib/data/indicators/read-all-indicators-in-slices");
  const samples: number[] = [];
  let count = 0;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    const { slices } = await readAllIndicatorsInSlices({ q: args.csv }, db);
    count = 0;
    for await (const slice of slices) count += slice.length;
    samples.push(performance.now() - t);
  }
  rows.push([`\`readAllIndicatorsInSlices({ q: "${args.csv}" })\`, every slice (the CSV)`, fmt(percentile(samples, 50)), fmt(Math.max(...samples)) + " (max of 3)", String(count), "–"]);
}
await db.$disconnect();
const header = ["call", ...(args.before ? ["before: scan, p50 / p95 ms"] : []), "p50 ms", "p95 ms", "total shown", "truth (scan)"];
process.stdout.write("\n" + table(header, rows.map((row) => (args.before && row.length === 5 ? [row[0], "–", ...row.slice(1)] : row))) + "\n");
process.stdout.write(`load average at the end: ${loadavg().map((n) => n.toFixed(2)).join(", ")}\n`);
