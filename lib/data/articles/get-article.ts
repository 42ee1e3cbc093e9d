import "server-only";

import { getDb, type Db } from "../../db/client";
import { parseJsonArray } from "../json-columns";

export type ArticleReporter = { role: string; name: string; affiliation?: string };
export type ArticleSectionHead = { text: string; start: number; end: number };

export type ArticleIndicatorItem = {
  id: number;
  start: number;
  end: number;
  text: string;
  value: number;
  valueMax: number | null;
  unit: string;
  approx: string;
  metric: string | null;
  role: string;
  township: string | null;
  department: string | null;
  campaign: string | null;
  review: string; // machine | confirmed | corrected | rejected | added
};
export type ArticleGoalItem = {
  id: number;
  start: number;
  end: number;
  text: string;
  verb: string;
  deadline: string | null;
  targetValue: number | null;
  targetUnit: string | null;
  status: string;
  statusEvidence: string | null;
  review: string;
};
export type ArticleMentionItem = { id: number; start: number; end: number; text: string; name: string; detail: string | null };

export type ArticleDetail = {
  id: number;
  title: string;
  kicker: string | null;
  subtitle: string | null;
  kind: string;
  position: number;
  byline: string | null;
  reporters: ArticleReporter[];
  interviewee: string | null;
  continuation: string | null;
  sectionHeads: ArticleSectionHead[];
  text: string;
  issue: {
    id: number;
    date: string | null;
    dateSource: string | null;
    dateEvidence: string | null;
    dateConfidence: number | null;
    number: number | null;
    fileName: string;
  };
  indicators: ArticleIndicatorItem[];
  goals: ArticleGoalItem[];
  campaigns: ArticleMentionItem[];
  places: ArticleMentionItem[];
  departments: ArticleMentionItem[];
  // Sentences of this article that later goal tracking links to a goal as evidence (not rejected).
  evidence: { id: number; start: number; end: number; goalId: number; goalText: string; relation: string }[];
  previous: { id: number; title: string } | null;
  next: { id: number; title: string } | null;
  rejected: { indicators: number; goals: number }; // how many items reviewers rejected, listed or not
};

export type GetArticleArgs = { id: number; includeRejected?: boolean };

const byStart = (a: { start: number; id: number }, b: { start: number; id: number }) => a.start - b.start || a.id - b.id;

// One article with everything extracted from it, in two queries (the article with its items, then its neighbours).
// Items a reviewer rejected are left out unless `includeRejected` (the article page's 显示已拒绝 toggle).
export async function getArticle(args: GetArticleArgs, db: Db = getDb()): Promise<ArticleDetail | null> {
  const { id } = args;
  const visible = args.includeRejected ? {} : { review: { not: "rejected" } };
  const rejected = { where: { review: "rejected" } };
  const article = await db.article.findUnique({
    where: { id },
    include: {
      issue: {
        select: { id: true, date: true, dateSource: true, dateEvidence: true, dateConfidence: true, number: true, fileName: true },
      },
      indicators: {
        where: visible,
        include: { township: { select: { name: true } }, department: { select: { name: true } }, campaign: { select: { name: true } } },
      },
      goals: { where: visible },
      campaigns: { include: { campaign: { select: { name: true } } } },
      places: { include: { place: { select: { name: true, level: true, township: { select: { name: true } } } } } },
      departments: { include: { department: { select: { name: true, canonical: true } } } },
      evidence: { where: { review: { not: "rejected" } }, select: { id: true, sentenceStart: true, sentenceEnd: true, goalId: true, relation: true, goal: { select: { text: true } } } },
      _count: { select: { indicators: rejected, goals: rejected } },
    },
  });
  if (!article) return null;

  const neighbours = await db.article.findMany({
    where: { issueId: article.issueId, position: { in: [article.position - 1, article.position + 1] }, kind: { not: "banner" } },
    select: { id: true, title: true, position: true },
  });

  return {
    id: article.id,
    title: article.title,
    kicker: article.kicker,
    subtitle: article.subtitle,
    kind: article.kind,
    position: article.position,
    byline: article.byline,
    reporters: parseJsonArray<ArticleReporter>(article.reporters),
    interviewee: article.interviewee,
    continuation: article.continuation,
    sectionHeads: parseJsonArray<ArticleSectionHead>(article.sectionHeads),
    text: article.text,
    issue: article.issue,
    indicators: article.indicators
      .map((item) => ({
        id: item.id,
        start: item.start,
        end: item.end,
        text: item.text,
        value: item.value,
        valueMax: item.valueMax,
        unit: item.unit,
        approx: item.approx,
        metric: item.metric,
        role: item.role,
        township: item.township?.name ?? null,
        department: item.department?.name ?? null,
        campaign: item.campaign?.name ?? null,
        review: item.review,
      }))
      .sort(byStart),
    goals: article.goals
      .map((goal) => ({
        id: goal.id,
        start: goal.start,
        end: goal.end,
        text: goal.text,
        verb: goal.verb,
        deadline: goal.deadline,
        targetValue: goal.targetValue,
        targetUnit: goal.targetUnit,
        status: goal.status,
        statusEvidence: goal.statusEvidence,
        review: goal.review,
      }))
      .sort(byStart),
    campaigns: article.campaigns
      .map((m) => ({ id: m.id, start: m.start, end: m.end, text: m.text, name: m.campaign.name, detail: null }))
      .sort(byStart),
    places: article.places
      .map((m) => ({
        id: m.id,
        start: m.start,
        end: m.end,
        text: m.text,
        name: m.place.name,
        detail: m.place.level === "township" ? null : (m.place.township?.name ?? null),
      }))
      .sort(byStart),
    departments: article.departments
      .map((m) => ({ id: m.id, start: m.start, end: m.end, text: m.text, name: m.department.name, detail: m.department.canonical }))
      .sort(byStart),
    evidence: article.evidence
      .map((e) => ({ id: e.id, start: e.sentenceStart, end: e.sentenceEnd, goalId: e.goalId, goalText: e.goal.text, relation: e.relation }))
      .sort(byStart),
    previous: neighbour(neighbours, article.position - 1),
    next: neighbour(neighbours, article.position + 1),
    rejected: { indicators: article._count.indicators, goals: article._count.goals },
  };
}

function neighbour(rows: { id: number; title: string; position: number }[], position: number): { id: number; title: string } | null {
  const row = rows.find((n) => n.position === position);
  return row ? { id: row.id, title: row.title } : null;
}
