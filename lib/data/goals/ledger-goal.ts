import "server-only";

import { getDb, type Db } from "../../db/client";
import { readInSlices } from "../../db/id-slices";
import { itemHref, toIssueRef, type IssueRef, type IssueRefInput } from "../source-refs";
import type { GoalLedgerRow } from "./goal-rows";

// A goal as the pages show it: the rows of goal-rows.ts with issue labels and links to the highlighted sentences.

export const KIND_LABELS: Record<string, string> = { target: "目标", task: "任务", requirement: "约束" };
export const RELATION_LABELS: Record<string, string> = { met: "已完成", partial: "部分完成", progress: "有进展", missed: "未完成", mention: "提及" };

export type LedgerEvidence = {
  id: number;
  issue: IssueRef;
  articleId: number;
  articleTitle: string;
  text: string;
  value: number | null;
  unit: string | null;
  relation: string;
  score: number;
  words: string[];
  review: string; // machine | confirmed | rejected
  href: string; // the evidence sentence, highlighted in its article
};

export type LedgerGoal = Omit<GoalLedgerRow, "evidence"> & {
  issue: IssueRef | null;
  href: string; // the goal's sentence, highlighted
  evidence: LedgerEvidence[];
  latest: LedgerEvidence | null; // the newest live link
};

export const today = () => new Date().toISOString().slice(0, 10);

type IssueOf = Map<number, IssueRefInput>;

async function issuesOfArticles(articleIds: number[], db: Db): Promise<IssueOf> {
  const out: IssueOf = new Map();
  if (articleIds.length === 0) return out;
  const rows = await readInSlices(articleIds, (ids) =>
    db.article.findMany({
      where: { id: { in: ids } },
      select: { id: true, issue: { select: { id: true, date: true, number: true, fileName: true, dateSource: true, paper: true } } },
    }),
  );
  for (const row of rows) out.set(row.id, row.issue);
  return out;
}

export async function decorateGoals(rows: GoalLedgerRow[], db: Db = getDb()): Promise<LedgerGoal[]> {
  const allEvidence = rows.flatMap((r) => r.evidence);
  const issues = await issuesOfArticles([...rows.map((r) => r.articleId), ...allEvidence.map((e) => e.articleId)], db);
  return rows.map((row) => {
    const evidence = row.evidence.map(
      (e): LedgerEvidence => ({
        id: e.id,
        issue: toIssueRef(issues.get(e.articleId) ?? { id: 0, date: e.issueDate, number: null, fileName: "" }),
        articleId: e.articleId,
        articleTitle: e.articleTitle,
        text: e.text,
        value: e.value,
        unit: e.unit,
        relation: e.relation,
        score: e.score,
        words: e.words,
        review: e.review,
        href: itemHref("evidence", e.articleId, e.id),
      }),
    );
    const live = evidence.filter((e) => e.review !== "rejected");
    const issue = issues.get(row.articleId);
    return {
      ...row,
      issue: issue ? toIssueRef(issue) : null,
      href: itemHref("goal", row.articleId, row.id),
      evidence,
      latest: live.length ? live[live.length - 1] : null,
    };
  });
}

