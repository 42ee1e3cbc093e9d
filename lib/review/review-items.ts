import { refreshIndicatorSearch } from "../db/indicator-search";
import { refreshIssueStats } from "../db/issue-stats";
import { retryWhenBusy } from "../db/retry-busy";
import { sqlRunner } from "../db/sql-runner";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { TAddIndicator, TIndicatorFields, TReviewGoal, TReviewIndicator } from "../validations/review";
import { anchorFor, locateAnchor, sentenceAround, type TextAnchor } from "./anchor";

type Tx = Prisma.TransactionClient;

export class ReviewError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 = 400,
  ) {
    super(message);
  }
}

const REVIEW_STATE = { confirm: "confirmed", reject: "rejected", correct: "corrected" } as const;

// Confirms, rejects or corrects an indicator: the item changes now, and a decision anchored to its source words is
// kept so that re-extraction applies it again. One transaction with the audit entry.
export async function reviewIndicator(db: PrismaClient, editor: string, input: TReviewIndicator) {
  return retryWhenBusy(() => db.$transaction(async (tx) => {
    const item = await tx.indicator.findUnique({ where: { id: input.id }, include: { article: { include: { issue: true } } } });
    if (!item) throw new ReviewError(`指标 ${input.id} 不存在`, 404);
    const fields = input.action === "correct" ? input.fields : {};
    const before = { value: item.value, unit: item.unit, metric: item.metric, review: item.review };
    const data = { review: REVIEW_STATE[input.action], ...(await indicatorData(tx, fields)) };
    const updated = await tx.indicator.update({ where: { id: item.id }, data });
    await refreshIssueStats(sqlRunner(db, tx), item.article.issueId); // a rejection or a corrected township changes the counts
    await refreshIndicatorSearch(sqlRunner(db, tx), [item.article.issueId]); // a rejection or a corrected label changes what a query finds
    const anchor = anchorFor(item.article.text, item, { start: item.sentenceStart, end: item.sentenceEnd });
    await saveDecision(tx, {
      issueHash: item.article.issue.contentHash,
      articlePos: item.article.position,
      kind: "indicator",
      action: input.action,
      anchor,
      fields,
      editor,
    });
    await tx.auditLog.create({
      data: {
        editor,
        action: "review",
        target: `indicator:${item.id}`,
        detail: JSON.stringify({ action: input.action, before, after: { value: updated.value, unit: updated.unit, metric: updated.metric, review: updated.review } }),
      },
    });
    return updated;
  }));
}

export async function addIndicator(db: PrismaClient, editor: string, input: TAddIndicator) {
  return retryWhenBusy(() => db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: input.articleId }, include: { issue: true } });
    if (!article) throw new ReviewError(`文章 ${input.articleId} 不存在`, 404);
    if (input.end > article.text.length) throw new ReviewError("所选文字超出了文章正文");
    const span = { start: input.start, end: input.end };
    const sentence = sentenceAround(article.text, span);
    const created = await tx.indicator.create({ data: await newIndicatorData(tx, article, span, sentence, input.fields) });
    await refreshIssueStats(sqlRunner(db, tx), article.issueId);
    await refreshIndicatorSearch(sqlRunner(db, tx), [article.issueId]);
    await saveDecision(tx, {
      issueHash: article.issue.contentHash,
      articlePos: article.position,
      kind: "indicator",
      action: "add",
      anchor: anchorFor(article.text, span, sentence),
      fields: input.fields,
      editor,
    });
    await tx.auditLog.create({
      data: { editor, action: "review", target: `indicator:${created.id}`, detail: JSON.stringify({ action: "add", text: created.text, fields: input.fields }) },
    });
    return created;
  }));
}

