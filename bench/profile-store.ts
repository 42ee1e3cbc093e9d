// npx tsx bench/profile-store.ts [--issues 200] [--batch 25] [--seed s] [--count] [--dump file] [--reingest] [--keep]
//   [--database postgresql]
// Storing alone: the corpus issues are processed first (decode → parse → extract, not measured), then stored with
// storeIssues in batches of --batch issues (ingestMany's default 25; 1 = one transaction per issue, as an upload), on
// one thread, into a fresh SQLite file. Prints storing's CPU and wall ms per issue. Run it under
// `node --cpu-prof --cpu-prof-dir=DIR --import tsx bench/profile-store.ts` to see where storing's time goes
// (storeIssues' inclusive time is the part to read; processing shows up beside it).
// --count: statements per issue by kind ("INSERT GoalKey" …) and SQLite's CPU in each, from bench/sql-capture.ts (its
//   timing hooks slow storing: read the per-issue total of that mode as a breakdown, not as storing's cost).
// --dump file: every table's rows afterwards (ordered, the ingest log's timings left out) and the fts5 indexes'
//   vocabularies, so two codes' stored data can be compared with cmp. --reingest: then stores the same issues again
//   (every one must come back "duplicate") before the dump.
// --database postgresql: the same into a throwaway PostgreSQL server (tests/support/postgres-cluster.ts, default
//   durability); --count then times each statement's round trip (bench/pg-capture.ts) and --dump writes the ordinary
//   tables' rows in the same form as SQLite's (booleans as 0/1, keys sorted), so the two can be compared with diff.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseCli } from "../scripts/cli-args";
import { processIssue, type ProcessedIssue } from "../lib/ingest/process-issue";
import { storeIssues } from "../lib/ingest/store-issue";
import { corpusFiles } from "./corpus";
import { captureSql } from "./sql-capture";
import { capturePg } from "./pg-capture";
import { startPostgresCluster } from "../tests/support/postgres-cluster";
import { cpuMs } from "./stats";
import { createTempDatabase, createTempPostgresDatabase } from "./temp-database";
import { statementKind } from "./measure-ingest-profile";

const args = parseCli(
  process.argv.slice(2),
  {
    issues: { type: "string" },
    batch: { type: "string" },
    seed: { type: "string" },
    count: { type: "boolean" },
    dump: { type: "string" },
    reingest: { type: "boolean" },
    keep: { type: "boolean" },
    database: { type: "string" },
  },
  z.object({
    issues: z.coerce.number().int().min(1).max(100_000).default(200),
    batch: z.coerce.number().int().min(1).max(1000).default(25),
    seed: z.string().min(1).default("zhibiao-bench"),
    count: z.boolean().default(false),
    dump: z.string().optional(),
    reingest: z.boolean().default(false),
    keep: z.boolean().default(false), // keep the database file (printed) for experiments
    database: z.enum(["sqlite", "postgresql"]).default("sqlite"),
  }),
  (values) => values,
);

const cluster = args.database === "postgresql" ? await startPostgresCluster({ durable: true }) : undefined;
const database = cluster ? await createTempPostgresDatabase(cluster) : createTempDatabase();
const { db } = database;
const issues: ProcessedIssue[] = [];
for (const file of corpusFiles(args)) issues.push(processIssue(file.bytes, { fileName: file.fileName }));

