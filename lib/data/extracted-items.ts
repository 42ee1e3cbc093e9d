import "server-only";

import type { Db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { countSeries, itemHref, sentenceOf, toIssueRef, type ChartSeries, type IssueRef } from "./source-refs";

// Items a reviewer rejected are not indicators or goals any more: every read leaves them out.
export const NOT_REJECTED = { review: { not: "rejected" } } as const;

// Shared selects and DTO mappers for the indicator and goal lists on campaign, township, department and issue pages.

const issueSelect = { id: true, date: true, number: true, fileName: true } as const;

export const indicatorItemSelect = {
  id: true,
  text: true,
  value: true,
  valueMax: true,
  unit: true,
  approx: true,
  metric: true,
  role: true,
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

// Date order (undated last), then paper order inside an issue.
export const itemOrderBy = [
  { issueDate: { sort: "asc", nulls: "last" } },
  { article: { issueId: "asc" } },
  { article: { position: "asc" } },
  { start: "asc" },
] satisfies Prisma.IndicatorOrderByWithRelationInput[];

export type MentioningArticle = { id: number; title: string; position: number; mentions: number; issue: IssueRef };

type MentioningRow = {
  id: number;
  title: string;
  position: number;
  mentions: bigint | number;
  issueId: number;
  date: string | null;
  number: number | null;
  fileName: string;
};

// Articles that mention any of the given places or departments, with how often: one grouped query.
export async function loadMentioningArticles(
  db: Db,
  options: { table: "PlaceMention" | "DepartmentMention"; ids: number[] },
): Promise<MentioningArticle[]> {
  if (options.ids.length === 0) return [];
  const table = Prisma.raw(options.table === "PlaceMention" ? `"PlaceMention"` : `"DepartmentMention"`);
  const column = Prisma.raw(options.table === "PlaceMention" ? `"placeId"` : `"departmentId"`);
  const rows = await db.$queryRaw<MentioningRow[]>`
    SELECT a."id" AS "id", a."title" AS "title", a."position" AS "position", COUNT(*) AS "mentions",
           i."id" AS "issueId", i."date" AS "date", i."number" AS "number", i."fileName" AS "fileName"
    FROM ${table} m
    JOIN "Article" a ON a."id" = m."articleId"
    JOIN "Issue" i ON i."id" = a."issueId"
    WHERE m.${column} IN (${Prisma.join(options.ids)})
    GROUP BY a."id", i."id"
    ORDER BY i."date" IS NULL, i."date", i."id", a."position"`;
  return rows.map((row) => ({
    id: Number(row.id),
    title: row.title,
    position: Number(row.position),
    mentions: Number(row.mentions),
    issue: toIssueRef({ id: Number(row.issueId), date: row.date, number: row.number == null ? null : Number(row.number), fileName: row.fileName }),
  }));
}

export type LinkedCampaign = { id: number; name: string; count: number };

type LinkedCampaignRow = { id: number; name: string; count: bigint | number };

// Campaigns tied to a township or department through campaign mentions, indicators or goals.
export async function loadLinkedCampaigns(
  db: Db,
  options: { column: "townshipId" | "departmentId"; id: number },
): Promise<LinkedCampaign[]> {
  const column = Prisma.raw(options.column === "townshipId" ? `"townshipId"` : `"departmentId"`);
  const rows = await db.$queryRaw<LinkedCampaignRow[]>`
    SELECT c."id" AS "id", c."name" AS "name", COUNT(*) AS "count"
    FROM (
      SELECT "campaignId" FROM "CampaignMention" WHERE ${column} = ${options.id}
      UNION ALL SELECT "campaignId" FROM "Indicator"
        WHERE ${column} = ${options.id} AND "campaignId" IS NOT NULL AND "review" <> 'rejected'
      UNION ALL SELECT "campaignId" FROM "Goal"
        WHERE ${column} = ${options.id} AND "campaignId" IS NOT NULL AND "review" <> 'rejected'
    ) x JOIN "Campaign" c ON c."id" = x."campaignId"
    GROUP BY c."id"
    ORDER BY "count" DESC, c."name"`;
  return rows.map((row) => ({ id: Number(row.id), name: row.name, count: Number(row.count) }));
}

// Mentions and indicators per issue date: the activity chart on township and department pages.
export function activitySeries(articles: MentioningArticle[], indicators: IndicatorItem[]): ChartSeries[] {
  const mentionRows = new Map<number, { issue: IssueRef; count: number }>();
  for (const article of articles) {
    const entry = mentionRows.get(article.issue.id) ?? { issue: article.issue, count: 0 };
    entry.count += article.mentions;
    mentionRows.set(article.issue.id, entry);
  }
  const indicatorRows = new Map<number, { issue: IssueRef; count: number }>();
  for (const indicator of indicators) {
    const entry = indicatorRows.get(indicator.issue.id) ?? { issue: indicator.issue, count: 0 };
    entry.count += 1;
    indicatorRows.set(indicator.issue.id, entry);
  }
  return [
    countSeries([...mentionRows.values()], { key: "mentions", label: "提及次数", unit: "次" }),
    countSeries([...indicatorRows.values()], { key: "indicators", label: "指标数", unit: "个" }),
  ];
}