export async function reviewGoal(db: PrismaClient, editor: string, input: TReviewGoal) {
  return retryWhenBusy(() => db.$transaction(async (tx) => {
    const goal = await tx.goal.findUnique({ where: { id: input.id }, include: { article: { include: { issue: true } } } });
    if (!goal) throw new ReviewError(`目标 ${input.id} 不存在`, 404);
    const data =
      input.action === "status"
        ? { status: input.status, statusEvidence: input.evidence ?? null }
        : { review: input.action === "confirm" ? "confirmed" : "rejected" };
    const updated = await tx.goal.update({ where: { id: goal.id }, data });
    if (input.action !== "status") await refreshIssueStats(sqlRunner(db, tx), goal.article.issueId); // a status is not counted
    const sentence = sentenceAround(goal.article.text, goal);
    await saveDecision(tx, {
      issueHash: goal.article.issue.contentHash,
      articlePos: goal.article.position,
      kind: "goal",
      action: input.action,
      anchor: anchorFor(goal.article.text, goal, sentence),
      fields: input.action === "status" ? { status: input.status, evidence: input.evidence ?? null } : {},
      editor,
    });
    await tx.auditLog.create({
      data: {
        editor,
        action: input.action === "status" ? "goal-status" : "review",
        target: `goal:${goal.id}`,
        detail: JSON.stringify({ action: input.action, before: { status: goal.status, review: goal.review }, after: data }),
      },
    });
    return updated;
  }));
}

type DecisionInput = {
  issueHash: string;
  articlePos: number;
  kind: "indicator" | "goal";
  action: string;
  anchor: TextAnchor;
  fields: object;
  editor: string;
};

// One decision per item and kind of decision: a second correction replaces the first; a goal's status and its
// confirm/reject are separate decisions.
async function saveDecision(tx: Tx, input: DecisionInput) {
  const family = input.action === "status" ? ["status"] : input.action === "add" ? ["add"] : ["confirm", "reject", "correct"];
  const same = await tx.reviewDecision.findFirst({
    where: {
      issueHash: input.issueHash,
      kind: input.kind,
      itemText: input.anchor.itemText,
      sentence: input.anchor.sentence,
      occurrence: input.anchor.occurrence,
      action: { in: family },
    },
  });
  const data = {
    issueHash: input.issueHash,
    articlePos: input.articlePos,
    kind: input.kind,
    action: input.action,
    itemText: input.anchor.itemText,
    sentence: input.anchor.sentence,
    occurrence: input.anchor.occurrence,
    fields: JSON.stringify(input.fields),
    editor: input.editor,
  };
  if (same) await tx.reviewDecision.update({ where: { id: same.id }, data });
  else await tx.reviewDecision.create({ data });
}

export type ApplyResult = { applied: number; orphaned: number };

// Re-applies every kept decision to a freshly (re-)extracted issue, inside the ingest transaction.
// A decision whose words are no longer in the issue stays stored and is counted as orphaned, never dropped.
export async function applyReviewDecisions(tx: Tx, issueId: number, issueHash: string): Promise<ApplyResult> {
  const decisions = await tx.reviewDecision.findMany({ where: { issueHash }, orderBy: { id: "asc" } });
  if (decisions.length === 0) return { applied: 0, orphaned: 0 };
  const articles = await tx.article.findMany({ where: { issueId }, orderBy: { position: "asc" } });
  let applied = 0;
  let orphaned = 0;
  for (const decision of decisions) {
    const ordered = [...articles].sort((a, b) => Number(b.position === decision.articlePos) - Number(a.position === decision.articlePos));
    let located: { article: (typeof articles)[number]; span: { start: number; end: number } } | null = null;
    for (const article of ordered) {
      const span = locateAnchor(article.text, decision);
      if (span) {
        located = { article, span };
        break;
      }
    }
    if (!located || !(await applyDecision(tx, decision, located.article, located.span))) {
      orphaned += 1;
      continue;
    }
    applied += 1;
  }
  return { applied, orphaned };
}

type DecisionRow = { kind: string; action: string; fields: string };
type ArticleRow = { id: number; text: string; issueId: number };