const statements = new Map<string, number>();
const lastOfKind = new Map<string, { sql: string; values: unknown[] }>(); // PostgreSQL: a sample to EXPLAIN
const statementCpu = new Map<string, number>();
const storeAll = async (expect: string) => {
  for (let from = 0; from < issues.length; from += args.batch) {
    const batch = issues.slice(from, from + args.batch).map((issue) => ({ issue }));
    const run = () => storeIssues(db, batch);
    const outcomes = args.count && cluster
      ? await capturePg(run).then(({ result, statements: sent }) => {
          for (const s of sent) {
            const kind = pgKind(s.sql);
            lastOfKind.set(kind, s);
            statements.set(kind, (statements.get(kind) ?? 0) + 1);
            statementCpu.set(kind, (statementCpu.get(kind) ?? 0) + s.ms);
          }
          return result;
        })
      : args.count
      ? await captureSql(run).then(({ result, statements: sent }) => {
          for (const s of sent) {
            const kind = statementKind(s.sql);
            statements.set(kind, (statements.get(kind) ?? 0) + 1);
            statementCpu.set(kind, (statementCpu.get(kind) ?? 0) + s.cpuMs);
          }
          return result;
        })
      : await run();
    for (const outcome of outcomes) {
      if (!outcome.ok) throw outcome.error;
      if (outcome.result.status !== expect) throw new Error(`expected ${expect}, got ${outcome.result.status}`);
    }
  }
};

const wall0 = performance.now();
const cpu0 = cpuMs();
const server0 = serverCpuMs();
await storeAll("stored");
const cpu = cpuMs() - cpu0;
const wall = performance.now() - wall0;
const n = issues.length;
console.log(`${n} issues, batches of ${args.batch}: storing ${(cpu / n).toFixed(2)} ms CPU and ${(wall / n).toFixed(2)} ms wall per issue (${((1000 * n) / cpu).toFixed(1)} issues per CPU-second)`);
if (cluster) console.log(`PostgreSQL server processes' CPU: ${((serverCpuMs() - server0) / n).toFixed(2)} ms per issue (a steadier measure than wall time on a loaded machine)`);

// CPU time (user + system) of the PostgreSQL server's processes that are alive now (the postmaster and its children:
// backends, WAL writer, checkpointer …), from /proc. 0 without a cluster.
function serverCpuMs(): number {
  if (!cluster) return 0;
  const postmaster = Number(readFileSync(path.join(cluster.dir, "data", "postmaster.pid"), "utf8").split("\n")[0]);
  const tick = 100; // USER_HZ on Linux
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue;
    }
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // fields from the 3rd on
    const ppid = Number(fields[1]);
    if (Number(entry) !== postmaster && ppid !== postmaster) continue;
    total += ((Number(fields[11]) + Number(fields[12])) * 1000) / tick; // utime, stime
  }
  return total;
}
if (args.count) {
  const total = [...statements.values()].reduce((a, b) => a + b, 0);
  const inSqlite = [...statementCpu.values()].reduce((a, b) => a + b, 0);
  console.log(cluster
    ? `statements per issue: ${(total / n).toFixed(1)}, their wall ms per issue ${(inSqlite / n).toFixed(2)} (round trip until the result is parsed)`
    : `statements per issue: ${(total / n).toFixed(1)}, SQLite CPU ms per issue ${(inSqlite / n).toFixed(2)} (the capture's own timing adds to both)`);
  for (const [kind, count] of [...statements].sort((a, b) => statementCpu.get(b[0])! - statementCpu.get(a[0])!)) {
    console.log(`  ${(count / n).toFixed(1).padStart(7)}  ${(statementCpu.get(kind)! / n).toFixed(2).padStart(6)} ms  ${kind}`);
  }
}
// The slowest reads' plans, on the last issue's arguments (PostgreSQL).
if (args.count && cluster) {
  // Writes too (their triggers' time shows), each in a transaction that is rolled back.
  const slowest = [...statementCpu].filter(([kind]) => /^(SELECT|WITH|INSERT)/.test(kind)).sort((a, b) => b[1] - a[1]).slice(0, 5);
  for (const [kind] of slowest) {
    const sample = lastOfKind.get(kind)!;
    const rollback = new Error("rollback");
    await db
      .$transaction(async (tx) => {
        const plan = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sample.sql}`, ...sample.values);
        console.log(`\nEXPLAIN ANALYZE ${kind}\n${plan.map((row) => row["QUERY PLAN"]).join("\n")}`);
        throw rollback;
      })
      .catch((error: unknown) => {
        if (error !== rollback) console.log(`\nEXPLAIN ANALYZE ${kind}: ${String(error)}`);
      });
  }
}
if (args.reingest) {
  const c = cpuMs();
  await storeAll("duplicate");
  console.log(`re-stored: every issue a duplicate, ${((cpuMs() - c) / n).toFixed(2)} ms CPU per issue`);
}
if (args.dump) writeFileSync(args.dump, cluster ? await dumpPostgres() : await dumpDatabase());
if (args.keep && !cluster) {
  await db.$disconnect();
  console.log(`kept ${database.file}`);
} else await database.cleanup();
cluster?.stop();

// PostgreSQL statements grouped by their text's start (the placeholders' numbers and spacing folded).
function pgKind(sql: string): string {
  return sql.replace(/\$\d+/g, "?").replace(/\s+/g, " ").trim().slice(0, 110);
}

// The ordinary tables as dumpDatabase writes them (no fts5 tables here; IndicatorGrams is PostgreSQL's own form).
async function dumpPostgres(): Promise<string> {
  const TIMINGS = new Set(["ingestedAt", "startedAt", "durationMs", "createdAt", "updatedAt", "at"]);
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS "name" FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_%' ORDER BY table_name COLLATE "C"`,
  );
  const out: string[] = [];
  for (const { name } of tables) {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}"`);
    const value = (v: unknown) => (typeof v === "bigint" ? Number(v) : typeof v === "boolean" ? Number(v) : v);
    const lines = rows
      .map((row) => JSON.stringify(Object.fromEntries(Object.entries(row).filter(([k]) => !TIMINGS.has(k)).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, value(v)]))))
      .sort();
    out.push(`## ${name} (${lines.length})`, ...lines);
  }
  return `${out.join("\n")}\n`;
}

