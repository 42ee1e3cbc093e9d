import { isBusyError } from "../db/retry-busy";
import { IngestError, type IngestErrorCode } from "./errors";
import { processIssue, type ProcessedIssue } from "./process-issue";
import { readIssueFile } from "./read-issue-file";

// Why a file was not stored: the pipeline's refusals, "busy" (other writers held the database past every retry: try
// again) and "internal" (anything else; the server log has the details).
export type FailureCode = IngestErrorCode | "busy" | "internal";

export type IngestInput = { path: string } | { fileName: string; bytes: Uint8Array };

export type PrepareOptions = {
  userDate?: string; // YYYY-MM-DD, wins over masthead and inference
  maxBytes?: number;
};

// What the database stage receives for one input: the processed issue, or why the file was refused.
// `ms`: how long preparing took (the run log's duration starts from it: a worker's clock is not the main thread's).
export type PreparedIssue =
  | { file: string; ms: number; ok: true; processed: ProcessedIssue }
  | { file: string; ms: number; ok: false; code: FailureCode; message: string; contentHash: string | null };

export function inputName(input: IngestInput): string {
  return "path" in input ? input.path : input.fileName;
}

// read → check → decode → parse → extract, without the database. Runs on the main thread (uploads, single files) or
// in a worker (lib/ingest/process-pool.ts); either way a refusal comes back as a value naming the file and the problem.
export function prepareIssue(input: IngestInput, options: PrepareOptions = {}): PreparedIssue {
  const file = inputName(input);
  const started = performance.now();
  try {
    const { fileName, bytes } = "path" in input ? readIssueFile(input.path, { maxBytes: options.maxBytes }) : checkSize(input, options);
    const processed = processIssue(bytes, { fileName, userDate: options.userDate });
    return { file, ms: performance.now() - started, ok: true, processed };
  } catch (error) {
    return { ...refusal(input, error), ms: performance.now() - started };
  }
}

// A file that could not be prepared, with the problem in words that name it.
export function refusal(input: IngestInput, error: unknown): Extract<PreparedIssue, { ok: false }> {
  const file = inputName(input);
  return { file, ms: 0, ok: false, ...describeFailure(file, error), contentHash: null };
}

// The code and message a failed file is reported with: an IngestError's own, or the error's text after the file name.
// Database errors are told in a line (the full error goes to the server log): Prisma's own text names its internals
// and the query, which means nothing to the person who uploaded the file.
export function describeFailure(file: string, error: unknown): { code: FailureCode; message: string } {
  if (error instanceof IngestError) return { code: error.code, message: error.message };
  if (isBusyError(error)) return { code: "busy", message: `${file}: the database stayed busy with other writes; nothing was stored, try again` };
  if (isDatabaseError(error)) {
    console.error(`storing ${file} failed:`, error);
    return { code: "internal", message: `${file}: the database refused the issue; nothing was stored (details in the server log)` };
  }
  return { code: "internal", message: `${file}: ${error instanceof Error ? error.message : String(error)}` };
}

function isDatabaseError(error: unknown): boolean {
  const name = error instanceof Error ? error.name : "";
  return name.startsWith("PrismaClient") || name === "DriverAdapterError" || name === "SqliteError" || /^(SQLITE_|[0-9A-Z]{5}$)/.test(String((error as { code?: unknown })?.code ?? ""));
}

function checkSize(input: { fileName: string; bytes: Uint8Array }, options: PrepareOptions) {
  if (options.maxBytes !== undefined && input.bytes.byteLength > options.maxBytes) {
    throw new IngestError(input.fileName, "too-large", `file is larger than the ${Math.round(options.maxBytes / 1024)} KB limit`);
  }
  return input;
}