async function applyDecision(tx: Tx, decision: DecisionRow, article: ArticleRow, span: { start: number; end: number }) {
  const fields = JSON.parse(decision.fields) as Record<string, unknown>;
  if (decision.kind === "indicator") {
    if (decision.action === "add") {
      const exists = await tx.indicator.findFirst({ where: { articleId: article.id, start: span.start, end: span.end } });
      const sentence = sentenceAround(article.text, span);
      if (exists) {
        await tx.indicator.update({ where: { id: exists.id }, data: { review: "added", ...(await indicatorData(tx, fields as TIndicatorFields)) } });
      } else {
        await tx.indicator.create({ data: await newIndicatorData(tx, article, span, sentence, fields as TAddIndicator["fields"]) });
      }
      return true;
    }
    const item = await tx.indicator.findFirst({ where: { articleId: article.id, start: span.start, end: span.end } });
    if (!item) return false;
    const review = REVIEW_STATE[decision.action as keyof typeof REVIEW_STATE];
    await tx.indicator.update({ where: { id: item.id }, data: { review, ...(await indicatorData(tx, fields as TIndicatorFields)) } });
    return true;
  }
  if (decision.kind === "goal") {
    const goal = await tx.goal.findFirst({ where: { articleId: article.id, start: span.start, end: span.end } });
    if (!goal) return false;
    const data =
      decision.action === "status"
        ? { status: String(fields.status), statusEvidence: (fields.evidence as string | null) ?? null }
        : { review: decision.action === "confirm" ? "confirmed" : "rejected" };
    await tx.goal.update({ where: { id: goal.id }, data });
    return true;
  }
  return false;
}

async function indicatorData(tx: Tx, fields: TIndicatorFields) {
  const data: Prisma.IndicatorUncheckedUpdateInput = {};
  if (fields.value !== undefined) data.value = fields.value;
  if (fields.valueMax !== undefined) data.valueMax = fields.valueMax;
  if (fields.unit !== undefined) data.unit = fields.unit;
  if (fields.approx !== undefined) data.approx = fields.approx;
  if (fields.metric !== undefined) data.metric = fields.metric;
  if (fields.township !== undefined) data.townshipId = fields.township ? await placeId(tx, fields.township) : null;
  if (fields.department !== undefined) data.departmentId = fields.department ? await departmentId(tx, fields.department) : null;
  if (fields.campaign !== undefined) data.campaignId = fields.campaign ? await campaignId(tx, fields.campaign) : null;
  return data;
}

async function newIndicatorData(
  tx: Tx,
  article: ArticleRow,
  span: { start: number; end: number },
  sentence: { start: number; end: number },
  fields: TAddIndicator["fields"],
): Promise<Prisma.IndicatorUncheckedCreateInput> {
  const issue = await tx.issue.findUnique({ where: { id: article.issueId }, select: { date: true } });
  const links = await indicatorData(tx, fields);
  return {
    articleId: article.id,
    text: article.text.slice(span.start, span.end),
    value: fields.value,
    valueMax: fields.valueMax ?? null,
    unit: fields.unit,
    approx: fields.approx ?? "exact",
    metric: fields.metric ?? null,
    role: "actual",
    start: span.start,
    end: span.end,
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    issueDate: issue?.date ?? null,
    review: "added",
    townshipId: (links.townshipId as number | null | undefined) ?? null,
    departmentId: (links.departmentId as number | null | undefined) ?? null,
    campaignId: (links.campaignId as number | null | undefined) ?? null,
  };
}

async function placeId(tx: Tx, name: string) {
  const row = await tx.place.findUnique({ where: { name }, select: { id: true } });
  if (!row) throw new ReviewError(`未知的乡镇街道“${name}”`);
  return row.id;
}

async function departmentId(tx: Tx, name: string) {
  const row = await tx.department.findUnique({ where: { name }, select: { id: true } });
  if (!row) throw new ReviewError(`未知的部门“${name}”`);
  return row.id;
}

async function campaignId(tx: Tx, name: string) {
  const row = await tx.campaign.findUnique({ where: { name }, select: { id: true } });
  if (!row) throw new ReviewError(`未知的专项行动“${name}”`);
  return row.id;
}
