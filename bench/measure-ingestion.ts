import type { PrismaClient } from "../lib/generated/prisma/client";
import type { IngestInput } from "../lib/ingest/prepare-issue";
import { ingestMany } from "../lib/ingest/ingest-many";
import { corpusFiles, type CorpusIssue } from "./corpus";
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

// Issues/s through the real bulk path (ingestMany: issues prepared in worker threads, stored up to `batchSize` per
// transaction, each issue in its own savepoint, IngestRun rows) into a fresh database. The corpus is fed in segments
// that end at the checkpoints: there the clock stops and onCheckpoint runs (database size, query latencies), then
// ingestion goes on with a new pool.
export async function measureIngestion(options: {
  issues: number;
  seed: string;
  database: TempDatabase;
  checkpoints: number[];
  workers?: number;
  batchSize?: number;
  onCheckpoint?: (db: PrismaClient, checkpoint: IngestionCheckpoint) => Promise<void>;
  onProgress?: (done: number, total: number) => void;
}): Promise<IngestionCheckpoint[]> {
  const { db } = options.database;
  const ends = [...new Set(options.checkpoints.filter((n) => n < options.issues).concat(options.issues))].sort((a, b) => a - b);
  const results: IngestionCheckpoint[] = [];
  const rss = new RssSampler().start();
  let busy = 0;
  let cpu = 0;
  let segmentStart = { issues: 0, busy: 0 };
  const state = { issues: 0, stored: 0, failed: 0, items: 0, corpusBytes: 0, firstError: undefined as string | undefined };
  const corpus = corpusFiles(options);

  for (const end of ends) {
    const started = performance.now();
    const cpuStarted = cpuMs();
    await ingestMany(db, take(corpus, end - state.issues, state), { source: "cli", workers: options.workers, batchSize: options.batchSize }, (batch) => {
      for (const result of batch) {
        if (result.status === "failed") {
          state.failed += 1;
          state.firstError ??= result.message;
        } else {
          state.stored += 1;
          state.items += result.items;
        }
      }
      rss.sample();
      options.onProgress?.(state.stored + state.failed, options.issues);
    });
    busy += performance.now() - started;
    cpu += cpuMs() - cpuStarted;

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

// The next `count` issues of the corpus as ingest inputs, counted into `state` as they are handed out.
function* take(corpus: Iterator<CorpusIssue>, count: number, state: { issues: number; corpusBytes: number }): Generator<IngestInput> {
  for (let i = 0; i < count; i++) {
    const next = corpus.next();
    if (next.done) return;
    state.issues += 1;
    state.corpusBytes += next.value.bytes.byteLength;
    yield { fileName: next.value.fileName, bytes: next.value.bytes };
  }
}
