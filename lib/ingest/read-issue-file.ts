import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { IngestError, type IngestErrorCode } from "./errors";

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
    throw new IngestError(filePath, ...unreadable(error));
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

// Why stat failed, in words: a missing file is not the same problem as a link that points back to itself.
function unreadable(error: unknown): [IngestErrorCode, string] {
  switch ((error as NodeJS.ErrnoException).code) {
    case "ELOOP":
      return ["not-a-file", "a symbolic link that loops back on itself (it never reaches a file)"];
    case "EACCES":
    case "EPERM":
      return ["not-a-file", "permission denied (the file cannot be read)"];
    case "ENAMETOOLONG":
      return ["missing", "the path is too long"];
    default:
      return ["missing", "no such file"];
  }
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
