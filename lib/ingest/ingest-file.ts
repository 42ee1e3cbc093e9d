import type { PrismaClient } from "../generated/prisma/client";
import { IngestError } from "./errors";
import { prepareIssue, type IngestInput, type PrepareOptions, type PreparedIssue } from "./prepare-issue";
import { createProcessPool, defaultWorkerCount } from "./process-pool";
import { storeIssues, type StoreStatus } from "./store-issue";

export type { IngestInput } from "./prepare-issue";

export type IngestSource = "cli" | "seed" | "upload";

export type IngestOptions = PrepareOptions & {
  source: IngestSource;
  force?: boolean;
};

export type IngestFileResult =
  | { file: string; status: StoreStatus; issueId: number; date: string | null; articles: number; items: number; ms: number }
  | { file: string; status: "failed"; message: string; code: string; ms: number };

// The one path from a file to the database, used by the upload page and for single files.
// Never throws for bad input: the result says what happened, and an IngestRun row records it.
export async function ingestFile(db: PrismaClient, input: IngestInput, options: IngestOptions): Promise<IngestFileResult> {
  const started = performance.now();
  const [result] = await storePrepared(db, [{ prepared: prepareIssue(input, options), started }], options);
  return result;
}

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
      const entry: (typeof queue)[number] = { started: performance.now(), done: pool.prepare(next.value, options) };
      entry.done = entry.done.then(
        (prepared) => (entry.prepared = prepared),
        (error: unknown) => (entry.prepared = crashed(next.value, error)),
      );
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
      await queue[count - 1].done;
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

function crashed(input: IngestInput, error: unknown): PreparedIssue {
  const file = "path" in input ? input.path : input.fileName;
  return { file, ok: false, code: "internal", message: `${file}: ${error instanceof Error ? error.message : String(error)}`, contentHash: null };
}

// Stores the prepared issues of a batch in one transaction and logs the refused files (an issue's own run row is
// written in its transaction; a refusal is logged outside any).
async function storePrepared(
  db: PrismaClient,
  batch: { prepared: PreparedIssue; started: number }[],
  options: IngestOptions,
): Promise<IngestFileResult[]> {
  const good = batch.filter((entry) => entry.prepared.ok);
  let outcomes: Awaited<ReturnType<typeof storeIssues>> = [];
  if (good.length) {
    try {
      outcomes = await storeIssues(
        db,
        good.map(({ prepared, started }) => ({
          issue: (prepared as Extract<PreparedIssue, { ok: true }>).processed,
          run: { source: options.source, fileName: prepared.file, startedMs: started },
        })),
        { force: options.force },
      );
    } catch (error) {
      // The transaction itself failed (e.g. the database is locked): every issue of the batch is refused.
      outcomes = good.map(() => ({ ok: false as const, error }));
    }
  }
  const results: IngestFileResult[] = [];
  let next = 0;
  for (const { prepared, started } of batch) {
    const ms = () => performance.now() - started;
    if (!prepared.ok) {
      results.push({ file: prepared.file, status: "failed", message: prepared.message, code: prepared.code, ms: ms() });
      await recordFailure(db, results.at(-1) as FailedResult, options.source, prepared.contentHash);
      continue;
    }
    const outcome = outcomes[next++];
    if (outcome.ok) {
      const { result } = outcome;
      const date = prepared.processed.parsed.date?.date ?? null;
      results.push({ file: prepared.file, status: result.status, issueId: result.issueId, date, articles: result.articles, items: result.items, ms: ms() });
      continue;
    }
    const { error } = outcome;
    const known = error instanceof IngestError;
    const message = known ? error.message : `${prepared.file}: ${error instanceof Error ? error.message : String(error)}`;
    results.push({ file: prepared.file, status: "failed", message, code: known ? error.code : "internal", ms: ms() });
    await recordFailure(db, results.at(-1) as FailedResult, options.source, prepared.processed.contentHash);
  }
  return results;
}

type FailedResult = Extract<IngestFileResult, { status: "failed" }>;

async function recordFailure(db: PrismaClient, result: FailedResult, source: IngestSource, contentHash: string | null) {
  try {
    await db.ingestRun.create({
      data: { source, fileName: result.file, contentHash, status: "failed", durationMs: Math.round(result.ms), message: result.message },
    });
  } catch {
    // The run log is a convenience: failing to write it must not hide the refusal itself.
  }
}
