import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../../db/client";
import { addDays } from "../../track/ledger-view";
import { effectiveStatus, type ProposedStatus } from "../../track/propose-status";

// The target ledger in SQL (issue #11 §4): the URL's filters, the status of every goal as of a date, the order and the
// page are computed by the database, so a page reads its 100 rows and not the archive. The rules are those of
// lib/track/propose-status.ts (proposeStatus, effectiveStatus) and lib/track/ledger-view.ts (isOverdue, isDueWithin,
// applyLedgerView's order), written once more as SQL; tests/data/ledger-sql.test.ts checks the two agree goal by goal.
// Portable SQL (SQLite and PostgreSQL): quoted identifiers, parameters through Prisma.sql, no dialect functions.

export type LedgerQuery = {
  asOf: string; // YYYY-MM-DD
  township?: string;
  department?: string;
  campaign?: string;
  kind?: string;
  status?: string; // the effective status (the editor's when set)
  deadlineFrom?: string;
  deadlineTo?: string;
  overdue?: boolean;
  due?: number; // days
  sort?: "deadline" | "issue";
  dir?: "asc" | "desc";
};

export type LedgerIdRow = { id: number; status: string; statusSource: "machine" | "editor"; proposedStatus: ProposedStatus };

// A goal's live links (rejected ones never count), optionally only those published by the as-of date.
const liveLinks = (asOf?: string) =>
  Prisma.sql`FROM "GoalEvidence" e WHERE e."goalId" = g."id" AND e."review" <> 'rejected'${asOf ? Prisma.sql` AND e."issueDate" <= ${asOf}` : Prisma.empty}`;

// proposeStatus in SQL. Goal.evidenceState / evidenceDate summarise every live link (lib/db/goal-evidence-state.ts):
// when the latest link is not after the as-of date (the usual case: statuses as of today), the summary is the
// evidence proposeStatus sees and no link is read, except the date of the latest outcome, which only decides a
// partial result reported after a passed deadline. A goal with links after the as-of date (a reader looking back)
// is computed from its links up to that date instead, with the same rules.
function proposedStatusSql(asOf: string): Prisma.Sql {
  const passed = Prisma.sql`(g."deadlineDate" IS NOT NULL AND g."deadlineDate" <> '' AND g."deadlineDate" < ${asOf})`;
  const lastOutcomeDate = (upTo?: string) => Prisma.sql`(SELECT MAX(e."issueDate") ${liveLinks(upTo)} AND e."relation" <> 'mention')`;
  const fromSummary = Prisma.sql`CASE
      WHEN g."evidenceState" = 'met' THEN '已完成'
      WHEN g."evidenceState" = 'missed' THEN '未完成'
      WHEN ${passed} THEN CASE WHEN g."evidenceState" = 'partial' AND ${lastOutcomeDate()} > g."deadlineDate" THEN '未完成' ELSE '逾期' END
      WHEN g."evidenceState" IS NOT NULL AND g."evidenceState" <> 'mention' THEN '进行中'
      ELSE '无法判断' END`;
  // The latest outcome up to the date: by issue date, then link id, as proposeStatus orders them.
  const latest = Prisma.sql`(SELECT e."relation" ${liveLinks(asOf)} AND e."relation" <> 'mention' ORDER BY e."issueDate" DESC, e."id" DESC LIMIT 1)`;
  const fromLinks = Prisma.sql`CASE
      WHEN EXISTS (SELECT 1 ${liveLinks(asOf)} AND e."relation" = 'met') THEN '已完成'
      WHEN ${latest} = 'missed' THEN '未完成'
      WHEN ${passed} THEN CASE WHEN ${latest} = 'partial' AND ${lastOutcomeDate(asOf)} > g."deadlineDate" THEN '未完成' ELSE '逾期' END
      WHEN ${latest} IS NOT NULL THEN '进行中'
      ELSE '无法判断' END`;
  return Prisma.sql`(CASE WHEN g."evidenceDate" IS NULL OR g."evidenceDate" <= ${asOf} THEN ${fromSummary} ELSE ${fromLinks} END)`;
}

// effectiveStatus: the editor's status unless it is 未评估 (none).
const editorStatus = Prisma.sql`(g."status" <> '' AND g."status" <> '未评估')`;
const effectiveStatusSql = (asOf: string) => Prisma.sql`(CASE WHEN ${editorStatus} THEN g."status" ELSE ${proposedStatusSql(asOf)} END)`;

