import "server-only";

import { getDb, type Db } from "../../db/client";
import { Prisma } from "../../generated/prisma/client";
import { buildIndicatorSeries, type ChartSeries } from "../source-refs";
import { compareItems, indicatorItemSelect, latestFirst, LIST_LIMIT, NOT_REJECTED, SERIES_LIMIT, toIndicatorItem, type EntityColumn, type IndicatorItem } from "./entity-items";

// How many there are in all comes from the entity's totals row (getEntityTotal), not from a COUNT over the items.
export type IndicatorItems = { items: IndicatorItem[]; series: ChartSeries[] };

type SeriesRow = {
  id: number;
  text: string;
  value: number;
  unit: string;
  metric: string | null;
  articleId: number;
  articleTitle: string;
  issueId: number;
  date: string | null;
  number: number | null;
  fileName: string;
};

// The latest indicators of a campaign, township or department that a reviewer has not rejected: LIST_LIMIT listed,
// SERIES_LIMIT charted by metric and unit (a flat raw query: Prisma's nested rows cost ten times as much). Issue
// references come from IssueStat: an Issue row keeps date and number behind its full text, in overflow pages.
export async function listLatestIndicators(options: { column: EntityColumn; id: number }, db: Db = getDb()): Promise<IndicatorItems> {
  const where = { [options.column]: options.id, ...NOT_REJECTED } satisfies Prisma.IndicatorWhereInput;
  const column = Prisma.raw(`"${options.column}"`);
  const [rows, seriesRows] = await Promise.all([
    db.indicator.findMany({ where, orderBy: [...latestFirst(db)], take: LIST_LIMIT, select: indicatorItemSelect }),
    db.$queryRaw<SeriesRow[]>`
      SELECT n."id" AS "id", n."text" AS "text", n."value" AS "value", n."unit" AS "unit", n."metric" AS "metric",
             n."articleId" AS "articleId", a."title" AS "articleTitle",
             i."issueId" AS "issueId", i."date" AS "date", i."number" AS "number", i."fileName" AS "fileName"
      FROM "Indicator" n
      JOIN "Article" a ON a."id" = n."articleId"
      JOIN "IssueStat" i ON i."issueId" = a."issueId"
      WHERE n.${column} = ${options.id} AND n."review" <> 'rejected'
      ORDER BY n."issueDate" DESC NULLS LAST, n."articleId" DESC, n."start" DESC
      LIMIT ${SERIES_LIMIT}`,
  ]);
  const series = seriesRows.map((row) => ({
    id: Number(row.id),
    articleId: Number(row.articleId),
    articleTitle: row.articleTitle,
    text: row.text,
    value: Number(row.value),
    unit: row.unit,
    metric: row.metric,
    issue: { id: Number(row.issueId), date: row.date, number: row.number == null ? null : Number(row.number), fileName: row.fileName },
  }));
  return { items: rows.sort(compareItems).map(toIndicatorItem), series: buildIndicatorSeries(series) };
}

