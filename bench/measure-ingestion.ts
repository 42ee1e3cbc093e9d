import type { PrismaClient } from "../lib/generated/prisma/client";
import { ingestFile } from "../lib/ingest/ingest-file";
import { corpusFiles } from "./corpus";
import { cpuMs, MB, RssSampler } from "./stats";
import type { TempDatabase } from "./temp-database";

export type IngestionCheckpoint = {
  issues: number;
  stored: number;
  failed: number;
  items: number;
  corpusBytes: number;
  seconds: number; // ingesting only, cumulative
  issuesPerSecond: number; // cumulative
  segmentIssuesPerSecond: number; // since the previous checkpoint: shows whether writes slow down as the file grows
  mbPerSecond: number;
  cpuSeconds: number;
  cpuIssuesPerSecond: number; // by this process's CPU time: what an idle core would do
  dbBytes: number;
  peakRss: number;
  firstError?: string;
};

// Issues/s through the real path (ingestFile: process → store in one transaction → IngestRun row) into a fresh database.
// At each checkpoint the clock stops and onCheckpoint runs (database size, query latencies), then ingestion goes on.
export async function measureIngestion(options: {
  issues: number;
  seed: string;
  database: TempDatabase;
  checkpoints: number[];
  onCheckpoint?: (db: PrismaClient, checkpoint: IngestionCheckpoint) => Promise<void>;
  onProgress?: (done: number, total: number) => void;
}): Promise<IngestionCheckpoint[]> {
  const { db } = options.database;
  const checkpoints = new Set(options.checkpoints.filter((n) => n <= options.issues).concat(options.issues));
  const results: IngestionCheckpoint[] = [];
  const rss = new RssSampler().start();
  let busy = 0;
  let cpu = 0;
  let segmentStart = { issues: 0, busy: 0 };
  const state = { issues: 0, stored: 0, failed: 0, items: 0, corpusBytes: 0, firstError: undefined as string | undefined };

  for (const issue of corpusFiles(options)) {
    const started = performance.now();
    const cpuStarted = cpuMs();
    const result = await ingestFile(db, { fileName: issue.fileName, bytes: issue.bytes }, { source: "cli" });
    busy += performance.now() - started;
    cpu += cpuMs() - cpuStarted;
    state.issues += 1;
    state.corpusBytes += issue.bytes.byteLength;
    if (result.status === "failed") {
      state.failed += 1;
      state.firstError ??= result.message;
    } else {
      state.stored += 1;
      state.items += result.items;
    }
    if (state.issues % 20 === 0) {
      rss.sample();
      options.onProgress?.(state.issues, options.issues);
    }
    if (!checkpoints.has(state.issues)) continue;

    rss.sample();
    const checkpoint: IngestionCheckpoint = {
      ...state,
      seconds: busy / 1000,
      issuesPerSecond: state.issues / (busy / 1000),
      segmentIssuesPerSecond: (state.issues - segmentStart.issues) / ((busy - segmentStart.busy) / 1000),
      mbPerSecond: state.corpusBytes / MB / (busy / 1000),
      cpuSeconds: cpu / 1000,
      cpuIssuesPerSecond: state.issues / (cpu / 1000),
      dbBytes: await options.database.size(),
      peakRss: rss.peak,
    };
    results.push(checkpoint);
    await options.onCheckpoint?.(db, checkpoint);
    segmentStart = { issues: state.issues, busy };
  }
  rss.stop();
  return results;
}
