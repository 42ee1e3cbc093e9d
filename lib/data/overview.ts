import "server-only";

import { getDb } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { newestDateFirst, NOT_REJECTED } from "./extracted-items";
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

// Dates two or more issues share: there a date alone does not say which issue a row belongs to.
const SHARED_DATES = Prisma.sql`SELECT "date" FROM "Issue" WHERE "date" IS NOT NULL GROUP BY "date" HAVING COUNT(*) > 1`;

// A constant number of statements, each an index scan or an aggregate: nothing here reads a row per indicator in JS.
export async function getOverview(options: { campaigns?: number; sentences?: number } = {}): Promise<Overview> {
  const sentenceLimit = options.sentences ?? 8;
  const db = getDb();
  const [issues, articles, undatedIndicators, goals, campaigns, coverage, undated, inferred, topCampaigns, recent, perDate, [latest]] = await Promise.all([
    db.issue.count(),
    db.article.count({ where: { kind: { not: "banner" } } }), // column banners are stored as pseudo-articles
    // Dated indicators are summed from the per-date counts below; only the undated ones are counted here.
    db.indicator.count({ where: { ...NOT_REJECTED, issueDate: null } }),
    db.goal.count({ where: NOT_REJECTED }),
    db.campaign.count(),
    db.issue.aggregate({ _min: { date: true }, _max: { date: true } }),
    db.issue.count({ where: { date: null } }),
    db.issue.count({ where: { date: { not: null }, dateSource: "inferred" } }),
    // Issues per campaign without joining every mention to its article: distinct mention dates, corrected by the
    // mentions a date cannot place (undated, or on a date two issues share), which are joined to their issue.
    // Per-campaign subqueries each read one range of the (campaignId, issueDate, …) index: about half the time of
    // one GROUP BY over the whole table.
    db.$queryRaw<CampaignStatRow[]>`
      SELECT s."id" AS "id", s."name" AS "name", s."mentions" AS "mentions",
             s."dates" + s."undatedIssues" + s."sharedIssues" - s."sharedDates" AS "issues",
             s."firstDate" AS "firstDate", s."lastDate" AS "lastDate"
      FROM (
        SELECT c."id" AS "id", c."name" AS "name",
               (SELECT COUNT(*) FROM "CampaignMention" m WHERE m."campaignId" = c."id") AS "mentions",
               (SELECT COUNT(DISTINCT m."issueDate") FROM "CampaignMention" m WHERE m."campaignId" = c."id") AS "dates",
               (SELECT MIN(m."issueDate") FROM "CampaignMention" m WHERE m."campaignId" = c."id") AS "firstDate",
               (SELECT MAX(m."issueDate") FROM "CampaignMention" m WHERE m."campaignId" = c."id") AS "lastDate",
               (SELECT COUNT(DISTINCT a."issueId") FROM "CampaignMention" m JOIN "Article" a ON a."id" = m."articleId"
                 WHERE m."campaignId" = c."id" AND m."issueDate" IS NULL) AS "undatedIssues",
               (SELECT COUNT(DISTINCT a."issueId") FROM "CampaignMention" m JOIN "Article" a ON a."id" = m."articleId"
                 WHERE m."campaignId" = c."id" AND m."issueDate" IN (${SHARED_DATES})) AS "sharedIssues",
               (SELECT COUNT(DISTINCT m."issueDate") FROM "CampaignMention" m
                 WHERE m."campaignId" = c."id" AND m."issueDate" IN (${SHARED_DATES})) AS "sharedDates"
        FROM "Campaign" c
      ) s
      ORDER BY "issues" DESC, "mentions" DESC, s."name"
      LIMIT ${options.campaigns ?? 8}`,
    db.indicator.findMany({
      where: NOT_REJECTED,
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
        article: {
          select: { id: true, title: true, text: true, issue: { select: { id: true, date: true, number: true, fileName: true } } },
        },
      },
    }),
    // Indicators per issue date (GROUP BY on the index), against every dated issue: a date without numbers plots 0.
    db.$queryRaw<DateCountRow[]>`
      SELECT i."id" AS "id", i."date" AS "date", i."number" AS "number", i."fileName" AS "fileName", n."count" AS "count"
      FROM "Issue" i
      LEFT JOIN (
        SELECT "issueDate", COUNT(*) AS "count" FROM "Indicator"
        WHERE "issueDate" IS NOT NULL AND "review" <> 'rejected' GROUP BY "issueDate"
      ) n ON n."issueDate" = i."date"
      WHERE i."date" IS NOT NULL`,
    db.$queryRaw<LatestIssueRow[]>`
      SELECT i."id" AS "id", i."date" AS "date", i."number" AS "number", i."fileName" AS "fileName",
             i."dateSource" AS "dateSource", i."dateEvidence" AS "dateEvidence", i."dateConfidence" AS "dateConfidence",
             (SELECT COUNT(*) FROM "Article" a WHERE a."issueId" = i."id" AND a."kind" <> 'banner') AS "articles",
             (SELECT COUNT(*) FROM "Indicator" n JOIN "Article" a ON a."id" = n."articleId"
               WHERE a."issueId" = i."id" AND n."review" <> 'rejected') AS "indicators"
      FROM (SELECT "id" FROM "Issue" WHERE "date" IS NOT NULL ORDER BY "date" DESC, "id" DESC LIMIT 1) l
      JOIN "Issue" i ON i."id" = l."id"`,
  ]);

  // One count per date: the first issue of a date carries it, others on that date only name their issue as a source.
  const seen = new Set<string>();
  const timelineRows = perDate
    .map((row) => ({ issue: { id: Number(row.id), date: row.date, number: row.number == null ? null : Number(row.number), fileName: row.fileName }, total: Number(row.count ?? 0) }))
    .sort((a, b) => a.issue.id - b.issue.id)
    .map((row) => {
      const first = !seen.has(row.issue.date);
      seen.add(row.issue.date);
      return { issue: row.issue, count: first ? row.total : 0 };
    });

  return {
    totals: { issues, articles, indicators: undatedIndicators + timelineRows.reduce((n, row) => n + row.count, 0), goals, campaigns },
    coverage: { first: coverage._min.date, last: coverage._max.date, undated, inferred },
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
    // Campaigns without mentions sort last (0 issues), so dropping them after the LIMIT keeps the top ones.
    topCampaigns: topCampaigns.filter((row) => Number(row.mentions) > 0).map((row) => ({
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
