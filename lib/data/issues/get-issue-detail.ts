import "server-only";

import { getDb, type Db } from "../../db/client";
import { getIssueHead } from "./get-issue-head";
import type { IssueDetail } from "./issue-detail-types";
import { listIssueArticles } from "./list-issue-articles";

// The whole issue page's data in one call (the page itself streams the two halves: getIssueHead, then listIssueArticles).
export async function getIssueDetail(id: number, db: Db = getDb()): Promise<IssueDetail | null> {
  const [head, articles] = await Promise.all([getIssueHead(id, db), listIssueArticles(id, db)]);
  return head ? { ...head, ...articles } : null;
}

