import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export type CollectedPaths = { files: string[]; missing: string[] };

// Expands folders (non-recursively) to their .txt files, in name order; a path that does not exist is reported, not thrown,
// so that one bad argument does not stop the others.
export function collectIssueFiles(paths: string[]): CollectedPaths {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of paths) {
    let isDirectory = false;
    try {
      isDirectory = statSync(input).isDirectory();
    } catch (error) {
      // Only a path that is not there is "missing"; a link loop or a permission problem is read (and refused) as a file,
      // so its message says what is wrong with it.
      if ((error as NodeJS.ErrnoException).code === "ENOENT") missing.push(input);
      else files.push(input);
      continue;
    }
    if (!isDirectory) {
      files.push(input);
      continue;
    }
    const entries = readdirSync(input)
      .filter((name) => name.toLowerCase().endsWith(".txt"))
      .sort();
    files.push(...entries.map((name) => path.join(input, name)));
  }
  return { files, missing };
}
