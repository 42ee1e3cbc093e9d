import "server-only";

import { getDb, type Db } from "../../db/client";
import { Prisma } from "../../generated/prisma/client";
import { ARTICLE_LIMIT } from "../entities/entity-items";
import { compareIssues, toIssueRef, type IssueRef } from "../source-refs";

export type CampaignArticle = {
  id: number;
  title: string;
  kind: string | null; // banner: a column banner (转作风 讲担当 抓落实 / 六治六提 六比六晒), not a story
  issue: IssueRef;
  mentions: number;
  indicators: number;
  goals: number;
};

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
export async function listCampaignArticles(id: number, db: Db = getDb()): Promise<CampaignArticle[]> {
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

