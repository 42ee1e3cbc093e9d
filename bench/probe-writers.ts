// Concurrent-writers probe (issue #13 §2): the three writers the issue saw fail each other, at once, on one SQLite
// database behind a running production server:
//   - an operator's `npm run ingest` of a folder of 300 issues (its own process),
//   - an editor's 228 review clicks (POST /api/review/indicators, one after another, as a person clicks),
//   - 35 uploads through the site (POST /api/ingest, one file each),
//   - and an operator's `npm run db:backup` every half second while they write (issue #13 §6): every snapshot is
//     checked afterwards (quick_check, every issue with its articles and its IssueStat row), and the last one is
//     restored with `db:restore`'s function into a fresh file and opened.
// Reports what each writer got back and what the database holds afterwards; every file must be stored once, every
// click must answer 200 and leave its decision, and no answer may carry Prisma's or SQLite's internal text.
//
//   npx tsx bench/probe-writers.ts [--cli-files 300] [--clicks 228] [--uploads 35] [--backups 40]
//
// Results: bench/RESULTS.md §10. The tests in tests/ops cover the same locking on a smaller scale on every run.
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import Database from "better-sqlite3";
import { buildStoryPool, makeIssue } from "../lib/bench/synthetic-corpus";
import { BackupError, checkZhibiaoDatabase, restoreSqlite } from "../lib/db/backup";
import { PROBE_PASSWORD, seededProbeDatabase } from "./probe-database";

const ZArgsSchema = z.object({
  cliFiles: z.coerce.number().int().min(1).max(5000).default(300),
  clicks: z.coerce.number().int().min(1).max(5000).default(228),
  uploads: z.coerce.number().int().min(0).max(500).default(35),
  backups: z.coerce.number().int().min(0).max(500).default(40),
});
const { values } = parseArgs({
  options: { "cli-files": { type: "string" }, clicks: { type: "string" }, uploads: { type: "string" }, backups: { type: "string" } },
});
const args = ZArgsSchema.parse({ cliFiles: values["cli-files"], clicks: values.clicks, uploads: values.uploads, backups: values.backups });

