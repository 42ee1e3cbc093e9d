// npx tsx bench/measure-goals-kept.ts --db <a COPY of a kept bench database> [--runs 30] [--extra-sql file.sql]
// Times the ledger's and the goal page's loaders (bench/measure-goals.ts measureLoaders) on a database kept by
// `npm run bench -- --only ingestion --keep-db` (ingestion links goals too), with the plans of the ledger's statements:
// to measure the ledger at a size without ingesting it again, or to try an index (--extra-sql runs first, in place).
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { z } from "zod";
import { parseCli } from "../scripts/cli-args";
import { getDb } from "../lib/db/client";
import { migrateSqlite } from "../lib/db/migrate";
import { loadGoalLoaders, measureLoaders } from "./measure-goals";
import { fmt, table } from "./stats";

const args = parseCli(
  process.argv.slice(2),
  { db: { type: "string" }, runs: { type: "string" }, "extra-sql": { type: "string" } },
  z.object({ db: z.string().min(1), runs: z.coerce.number().int().min(3).default(30), extraSql: z.string().optional() }),
  (values) => ({ ...values, extraSql: values["extra-sql"] }),
);

await loadGoalLoaders();
migrateSqlite(args.db);
if (args.extraSql) {
  const sqlite = new Database(args.db);
  sqlite.exec(readFileSync(args.extraSql, "utf8"));
  sqlite.close();
}
process.env.DATABASE_URL = `file:${args.db}`;
const db = getDb();
const [{ goals }] = await db.$queryRawUnsafe<{ goals: number }[]>(`SELECT COUNT(*) AS "goals" FROM "Goal"`);
const latencies = await measureLoaders(db, { runs: args.runs, dbFile: args.db });
await db.$disconnect();
process.stdout.write(`${Number(goals)} goals\n\n`);
process.stdout.write(`${table(["loader", "rows", "runs", "p50 ms", "p95 ms", "max ms"], latencies.map((l) => [l.name, l.rows ?? l.error ?? "–", l.runs, fmt(l.p50), fmt(l.p95), fmt(l.max)]))}\n\n`);
for (const l of latencies.filter((x) => x.plans?.length)) {
  process.stdout.write(`${l.call}\n`);
  for (const plan of l.plans!.filter((p) => /"Goal" g/.test(p.sql))) process.stdout.write(`  ${plan.sql.slice(0, 120).replace(/\s+/g, " ")}…\n${plan.plan.map((d) => `    ${d}`).join("\n")}\n`);
}
