import type { PrismaClient } from "../generated/prisma/client";
import { collectIssueFiles } from "./collect-issue-files";
import { ingestFile, type IngestFileResult, type IngestOptions } from "./ingest-file";

export type IngestSummary = {
  results: IngestFileResult[];
  stored: number;
  replaced: number;
  duplicates: number;
  failed: number;
  articles: number;
  items: number;
};

// Ingests files and folders one file at a time (each its own transaction), so a bad file never blocks the good ones.
export async function ingestPaths(
  db: PrismaClient,
  paths: string[],
  options: IngestOptions,
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
  for (const [index, file] of files.entries()) {
    const result = await ingestFile(db, { path: file }, options);
    results.push(result);
    onProgress?.(index + 1, files.length, result);
  }
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
