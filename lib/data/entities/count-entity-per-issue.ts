import "server-only";

import { getDb, type Db } from "../../db/client";
import { sqlRunner } from "../../db/sql-runner";
import { STAT_TABLES, type StatEntity } from "../../db/stat-tables";
import { countSeries, type ChartSeries, type DatedCount, type IssueRefInput } from "../source-refs";

type IssueCountRow = {
  id: number;
  date: string | null;
  number: number | null;
  fileName: string;
  mentions: bigint | number;
  indicators: bigint | number;
};

export type IssueCounts = { issue: IssueRefInput; mentions: number; indicators: number };

// Mentions and indicators not rejected of a campaign, township or department per issue, for the charts: the entity's
// per-issue rows of lib/db/issue-stats.ts, one index range. Issues without either have no row; pick a chart's rows
// with perIssue. A busy entity has a row for every issue (10,000 at the bench's scale), so they are read straight from
// the connection, as ingestion writes (lib/db/sql-runner.ts): Prisma's raw path costs half as much again per row.
export async function countEntityPerIssue(options: { entity: StatEntity; id: number }, db: Db = getDb()): Promise<IssueCounts[]> {
  const tables = STAT_TABLES[options.entity]; // a township's rows include its villages and communities
  const rows = await sqlRunner(db, db).all<IssueCountRow>(
    `SELECT i."issueId" AS "id", i."date" AS "date", i."number" AS "number", i."fileName" AS "fileName",
            s."mentions" AS "mentions", s."indicators" AS "indicators"
     FROM "${tables.ledger}" s JOIN "IssueStat" i ON i."issueId" = s."issueId"
     WHERE s."${tables.key}" = ? AND (s."mentions" > 0 OR s."indicators" > 0)`,
    [options.id],
  );
  return rows.map((row) => ({
    issue: { id: Number(row.id), date: row.date, number: row.number == null ? null : Number(row.number), fileName: row.fileName },
    mentions: Number(row.mentions),
    indicators: Number(row.indicators),
  }));
}

// One chart's rows: the issues with mentions (or indicators).
export function perIssue(rows: IssueCounts[], count: "mentions" | "indicators"): DatedCount[] {
  return rows.filter((row) => row[count] > 0).map((row) => ({ issue: row.issue, count: row[count] }));
}

// Mentions and indicators per issue date: the activity chart on township and department pages.
export function activitySeries(rows: IssueCounts[]): ChartSeries[] {
  return [
    countSeries(perIssue(rows, "mentions"), { key: "mentions", label: "提及次数", unit: "次" }),
    countSeries(perIssue(rows, "indicators"), { key: "indicators", label: "指标数", unit: "个" }),
  ];
}
