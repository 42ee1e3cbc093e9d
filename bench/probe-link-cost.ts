// Goal linking's own cost and its output, in one process on the main thread (issue #11 §4):
//   npx tsx bench/probe-link-cost.ts [--issues 200] [--order date|shuffled] [--rounds 2] [--dump links.txt] [--between N] [--between-trigram N]
// The bench's `--only goals` measures linking as ingestMany's CPU with it on minus with it off, two runs whose worker
// threads and other load move both sides; on a shared machine that difference swings by ±15 points between runs.
// Here the same processed issues are stored (storeIssues, 25 per transaction, as ingestMany does) into fresh
// databases with linking off and on, alternately, in one process with no worker threads, so linking's CPU is the
// difference of two close measurements; linkIssueCpuMsPerIssue is linkIssue's own CPU, timed around it (steadier). `--dump` writes every stored link and every goal's evidence summary, sorted
// and named by file and position, not by id: `diff` two dumps to check that a change to the linker's speed left its
// links alone (`--order shuffled` stores the issues out of date order, which exercises the later-articles side).
// Results: bench/RESULTS.md §10.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { linkingBench, linkingLimits } from "../lib/ingest/link-goals";
import { processIssue } from "../lib/ingest/process-issue";
import { storeIssues } from "../lib/ingest/store-issue";
import { corpusFiles } from "./corpus";
import { cpuMs } from "./stats";
import { createTempDatabase, type TempDatabase } from "./temp-database";

const ZArgsSchema = z.object({
  issues: z.coerce.number().int().min(1).max(100_000).default(200),
  order: z.enum(["date", "shuffled"]).default("date"),
  rounds: z.coerce.number().int().min(1).max(10).default(2),
  dump: z.string().optional(),
  between: z.coerce.number().int().min(1).max(1000).optional(), // linkingLimits.between, to try other limits
  "between-trigram": z.coerce.number().int().min(1).max(1000).optional(), // linkingLimits.betweenTrigram
});
const { values } = parseArgs({ options: { issues: { type: "string" }, order: { type: "string" }, rounds: { type: "string" }, dump: { type: "string" }, between: { type: "string" }, "between-trigram": { type: "string" } } });
const args = ZArgsSchema.parse(values);
if (args.between) linkingLimits.between = args.between;
if (args["between-trigram"]) linkingLimits.betweenTrigram = args["between-trigram"];

const files = [...corpusFiles({ issues: args.issues, seed: "zhibiao-bench" })];
if (args.order === "shuffled") {
  // a fixed permutation (linear congruential), so two runs store the same order
  let state = 12345;
  for (let i = files.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [files[i], files[j]] = [files[j], files[i]];
  }
}
const processStarted = cpuMs();
const processed = files.map((file) => processIssue(file.bytes, { fileName: file.fileName }));
const processCpu = cpuMs() - processStarted;

async function store(linking: boolean): Promise<{ cpu: number; database: TempDatabase; keyReads: number; pairs: number; linkIssueCpu: number }> {
  linkingBench.enabled = linking;
  const before = { keyReads: linkingBench.keyReads, pairs: linkingBench.pairs, cpuMs: linkingBench.cpuMs };
  const database = createTempDatabase();
  let cpu = 0;
  for (let from = 0; from < processed.length; from += 25) {
    const started = cpuMs();
    const outcomes = await storeIssues(database.db, processed.slice(from, from + 25).map((issue) => ({ issue })));
    cpu += cpuMs() - started;
    const failed = outcomes.find((outcome) => !outcome.ok);
    if (failed && !failed.ok) throw failed.error;
  }
  linkingBench.enabled = true;
  return { cpu, database, keyReads: linkingBench.keyReads - before.keyReads, pairs: linkingBench.pairs - before.pairs, linkIssueCpu: linkingBench.cpuMs - before.cpuMs };
}

const n = processed.length;
const perIssue = (ms: number) => Math.round((ms / n) * 100) / 100;
for (let round = 1; round <= args.rounds; round++) {
  const off = await store(false);
  await off.database.cleanup();
  const on = await store(true);
  const links = await dumpLinks(on.database);
  if (args.dump && round === args.rounds) writeFileSync(args.dump, `${links.join("\n")}\n`);
  await on.database.cleanup();
  const linkCpu = on.cpu - off.cpu;
  console.log(
    JSON.stringify({
      round,
      issues: n,
      order: args.order,
      processCpuMsPerIssue: perIssue(processCpu),
      storeCpuMsPerIssue: { off: perIssue(off.cpu), on: perIssue(on.cpu) },
      linkingCpuMsPerIssue: perIssue(linkCpu),
      linkIssueCpuMsPerIssue: perIssue(on.linkIssueCpu), // linkIssue's own CPU, measured around it (steadier)
      linkingShare: Math.round((linkCpu / (processCpu + off.cpu)) * 1000) / 1000, // of ingestion without it
      keyReadsPerIssue: on.keyReads / n,
      pairsPerIssue: on.pairs / n,
      linkLines: links.length,
      limits: linkingLimits,
      load: (await import("node:os")).loadavg().map((x) => Math.round(x * 10) / 10),
    }),
  );
}
process.exit(0);

// Every link and every goal's evidence summary, one sorted line each, named by file and article position.
async function dumpLinks(database: TempDatabase): Promise<string[]> {
  const goalName = `gi."fileName" AS "goalFile", ga."position" AS "goalArticle", g."start" AS "goalStart"`;
  const goalArticle = `JOIN "Article" ga ON ga."id" = g."articleId" JOIN "Issue" gi ON gi."id" = ga."issueId"`;
  const links = await database.db.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT ${goalName}, i."fileName" AS "file", a."position" AS "article", e."issueDate", e."sentenceStart", e."sentenceEnd",
            e."value", e."unit", e."relation", e."score", e."words", e."text"
     FROM "GoalEvidence" e JOIN "Goal" g ON g."id" = e."goalId" ${goalArticle} JOIN "Article" a ON a."id" = e."articleId" JOIN "Issue" i ON i."id" = a."issueId"`,
  );
  const states = await database.db.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT ${goalName}, g."evidenceState", g."evidenceDate" FROM "Goal" g ${goalArticle} WHERE g."evidenceState" IS NOT NULL`,
  );
  return [...links.map((row) => `link ${JSON.stringify(row)}`), ...states.map((row) => `state ${JSON.stringify(row)}`)].sort();
}
