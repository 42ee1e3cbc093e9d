import "server-only";

import type { Db } from "../../db/client";
import { dialectOf } from "../../db/dialect";
import type { Prisma } from "../../generated/prisma/client";
import { itemHref, sentenceOf, toIssueRef, type IssueRef } from "../source-refs";

// Items a reviewer rejected are not indicators or goals any more: every read leaves them out.
export const NOT_REJECTED = { review: { not: "rejected" } } as const;

// Shared selects, DTOs and orders for the item lists of the entity pages (campaign, township, department) and the issue
// page; the operations that read them are the other files of this folder, one per file.

const issueSelect = { id: true, date: true, number: true, fileName: true, paper: true } as const;

export const indicatorItemSelect = {
  id: true,
  text: true,
  value: true,
  valueMax: true,
  unit: true,
  approx: true,
  metric: true,
  role: true,
  start: true,
  sentenceStart: true,
  sentenceEnd: true,
  issueDate: true,
  review: true,
  township: { select: { name: true } },
  department: { select: { name: true } },
  campaign: { select: { id: true, name: true } },
  article: { select: { id: true, title: true, position: true, text: true, issue: { select: issueSelect } } },
} satisfies Prisma.IndicatorSelect;

export const goalItemSelect = {
  id: true,
  text: true,
  verb: true,
  targetValue: true,
  targetUnit: true,
  deadline: true,
  status: true,
  statusEvidence: true,
  start: true,
  issueDate: true,
  township: { select: { name: true } },
  department: { select: { name: true } },
  campaign: { select: { id: true, name: true } },
  article: { select: { id: true, title: true, position: true, issue: { select: issueSelect } } },
} satisfies Prisma.GoalSelect;

type IndicatorRow = Prisma.IndicatorGetPayload<{ select: typeof indicatorItemSelect }>;
type GoalRow = Prisma.GoalGetPayload<{ select: typeof goalItemSelect }>;

export type IndicatorItem = {
  id: number;
  text: string;
  value: number;
  valueMax: number | null;
  unit: string;
  approx: string;
  metric: string | null;
  role: string;
  review: string; // machine | confirmed | corrected | added (rejected ones are not listed)
  sentence: string;
  href: string;
  articleId: number;
  articleTitle: string;
  issue: IssueRef;
  township: string | null;
  department: string | null;
  campaign: { id: number; name: string } | null;
};

export type GoalItem = {
  id: number;
  text: string;
  verb: string;
  targetValue: number | null;
  targetUnit: string | null;
  deadline: string | null;
  status: string;
  statusEvidence: string | null;
  href: string;
  articleId: number;
  articleTitle: string;
  issue: IssueRef;
  township: string | null;
  department: string | null;
  campaign: { id: number; name: string } | null;
};

export function toIndicatorItem(row: IndicatorRow): IndicatorItem {
  return {
    id: row.id,
    text: row.text,
    value: row.value,
    valueMax: row.valueMax,
    unit: row.unit,
    approx: row.approx,
    metric: row.metric,
    role: row.role,
    review: row.review,
    sentence: sentenceOf(row.article.text, row.sentenceStart, row.sentenceEnd),
    href: itemHref("indicator", row.article.id, row.id),
    articleId: row.article.id,
    articleTitle: row.article.title,
    issue: toIssueRef(row.article.issue),
    township: row.township?.name ?? null,
    department: row.department?.name ?? null,
    campaign: row.campaign,
  };
}

export function toGoalItem(row: GoalRow): GoalItem {
  return {
    id: row.id,
    text: row.text,
    verb: row.verb,
    targetValue: row.targetValue,
    targetUnit: row.targetUnit,
    deadline: row.deadline,
    status: row.status,
    statusEvidence: row.statusEvidence,
    href: itemHref("goal", row.article.id, row.id),
    articleId: row.article.id,
    articleTitle: row.article.title,
    issue: toIssueRef(row.article.issue),
    township: row.township?.name ?? null,
    department: row.department?.name ?? null,
    campaign: row.campaign,
  };
}

// Entity pages (campaign, township, department) show the latest items and count the rest: lists that grow with the
// corpus are capped, totals come from COUNT, and charts are drawn from GROUP BY issueDate.
export const LIST_LIMIT = 100; // indicators, goals and mentions listed on a page
export const ARTICLE_LIMIT = 50; // articles listed on a page
export const SERIES_LIMIT = 500; // latest indicators the metric charts are drawn from

type ItemOrderKey = { issueDate: string | null; start: number; article: { position: number; issue: { id: number } } };

// Date order (undated last), then paper order inside an issue: how a page lists the items it picked.
export function compareItems(a: ItemOrderKey, b: ItemOrderKey): number {
  if (a.issueDate !== b.issueDate) {
    if (a.issueDate == null) return 1;
    if (b.issueDate == null) return -1;
    return a.issueDate < b.issueDate ? -1 : 1;
  }
  return a.article.issue.id - b.article.issue.id || a.article.position - b.article.position || a.start - b.start;
}

// Newest first, undated last: how a page picks its latest items, straight off an (entity, issueDate) index.
// SQLite already puts NULL last in DESC; spelling out `nulls: "last"` there makes Prisma sort on a CASE expression
// that no index serves. PostgreSQL puts NULL first in DESC, so it needs the option.
export function newestDateFirst(db: Db) {
  return dialectOf(db) === "postgresql" ? ({ issueDate: { sort: "desc", nulls: "last" } } as const) : ({ issueDate: "desc" } as const);
}

export function latestFirst(db: Db) {
  return [newestDateFirst(db), { articleId: "desc" }, { start: "desc" }] as const;
}

export type EntityColumn = "campaignId" | "townshipId" | "departmentId";
