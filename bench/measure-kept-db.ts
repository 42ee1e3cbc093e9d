// npx tsx bench/measure-kept-db.ts --db <a COPY of a kept bench database> [--runs 20] [--out results.json]
// Brings the copy up to date with the committed migrations (timed: a migration's backfill runs on real volume), then
// measures the dashboard reads on it with their query plans. The file is changed in place: never point it at the
// database `npm run bench -- --keep-db` kept, copy it first.
import { writeFileSync } from "node:fs";
import { z } from "zod";
import { parseCli } from "../scripts/cli-args";
import { getDb } from "../lib/db/client";
import { backfillIndicatorSearchSqlite } from "../lib/db/indicator-search";
import { migrateSqlite } from "../lib/db/migrate";
import { loadDataLayer, measureQueries } from "./measure-queries";
import { fmt, table } from "./stats";

const args = parseCli(
  process.argv.slice(2),
  { db: { type: "string" }, runs: { type: "string" }, out: { type: "string" } },
  z.object({ db: z.string().min(1), runs: z.coerce.number().int().min(3).default(20), out: z.string().optional() }),
  (values) => values,
);

await loadDataLayer();
const started = performance.now();
const migrated = migrateSqlite(args.db);
const migrateMs = performance.now() - started;
process.stdout.write(`Migrations applied: ${migrated.applied.join(", ") || "none"} in ${fmt(migrateMs / 1000, 2)} s\n\n`);
// As prepareDatabase does at start: fill the character index of short queries once (lib/db/indicator-search.ts).
const backfillStarted = performance.now();
const backfilled = backfillIndicatorSearchSqlite(args.db);
if (backfilled) process.stdout.write(`Character index filled for ${backfilled} issues in ${fmt((performance.now() - backfillStarted) / 1000, 2)} s\n\n`);

process.env.DATABASE_URL = `file:${args.db}`;
const latencies = await measureQueries(getDb(), { dbFile: args.db, runs: args.runs });
await getDb().$disconnect();
if (args.out) writeFileSync(args.out, JSON.stringify({ migrated: migrated.applied, migrateMs, latencies }, null, 2));

process.stdout.write(
  [
    table(
      ["call", "runs", "p50 ms", "p95 ms", "statements"],
      latencies.map((q) => [`\`${q.call}\``, q.runs, fmt(q.p50), fmt(q.p95), q.error ? `error: ${q.error}` : (q.statements ?? "–")]),
    ),
    "",
    ...latencies.flatMap((q) => [
      `**${q.call}**:`,
      ...q.plans.map((p) => `- \`${p.sql.replace(/\s+/g, " ").slice(0, 160)}…\`: ${p.plan.join(" / ")}`),
      "",
    ]),
  ].join("\n") + "\n",
);
