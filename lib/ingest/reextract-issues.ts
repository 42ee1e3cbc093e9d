import type { PrismaClient } from "../generated/prisma/client";
import type { TextEncoding } from "../text/types";
import { processIssueText } from "./process-issue";
import { storeIssue } from "./store-issue";

export type ReextractResult = { issueId: number; fileName: string; status: "replaced" | "failed"; message?: string };

// Runs the current rules again over every stored issue's original text. Each issue is rebuilt in its own
// transaction; editors' decisions are re-attached by storeIssue, and a date an editor set is kept.
export async function reextractIssues(db: PrismaClient, options: { issueIds?: number[] } = {}): Promise<ReextractResult[]> {
  const issues = await db.issue.findMany({
    where: options.issueIds ? { id: { in: options.issueIds } } : undefined,
    select: { id: true, fileName: true, rawText: true, contentHash: true, encoding: true, byteSize: true, date: true, dateSource: true },
    orderBy: { id: "asc" },
  });
  const results: ReextractResult[] = [];
  for (const issue of issues) {
    try {
      const processed = processIssueText(issue.rawText, {
        fileName: issue.fileName,
        contentHash: issue.contentHash,
        encoding: issue.encoding as TextEncoding,
        byteSize: issue.byteSize,
        userDate: issue.dateSource === "user" && issue.date ? issue.date : undefined,
      });
      await storeIssue(db, processed, { force: true });
      results.push({ issueId: issue.id, fileName: issue.fileName, status: "replaced" });
    } catch (error) {
      results.push({ issueId: issue.id, fileName: issue.fileName, status: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;
}