// The filters: columns first, then the ones on the computed status. Names are unique, so a township, department or
// campaign is one id (`=`, not `IN`): its goals are then one range of its (id, deadlineDate) index, already in order.
function whereSql(q: LedgerQuery, options: { statusFilters: boolean }): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`g."review" <> 'rejected'`];
  if (q.township) and.push(Prisma.sql`g."townshipId" = (SELECT "id" FROM "Place" WHERE "name" = ${q.township})`);
  if (q.department) and.push(Prisma.sql`g."departmentId" = (SELECT "id" FROM "Department" WHERE "name" = ${q.department})`);
  if (q.campaign) and.push(Prisma.sql`g."campaignId" = (SELECT "id" FROM "Campaign" WHERE "name" = ${q.campaign})`);
  if (q.kind) and.push(Prisma.sql`g."kind" = ${q.kind}`);
  if (q.deadlineFrom) and.push(Prisma.sql`g."deadlineDate" >= ${q.deadlineFrom}`);
  if (q.deadlineTo) and.push(Prisma.sql`g."deadlineDate" <= ${q.deadlineTo}`);
  if (options.statusFilters) {
    const status = effectiveStatusSql(q.asOf);
    if (q.status) and.push(Prisma.sql`${status} = ${q.status}`);
    // isOverdue: the deadline has passed and the goal is not done; isDueWithin: the deadline is in [asOf, asOf + N].
    if (q.overdue) and.push(Prisma.sql`g."deadlineDate" < ${q.asOf} AND ${status} <> '已完成'`);
    if (q.due != null) and.push(Prisma.sql`g."deadlineDate" >= ${q.asOf} AND g."deadlineDate" <= ${addDays(q.asOf, q.due)} AND ${status} <> '已完成'`);
  }
  return Prisma.join(and, " AND ");
}

const hasStatusFilters = (q: LedgerQuery) => !!q.status || !!q.overdue || q.due != null;
const sortKey = (q: LedgerQuery) => Prisma.raw(q.sort === "issue" ? `g."issueDate"` : `g."deadlineDate"`);

// Rows matching every filter; `stored` counts them before the status filters (0: nothing extracted yet).
export async function countLedger(db: Db, q: LedgerQuery): Promise<{ total: number; stored: number }> {
  const unfiltered = !q.township && !q.department && !q.campaign && !q.kind && !q.deadlineFrom && !q.deadlineTo;
  const count = async (statusFilters: boolean) => {
    // The whole ledger: every goal minus the rejected ones. SQLite counts a whole table from its B-tree pages without
    // reading a row (0.1 ms for 450,000 goals, bench/RESULTS.md §10) where `review <> 'rejected'` reads every index entry.
    const [row] =
      unfiltered && !(statusFilters && hasStatusFilters(q))
        ? await db.$queryRaw<{ n: number | bigint }[]>`
            SELECT (SELECT COUNT(*) FROM "Goal") - (SELECT COUNT(*) FROM "Goal" WHERE "review" = 'rejected') AS "n"`
        : await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" FROM "Goal" g WHERE ${whereSql(q, { statusFilters })}`;
    return Number(row?.n ?? 0);
  };
  const total = await count(true);
  // Only the empty page tells "nothing extracted yet" from "nothing matches", so only then is the wider count read.
  const stored = total === 0 && hasStatusFilters(q) ? await count(false) : total;
  return { total, stored };
}

type RawIdRow = { id: number | bigint; editorStatus: string | null; proposed: string };

// The shown status is effectiveStatus itself, over the proposed status the SQL computed.
const toIdRow = (row: RawIdRow): LedgerIdRow => {
  const proposedStatus = row.proposed as ProposedStatus;
  return { id: Number(row.id), ...effectiveStatus(row.editorStatus, proposedStatus), proposedStatus };
};

