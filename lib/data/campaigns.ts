import "server-only";

import { getDb, type Db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { TCampaignListParams } from "../validations/campaign";
import {
  ARTICLE_LIMIT,
  compareItems,
  countByIssue,
  latestFirst,
  perIssue,
  LIST_LIMIT,
  loadEntityTotal,
  loadGoalItems,
  loadIndicatorItems,
  type GoalItem,
  type IndicatorItem,
} from "./extracted-items";
import { compareIssues, countSeries, itemHref, toIssueRef, type ChartSeries, type IssueRef } from "./source-refs";

export type NamedCount = { name: string; count: number };

export type CampaignListItem = {
  id: number;
  name: string;
  kind: string | null;
  mentions: number;
  issues: number;
  firstDate: string | null;
  lastDate: string | null;
  indicators: number;
  goals: number;
  townships: NamedCount[];
  departments: NamedCount[];
};

type StatRow = {
  id: number;
  mentions: bigint | number;
  issues: bigint | number;
  indicators: bigint | number;
  goals: bigint | number;
  firstDate: string | null;
  lastDate: string | null;
};
type InvolvedRow = { campaignId: number; name: string; count: bigint | number };

// Townships and departments named by a campaign's mentions, indicators and goals: one row per pair, summed at ingest
// time (lib/db/campaign-link-totals.ts). Identifiers come from this fixed pair only; values never enter the SQL text.
function involvedQuery(column: "townshipId" | "departmentId", campaignId?: number) {
  const ref = Prisma.raw(`"${column}"`);
  const totals = Prisma.raw(column === "townshipId" ? `"CampaignTownshipStat"` : `"CampaignDepartmentStat"`);
  const table = Prisma.raw(column === "townshipId" ? `"Place"` : `"Department"`);
  const where = campaignId == null ? Prisma.empty : Prisma.sql`WHERE x."campaignId" = ${campaignId}`;
  return Prisma.sql`
    SELECT x."campaignId" AS "campaignId", e."name" AS "name", x."items" AS "count"
    FROM ${totals} x JOIN ${table} e ON e."id" = x.${ref}
    ${where}
    ORDER BY "count" DESC, e."name"`;
}

function groupInvolved(rows: InvolvedRow[]): Map<number, NamedCount[]> {
  const byCampaign = new Map<number, NamedCount[]>();
  for (const row of rows) {
    const id = Number(row.campaignId);
    const list = byCampaign.get(id) ?? [];
    list.push({ name: row.name, count: Number(row.count) });
    byCampaign.set(id, list);
  }
  return byCampaign;
}

// Totals per campaign come from CampaignStat, kept at ingest time: no statement here reads a mention row.
export async function listCampaigns(params: TCampaignListParams = { sort: "mentions" }, db: Db = getDb()): Promise<CampaignListItem[]> {
  const [campaigns, stats, townships, departments] = await Promise.all([
    db.campaign.findMany({ select: { id: true, name: true, kind: true } }),
    db.$queryRaw<StatRow[]>`
      SELECT "campaignId" AS "id", "mentions", "issues", "indicators", "goals", "firstDate", "lastDate" FROM "CampaignStat"`,
    db.$queryRaw<InvolvedRow[]>(involvedQuery("townshipId")),
    db.$queryRaw<InvolvedRow[]>(involvedQuery("departmentId")),
  ]);
  const statById = new Map(stats.map((row) => [Number(row.id), row]));
  const townshipsById = groupInvolved(townships);
  const departmentsById = groupInvolved(departments);

  const items = campaigns.map((campaign): CampaignListItem => {
    const stat = statById.get(campaign.id);
    return {
      id: campaign.id,
      name: campaign.name,
      kind: campaign.kind,
      mentions: Number(stat?.mentions ?? 0),
      issues: Number(stat?.issues ?? 0),
      firstDate: stat?.firstDate ?? null,
      lastDate: stat?.lastDate ?? null,
      indicators: Number(stat?.indicators ?? 0),
      goals: Number(stat?.goals ?? 0),
      townships: townshipsById.get(campaign.id) ?? [],
      departments: departmentsById.get(campaign.id) ?? [],
    };
  });
  return items.sort(campaignComparator(params.sort));
}

function campaignComparator(sort: TCampaignListParams["sort"]) {
  const byName = (a: CampaignListItem, b: CampaignListItem) => a.name.localeCompare(b.name, "zh-CN");
  if (sort === "name") return byName;
  if (sort === "recent") {
    return (a: CampaignListItem, b: CampaignListItem) =>
      (b.lastDate ?? "").localeCompare(a.lastDate ?? "") || b.mentions - a.mentions || byName(a, b);
  }
  return (a: CampaignListItem, b: CampaignListItem) => b.issues - a.issues || b.mentions - a.mentions || byName(a, b);
}

export type CampaignMentionItem = {
  id: number;
  text: string;
  href: string;
  articleId: number;
  articleTitle: string;
  issue: IssueRef;
  township: string | null;
  department: string | null;
};

export type CampaignArticle = {
  id: number;
  title: string;
  kind: string | null; // banner: a column banner (转作风 讲担当 抓落实 / 六治六提 六比六晒), not a story
  issue: IssueRef;
  mentions: number;
  indicators: number;
  goals: number;
};

// Lists that grow with the corpus hold the latest items only (LIST_LIMIT, ARTICLE_LIMIT; in date order);
// the *Count fields say how many there are in all.
export type CampaignDetail = {
  id: number;
  name: string;
  kind: string | null;
  aliases: string[];
  firstDate: string | null;
  lastDate: string | null;
  mentionCount: number;
  issueCount: number;
  indicatorCount: number;
  goalCount: number;
  articleCount: number; // articles that mention it (its indicators and goals are tied to it by a mention in their article)
  mentionsByDate: ChartSeries;
  series: ChartSeries[]; // one per metric+unit, from the latest SERIES_LIMIT indicators
  indicators: IndicatorItem[];
  goals: GoalItem[];
  mentions: CampaignMentionItem[];
  articles: CampaignArticle[]; // date order, then paper order
  townships: NamedCount[];
  departments: NamedCount[];
};

function parseAliases(json: string): string[] {
  try {
    const value = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

function byCountThenName(a: NamedCount, b: NamedCount): number {
  return b.count - a.count || a.name.localeCompare(b.name, "zh-CN");
}

type ArticleRow = {
  id: number;
  title: string;
  kind: string;
  position: number;
  issueId: number;
  date: string | null;
  number: number | null;
  fileName: string;
  mentions: bigint | number;
  indicators: bigint | number;
  goals: bigint | number;
};
// The campaign's latest ARTICLE_LIMIT articles with its mentions, indicators and goals in each. Items of one article
// share its date, so the latest articles stand among each table's latest few items. The counts look items up by
// article: unary + on campaignId keeps the planner off the (campaignId, …) index, which would read every item of
// the campaign once per article.
async function latestArticles(db: Db, id: number): Promise<CampaignArticle[]> {
  const pick = ARTICLE_LIMIT * 5;
  const latest = (table: string, filter: Prisma.Sql) => Prisma.sql`
    SELECT "articleId" FROM ${Prisma.raw(`"${table}"`)} WHERE "campaignId" = ${id} ${filter}
    ORDER BY "issueDate" DESC NULLS LAST, "articleId" DESC LIMIT ${pick}`;
  const notRejected = Prisma.sql`AND "review" <> 'rejected'`;
  const rows = await db.$queryRaw<ArticleRow[]>`
    SELECT a."id" AS "id", a."title" AS "title", a."kind" AS "kind", a."position" AS "position",
           i."issueId" AS "issueId", i."date" AS "date", i."number" AS "number", i."fileName" AS "fileName",
           (SELECT COUNT(*) FROM "CampaignMention" m WHERE m."articleId" = a."id" AND +m."campaignId" = ${id}) AS "mentions",
           (SELECT COUNT(*) FROM "Indicator" n WHERE n."articleId" = a."id" AND +n."campaignId" = ${id} AND n."review" <> 'rejected') AS "indicators",
           (SELECT COUNT(*) FROM "Goal" g WHERE g."articleId" = a."id" AND +g."campaignId" = ${id} AND g."review" <> 'rejected') AS "goals"
    FROM "Article" a
    JOIN "IssueStat" i ON i."issueId" = a."issueId"
    WHERE a."id" IN (
      SELECT m."articleId" FROM (${latest("CampaignMention", Prisma.empty)}) m
      UNION SELECT n."articleId" FROM (${latest("Indicator", notRejected)}) n
      UNION SELECT g."articleId" FROM (${latest("Goal", notRejected)}) g
    )
    ORDER BY i."date" DESC NULLS LAST, i."issueId" DESC, a."position" DESC
    LIMIT ${ARTICLE_LIMIT}`;
  return rows
    .map((row) => ({
      row,
      article: {
        id: Number(row.id),
        title: row.title,
        kind: row.kind ?? null,
        issue: toIssueRef({ id: Number(row.issueId), date: row.date, number: row.number == null ? null : Number(row.number), fileName: row.fileName }),
        mentions: Number(row.mentions),
        indicators: Number(row.indicators),
        goals: Number(row.goals),
      },
    }))
    .sort((a, b) => compareIssues(a.article.issue, b.article.issue) || Number(a.row.position) - Number(b.row.position))
    .map(({ article }) => article);
}

// Townships and departments the campaign's items name, from the pair totals.
async function involved(db: Db, id: number): Promise<{ townships: NamedCount[]; departments: NamedCount[] }> {
  const [townships, departments] = await Promise.all([
    db.$queryRaw<InvolvedRow[]>(involvedQuery("townshipId", id)),
    db.$queryRaw<InvolvedRow[]>(involvedQuery("departmentId", id)),
  ]);
  const toList = (rows: InvolvedRow[]) => rows.map((row) => ({ name: row.name, count: Number(row.count) })).sort(byCountThenName);
  return { townships: toList(townships), departments: toList(departments) };
}

// A constant number of statements whatever the corpus size: counts and the per-date chart are computed in SQL,
// and the lists hold the latest items only.
export async function getCampaign(id: number, db: Db = getDb()): Promise<CampaignDetail | null> {
  const campaign = await db.campaign.findUnique({ where: { id }, select: { id: true, name: true, kind: true, aliases: true } });
  if (!campaign) return null;

  const issueSelect = { select: { id: true, date: true, number: true, fileName: true, paper: true } } as const;
  const [counts, total, indicators, goals, mentionRows, articles, entities] = await Promise.all([
    countByIssue(db, { entity: "campaign", id }),
    loadEntityTotal(db, { entity: "campaign", id }),
    loadIndicatorItems(db, { column: "campaignId", id }),
    loadGoalItems(db, { column: "campaignId", id }),
    db.campaignMention.findMany({
      where: { campaignId: id },
      orderBy: [...latestFirst(db)],
      take: LIST_LIMIT,
      select: {
        id: true,
        text: true,
        start: true,
        issueDate: true,
        township: { select: { name: true } },
        department: { select: { name: true } },
        article: { select: { id: true, title: true, position: true, issue: issueSelect } },
      },
    }),
    latestArticles(db, id),
    involved(db, id),
  ]);

  const mentions = mentionRows.sort(compareItems).map(
    (row): CampaignMentionItem => ({
      id: row.id,
      text: row.text,
      href: itemHref("campaign", row.article.id, row.id),
      articleId: row.article.id,
      articleTitle: row.article.title,
      issue: toIssueRef(row.article.issue),
      township: row.township?.name ?? null,
      department: row.department?.name ?? null,
    }),
  );

  return {
    id: campaign.id,
    name: campaign.name,
    kind: campaign.kind,
    aliases: parseAliases(campaign.aliases).filter((alias) => alias !== campaign.name),
    firstDate: total.firstDate,
    lastDate: total.lastDate,
    mentionCount: total.mentions,
    issueCount: total.issues,
    indicatorCount: total.indicators,
    goalCount: total.goals,
    articleCount: total.articles,
    mentionsByDate: countSeries(perIssue(counts, "mentions"), { key: "mentions", label: "提及次数", unit: "次" }),
    series: indicators.series,
    indicators: indicators.items,
    goals,
    mentions,
    articles,
    townships: entities.townships,
    departments: entities.departments,
  };
}
