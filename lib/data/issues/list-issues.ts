import "server-only";

import { getDb, type Db } from "../../db/client";

export type IssueListItem = {
  id: number;
  fileName: string;
  date: string | null;
  dateSource: string | null;
  dateEvidence: string | null;
  dateConfidence: number | null;
  number: number | null;
  articleCount: number;
};

// Newest first; issues without a date last.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- no arguments yet; the (args, db) convention keeps db second
export async function listIssues(_args: Record<string, never> = {}, db: Db = getDb()): Promise<IssueListItem[]> {
  const rows = await db.issue.findMany({
    select: {
      id: true,
      fileName: true,
      date: true,
      dateSource: true,
      dateEvidence: true,
      dateConfidence: true,
      number: true,
      _count: { select: { articles: { where: { kind: { not: "banner" } } } } },
    },
    orderBy: [{ date: { sort: "desc", nulls: "last" } }, { id: "asc" }],
  });
  return rows.map(({ _count, ...row }) => ({ ...row, articleCount: _count.articles }));
}
