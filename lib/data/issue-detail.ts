import "server-only";

import { getDb, type Db } from "../db/client";
import { NOT_REJECTED } from "./extracted-items";
import { clip, entityHref, itemHref, sentenceOf, toIssueRef, type IssueRef, type IssueRefInput } from "./source-refs";

export type IssueArticleItem = { id: number; text: string; href: string; detail: string | null; link: string | null };

export type IssueArticle = {
  id: number;
  position: number;
  kind: string;
  title: string;
  kicker: string | null;
  subtitle: string | null;
  byline: string | null;
  interviewee: string | null;
  continuation: string | null;
  length: number;
  excerpt: string;
  counts: { indicators: number; goals: number; progress: number; campaigns: number; places: number; departments: number };
  indicators: (IssueArticleItem & { sentence: string })[];
  goals: (IssueArticleItem & { status: string })[];
  campaigns: IssueArticleItem[];
  places: IssueArticleItem[];
  departments: IssueArticleItem[];
};

export type IssueDetail = IssueRef & {
  paper: string | null; // from the masthead; null when the file names none
  encoding: string;
  byteSize: number;
  dateSource: string | null;
  dateEvidence: string | null;
  dateConfidence: number | null;
  weekday: string | null;
  lunarDate: string | null;
  editor: string | null;
  ingestedAt: string;
  articles: IssueArticle[];
  banners: IssueArticle[]; // column banners (转作风 讲担当 抓落实 / 六治六提 六比六晒): pseudo-articles that carry campaign mentions
  totals: IssueArticle["counts"];
  previous: IssueRef | null; // the issue before it by date
  next: IssueRef | null;
};

// 责任编辑：董玲 is printed at the end of a page; the raw text keeps it even when the parser drops the line.
export function findEditor(rawText: string): string | null {
  const match = rawText.match(/责任编辑[：:]\s*([\u4e00-\u9fa5·]{2,8}(?:[ 、，,][\u4e00-\u9fa5·]{2,8})*)/);
  return match ? match[1].trim() : null;
}

export type IssueHead = Omit<IssueDetail, "articles" | "banners" | "totals">;
export type IssueArticles = Pick<IssueDetail, "articles" | "banners" | "totals">;

// The whole issue page's data in one call (the page itself streams the two halves: getIssueHead, then listIssueArticles).
export async function getIssueDetail(id: number, db: Db = getDb()): Promise<IssueDetail | null> {
  const [head, articles] = await Promise.all([getIssueHead(id, db), listIssueArticles(id, db)]);
  return head ? { ...head, ...articles } : null;
}

// The issue's facts (date and its source, number, editor, file) and its neighbours: a few indexed lookups.
export async function getIssueHead(id: number, db: Db = getDb()): Promise<IssueHead | null> {
  const issue = await db.issue.findUnique({
    where: { id },
    select: {
      id: true,
      fileName: true,
      encoding: true,
      byteSize: true,
      rawText: true,
      date: true,
      dateSource: true,
      dateEvidence: true,
      dateConfidence: true,
      number: true,
      paper: true,
      weekday: true,
      lunarDate: true,
      ingestedAt: true,
    },
  });
  if (!issue) return null;
  const neighbours = await findNeighbours(db, issue);
  return {
    ...toIssueRef(issue),
    paper: issue.paper,
    encoding: issue.encoding,
    byteSize: issue.byteSize,
    dateSource: issue.dateSource,
    dateEvidence: issue.dateEvidence,
    dateConfidence: issue.dateConfidence,
    weekday: issue.weekday,
    lunarDate: issue.lunarDate,
    editor: findEditor(issue.rawText),
    ingestedAt: issue.ingestedAt.toISOString(),
    previous: neighbours.previous,
    next: neighbours.next,
  };
}

// The issue's articles with their items and the totals: the heavy half of the page (an issue may hold 1,000 articles).
export async function listIssueArticles(id: number, db: Db = getDb()): Promise<IssueArticles> {
  const loaded = await loadArticles(db, id);
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
async function loadArticles(db: Db, issueId: number) {
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

const refSelect = { id: true, date: true, number: true, fileName: true } as const;

// The issues just before and after one in compareIssues order (date, undated last, then id): a few indexed lookups
// instead of loading every issue. Candidates are tried nearest first.
async function findNeighbours(db: Db, issue: IssueRefInput): Promise<{ previous: IssueRef | null; next: IssueRef | null }> {
  const first = (where: object, order: "asc" | "desc", byDate: boolean) =>
    db.issue.findFirst({
      where,
      orderBy: byDate ? [{ date: order }, { id: order }] : [{ id: order }],
      select: refSelect,
    });
  const { id, date } = issue;
  const [previous, next] = await Promise.all(
    date == null
      ? [
          first({ date: null, id: { lt: id } }, "desc", false).then(async (row) => row ?? first({ date: { not: null } }, "desc", true)),
          first({ date: null, id: { gt: id } }, "asc", false),
        ]
      : [
          first({ date, id: { lt: id } }, "desc", false).then(async (row) => row ?? first({ date: { lt: date } }, "desc", true)),
          first({ date, id: { gt: id } }, "asc", false).then(
            async (row) => row ?? (await first({ date: { gt: date } }, "asc", true)) ?? first({ date: null }, "asc", false),
          ),
        ],
  );
  return { previous: previous ? toIssueRef(previous) : null, next: next ? toIssueRef(next) : null };
}
