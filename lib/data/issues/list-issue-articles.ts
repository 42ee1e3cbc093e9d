import "server-only";

import { getDb, type Db } from "../../db/client";
import { NOT_REJECTED } from "../entities/entity-items";
import { clip, entityHref, itemHref, sentenceOf } from "../source-refs";
import type { IssueArticle, IssueArticles } from "./issue-detail-types";

// The issue's articles with their items and the totals: the heavy half of the page (an issue may hold 1,000 articles).
export async function listIssueArticles(id: number, db: Db = getDb()): Promise<IssueArticles> {
  const loaded = await loadArticles(id, db);
  const articles = loaded.map((article): IssueArticle => {
    const counts = {
      indicators: article.indicators.length,
      goals: article.goals.length,
      progress: article.progress.length,
      campaigns: article.campaigns.length,
      places: article.places.length,
      departments: article.departments.length,
    };
    return {
      id: article.id,
      position: article.position,
      kind: article.kind,
      title: article.title,
      kicker: article.kicker,
      subtitle: article.subtitle,
      byline: article.byline,
      interviewee: article.interviewee,
      continuation: article.continuation,
      length: article.text.length,
      excerpt: clip(article.text.replace(/\s+/g, " ").trim(), 90),
      counts,
      indicators: article.indicators.map((item) => ({
        id: item.id,
        text: item.text,
        href: itemHref("indicator", article.id, item.id),
        detail: item.metric,
        link: null,
        sentence: sentenceOf(article.text, item.sentenceStart, item.sentenceEnd, 120),
      })),
      goals: article.goals.map((item) => ({
        id: item.id,
        text: clip(item.text, 60),
        href: itemHref("goal", article.id, item.id),
        detail: item.deadline,
        link: null,
        status: item.status,
      })),
      campaigns: article.campaigns.map((item) => ({
        id: item.id,
        text: item.text,
        href: itemHref("campaign", article.id, item.id),
        detail: item.campaign.name === item.text ? null : item.campaign.name,
        link: `/campaigns/${item.campaign.id}`,
      })),
      places: article.places.map((item) => {
        const township = item.place.level === "township" ? item.place.name : (item.place.township?.name ?? null);
        return {
          id: item.id,
          text: item.text,
          href: itemHref("place", article.id, item.id),
          detail: item.place.name === item.text ? null : item.place.name,
          link: township ? entityHref("township", township) : null,
        };
      }),
      departments: article.departments.map((item) => ({
        id: item.id,
        text: item.text,
        href: itemHref("department", article.id, item.id),
        detail: item.department.name === item.text ? null : item.department.name,
        link: entityHref("department", item.department.name),
      })),
    };
  });

  const totals = { indicators: 0, goals: 0, progress: 0, campaigns: 0, places: 0, departments: 0 };
  // Totals count every extracted item, banners' campaign mentions included.
  for (const article of articles) {
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += article.counts[key];
  }


  return {
    articles: articles.filter((a) => a.kind !== "banner"),
    banners: articles.filter((a) => a.kind === "banner"),
    totals,
  };
}

// The articles of an issue with their items. Each item list is one query filtered by the issue (a join), grouped here:
// nested relation selects would make Prisma fetch children with `articleId IN (…every article id…)`, which fails past
// the database's bound-parameter limit on an issue of ~1,000 articles.
async function loadArticles(issueId: number, db: Db) {
  const ofIssue = { article: { issueId } };
  const inOrder = [{ articleId: "asc" }, { start: "asc" }] as const;
  const [articles, progress, indicators, goals, campaigns, places, departments] = await Promise.all([
    db.article.findMany({
      where: { issueId },
      orderBy: { position: "asc" },
      select: {
        id: true,
        position: true,
        kind: true,
        title: true,
        kicker: true,
        subtitle: true,
        byline: true,
        interviewee: true,
        continuation: true,
        text: true,
      },
    }),
    db.progress.findMany({ where: ofIssue, select: { id: true, articleId: true } }),
    db.indicator.findMany({
      where: { ...ofIssue, ...NOT_REJECTED },
      orderBy: [...inOrder],
      select: { id: true, articleId: true, text: true, unit: true, metric: true, sentenceStart: true, sentenceEnd: true },
    }),
    db.goal.findMany({
      where: { ...ofIssue, ...NOT_REJECTED },
      orderBy: [...inOrder],
      select: { id: true, articleId: true, text: true, status: true, deadline: true },
    }),
    db.campaignMention.findMany({
      where: ofIssue,
      orderBy: [...inOrder],
      select: { id: true, articleId: true, text: true, campaign: { select: { id: true, name: true } } },
    }),
    db.placeMention.findMany({
      where: ofIssue,
      orderBy: [...inOrder],
      select: { id: true, articleId: true, text: true, place: { select: { name: true, level: true, township: { select: { name: true } } } } },
    }),
    db.departmentMention.findMany({
      where: ofIssue,
      orderBy: [...inOrder],
      select: { id: true, articleId: true, text: true, department: { select: { name: true } } },
    }),
  ]);
  const lists = {
    progress: groupByArticle(progress),
    indicators: groupByArticle(indicators),
    goals: groupByArticle(goals),
    campaigns: groupByArticle(campaigns),
    places: groupByArticle(places),
    departments: groupByArticle(departments),
  };
  return articles.map((article) => ({
    ...article,
    progress: lists.progress.get(article.id) ?? [],
    indicators: lists.indicators.get(article.id) ?? [],
    goals: lists.goals.get(article.id) ?? [],
    campaigns: lists.campaigns.get(article.id) ?? [],
    places: lists.places.get(article.id) ?? [],
    departments: lists.departments.get(article.id) ?? [],
  }));
}

function groupByArticle<T extends { articleId: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.articleId);
    if (group) group.push(row);
    else groups.set(row.articleId, [row]);
  }
  return groups;
}