// Every table in name order, each row as JSON in a stable order; the fts5 tables by their vocabularies (the
// contentless IndicatorGrams has no rows to read back) and ArticleSearch by its rows.
async function dumpDatabase(): Promise<string> {
  const TIMINGS = new Set(["ingestedAt", "startedAt", "durationMs", "createdAt", "updatedAt", "at"]);
  const tables = await db.$queryRawUnsafe<{ name: string; sql: string }[]>(
    `SELECT "name", "sql" FROM sqlite_master WHERE "type" = 'table' AND "name" NOT LIKE 'sqlite_%' AND "name" NOT LIKE '\\_%' ESCAPE '\\' ORDER BY "name"`,
  );
  const out: string[] = [];
  for (const { name, sql } of tables) {
    if (/^(ArticleSearch|IndicatorGrams)_/.test(name)) continue; // fts5's shadow tables: compared through the vocabularies
    const virtual = /CREATE VIRTUAL TABLE/i.test(sql);
    const select = name === "ArticleSearch" ? `SELECT rowid AS "rowid", * FROM "ArticleSearch"` : virtual ? `SELECT * FROM "${name}"` : `SELECT * FROM "${name}"`;
    if (name === "IndicatorGrams") continue; // contentless: see IndicatorGramsVocab
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(select);
    const lines = rows
      .map((row) => JSON.stringify(Object.fromEntries(Object.entries(row).filter(([k]) => !TIMINGS.has(k)).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v]))))
      .sort();
    out.push(`## ${name} (${lines.length})`, ...lines);
  }
  // Which rows hold which token of the character index (the vocabulary gives counts; the rows per token come from MATCH).
  const terms = await db.$queryRawUnsafe<{ term: string }[]>(`SELECT "term" FROM "IndicatorGramsVocab" ORDER BY "term"`);
  out.push(`## IndicatorGrams by token (${terms.length})`);
  for (const { term } of terms) {
    const rows = await db.$queryRawUnsafe<{ id: number | bigint }[]>(`SELECT rowid AS "id" FROM "IndicatorGrams" WHERE "IndicatorGrams" MATCH ? ORDER BY rowid`, `"${term}"`);
    out.push(`${term} ${rows.map((r) => Number(r.id)).join(",")}`);
  }
  return `${out.join("\n")}\n`;
}
