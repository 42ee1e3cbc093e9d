import "server-only";

import { getDb, type Db } from "../../db/client";
import { sentenceAroundSpan } from "../../text/sentences";
import { readGoalRows, toEvidenceRow, type GoalLedgerRow } from "./goal-rows";
import { decorateGoals, today, type LedgerGoal } from "./ledger-goal";

// A goal's page (/goals/[id]): the goal, every link and its sentence. Its chart is get-goal-chart.ts, which the page
// streams after this.

export type GoalPage = {
  asOf: string;
  goal: LedgerGoal;
  sentence: string; // the goal's whole sentence in its article
};

// One goal with every link (rejected ones too, for editors to restore) and its sentence.
export async function getGoalPage(args: { id: number; asOf?: string }, db: Db = getDb()): Promise<GoalPage | null> {
  const asOf = args.asOf ?? today();
  const [row] = await readGoalRows({ ids: [args.id], includeRejected: true, asOf }, db);
  if (!row) return null;
  const rejected = await db.goalEvidence.findMany({
    where: { goalId: row.id, review: "rejected", issueDate: { lte: asOf } },
    include: { article: { select: { title: true } } },
  });
  const withRejected: GoalLedgerRow = {
    ...row,
    evidence: [
      ...row.evidence,
      ...rejected.map(toEvidenceRow),
    ].sort((a, b) => a.issueDate.localeCompare(b.issueDate) || a.id - b.id),
  };
  const [goal] = await decorateGoals([withRejected], db);
  const stored = await db.goal.findUnique({ where: { id: row.id }, select: { start: true, end: true, article: { select: { text: true } } } });
  const sentence = stored ? sentenceAt(stored.article.text, stored.start, stored.end) : row.text;
  return { asOf, goal, sentence };
}

// The sentence holding [start, end), semicolons not cut: the same scope as the number's series place.
function sentenceAt(text: string, start: number, end: number): string {
  const around = sentenceAroundSpan(text, { start, end }, "seriesPlace");
  return text.slice(around.start, around.end).trim();
}