const INTERNAL_TEXT = /prisma|sqlite|SQLITE_|database is locked|invalid `|stack/i;
const root = path.resolve(import.meta.dirname, "..");

const { buildIfNeeded, startAppServer } = await import("../tests/e2e/support/app-server");
const { dir, databaseUrl, db, token } = await seededProbeDatabase("zhibiao-writers-");

// Distinct synthetic issues for the CLI folder and for the uploads (different indices: different dates and numbers).
const seeds = readdirSync(path.join(root, "seeds"))
  .filter((f) => f.endsWith(".txt"))
  .map((name) => ({ name, text: readFileSync(path.join(root, "seeds", name), "utf8") }));
const pool = buildStoryPool(seeds);
const cliDir = path.join(dir, "cli");
mkdirSync(cliDir);
for (let i = 0; i < args.cliFiles; i++) {
  const issue = makeIssue(pool, i);
  writeFileSync(path.join(cliDir, issue.fileName), issue.text);
}
const uploads = Array.from({ length: args.uploads }, (_, k) => makeIssue(pool, 100_000 + k));
// The seeds hold fewer indicators than clicks: the editor goes through them again, alternating confirm and reject, so
// every click changes something and the last click on each indicator is the state it must end in.
const indicatorIds = (await db.indicator.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: args.clicks })).map((r) => r.id);
const clicksPlanned = Array.from({ length: args.clicks }, (_, k) => ({
  id: indicatorIds[k % indicatorIds.length],
  action: Math.floor(k / indicatorIds.length) % 2 === 0 ? ("confirm" as const) : ("reject" as const),
}));
const finalState = new Map(clicksPlanned.map((c) => [c.id, c.action === "confirm" ? "confirmed" : "rejected"]));
const issuesBefore = await db.issue.count();

buildIfNeeded();
const server = await startAppServer({ DATABASE_URL: databaseUrl, ZHIBIAO_EDITOR_PASSWORD: PROBE_PASSWORD, ZHIBIAO_SECURE_COOKIES: "0" });
const headers = { cookie: `zhibiao_session=${token}`, origin: server.baseURL };

type Tally = { answers: Map<string, number>; leaks: string[]; refusals: string[]; slowestMs: number };
const tally = (): Tally => ({ answers: new Map(), leaks: [], refusals: [], slowestMs: 0 });
function count(t: Tally, key: string, body: string, ms: number) {
  t.answers.set(key, (t.answers.get(key) ?? 0) + 1);
  if (INTERNAL_TEXT.test(body)) t.leaks.push(body.slice(0, 160));
  t.slowestMs = Math.max(t.slowestMs, ms);
}

async function runCli(): Promise<{ code: number | null; ms: number; tail: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/ingest.ts", cliDir, "--quiet"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.on("close", (code) => resolve({ code, ms: performance.now() - started, tail: output.trim().split("\n").slice(-3).join(" / ") }));
  });
}

// A request the server dropped is an answer too: count it instead of stopping the probe.
async function send(t: Tally, url: string, init: RequestInit, classify: (status: number, body: string) => string): Promise<void> {
  const started = performance.now();
  try {
    const response = await fetch(url, init);
    const body = await response.text();
    count(t, classify(response.status, body), body, performance.now() - started);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? String(error);
    count(t, `no answer (${cause})`, "", performance.now() - started);
  }
}

async function runClicks(t: Tally): Promise<void> {
  for (const { id, action } of clicksPlanned) {
    await send(t, `${server.baseURL}/api/review/indicators`,
      { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify({ action, id }) },
      (status) => String(status),
    );
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function runUploads(t: Tally): Promise<void> {
  for (const issue of uploads) {
    const form = new FormData();
    form.append("files", new File([issue.text], issue.fileName, { type: "text/plain" }));
    await send(t, `${server.baseURL}/api/ingest`, { method: "POST", body: form, headers }, (status, body) => {
      try {
        const result = (JSON.parse(body) as { results?: { status: string; message?: string }[] }).results?.[0];
        if (result?.status === "failed") t.refusals.push(result.message ?? "");
        return `${status} ${result?.status ?? "no result"}`;
      } catch {
        return `${status} (not JSON)`;
      }
    });
  }
}

// The operator's backups, through the real command, while the other writers run (each waits for the one before).
function runBackupCommand(file: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/backup.ts", file], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: "ignore",
    });
    child.on("close", resolve);
  });
}

async function runBackups(until: Promise<unknown>): Promise<{ file: string; code: number | null }[]> {
  let writing = true;
  void until.then(() => (writing = false));
  const taken: { file: string; code: number | null }[] = [];
  while (writing && taken.length < args.backups) {
    const file = path.join(dir, `backup-${taken.length}.db`);
    taken.push({ file, code: await runBackupCommand(file) });
    await new Promise((r) => setTimeout(r, 500));
  }
  return taken;
}

// A snapshot is consistent when SQLite finds it whole and no issue is half-written (every issue has its articles and
// its IssueStat row: both are written in the issue's one transaction).
function snapshotProblem(file: string): string | null {
  try {
    checkZhibiaoDatabase(file);
  } catch (error) {
    return error instanceof BackupError ? error.message : String(error);
  }
  const snapshot = new Database(file, { readonly: true });
  try {
    const half = snapshot
      .prepare(
        `SELECT COUNT(*) AS n FROM "Issue" i WHERE NOT EXISTS (SELECT 1 FROM "Article" a WHERE a."issueId" = i."id")
           OR NOT EXISTS (SELECT 1 FROM "IssueStat" s WHERE s."issueId" = i."id")`,
      )
      .get() as { n: number };
    return half.n === 0 ? null : `${file}: ${half.n} issues without their articles or stats`;
  } finally {
    snapshot.close();
  }
}

const clicks = tally();
const uploaded = tally();
const started = performance.now();
const writers = Promise.all([runCli(), runClicks(clicks), runUploads(uploaded)]);
const [[cli], backups] = await Promise.all([writers, runBackups(writers)]);
const wallMs = performance.now() - started;
await server.stop();

const backupProblems = backups.flatMap((b) => (b.code === 0 ? [snapshotProblem(b.file)].filter((p) => p !== null) : [`${b.file}: exit ${b.code}`]));
let restoreLine = "no backup taken";
const last = backups.at(-1);
if (last && last.code === 0) {
  const restored = path.join(dir, "restored.db");
  const result = restoreSqlite(restored, last.file);
  const reopened = checkZhibiaoDatabase(restored);
  restoreLine = `restored the last snapshot (${result.issues} issues) into a fresh file; it opens with ${reopened.issues} issues`;
}

const issuesAfter = await db.issue.count();
const reviewed = await db.indicator.findMany({ where: { id: { in: indicatorIds } }, select: { id: true, review: true } });
const rightState = reviewed.filter((r) => finalState.get(r.id) === r.review).length;
const decisions = await db.reviewDecision.count({ where: { kind: "indicator" } });
await db.$disconnect();
rmSync(dir, { recursive: true, force: true });

const show = (t: Tally) => [...t.answers].map(([k, n]) => `${k} ×${n}`).join(", ");
const expectedIssues = issuesBefore + args.cliFiles + args.uploads;
console.log(`## Concurrent writers on SQLite (${new Date().toISOString().slice(0, 16)} UTC, load ${(await import("node:os")).loadavg()[0].toFixed(1)})\n`);
console.log("| writer | what it got | slowest answer | internal text in answers |\n| --- | --- | --- | --- |");
console.log(`| \`npm run ingest\` of ${args.cliFiles} files | exit ${cli.code} in ${(cli.ms / 1000).toFixed(1)} s (${cli.tail}) | | |`);
console.log(`| ${args.clicks} review clicks | ${show(clicks)} | ${(clicks.slowestMs / 1000).toFixed(2)} s | ${clicks.leaks.length} |`);
console.log(`| ${args.uploads} uploads | ${show(uploaded)} | ${(uploaded.slowestMs / 1000).toFixed(2)} s | ${uploaded.leaks.length} |`);
console.log(`\nIssues stored: ${issuesAfter} of ${expectedIssues} expected (${issuesBefore} seeds + ${args.cliFiles} + ${args.uploads}).`);
console.log(`Indicators in the state of their last click: ${rightState} of ${indicatorIds.length}; editor decisions kept: ${decisions}.`);
console.log(`Wall time with all three writers: ${(wallMs / 1000).toFixed(1)} s.`);
console.log(`Backups taken while they wrote: ${backups.length}, consistent: ${backups.length - backupProblems.length}; ${restoreLine}.`);
for (const problem of backupProblems.slice(0, 5)) console.log(`backup problem: ${problem}`);
for (const leak of [...clicks.leaks, ...uploaded.leaks].slice(0, 5)) console.log(`leak: ${leak}`);
for (const refusal of uploaded.refusals) console.log(`upload refused: ${refusal}`);
const ok =
  issuesAfter === expectedIssues &&
  cli.code === 0 &&
  rightState === indicatorIds.length &&
  clicks.answers.get("200") === args.clicks &&
  backupProblems.length === 0;
console.log(ok ? "\nEvery writer got what it asked for." : "\nSOME WRITES WERE LOST OR REFUSED (see above).");
process.exitCode = ok ? 0 : 1;
