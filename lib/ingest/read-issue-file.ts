import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { IngestError } from "./errors";

export type IssueFile = { fileName: string; path: string; bytes: Uint8Array };

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

// Size is checked from stat before reading, so an oversized file is never loaded into memory.
export function readIssueFile(filePath: string, options: { maxBytes?: number } = {}): IssueFile {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  let size: number;
  try {
    const stat = statSync(filePath);
    if (!stat.isFile()) throw new IngestError(filePath, "not-a-file", "not a regular file");
    size = stat.size;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(filePath, "missing", "no such file");
  }
  if (size > maxBytes) {
    throw new IngestError(
      filePath,
      "too-large",
      `file is ${formatMegabytes(size)}, above the ${formatMegabytes(maxBytes)} limit (set ZHIBIAO_MAX_FILE_MB to raise it)`,
    );
  }
  return { fileName: path.basename(filePath), path: filePath, bytes: readFileSync(filePath) };
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
