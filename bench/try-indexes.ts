// npx tsx bench/try-indexes.ts --db <kept bench database> --sql <file of CREATE/DROP INDEX statements>
// Measures the dashboard queries on a copy of a database kept by
// `npm run bench -- --keep-db`, before and after adding candidate indexes, with their query plans.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { z } from "zod";
import { parseCli } from "../scripts/cli-args";
import { getDb } from "../lib/db/client";
import { loadDataLayer, measureQueries, type QueryLatency } from "./measure-queries";
import { fmt, table } from "./stats";

const args = parseCli(
  process.argv.slice(2),
  { db: { type: "string" }, sql: { type: "string" }, runs: { type: "string" } },
  z.object({ db: z.string().min(1), sql: z.string().min(1), runs: z.coerce.number().int().min(3).default(20) }),
  (values) => values,
);

await loadDataLayer();
const dir = mkdtempSync(path.join(tmpdir(), "zhibiao-indexes-"));
const file = path.join(dir, "copy.db");
const source = new Database(args.db, { readonly: true });
await source.backup(file); // a consistent copy, WAL included
source.close();
process.env.DATABASE_URL = `file:${file}`;
const db = getDb();

const before = await measureQueries(db, { dbFile: file, runs: args.runs });
const statements = readFileSync(args.sql, "utf8");
const sqlite = new Database(file);
const started = performance.now();
sqlite.exec(statements); // no ANALYZE: the app never runs it, and its statistics alone change plans (for the worse, once)
const buildMs = performance.now() - started;
sqlite.close();
// A new connection, so the planner sees the new indexes.
await db.$disconnect();
const after = await measureQueries(db, { dbFile: file, runs: args.runs });

const rows = before.map((b: QueryLatency, i) => {
  const a = after[i];
  return [`\`${b.call}\``, fmt(b.p50), fmt(a.p50), fmt(b.p95), fmt(a.p95), a.plans.flatMap((p) => p.indexes).filter((x, j, all) => all.indexOf(x) === j).join(", ")];
});
process.stdout.write(
  [
    `Candidate indexes (${path.basename(args.sql)}), built in ${fmt(buildMs / 1000, 1)} s on a copy of ${args.db}:`,
    "",
    "```sql",
    statements.trim(),
    "```",
    "",
    table(["call", "p50 before ms", "p50 after ms", "p95 before ms", "p95 after ms", "indexes used after"], rows),
    "",
    ...after.flatMap((a) => [
      `**${a.call}** after:`,
      ...a.plans.map((p) => `- \`${p.sql.replace(/\s+/g, " ").slice(0, 140)}…\`: ${p.plan.join(" / ")}`),
      "",
    ]),
  ].join("\n") + "\n",
);
await db.$disconnect();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
