import "server-only";

import { getDb } from "../db/client";
import { NOT_REJECTED } from "./extracted-items";
import { countSeries, itemHref, sentenceOf, toIssueRef, type ChartSeries, type IssueRef } from "./source-refs";

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
  coverage: { first: string | null; last: string | null; undated: number; inferred: number }; // inferred: dated from the text, not a masthead
  latestIssue: LatestIssue | null;
  topCampaigns: TopCampaign[];
  recentSentences: RecentSentence[];
  timeline: ChartSeries; // indicators per issue date
};

type CampaignStatRow = { id: number; name: string; mentions: bigint | number; issues: bigint | number; firstDate: string | null; lastDate: string | null };
type IssueCountRow = {
  id: number;
  date: string | null;
  number: number | null;
  fileName: string;
  dateSource: string | null;
  dateEvidence: string | null;
  dateConfidence: number | null;
  articles: bigint | number;
  indicators: bigint | number;
};

export async function getOverview(options: { campaigns?: number; sentences?: number } = {}): Promise<Overview> {
  const sentenceLimit = options.sentences ?? 8;
  const db = getDb();
  const [issues, articles, indicators, goals, campaigns, coverage, undated, inferred, topCampaigns, recent, perIssue] = await Promise.all([
    db.issue.count(),
    db.article.count({ where: { kind: { not: "banner" } } }), // column banners are stored as pseudo-articles
    db.indicator.count({ where: NOT_REJECTED }),
    db.goal.count({ where: NOT_REJECTED }),
    db.campaign.count(),
    db.issue.aggregate({ _min: { date: true }, _max: { date: true } }),
    db.issue.count({ where: { date: null } }),
    db.issue.count({ where: { date: { not: null }, dateSource: "inferred" } }),
    db.$queryRaw<CampaignStatRow[]>`
      SELECT c."id" AS "id", c."name" AS "name", COUNT(m."id") AS "mentions", COUNT(DISTINCT a."issueId") AS "issues",
             MIN(m."issueDate") AS "firstDate", MAX(m."issueDate") AS "lastDate"
      FROM "Campaign" c
      JOIN "CampaignMention" m ON m."campaignId" = c."id"
      JOIN "Article" a ON a."id" = m."articleId"
      GROUP BY c."id"
      ORDER BY "issues" DESC, "mentions" DESC, c."name"
      LIMIT ${options.campaigns ?? 8}`,
    db.indicator.findMany({
      where: NOT_REJECTED,
      orderBy: [{ issueDate: { sort: "desc", nulls: "last" } }, { articleId: "asc" }, { start: "asc" }],
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
        article: {
          select: { id: true, title: true, text: true, issue: { select: { id: true, date: true, number: true, fileName: true } } },
        },
      },
    }),
    db.$queryRaw<IssueCountRow[]>`
      SELECT i."id" AS "id", i."date" AS "date", i."number" AS "number", i."fileName" AS "fileName",
             i."dateSource" AS "dateSource", i."dateEvidence" AS "dateEvidence", i."dateConfidence" AS "dateConfidence", COUNT(DISTINCT CASE WHEN a."kind" <> 'banner' THEN a."id" END) AS "articles", COUNT(n."id") AS "indicators"
      FROM "Issue" i
      LEFT JOIN "Article" a ON a."issueId" = i."id"
      LEFT JOIN "Indicator" n ON n."articleId" = a."id" AND n."review" <> 'rejected'
      GROUP BY i."id"`,
  ]);

  const issueRows = perIssue.map((row) => ({
    id: Number(row.id),
    date: row.date,
    number: row.number == null ? null : Number(row.number),
    fileName: row.fileName,
    dateSource: row.dateSource,
    dateEvidence: row.dateEvidence,
    dateConfidence: row.dateConfidence == null ? null : Number(row.dateConfidence),
    articles: Number(row.articles),
    indicators: Number(row.indicators),
  }));
  const latest = [...issueRows]
    .filter((row) => row.date)
    .sort((a, b) => (a.date! < b.date! ? 1 : a.date! > b.date! ? -1 : b.id - a.id))[0];

  return {
    totals: { issues, articles, indicators, goals, campaigns },
    coverage: { first: coverage._min.date, last: coverage._max.date, undated, inferred },
    latestIssue: latest
      ? {
          ...toIssueRef(latest),
          articleCount: latest.articles,
          indicatorCount: latest.indicators,
          dateSource: latest.dateSource,
          dateEvidence: latest.dateEvidence,
          dateConfidence: latest.dateConfidence,
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
    timeline: countSeries(
      issueRows.map((row) => ({ issue: row, count: row.indicators })),
      { key: "indicators", label: "指标数", unit: "个" },
    ),
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
