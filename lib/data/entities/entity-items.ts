import "server-only";

import type { Db } from "../../db/client";
import { dialectOf } from "../../db/dialect";
import type { Prisma } from "../../generated/prisma/client";
import { itemHref, sentenceOf, toIssueRef, type IssueRef, type IssueRefInput, type ItemKind } from "../source-refs";

// Items a reviewer rejected are not indicators or goals any more: every read leaves them out.
export const NOT_REJECTED = { review: { not: "rejected" } } as const;

// Shared selects, DTOs and orders for the item lists of the entity pages (campaign, township, department), the issue
// page and the indicator explorer; the operations that read them are the other files of this folder, one per file.
// Each field group is selected and mapped here once: where an item stands (its article, issue and the township and
// department it is about) and an indicator's number as the paper wrote it.

// The issue fields toIssueRef names an issue by.
export const issueRefSelect = { id: true, date: true, number: true, fileName: true, paper: true } as const;

// The township and department an item is about, by name.
export const whoSelect = { township: { select: { name: true } }, department: { select: { name: true } } } as const;

// Where a listed item (indicator, goal, campaign mention) stands: enough to link to it, name its issue and keep the
// paper's order (compareItems).
const articleRefSelect = { id: true, title: true, position: true, issue: { select: issueRefSelect } } as const;
export const sourceItemSelect = { id: true, text: true, start: true, issueDate: true, ...whoSelect, article: { select: articleRefSelect } } as const;

// An indicator's number as the paper wrote it, its review state and the span of its sentence.
export const indicatorValueSelect = {
  value: true,
  valueMax: true,
  unit: true,
  approx: true,
  metric: true,
  role: true,
  review: true,
  sentenceStart: true,
  sentenceEnd: true,
} as const;

export const indicatorItemSelect = {
  ...sourceItemSelect,
  ...indicatorValueSelect,
  campaign: { select: { id: true, name: true } },
  article: { select: { ...articleRefSelect, text: true } },
} satisfies Prisma.IndicatorSelect;

export const goalItemSelect = {
  ...sourceItemSelect,
  verb: true,
  targetValue: true,
  targetUnit: true,
  deadline: true,
  status: true,
  statusEvidence: true,
  campaign: { select: { id: true, name: true } },
} satisfies Prisma.GoalSelect;

export const campaignMentionItemSelect = sourceItemSelect satisfies Prisma.CampaignMentionSelect;

type IndicatorRow = Prisma.IndicatorGetPayload<{ select: typeof indicatorItemSelect }>;
type GoalRow = Prisma.GoalGetPayload<{ select: typeof goalItemSelect }>;

type WhoRow = { township: { name: string } | null; department: { name: string } | null };
export type Who = { township: string | null; department: string | null };

export function whoOf(row: WhoRow): Who {
  return { township: row.township?.name ?? null, department: row.department?.name ?? null };
}

type SourceRow = WhoRow & { id: number; text: string; article: { id: number; title: string; issue: IssueRefInput } };

// What every listed item shows: its text, a link to its sentence, its issue and who it is about.
export type SourceItem = Who & {
  id: number;
  text: string;
  href: string;
  articleId: number;
  articleTitle: string;
  issue: IssueRef;
};

export function toSourceItem(kind: ItemKind, row: SourceRow): SourceItem {
  return {
    id: row.id,
    text: row.text,
    href: itemHref(kind, row.article.id, row.id),
    articleId: row.article.id,
    articleTitle: row.article.title,
    issue: toIssueRef(row.article.issue),
    ...whoOf(row),
  };
}

export type IndicatorValue = {
  value: number;
  valueMax: number | null;
  unit: string;
  approx: string;
  metric: string | null;
  role: string;
  review: string; // machine | confirmed | corrected | rejected | added
};

export function indicatorValueOf(row: IndicatorValue): IndicatorValue {
  return { value: row.value, valueMax: row.valueMax, unit: row.unit, approx: row.approx, metric: row.metric, role: row.role, review: row.review };
}

// review is never rejected here: rejected ones are not listed.
export type IndicatorItem = SourceItem &
  IndicatorValue & {
    sentence: string;
    campaign: { id: number; name: string } | null;
  };

export type GoalItem = SourceItem & {
  verb: string;
  targetValue: number | null;
  targetUnit: string | null;
  deadline: string | null;
  status: string;
  statusEvidence: string | null;
  campaign: { id: number; name: string } | null;
};

export type CampaignMentionItem = SourceItem;

export function toIndicatorItem(row: IndicatorRow): IndicatorItem {
  return {
    ...toSourceItem("indicator", row),
    ...indicatorValueOf(row),
    sentence: sentenceOf(row.article.text, row.sentenceStart, row.sentenceEnd),
    campaign: row.campaign,
  };
}

export function toGoalItem(row: GoalRow): GoalItem {
  return {
    ...toSourceItem("goal", row),
    verb: row.verb,
    targetValue: row.targetValue,
    targetUnit: row.targetUnit,
    deadline: row.deadline,
    status: row.status,
    statusEvidence: row.statusEvidence,
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
