import "server-only";

import { getDb, type Db } from "../../db/client";
import { Prisma } from "../../generated/prisma/client";
import { compareIssues, toIssueRef, type IssueRef } from "../source-refs";
import { ARTICLE_LIMIT } from "./entity-items";

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

// The latest ARTICLE_LIMIT articles that mention any of the given places or departments, in date order, with how often.
// (getEntityTotal gives how many articles there are in all.)
export async function listMentioningArticles(
  options: { table: "PlaceMention" | "DepartmentMention"; ids: number[] },
  db: Db = getDb(),
): Promise<MentioningArticle[]> {
  if (options.ids.length === 0) return [];
  const table = Prisma.raw(options.table === "PlaceMention" ? `"PlaceMention"` : `"DepartmentMention"`);
  const column = Prisma.raw(options.table === "PlaceMention" ? `"placeId"` : `"departmentId"`);
  const ids = Prisma.join(options.ids);
  // Mentions of one article share its date, so the latest articles stand among the latest few mentions. They are
  // picked per id, each straight off the (id, issueDate, articleId) index, then merged: with `IN (ids)` PostgreSQL
  // read and sorted every mention of a township and its villages (42k rows for the busiest) to keep the first few.
  const pick = ARTICLE_LIMIT * 10;
  const latest = Prisma.join(
    options.ids.map(
      (id) => Prisma.sql`SELECT * FROM (
        SELECT "articleId", "issueDate" FROM ${table} WHERE ${column} = ${id}
        ORDER BY "issueDate" DESC NULLS LAST, "articleId" DESC LIMIT ${pick}
      ) l`,
    ),
    " UNION ALL ",
  );
  const rows = await db.$queryRaw<MentioningRow[]>`
    SELECT a."id" AS "id", a."title" AS "title", a."position" AS "position", COUNT(*) AS "mentions",
           i."issueId" AS "issueId", i."date" AS "date", i."number" AS "number", i."fileName" AS "fileName"
    FROM ${table} m
    JOIN "Article" a ON a."id" = m."articleId"
    JOIN "IssueStat" i ON i."issueId" = a."issueId"
    WHERE m.${column} IN (${ids}) AND m."articleId" IN (
      SELECT c."articleId" FROM (
        SELECT u."articleId" FROM (${latest}) u
        ORDER BY u."issueDate" DESC NULLS LAST, u."articleId" DESC LIMIT ${pick}
      ) c
    )
    GROUP BY a."id", i."issueId"
    ORDER BY i."date" DESC NULLS LAST, i."issueId" DESC, a."position" DESC
    LIMIT ${ARTICLE_LIMIT}`;
  return rows
    .map((row) => ({
      id: Number(row.id),
      title: row.title,
      position: Number(row.position),
      mentions: Number(row.mentions),
      issue: toIssueRef({ id: Number(row.issueId), date: row.date, number: row.number == null ? null : Number(row.number), fileName: row.fileName }),
    }))
    .sort((a, b) => compareIssues(a.issue, b.issue) || a.position - b.position);
}

