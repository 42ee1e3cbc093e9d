import type { Prisma } from "../../generated/prisma/client";
import { getDb, type Db } from "../../db/client";
import { readInSlices } from "../../db/id-slices";
import { effectiveStatus, proposeStatus, type ProposedStatus } from "../../track/propose-status";
import type { EvidenceRelation } from "../../track/link-evidence";

// The one read of goals: every goal with its evidence and its status as of a date. `npm run goals` prints it; the
// ledger, the goal page, the overview and the entity pages (the other files of this folder) decorate it. Not
// server-only: the CLI runs it under tsx.

export type GoalEvidenceRow = {
  id: number;
  issueDate: string;
  articleId: number;
  articleTitle: string;
  text: string; // the evidence sentence
  sentenceStart: number;
  sentenceEnd: number;
  value: number | null;
  unit: string | null;
  relation: EvidenceRelation;
  score: number;
  words: string[];
  review: string; // machine | confirmed (rejected links are left out)
};

export type GoalLedgerRow = {
  id: number;
  issueDate: string | null;
  articleId: number;
  articleTitle: string;
  text: string;
  verb: string;
  kind: string;
  targetValue: number | null;
  targetUnit: string | null;
  targetBound: string | null;
  deadline: string | null; // ISO date
  deadlineText: string | null; // the phrase as written
  campaign: string | null;
  township: string | null;
  department: string | null;
  subject: string | null;
  review: string;
  status: string;
  statusSource: "machine" | "editor";
  proposedStatus: ProposedStatus;
  statusEvidence: string | null; // the editor's words, when they set the status
  evidence: GoalEvidenceRow[];
};

export type GoalLedgerFilters = {
  asOf: string; // YYYY-MM-DD
  township?: string;
  department?: string;
  campaign?: string;
  kind?: string;
  status?: string;
  deadlineFrom?: string;
  deadlineTo?: string;
  includeRejected?: boolean;
  ids?: number[];
};

// One stored evidence link as the ledger lists it (the ledger and the goal page, which adds the rejected ones, share it).
export function toEvidenceRow(e: {
  id: number;
  issueDate: string;
  articleId: number;
  article: { title: string };
  text: string;
  sentenceStart: number;
  sentenceEnd: number;
  value: number | null;
  unit: string | null;
  relation: string;
  score: number;
  words: string;
  review: string;
}): GoalEvidenceRow {
  return {
    id: e.id,
    issueDate: e.issueDate,
    articleId: e.articleId,
    articleTitle: e.article.title,
    text: e.text,
    sentenceStart: e.sentenceStart,
    sentenceEnd: e.sentenceEnd,
    value: e.value,
    unit: e.unit,
    relation: e.relation as EvidenceRelation,
    score: e.score,
    words: JSON.parse(e.words) as string[],
    review: e.review,
  };
}

// Goals and their evidence without nested relation includes: Prisma would fetch the children with an `IN (…)` list of
// every parent's id and fail past ~999 goals. One query for the goals (the filters are joins), then the evidence, the
// article titles and the names read by id in slices (lib/db/id-slices.ts), grouped here.
export async function readGoalRows(filters: GoalLedgerFilters, db: Db = getDb()): Promise<GoalLedgerRow[]> {
  const where: Prisma.GoalWhereInput = {};
  if (!filters.includeRejected) where.review = { not: "rejected" };
  if (filters.ids) where.id = { in: filters.ids };
  if (filters.township) where.township = { name: filters.township };
  if (filters.department) where.department = { name: filters.department };
  if (filters.campaign) where.campaign = { name: filters.campaign };
  if (filters.kind) where.kind = filters.kind;
  if (filters.deadlineFrom || filters.deadlineTo) where.deadlineDate = { gte: filters.deadlineFrom, lte: filters.deadlineTo };
  const goals = await db.goal.findMany({
    where,
    orderBy: [{ issueDate: "asc" }, { articleId: "asc" }, { start: "asc" }],
    omit: { tokens: true, evidenceState: true, evidenceDate: true },
  });
  const evidenceRows = await readInSlices(
    goals.map((g) => g.id),
    (goalId) =>
      db.goalEvidence.findMany({
        where: { goalId: { in: goalId }, review: { not: "rejected" }, issueDate: { lte: filters.asOf } },
        orderBy: [{ issueDate: "asc" }, { id: "asc" }],
      }),
  );
  const named = <T extends { id: number; name: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r.name]));
  const ids = (pick: (g: (typeof goals)[number]) => number | null) => goals.map(pick).filter((id): id is number => id != null);
  const [titles, campaigns, townships, departments] = await Promise.all([
    readInSlices([...goals.map((g) => g.articleId), ...evidenceRows.map((e) => e.articleId)], (id) =>
      db.article.findMany({ where: { id: { in: id } }, select: { id: true, title: true } }),
    ),
    readInSlices(ids((g) => g.campaignId), (id) => db.campaign.findMany({ where: { id: { in: id } }, select: { id: true, name: true } })),
    readInSlices(ids((g) => g.townshipId), (id) => db.place.findMany({ where: { id: { in: id } }, select: { id: true, name: true } })),
    readInSlices(ids((g) => g.departmentId), (id) => db.department.findMany({ where: { id: { in: id } }, select: { id: true, name: true } })),
  ]);
  const title = new Map(titles.map((a) => [a.id, a.title]));
  const campaignName = named(campaigns);
  const townshipName = named(townships);
  const departmentName = named(departments);
  // Slices are read in goal order, each in (issueDate, id) order: regroup per goal and restore that order.
  const evidenceOf = new Map<number, GoalEvidenceRow[]>();
  for (const e of evidenceRows) {
    const row = toEvidenceRow({ ...e, article: { title: title.get(e.articleId) ?? "" } });
    const list = evidenceOf.get(e.goalId);
    if (list) list.push(row);
    else evidenceOf.set(e.goalId, [row]);
  }
  const rows = goals.map((goal): GoalLedgerRow => {
    const evidence = evidenceOf.get(goal.id) ?? [];
    const proposed = proposeStatus({ deadlineDate: goal.deadlineDate, asOf: filters.asOf, evidence });
    const { status, statusSource } = effectiveStatus(goal.status, proposed);
    const nameOf = (names: Map<number, string>, id: number | null) => (id == null ? null : (names.get(id) ?? null));
    return {
      id: goal.id,
      issueDate: goal.issueDate,
      articleId: goal.articleId,
      articleTitle: title.get(goal.articleId) ?? "",
      text: goal.text,
      verb: goal.verb,
      kind: goal.kind,
      targetValue: goal.targetValue,
      targetUnit: goal.targetUnit,
      targetBound: goal.targetBound,
      deadline: goal.deadlineDate,
      deadlineText: goal.deadline,
      campaign: nameOf(campaignName, goal.campaignId),
      township: nameOf(townshipName, goal.townshipId),
      department: nameOf(departmentName, goal.departmentId),
      subject: goal.subject,
      review: goal.review,
      status,
      statusSource,
      proposedStatus: proposed,
      statusEvidence: statusSource === "editor" ? goal.statusEvidence : null,
      evidence,
    };
  });
  return filters.status ? rows.filter((row) => row.status === filters.status) : rows;
}
