import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { corpusFiles } from "./corpus";
import { MB } from "./stats";

export type CliRun = {
  issues: number;
  corpusBytes: number;
  seconds: number; // the whole command: start-up, migration, ingestion, summary
  issuesPerSecond: number;
  peakRss: number | null; // VmHWM of the command's process (Linux), bytes
  exitCode: number | null;
  summary: string; // the command's last line of output
};

// The product's own number: `npm run ingest <folder>` on the corpus written out as files, in a fresh process and a
// fresh database. The bench process's own peak RSS adds up every measure it ran before (extraction's heap, query
// results); this one is what a user's machine sees. The CLI runs as `node --import tsx scripts/ingest.ts` (what
// `npm run ingest` runs, without the npm and tsx launcher processes), so its one process holds all the work, worker
// threads included, and its peak is read from /proc/<pid>/status.
// `databaseUrl`: an empty database to ingest into (PostgreSQL); by default a new SQLite file in the temporary folder.
export async function measureCli(options: { issues: number; seed: string; parent?: string; databaseUrl?: string }): Promise<CliRun> {
  const dir = mkdtempSync(path.join(options.parent ?? tmpdir(), "zhibiao-bench-cli-"));
  try {
    const folder = path.join(dir, "issues");
    mkdirSync(folder);
    let corpusBytes = 0;
    for (const issue of corpusFiles(options)) {
      writeFileSync(path.join(folder, issue.fileName), issue.bytes);
      corpusBytes += issue.bytes.byteLength;
    }
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "ingest.ts"), folder, "--quiet"], {
      env: { ...process.env, DATABASE_URL: options.databaseUrl ?? `file:${path.join(dir, "cli.db")}` },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    let peakRss: number | null = null;
    const poll = setInterval(() => {
      const peak = readPeakRss(child.pid);
      if (peak !== null) peakRss = Math.max(peakRss ?? 0, peak);
    }, 100);
    const exitCode = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    clearInterval(poll);
    const seconds = (performance.now() - started) / 1000;
    return {
      issues: options.issues,
      corpusBytes,
      seconds,
      issuesPerSecond: options.issues / seconds,
      peakRss,
      exitCode,
      summary: output.trim().split("\n").at(-1) ?? "",
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The process's high-water mark of resident memory, or null where /proc is not there (not Linux) or it has exited.
function readPeakRss(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const kilobytes = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kilobytes ? Number(kilobytes) * 1024 : null;
  } catch {
    return null;
  }
}

export const cliMegabytesPerSecond = (run: CliRun) => run.corpusBytes / MB / run.seconds;
