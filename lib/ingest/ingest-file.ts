import type { PrismaClient } from "../generated/prisma/client";
import { IngestError } from "./errors";
import { processIssue } from "./process-issue";
import { readIssueFile } from "./read-issue-file";
import { storeIssue, type StoreStatus } from "./store-issue";

export type IngestSource = "cli" | "seed" | "upload";

export type IngestInput = { path: string } | { fileName: string; bytes: Uint8Array };

export type IngestOptions = {
  source: IngestSource;
  force?: boolean;
  userDate?: string; // YYYY-MM-DD, wins over masthead and inference
  maxBytes?: number;
};

export type IngestFileResult =
  | { file: string; status: StoreStatus; issueId: number; date: string | null; articles: number; items: number; ms: number }
  | { file: string; status: "failed"; message: string; code: string; ms: number };

// The one path from a file to the database, used by the CLI, the seed step and the upload page.
// Never throws for bad input: the result says what happened, and an IngestRun row records it.
export async function ingestFile(db: PrismaClient, input: IngestInput, options: IngestOptions): Promise<IngestFileResult> {
  const started = performance.now();
  const file = "path" in input ? input.path : input.fileName;
  let result: IngestFileResult;
  let contentHash: string | null = null;
  try {
    const { fileName, bytes } = "path" in input ? readIssueFile(input.path, { maxBytes: options.maxBytes }) : checkUpload(input, options);
    const processed = processIssue(bytes, { fileName, userDate: options.userDate });
    contentHash = processed.contentHash;
    const stored = await storeIssue(db, processed, { force: options.force, run: { source: options.source, fileName: file, startedMs: started } });
    result = {
      file,
      status: stored.status,
      issueId: stored.issueId,
      date: processed.parsed.date?.date ?? null,
      articles: stored.articles,
      items: stored.items,
      ms: performance.now() - started,
    };
  } catch (error) {
    const known = error instanceof IngestError;
    const message = known ? error.message : `${file}: ${error instanceof Error ? error.message : String(error)}`;
    result = { file, status: "failed", message, code: known ? error.code : "internal", ms: performance.now() - started };
  }
  // A stored issue's run row was written in its transaction; a refused file is logged here.
  if (result.status === "failed") await recordFailure(db, result, options.source, contentHash);
  return result;
}

function checkUpload(input: { fileName: string; bytes: Uint8Array }, options: IngestOptions) {
  if (options.maxBytes !== undefined && input.bytes.byteLength > options.maxBytes) {
    throw new IngestError(input.fileName, "too-large", `file is larger than the ${Math.round(options.maxBytes / 1024)} KB limit`);
  }
  return input;
}

async function recordFailure(
  db: PrismaClient,
  result: Extract<IngestFileResult, { status: "failed" }>,
  source: IngestSource,
  contentHash: string | null,
) {
  try {
    await db.ingestRun.create({
      data: { source, fileName: result.file, contentHash, status: "failed", durationMs: Math.round(result.ms), message: result.message },
    });
  } catch {
    // The run log is a convenience: failing to write it must not hide the refusal itself.
  }
}
