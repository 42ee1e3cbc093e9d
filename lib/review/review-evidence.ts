import { sqlRunner } from "../db/sql-runner";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { refreshEvidenceState } from "../db/goal-evidence-state";
import type { TReviewEvidence } from "../validations/review";
import { anchorFor, locateAnchor, sentenceAround } from "./anchor";
import { ReviewError } from "./review-items";

type Tx = Prisma.TransactionClient;

// What an evidence decision remembers besides the goal's anchor: which later sentence, in which issue and article.
type EvidenceFields = { evidenceIssueHash: string; evidenceArticlePos: number; evidenceSentence: string; relation: string };

// Confirms or rejects a link from a goal to a later sentence. The link changes now, and a decision anchored to the
// goal's words (as goal decisions are) and to the evidence sentence is kept, so that rebuilding either issue applies
// it again (applyEvidenceDecisions). One transaction with the audit entry.
export async function reviewEvidence(db: PrismaClient, editor: string, input: TReviewEvidence) {
  return db.$transaction(async (tx) => {
    const link = await tx.goalEvidence.findUnique({
      where: { id: input.id },
      include: { goal: { include: { article: { include: { issue: true } } } }, article: { include: { issue: true } } },
    });
    if (!link) throw new ReviewError(`证据 ${input.id} 不存在`, 404);
    const review = input.action === "confirm" ? "confirmed" : "rejected";
    const updated = await tx.goalEvidence.update({ where: { id: link.id }, data: { review } });
    await refreshEvidenceState(sqlRunner(db, tx), [link.goalId]);
    const goal = link.goal;
    const anchor = anchorFor(goal.article.text, goal, sentenceAround(goal.article.text, goal));
    const fields: EvidenceFields = {
      evidenceIssueHash: link.article.issue.contentHash,
      evidenceArticlePos: link.article.position,
      evidenceSentence: link.article.text.slice(link.sentenceStart, link.sentenceEnd),
      relation: link.relation,
    };
    const same = (
      await tx.reviewDecision.findMany({
        where: { issueHash: goal.article.issue.contentHash, kind: "evidence", itemText: anchor.itemText, sentence: anchor.sentence, occurrence: anchor.occurrence },
      })
    ).find((d) => {
      const f = JSON.parse(d.fields) as EvidenceFields;
      return f.evidenceIssueHash === fields.evidenceIssueHash && f.evidenceSentence === fields.evidenceSentence;
    });
    const data = {
      issueHash: goal.article.issue.contentHash,
      articlePos: goal.article.position,
      kind: "evidence",
      action: input.action,
      itemText: anchor.itemText,
      sentence: anchor.sentence,
      occurrence: anchor.occurrence,
      fields: JSON.stringify(fields),
      editor,
    };
    if (same) await tx.reviewDecision.update({ where: { id: same.id }, data });
    else await tx.reviewDecision.create({ data });
    await tx.auditLog.create({
      data: {
        editor,
        action: "review",
        target: `evidence:${link.id}`,
        detail: JSON.stringify({ action: input.action, goal: goal.id, before: { review: link.review }, after: { review } }),
      },
    });
    return updated;
  });
}

// Re-applies the evidence decisions that involve an issue (as the goal's or as the evidence's) after it was stored or
// rebuilt, inside the ingest transaction. A confirmed link the rules no longer find is recreated from its sentence;
// a decision whose words are gone stays stored. Returns the goals whose links changed.
export async function applyEvidenceDecisions(tx: Tx, issueHash: string): Promise<number[]> {
  const decisions = await tx.reviewDecision.findMany({
    where: { kind: "evidence", OR: [{ issueHash }, { fields: { contains: issueHash } }] },
    orderBy: { id: "asc" },
  });
  const touched: number[] = [];
  for (const decision of decisions) {
    const fields = JSON.parse(decision.fields) as EvidenceFields;
    const goal = await findGoal(tx, decision);
    const evidence = goal ? await findSentence(tx, fields) : null;
    if (!goal || !evidence) continue;
    const review = decision.action === "confirm" ? "confirmed" : "rejected";
    const link = await tx.goalEvidence.findUnique({ where: { goalId_articleId: { goalId: goal.id, articleId: evidence.article.id } } });
    if (link) await tx.goalEvidence.update({ where: { id: link.id }, data: { review } });
    else if (review === "confirmed") {
      await tx.goalEvidence.create({
        data: {
          goalId: goal.id,
          articleId: evidence.article.id,
          issueDate: evidence.issueDate,
          sentenceStart: evidence.start,
          sentenceEnd: evidence.end,
          text: fields.evidenceSentence.trim(),
          relation: fields.relation,
          score: 1,
          words: "[]",
          review,
        },
      });
    } else continue;
    touched.push(goal.id);
  }
  return touched;
}

async function findGoal(tx: Tx, decision: { issueHash: string; articlePos: number; itemText: string; sentence: string; occurrence: number }) {
  const issue = await tx.issue.findUnique({ where: { contentHash: decision.issueHash }, select: { id: true } });
  if (!issue) return null;
  const articles = await tx.article.findMany({ where: { issueId: issue.id }, select: { id: true, position: true, text: true } });
  articles.sort((a, b) => Number(b.position === decision.articlePos) - Number(a.position === decision.articlePos));
  for (const article of articles) {
    const span = locateAnchor(article.text, decision);
    if (!span) continue;
    const goal = await tx.goal.findFirst({ where: { articleId: article.id, start: span.start, end: span.end }, select: { id: true } });
    if (goal) return goal;
  }
  return null;
}

async function findSentence(tx: Tx, fields: EvidenceFields) {
  const issue = await tx.issue.findUnique({ where: { contentHash: fields.evidenceIssueHash }, select: { id: true, date: true } });
  if (!issue?.date) return null;
  const articles = await tx.article.findMany({ where: { issueId: issue.id }, select: { id: true, position: true, text: true } });
  articles.sort((a, b) => Number(b.position === fields.evidenceArticlePos) - Number(a.position === fields.evidenceArticlePos));
  for (const article of articles) {
    const start = article.text.indexOf(fields.evidenceSentence);
    if (start >= 0) return { article, start, end: start + fields.evidenceSentence.length, issueDate: issue.date };
  }
  return null;
}
