import type { PrismaClient } from "../generated/prisma/client";
import { storePrepared, type IngestFileResult, type IngestOptions } from "./ingest-file";
import { refusal, type IngestInput, type PreparedIssue } from "./prepare-issue";
import { createProcessPool, defaultWorkerCount } from "./process-pool";

export type BulkOptions = IngestOptions & {
  workers?: number; // threads preparing issues; default: one per core but one, at most 3 (0 = on the main thread)
  batchSize?: number; // issues per transaction, at most; default 25
};

// Many files (the CLI, the seed step, the bench): issues are prepared in worker threads while the main thread stores
// the ones already prepared, up to `batchSize` per transaction (each issue still all-or-nothing, see storeIssues).
// Inputs are pulled lazily, so memory stays bounded whatever their number. Results come in input order.
export async function ingestMany(
  db: PrismaClient,
  inputs: Iterable<IngestInput>,
  options: BulkOptions,
  onResults?: (results: IngestFileResult[]) => void,
): Promise<IngestFileResult[]> {
  const batchSize = options.batchSize ?? 25;
  const pool = createProcessPool(options.workers ?? defaultWorkerCount());
  // Prepared issues wait here in input order; `prepared` is set once the worker is done.
  const queue: { started: number; done: Promise<PreparedIssue>; prepared?: PreparedIssue }[] = [];
  const source = inputs[Symbol.iterator]();
  let exhausted = false;
  const refill = () => {
    while (!exhausted && queue.length < batchSize * 2) {
      const next = source.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      const input = next.value;
      const entry: (typeof queue)[number] = {
        started: performance.now(),
        done: pool.prepare(input, options).then(
          (prepared) => {
            // A run's duration counts from when its issue began to be prepared, not from when it joined the queue.
            entry.started = performance.now() - prepared.ms;
            return (entry.prepared = prepared);
          },
          (error: unknown) => (entry.prepared = refusal(input, error)),
        ),
      };
      queue.push(entry);
    }
  };
  const results: IngestFileResult[] = [];
  try {
    refill();
    while (queue.length) {
      // A full batch (or what is left): the commit is the costly part of a small transaction, and while this batch is
      // stored the workers prepare the next one.
      const count = Math.min(batchSize, queue.length);
      await Promise.all(queue.slice(0, count).map((entry) => entry.done));
      const batch = queue.splice(0, count).map((entry) => ({ prepared: entry.prepared!, started: entry.started }));
      refill();
      const stored = await storePrepared(db, batch, options);
      results.push(...stored);
      onResults?.(stored);
    }
  } finally {
    await pool.close();
  }
  return results;
}
