import "server-only";

import { getDb, type Db } from "../../db/client";
import { STAT_TABLES, type StatEntity } from "../../db/stat-tables";
import { Prisma } from "../../generated/prisma/client";

export type EntityTotal = {
  mentions: number;
  articles: number;
  issues: number; // issues that mention it
  indicators: number;
  goals: number;
  firstDate: string | null; // of the first and last issue that mention it
  lastDate: string | null;
};

type EntityTotalRow = Record<"mentions" | "articles" | "issues" | "indicators" | "goals", bigint | number> & {
  firstDate: string | null;
  lastDate: string | null;
};

// The totals row of a campaign, township or department (kept at ingest time): how many items its page lists in all.
// Every article has one issue, so articles (summed per issue) counts distinct articles.
export async function getEntityTotal(options: { entity: StatEntity; id: number }, db: Db = getDb()): Promise<EntityTotal> {
  const tables = STAT_TABLES[options.entity];
  const [row] = await db.$queryRaw<EntityTotalRow[]>`
    SELECT "mentions", "articles", "issues", "indicators", "goals", "firstDate", "lastDate" FROM ${Prisma.raw(`"${tables.totals}"`)}
    WHERE ${Prisma.raw(`"${tables.key}"`)} = ${options.id}`;
  return {
    mentions: Number(row?.mentions ?? 0),
    articles: Number(row?.articles ?? 0),
    issues: Number(row?.issues ?? 0),
    indicators: Number(row?.indicators ?? 0),
    goals: Number(row?.goals ?? 0),
    firstDate: row?.firstDate ?? null,
    lastDate: row?.lastDate ?? null,
  };
}

