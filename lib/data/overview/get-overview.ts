import "server-only";

import { getDb, type Db } from "../../db/client";
import { sqlRunner } from "../../db/sql-runner";
import { issueRefSelect, newestDateFirst, NOT_REJECTED } from "../entities/entity-items";
import { countSeries, itemHref, sentenceOf, toIssueRef, type ChartSeries, type IssueRef } from "../source-refs";

export type OverviewTotals = { issues: number; articles: number; indicators: number; goals: number; campaigns: number };

export type TopCampaign = {
  id: number;
  name: string;
  mentions: number;
  issues: number;
  firstDate: string | null;
  lastDate: string | null;
};

export type RecentNumber = { id: number; text: string; value: number; unit: string; metric: string | null; review: string; href: string };

// The latest numbers, grouped by the sentence they stand in (one sentence often carries several).
export type RecentSentence = {
  key: string;
  sentence: string;
  articleId: number;
  articleTitle: string;
  issue: IssueRef;
  numbers: RecentNumber[];
};

export type LatestIssue = IssueRef & {
  articleCount: number;
  indicatorCount: number;
  dateSource: string | null;
  dateEvidence: string | null;
  dateConfidence: number | null;
};

export type Overview = {
  totals: OverviewTotals;
  // inferred: dated from the text, not a masthead; papers: the names mastheads gave (most issues first), unnamed: issues
  // whose file named no paper
  coverage: { first: string | null; last: string | null; undated: number; inferred: number; papers: string[]; unnamed: number };
  latestIssue: LatestIssue | null;
  topCampaigns: TopCampaign[];
  recentSentences: RecentSentence[];
  timeline: ChartSeries; // indicators per issue date
};

type CampaignStatRow = { id: number; name: string; mentions: bigint | number; issues: bigint | number; firstDate: string | null; lastDate: string | null };
type DateCountRow = { id: number; date: string; number: number | null; fileName: string; count: bigint | number | null };
type LatestIssueRow = {
  id: number;
  date: string;
  number: number | null;
  fileName: string;
  dateSource: string | null;
  dateEvidence: string | null;
  dateConfidence: number | null;
  articles: bigint | number;
  indicators: bigint | number;
};

type TotalsRow = { issues: bigint | number; articles: bigint | number | null; indicators: bigint | number | null; goals: bigint | number | null };

