import type { PrismaClient } from "../generated/prisma/client";
import { describeFailure, prepareIssue, type IngestInput, type PrepareOptions, type PreparedIssue } from "./prepare-issue";
import { storeIssues, type StoreOutcome, type StoreStatus } from "./store-issue";

export type IngestSource = "cli" | "seed" | "upload";

export type IngestOptions = PrepareOptions & {
  source: IngestSource;
  force?: boolean;
};

export type IngestFileResult =
  | { file: string; status: StoreStatus; issueId: number; date: string | null; articles: number; items: number; ms: number }
  | { file: string; status: "failed"; message: string; code: string; ms: number };

// The one path from a file to the database, used by the upload page and for single files (many files: ingestMany in
// ingest-many.ts, which the web app does not import: its worker threads load TypeScript through tsx).
// Never throws for bad input: the result says what happened, and an IngestRun row records it.
export async function ingestFile(db: PrismaClient, input: IngestInput, options: IngestOptions): Promise<IngestFileResult> {
  const started = performance.now();
  const [result] = await storePrepared(db, [{ prepared: prepareIssue(input, options), started }], options);
  return result;
}

// Stores the prepared issues of a batch in one transaction and logs the refused files (an issue's own run row is
// written in its transaction; a refusal is logged outside any).
export async function storePrepared(
  db: PrismaClient,
  batch: { prepared: PreparedIssue; started: number }[],
  options: IngestOptions,
): Promise<IngestFileResult[]> {
  const good = batch.flatMap(({ prepared, started }) =>
    prepared.ok ? [{ issue: prepared.processed, run: { source: options.source, fileName: prepared.file, startedMs: started } }] : [],
  );
  let outcomes: StoreOutcome[] = [];
  if (good.length) {
    try {
      outcomes = await storeIssues(db, good, { force: options.force });
    } catch (error) {
      // The batch failed as a whole (its search rows, its commit, a locked database) and nothing of it was kept:
      // store its issues one by one, so that a problem of one issue is reported for that issue alone.
      outcomes = good.length === 1 ? [{ ok: false, error }] : await storeOneByOne(db, good, { force: options.force });
    }
  }
  const results: IngestFileResult[] = [];
  let next = 0;
  for (const { prepared, started } of batch) {
    const ms = performance.now() - started;
    const outcome = prepared.ok ? outcomes[next++] : null;
    if (prepared.ok && outcome?.ok) {
      const { result } = outcome;
      const date = prepared.processed.parsed.date?.date ?? null;
      results.push({ file: prepared.file, status: result.status, issueId: result.issueId, date, articles: result.articles, items: result.items, ms });
      continue;
    }
    // Refused before the database (prepared.ok false) or by it (the outcome's error).
    const storeError = outcome && !outcome.ok ? outcome.error : null;
    const { code, message } = prepared.ok ? describeFailure(prepared.file, storeError) : prepared;
    const failed: FailedResult = { file: prepared.file, status: "failed", message, code, ms };
    results.push(failed);
    await recordFailure(db, failed, options.source, prepared.ok ? prepared.processed.contentHash : prepared.contentHash);
  }
  return results;
}

async function storeOneByOne(db: PrismaClient, issues: Parameters<typeof storeIssues>[1], options: { force?: boolean }): Promise<StoreOutcome[]> {
  const outcomes: StoreOutcome[] = [];
  for (const entry of issues) {
    try {
      outcomes.push(...(await storeIssues(db, [entry], options)));
    } catch (error) {
      outcomes.push({ ok: false, error });
    }
  }
  return outcomes;
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
