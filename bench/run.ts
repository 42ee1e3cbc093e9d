// npm run bench [-- --issues 10000] [--seed s] [--only extraction,ingestion,goals,profile,side-by-side,f1] [--keep-db]
//   [--checkpoints 100,1000] [--sample-issues 6] [--profile-issues 60] [--db-dir dir] [--extra-sql file.sql] [--out dir]
// Runs each measure in turn on a deterministic synthetic corpus and writes bench/out/bench-<issues>.{md,json}.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseCli } from "../scripts/cli-args";
import { describeMachine } from "./machine";
import { measureCli } from "./measure-cli";
import { measureExtraction } from "./measure-extraction";
import { measureF1 } from "./measure-f1";
import { loadGoalLoaders, measureGoals } from "./measure-goals";
import { profileIngestion } from "./measure-ingest-profile";
import { measureIngestion } from "./measure-ingestion";
import { loadDataLayer, measureQueries } from "./measure-queries";
import { measureSideBySide } from "./measure-side-by-side";
import { loadRecognizers } from "./recognizers";
import { formatReport, type BenchResults } from "./report";
import { startPostgresCluster, type PostgresCluster } from "../tests/support/postgres-cluster";
import { createEmptyPostgresDatabase, createTempDatabase, createTempPostgresDatabase, type TempDatabase } from "./temp-database";

const MEASURES = ["extraction", "ingestion", "goals", "cli", "profile", "side-by-side", "f1"] as const;

const ZBenchArgsSchema = z.object({
  issues: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  seed: z.string().min(1).default("zhibiao-bench"),
  // Query latencies and database size are also taken at these issue counts on the way (always at --issues).
  checkpoints: z
    .string()
    .default("100,1000")
    .transform((s) => s.split(",").filter(Boolean).map(Number))
    .pipe(z.array(z.number().int().positive())),
  only: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(",") : [...MEASURES]))
    .pipe(z.array(z.enum(MEASURES))),
  sampleIssues: z.coerce.number().int().min(1).max(1000).default(6), // Recognizers side by side: it runs ~0.06 MB/s
  profileIssues: z.coerce.number().int().min(1).max(10_000).default(60),
  // Ingestion: threads preparing issues (default: lib/ingest/process-pool.ts) and issues per transaction.
  workers: z.coerce.number().int().min(0).max(16).optional(),
  batchSize: z.coerce.number().int().min(1).max(1000).optional(),
  dbDir: z.string().optional(), // where the temporary databases go (default: the OS temp dir)
  keepDb: z.boolean().default(false),
  extraSql: z.string().optional(), // run after the migrations on every bench database, e.g. CREATE or DROP INDEX statements to try
  // postgresql: a throwaway server from Debian's postgresql package with its default durability settings (as the
  // PostgreSQL tests start, but with fsync on), one database per measure.
  database: z.enum(["sqlite", "postgresql"]).default("sqlite"),
  out: z.string().default(path.join("bench", "out")),
});

const args = parseCli(
  process.argv.slice(2),
  {
    issues: { type: "string" },
    seed: { type: "string" },
    checkpoints: { type: "string" },
    only: { type: "string" },
    "sample-issues": { type: "string" },
    "profile-issues": { type: "string" },
    workers: { type: "string" },
    "batch-size": { type: "string" },
    "db-dir": { type: "string" },
    "keep-db": { type: "boolean" },
    "extra-sql": { type: "string" },
    database: { type: "string" },
    out: { type: "string" },
  },
  ZBenchArgsSchema,
  (values) => ({
    ...values,
    sampleIssues: values["sample-issues"],
    batchSize: values["batch-size"],
    profileIssues: values["profile-issues"],
    dbDir: values["db-dir"],
    keepDb: values["keep-db"],
    extraSql: values["extra-sql"],
  }),
);

const log = (message: string) => process.stderr.write(`[bench ${((performance.now() - runStarted) / 1000).toFixed(0)}s] ${message}\n`);
const runStarted = performance.now();
let cluster: PostgresCluster | undefined;
if (args.database === "postgresql") {
  cluster = await startPostgresCluster({ durable: true });
  log(`postgresql: throwaway server at ${cluster.adminUrl}`);
}
// A fresh migrated database for one measure, of the chosen kind.
const freshDatabase = async (): Promise<TempDatabase> =>
  cluster
    ? createTempPostgresDatabase(cluster, { extraSql: args.extraSql })
    : createTempDatabase({ parent: args.dbDir, extraSql: args.extraSql });