// applyLedgerView's order: goals with a sort key by that key (ascending or descending), then those without one; ties
// by id. Read as two index-ordered ranges (with a key, then without) so that a page never sorts the whole table.
async function readSegment(db: Db, q: LedgerQuery, segment: "keyed" | "unkeyed", page: { limit?: number; offset: number }): Promise<LedgerIdRow[]> {
  const key = sortKey(q);
  const dir = Prisma.raw(q.dir === "desc" ? "DESC" : "ASC");
  const order = segment === "keyed" ? Prisma.sql`${key} ${dir}, g."id" ASC` : Prisma.sql`g."id" ASC`;
  const limit = page.limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${page.limit} OFFSET ${page.offset}`;
  const rows = await db.$queryRaw<RawIdRow[]>`
    SELECT g."id" AS "id", g."status" AS "editorStatus", ${proposedStatusSql(q.asOf)} AS "proposed"
    FROM "Goal" g
    WHERE ${whereSql(q, { statusFilters: true })} AND ${key} IS ${Prisma.raw(segment === "keyed" ? "NOT NULL" : "NULL")}
    ORDER BY ${order} ${limit}`;
  return rows.map(toIdRow);
}

// One page of ids in the ledger's order: `offset` rows skipped, at most `limit` returned.
export async function readLedgerIds(db: Db, q: LedgerQuery, page: { offset: number; limit: number }): Promise<LedgerIdRow[]> {
  const keyed = await readSegment(db, q, "keyed", page);
  if (keyed.length === page.limit) return keyed;
  // The keyed range ran out within (or before) this page: the rest comes from the goals without a key.
  let offset = 0;
  if (keyed.length === 0 && page.offset > 0) {
    const [row] = await db.$queryRaw<{ n: number | bigint }[]>`
      SELECT COUNT(*) AS "n" FROM "Goal" g WHERE ${whereSql(q, { statusFilters: true })} AND ${sortKey(q)} IS NOT NULL`;
    offset = Math.max(0, page.offset - Number(row?.n ?? 0));
  }
  return [...keyed, ...(await readSegment(db, q, "unkeyed", { offset, limit: page.limit - keyed.length }))];
}

// Every matching id in the ledger's order (the CSV): ids and statuses only, the rows are read in slices afterwards.
export async function readAllLedgerIds(db: Db, q: LedgerQuery): Promise<LedgerIdRow[]> {
  return [...(await readSegment(db, q, "keyed", { offset: 0 })), ...(await readSegment(db, q, "unkeyed", { offset: 0 }))];
}

// Goals by effective status (the overview's counts), and of those how many have a passed deadline (isOverdue, with
// the status): one pass over the goals for both.
export async function countLedgerByStatus(db: Db, q: LedgerQuery): Promise<{ byStatus: Map<string, number>; overdue: number }> {
  const rows = await db.$queryRaw<{ status: string; passed: number | bigint | boolean; n: number | bigint }[]>`
    SELECT s."status" AS "status", s."passed" AS "passed", COUNT(*) AS "n"
    FROM (SELECT ${effectiveStatusSql(q.asOf)} AS "status",
                 (CASE WHEN g."deadlineDate" IS NOT NULL AND g."deadlineDate" < ${q.asOf} THEN 1 ELSE 0 END) AS "passed"
          FROM "Goal" g WHERE ${whereSql(q, { statusFilters: true })}) s
    GROUP BY s."status", s."passed"`;
  const byStatus = new Map<string, number>();
  let overdue = 0;
  for (const row of rows) {
    byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + Number(row.n));
    if (Number(row.passed) === 1 && row.status !== "已完成") overdue += Number(row.n);
  }
  return { byStatus, overdue };
}

// The goals done (effective 已完成) with the latest evidence first, as summariseLedger's recentlyMet orders them: by
// the date of the newest live link up to the as-of date ('' for none), then the higher id.
export async function readRecentlyMet(db: Db, q: LedgerQuery, limit: number): Promise<LedgerIdRow[]> {
  const lastEvidence = Prisma.sql`(CASE WHEN g."evidenceDate" IS NULL THEN ''
      WHEN g."evidenceDate" <= ${q.asOf} THEN g."evidenceDate"
      ELSE COALESCE((SELECT MAX(e."issueDate") ${liveLinks(q.asOf)}), '') END)`;
  const rows = await db.$queryRaw<RawIdRow[]>`
    SELECT g."id" AS "id", g."status" AS "editorStatus", ${proposedStatusSql(q.asOf)} AS "proposed"
    FROM "Goal" g
    WHERE ${whereSql({ ...q, status: "已完成" }, { statusFilters: true })}
    ORDER BY ${lastEvidence} DESC, g."id" DESC LIMIT ${limit}`;
  return rows.map(toIdRow);
}
