import type { PrismaClient } from "../generated/prisma/client";
import { collectIssueFiles } from "./collect-issue-files";
import type { IngestFileResult } from "./ingest-file";
import { ingestMany, type BulkOptions } from "./ingest-many";

const WORKERS_FROM_FILES = 20;

export type IngestSummary = {
  results: IngestFileResult[];
  stored: number;
  replaced: number;
  duplicates: number;
  failed: number;
  articles: number;
  items: number;
};

// Ingests files and folders; a bad file never blocks the good ones (see ingestMany).
export async function ingestPaths(
  db: PrismaClient,
  paths: string[],
  options: BulkOptions,
  onProgress?: (done: number, total: number, last: IngestFileResult) => void,
): Promise<IngestSummary> {
  const { files, missing } = collectIssueFiles(paths);
  const results: IngestFileResult[] = missing.map((file) => ({
    file,
    status: "failed" as const,
    code: "missing",
    message: `${file}: no such file or folder`,
    ms: 0,
  }));
  // Worker threads pay off from a few dozen files; the five seeds go faster on the main thread.
  const workers = options.workers ?? (files.length >= WORKERS_FROM_FILES ? undefined : 0);
  await ingestMany(db, files.map((file) => ({ path: file })), { ...options, workers }, (stored) => {
    for (const result of stored) {
      results.push(result);
      onProgress?.(results.length - missing.length, files.length, result);
    }
  });
  return summarise(results);
}

export function summarise(results: IngestFileResult[]): IngestSummary {
  const summary: IngestSummary = { results, stored: 0, replaced: 0, duplicates: 0, failed: 0, articles: 0, items: 0 };
  for (const result of results) {
    if (result.status === "failed") {
      summary.failed += 1;
      continue;
    }
    if (result.status === "stored") summary.stored += 1;
    if (result.status === "replaced") summary.replaced += 1;
    if (result.status === "duplicate") summary.duplicates += 1;
    if (result.status !== "duplicate") {
      summary.articles += result.articles;
      summary.items += result.items;
    }
  }
  return summary;
}