const results: BenchResults = {
  command: `npm run bench -- ${process.argv.slice(2).join(" ")}`.replace(/ -- $/, ""),
  database: { dialect: args.database },
  machine: describeMachine(),
  corpus: { issues: args.issues, seed: args.seed },
};

if (args.only.includes("ingestion")) await loadDataLayer();
if (args.only.includes("goals")) await loadGoalLoaders();
if (args.only.includes("side-by-side") || args.only.includes("f1")) await loadRecognizers();

if (args.only.includes("extraction")) {
  log(`extraction: ${args.issues} issues`);
  results.extraction = measureExtraction({ issues: args.issues, seed: args.seed });
  results.corpus.bytes = results.extraction.bytes;
  log(`extraction: ${results.extraction.mbPerSecond.toFixed(2)} MB/s`);
}

if (args.only.includes("ingestion")) {
  const database = await freshDatabase();
  if (!results.database.server && database.dialect === "postgresql") {
    const [row] = await database.db.$queryRawUnsafe<{ v: string }[]>(
      `SELECT current_setting('server_version') || ', shared_buffers ' || current_setting('shared_buffers') || ', fsync ' || current_setting('fsync') || ', synchronous_commit ' || current_setting('synchronous_commit') AS "v"`,
    );
    results.database.server = row.v;
  }
  log(`ingestion: ${args.issues} issues into ${database.file ?? database.url}`);
  results.queries = [];
  let logged = 0;
  results.ingestion = await measureIngestion({
    issues: args.issues,
    seed: args.seed,
    database,
    checkpoints: args.checkpoints,
    workers: args.workers,
    batchSize: args.batchSize,
    onProgress: (done, total) => {
      if (Math.floor(done / 500) > Math.floor(logged / 500)) log(`ingestion: ${done}/${total}`);
      logged = done;
    },
    onCheckpoint: async (db, checkpoint) => {
      log(`ingestion: ${checkpoint.issues} issues at ${checkpoint.issuesPerSecond.toFixed(1)} issues/s; measuring queries`);
      results.queries!.push({ issues: checkpoint.issues, latencies: await measureQueries(db, { dbFile: database.file }) });
    },
  });
  results.corpus.bytes ??= results.ingestion.at(-1)?.corpusBytes;
  if (args.keepDb && database.file) log(`kept ${database.file}`);
  else await database.cleanup();
}

if (args.only.includes("goals")) {
  // Ingestion with and without goal linking, and the ledger's and goal page's latency at the checkpoints (issue #11 §4).
  results.goals = await measureGoals({
    issues: args.issues,
    seed: args.seed,
    checkpoints: args.checkpoints,
    freshDatabase,
    workers: args.workers,
    batchSize: args.batchSize,
    log,
  });
  log(`goals: linking adds ${(results.goals.cpuOverhead * 100).toFixed(1)}% CPU, ${(results.goals.wallOverhead * 100).toFixed(1)}% wall`);
}

if (args.only.includes("cli")) {
  log(`cli: npm run ingest on ${args.issues} issue files`);
  // On PostgreSQL the CLI migrates an empty database of its own; on SQLite it makes a new file.
  const target = cluster ? await createEmptyPostgresDatabase(cluster) : undefined;
  results.cli = await measureCli({ issues: args.issues, seed: args.seed, parent: args.dbDir, databaseUrl: target?.url });
  await target?.drop();
  log(`cli: ${results.cli.issuesPerSecond.toFixed(1)} issues/s, ${results.cli.summary}`);
}

if (args.only.includes("profile") && cluster) {
  log("profile: skipped (it captures SQLite's statements)");
} else if (args.only.includes("profile")) {
  const database = createTempDatabase({ parent: args.dbDir, extraSql: args.extraSql });
  log(`profile: ${args.profileIssues} issues`);
  results.profile = await profileIngestion({ issues: args.profileIssues, seed: args.seed, database });
  await database.cleanup();
}

if (args.only.includes("side-by-side")) {
  log(`side by side with Recognizers-Text: ${args.sampleIssues} issues`);
  results.sideBySide = await measureSideBySide({ issues: args.sampleIssues, seed: args.seed });
}

if (args.only.includes("f1")) {
  log("F1 against tests/gold");
  results.f1 = await measureF1();
}

results.totalSeconds = (performance.now() - runStarted) / 1000;
results.loadAtEnd = describeMachine().loadAverage;
const report = formatReport(results);
mkdirSync(args.out, { recursive: true });
const base = path.join(args.out, `bench-${args.issues}${cluster ? "-postgresql" : ""}`);
writeFileSync(`${base}.md`, `${report}\n`);
writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${report}\n`);
log(`wrote ${base}.md and ${base}.json`);
cluster?.stop();
process.exit(0);
