// npx tsx bench/profile-overview.ts --db <a COPY of a kept bench database> [--ledger]
// The statements of the overview's goal block (or, with --ledger, of the unfiltered ledger's first page), each with its time and its plan: where the
// loaders' time goes at a size (bench/RESULTS.md §10c).
import "./server-only-shim";
import Database from "better-sqlite3";
import { z } from "zod";
import { parseCli } from "../scripts/cli-args";
import { getDb } from "../lib/db/client";
import { migrateSqlite } from "../lib/db/migrate";
import { captureSql } from "./sql-capture";

const args = parseCli(
  process.argv.slice(2),
  { db: { type: "string" }, ledger: { type: "boolean" } },
  z.object({ db: z.string().min(1), ledger: z.boolean().optional() }),
  (v) => v,
);
migrateSqlite(args.db);
process.env.DATABASE_URL = `file:${args.db}`;
const db = getDb();
const { getGoalOverview } = await import("../lib/data/goals/get-goal-overview");
const { listLedgerGoals } = await import("../lib/data/goals/list-ledger-goals");
const loader = async (): Promise<unknown> => (args.ledger ? listLedgerGoals({ filters: {} }, db) : getGoalOverview({}, db));
await loader();
const { statements } = await captureSql(loader);
const sqlite = new Database(args.db, { readonly: true });
for (const s of statements.sort((a, b) => b.ms - a.ms).slice(0, 6)) {
  const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...(s.args as unknown[])) as { detail: string }[];
  process.stdout.write(`${s.ms.toFixed(1)} ms  ${s.sql.replace(/\s+/g, " ").slice(0, 160)}\n${plan.map((p) => `    ${p.detail}`).join("\n")}\n`);
}
sqlite.close();
await db.$disconnect();