// A constant number of statements, each reading the summaries kept at ingest time (lib/db/issue-stats.ts) or an index:
// nothing here reads a row per indicator or mention.
export async function getOverview(options: { campaigns?: number; sentences?: number; incidental?: boolean } = {}, db: Db = getDb()): Promise<Overview> {
  const sentenceLimit = options.sentences ?? 8;
  const [[totals], campaigns, coverage, undated, inferred, topCampaigns, recent, perIssue, [latest], papers] = await Promise.all([
    // Banner pseudo-articles and rejected items are left out of IssueStat's counts.
    db.$queryRaw<TotalsRow[]>`
      SELECT COUNT(*) AS "issues", SUM("articles") AS "articles", SUM("indicators") AS "indicators", SUM("goals") AS "goals"
      FROM "IssueStat"`,
    db.campaign.count(),
    db.issue.aggregate({ _min: { date: true }, _max: { date: true } }),
    db.issue.count({ where: { date: null } }),
    db.issue.count({ where: { date: { not: null }, dateSource: "inferred" } }),
    db.$queryRaw<CampaignStatRow[]>`
      SELECT c."id" AS "id", c."name" AS "name", s."mentions" AS "mentions", s."issues" AS "issues",
             s."firstDate" AS "firstDate", s."lastDate" AS "lastDate"
      FROM "CampaignStat" s JOIN "Campaign" c ON c."id" = s."campaignId"
      WHERE s."mentions" > 0
      ORDER BY s."issues" DESC, s."mentions" DESC, c."name"
      LIMIT ${options.campaigns ?? 8}`,
    db.indicator.findMany({
      where: options.incidental ? NOT_REJECTED : { ...NOT_REJECTED, core: true }, // the latest tracked numbers, not 1名保安
      orderBy: [newestDateFirst(db), { articleId: "asc" }, { start: "asc" }], // the latest date, in paper order
      take: sentenceLimit * 4,
      select: {
        id: true,
        text: true,
        value: true,
        unit: true,
        metric: true,
        review: true,
        sentenceStart: true,
        sentenceEnd: true,
        article: { select: { id: true, title: true, text: true, issue: { select: issueRefSelect } } },
      },
    }),
    // Indicators per dated issue: an issue without numbers plots 0.
    // A row per issue: read straight from the connection, as countEntityPerIssue does.
    sqlRunner(db, db).all<DateCountRow>(
      `SELECT "issueId" AS "id", "date", "number", "fileName", "indicators" AS "count" FROM "IssueStat" WHERE "date" IS NOT NULL`,
    ),
    db.$queryRaw<LatestIssueRow[]>`
      SELECT i."id" AS "id", i."date" AS "date", i."number" AS "number", i."fileName" AS "fileName",
             i."dateSource" AS "dateSource", i."dateEvidence" AS "dateEvidence", i."dateConfidence" AS "dateConfidence",
             s."articles" AS "articles", s."indicators" AS "indicators"
      FROM (SELECT "id" FROM "Issue" WHERE "date" IS NOT NULL ORDER BY "date" DESC, "id" DESC LIMIT 1) l
      JOIN "Issue" i ON i."id" = l."id"
      JOIN "IssueStat" s ON s."issueId" = l."id"`,
    // One row per paper name (a handful), not per issue.
    db.issue.groupBy({ by: ["paper"], _count: { _all: true } }),
  ]);
  const named = papers.filter((p) => p.paper).sort((a, b) => b._count._all - a._count._all || a.paper!.localeCompare(b.paper!, "zh-CN"));
  const unnamed = papers.find((p) => !p.paper)?._count._all ?? 0;

  const timelineRows = perIssue.map((row) => ({
    issue: { id: Number(row.id), date: row.date, number: row.number == null ? null : Number(row.number), fileName: row.fileName },
    count: Number(row.count ?? 0),
  }));

  return {
    totals: {
      issues: Number(totals?.issues ?? 0),
      articles: Number(totals?.articles ?? 0),
      indicators: Number(totals?.indicators ?? 0),
      goals: Number(totals?.goals ?? 0),
      campaigns,
    },
    coverage: { first: coverage._min.date, last: coverage._max.date, undated, inferred, papers: named.map((p) => p.paper!), unnamed },
    latestIssue: latest
      ? {
          ...toIssueRef({ id: Number(latest.id), date: latest.date, number: latest.number == null ? null : Number(latest.number), fileName: latest.fileName }),
          articleCount: Number(latest.articles),
          indicatorCount: Number(latest.indicators),
          dateSource: latest.dateSource,
          dateEvidence: latest.dateEvidence,
          dateConfidence: latest.dateConfidence == null ? null : Number(latest.dateConfidence),
        }
      : null,
    topCampaigns: topCampaigns.map((row) => ({
      id: Number(row.id),
      name: row.name,
      mentions: Number(row.mentions),
      issues: Number(row.issues),
      firstDate: row.firstDate,
      lastDate: row.lastDate,
    })),
    recentSentences: groupBySentence(recent).slice(0, sentenceLimit),
    timeline: countSeries(timelineRows, { key: "indicators", label: "指标数", unit: "个" }),
  };
}

type RecentRow = {
  id: number;
  text: string;
  value: number;
  unit: string;
  metric: string | null;
  review: string;
  sentenceStart: number;
  sentenceEnd: number;
  article: { id: number; title: string; text: string; issue: { id: number; date: string | null; number: number | null; fileName: string } };
};

function groupBySentence(rows: RecentRow[]): RecentSentence[] {
  const groups = new Map<string, RecentSentence>();
  for (const row of rows) {
    const key = `${row.article.id}:${row.sentenceStart}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        sentence: sentenceOf(row.article.text, row.sentenceStart, row.sentenceEnd, 200),
        articleId: row.article.id,
        articleTitle: row.article.title,
        issue: toIssueRef(row.article.issue),
        numbers: [],
      };
      groups.set(key, group);
    }
    group.numbers.push({
      id: row.id,
      text: row.text,
      value: row.value,
      unit: row.unit,
      metric: row.metric,
      review: row.review,
      href: itemHref("indicator", row.article.id, row.id),
    });
  }
  return [...groups.values()];
}
