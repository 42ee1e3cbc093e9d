import "server-only";

import { getDb } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { TCampaignListParams } from "../validations/campaign";
import {
  goalItemSelect,
  indicatorItemSelect,
  itemOrderBy,
  NOT_REJECTED,
  toGoalItem,
  toIndicatorItem,
  type GoalItem,
  type IndicatorItem,
} from "./extracted-items";
import {
  buildIndicatorSeries,
  compareIssues,
  countSeries,
  itemHref,
  toIssueRef,
  type ChartSeries,
  type IssueRef,
  type IssueRefInput,
} from "./source-refs";

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
  firstDate: string | null;
  lastDate: string | null;
};
type InvolvedRow = { campaignId: number; name: string; count: bigint | number };

// Townships and departments linked to a campaign by its mentions, indicators or goals. Identifiers come from this
// fixed pair only; values never enter the SQL text.
function involvedQuery(column: "townshipId" | "departmentId") {
  const ref = Prisma.raw(`"${column}"`);
  const table = Prisma.raw(column === "townshipId" ? `"Place"` : `"Department"`);
  return Prisma.sql`
    SELECT x."campaignId" AS "campaignId", e."name" AS "name", COUNT(*) AS "count"
    FROM (
      SELECT "campaignId", ${ref} AS "ref" FROM "CampaignMention"
      UNION ALL SELECT "campaignId", ${ref} FROM "Indicator" WHERE "campaignId" IS NOT NULL AND "review" <> 'rejected'
      UNION ALL SELECT "campaignId", ${ref} FROM "Goal" WHERE "campaignId" IS NOT NULL AND "review" <> 'rejected'
    ) x
    JOIN ${table} e ON e."id" = x."ref"
    GROUP BY x."campaignId", e."id"
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

export async function listCampaigns(params: TCampaignListParams = { sort: "mentions" }): Promise<CampaignListItem[]> {
  const db = getDb();
  const [campaigns, stats, indicatorCounts, goalCounts, townships, departments] = await Promise.all([
    db.campaign.findMany({ select: { id: true, name: true, kind: true } }),
    db.$queryRaw<StatRow[]>`
      SELECT m."campaignId" AS "id", COUNT(*) AS "mentions", COUNT(DISTINCT a."issueId") AS "issues",
             MIN(m."issueDate") AS "firstDate", MAX(m."issueDate") AS "lastDate"
      FROM "CampaignMention" m JOIN "Article" a ON a."id" = m."articleId"
      GROUP BY m."campaignId"`,
    db.indicator.groupBy({ by: ["campaignId"], where: { campaignId: { not: null }, ...NOT_REJECTED }, _count: { _all: true } }),
    db.goal.groupBy({ by: ["campaignId"], where: { campaignId: { not: null }, ...NOT_REJECTED }, _count: { _all: true } }),
    db.$queryRaw<InvolvedRow[]>(involvedQuery("townshipId")),
    db.$queryRaw<InvolvedRow[]>(involvedQuery("departmentId")),
  ]);
  const statById = new Map(stats.map((row) => [Number(row.id), row]));
  const indicatorsById = new Map(indicatorCounts.map((row) => [row.campaignId, row._count._all]));
  const goalsById = new Map(goalCounts.map((row) => [row.campaignId, row._count._all]));
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
      indicators: indicatorsById.get(campaign.id) ?? 0,
      goals: goalsById.get(campaign.id) ?? 0,
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

export type CampaignDetail = {
  id: number;
  name: string;
  kind: string | null;
  aliases: string[];
  firstDate: string | null;
  lastDate: string | null;
  mentionCount: number;
  issueCount: number;
  mentionsByDate: ChartSeries;
  series: ChartSeries[]; // one per metric+unit
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

function tally(names: (string | null)[]): NamedCount[] {
  const counts = new Map<string, number>();
  for (const name of names) if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts.entries()]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "zh-CN"));
}

export async function getCampaign(id: number): Promise<CampaignDetail | null> {
  const db = getDb();
  const campaign = await db.campaign.findUnique({ where: { id }, select: { id: true, name: true, kind: true, aliases: true } });
  if (!campaign) return null;

  const issueSelect = { select: { id: true, date: true, number: true, fileName: true } } as const;
  const [mentionRows, indicatorRows, goalRows] = await Promise.all([
    db.campaignMention.findMany({
      where: { campaignId: id },
      orderBy: [{ issueDate: { sort: "asc", nulls: "last" } }, { article: { issueId: "asc" } }, { article: { position: "asc" } }, { start: "asc" }],
      select: {
        id: true,
        text: true,
        township: { select: { name: true } },
        department: { select: { name: true } },
        article: { select: { id: true, title: true, kind: true, position: true, issue: issueSelect } },
      },
    }),
    db.indicator.findMany({ where: { campaignId: id, ...NOT_REJECTED }, orderBy: itemOrderBy, select: indicatorItemSelect }),
    db.goal.findMany({ where: { campaignId: id, ...NOT_REJECTED }, orderBy: itemOrderBy, select: goalItemSelect }),
  ]);

  const mentions = mentionRows.map(
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
  const indicators = indicatorRows.map(toIndicatorItem);
  const goals = goalRows.map(toGoalItem);

  const perIssue = new Map<number, { issue: IssueRefInput; count: number }>();
  for (const row of mentionRows) {
    const entry = perIssue.get(row.article.issue.id) ?? { issue: row.article.issue, count: 0 };
    entry.count += 1;
    perIssue.set(row.article.issue.id, entry);
  }

  const articles = new Map<number, CampaignArticle>();
  const positions = new Map<number, number>();
  const touch = (article: { id: number; title: string; kind?: string; position: number; issue: IssueRefInput }) => {
    let entry = articles.get(article.id);
    if (!entry) {
      const kind = article.kind ?? null;
      entry = { id: article.id, title: article.title, kind, issue: toIssueRef(article.issue), mentions: 0, indicators: 0, goals: 0 };
      articles.set(article.id, entry);
      positions.set(article.id, article.position);
    }
    return entry;
  };
  for (const row of mentionRows) touch(row.article).mentions += 1;
  for (const row of indicatorRows) touch(row.article).indicators += 1;
  for (const row of goalRows) touch(row.article).goals += 1;

  const dates = mentionRows.map((row) => row.article.issue.date).filter((d): d is string => d != null).sort();
  return {
    id: campaign.id,
    name: campaign.name,
    kind: campaign.kind,
    aliases: parseAliases(campaign.aliases).filter((alias) => alias !== campaign.name),
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
    mentionCount: mentionRows.length,
    issueCount: perIssue.size,
    mentionsByDate: countSeries([...perIssue.values()], { key: "mentions", label: "提及次数", unit: "次" }),
    series: buildIndicatorSeries(indicators),
    indicators,
    goals,
    mentions,
    articles: [...articles.values()].sort(
      (a, b) => compareIssues(a.issue, b.issue) || positions.get(a.id)! - positions.get(b.id)!,
    ),
    townships: tally([...mentions.map((m) => m.township), ...indicators.map((i) => i.township), ...goals.map((g) => g.township)]),
    departments: tally([...mentions.map((m) => m.department), ...indicators.map((i) => i.department), ...goals.map((g) => g.department)]),
  };
}
