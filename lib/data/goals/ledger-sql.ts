import { Prisma } from "../../generated/prisma/client";
import { getDb, type Db } from "../../db/client";
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
  statusNotIn?: string[]; // effective status none of these (a township's page: the statuses outside the ladder)
  deadlineFrom?: string;
  deadlineTo?: string;
  overdue?: boolean;
  due?: number; // days
  sort?: "deadline" | "issue";
  dir?: "asc" | "desc";
};

// `sortKey`: the row's deadline (or issue date, sorted by issue), null for a goal without one; read by the ledger's
// pages, whose first and last rows are the cursors of 上一页 and 下一页.
export type LedgerIdRow = { id: number; status: string; statusSource: "machine" | "editor"; proposedStatus: ProposedStatus; sortKey?: string | null };

// A row to page from (keyset paging): its sort key (null: the goals without one, last in the ledger) and id.
export type LedgerCursor = { key: string | null; id: number };

// A goal's live links (rejected ones never count), optionally only those published by the as-of date.
const liveLinks = (asOf?: string) =>
  Prisma.sql`FROM "GoalEvidence" e WHERE e."goalId" = g."id" AND e."review" <> 'rejected'${asOf ? Prisma.sql` AND e."issueDate" <= ${asOf}` : Prisma.empty}`;

// The columns a status is decided by, on a goal (g) or on a row of GoalLedgerCount (c), so that one CASE serves both.
type StatusColumns = { editor: Prisma.Sql; evidence: Prisma.Sql; late: Prisma.Sql; deadline: Prisma.Sql; hasDeadline: Prisma.Sql };

// effectiveStatus's test: the editor's status unless it is 未评估 (none).
const editorStatus = Prisma.sql`(g."status" <> '' AND g."status" <> '未评估')`;

const goalColumns: StatusColumns = {
  editor: Prisma.sql`(CASE WHEN ${editorStatus} THEN g."status" ELSE '' END)`,
  evidence: Prisma.sql`COALESCE(g."evidenceState", '')`,
  late: Prisma.sql`(g."outcomeDate" > g."deadlineDate")`,
  deadline: Prisma.sql`g."deadlineDate"`,
  hasDeadline: Prisma.sql`(g."deadlineDate" IS NOT NULL)`,
};
const countColumns: StatusColumns = {
  editor: Prisma.sql`c."editorStatus"`,
  evidence: Prisma.sql`c."evidenceState"`,
  late: Prisma.sql`(c."late" = 1)`,
  deadline: Prisma.sql`c."deadlineDate"`,
  hasDeadline: Prisma.sql`(c."hasDeadline" = 1)`,
};

const passedSql = (c: StatusColumns, asOf: string) => Prisma.sql`(${c.hasDeadline} AND ${c.deadline} <> '' AND ${c.deadline} < ${asOf})`;

// proposeStatus from the evidence summary (Goal.evidenceState / outcomeDate, kept by lib/db/goal-evidence-state.ts):
// the evidence proposeStatus sees when no link is after the as-of date. A partial result is 未完成 once the deadline
// has passed if it was reported after the deadline (late), else 逾期.
const fromSummarySql = (c: StatusColumns, asOf: string) => Prisma.sql`(CASE
      WHEN ${c.evidence} = 'met' THEN '已完成'
      WHEN ${c.evidence} = 'missed' THEN '未完成'
      WHEN ${passedSql(c, asOf)} THEN CASE WHEN ${c.evidence} = 'partial' AND ${c.late} THEN '未完成' ELSE '逾期' END
      WHEN ${c.evidence} <> '' AND ${c.evidence} <> 'mention' THEN '进行中'
      ELSE '无法判断' END)`;

// effectiveStatus over the summary: right for every goal whose latest link is not after the as-of date.
const summaryStatusSql = (c: StatusColumns, asOf: string) => Prisma.sql`(CASE WHEN ${c.editor} <> '' THEN ${c.editor} ELSE ${fromSummarySql(c, asOf)} END)`;

// proposeStatus in SQL: from the summary, or, for a goal with links after the as-of date (a reader looking back), from
// its links up to that date with the same rules.
function proposedStatusSql(asOf: string): Prisma.Sql {
  const passed = passedSql(goalColumns, asOf);
  const lastOutcomeDate = Prisma.sql`(SELECT MAX(e."issueDate") ${liveLinks(asOf)} AND e."relation" <> 'mention')`;
  // The latest outcome up to the date: by issue date, then link id, as proposeStatus orders them.
  const latest = Prisma.sql`(SELECT e."relation" ${liveLinks(asOf)} AND e."relation" <> 'mention' ORDER BY e."issueDate" DESC, e."id" DESC LIMIT 1)`;
  const fromLinks = Prisma.sql`CASE
      WHEN EXISTS (SELECT 1 ${liveLinks(asOf)} AND e."relation" = 'met') THEN '已完成'
      WHEN ${latest} = 'missed' THEN '未完成'
      WHEN ${passed} THEN CASE WHEN ${latest} = 'partial' AND ${lastOutcomeDate} > g."deadlineDate" THEN '未完成' ELSE '逾期' END
      WHEN ${latest} IS NOT NULL THEN '进行中'
      ELSE '无法判断' END`;
  return Prisma.sql`(CASE WHEN g."evidenceDate" IS NULL OR g."evidenceDate" <= ${asOf} THEN ${fromSummarySql(goalColumns, asOf)} ELSE ${fromLinks} END)`;
}

const effectiveStatusSql = (asOf: string) => Prisma.sql`(CASE WHEN ${editorStatus} THEN g."status" ELSE ${proposedStatusSql(asOf)} END)`;

// The filters on the status (status, overdue, due within N days), over a status expression and a deadline column.
function statusFilterSql(q: LedgerQuery, status: Prisma.Sql, c: StatusColumns): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (q.status) and.push(Prisma.sql`${status} = ${q.status}`);
  if (q.statusNotIn?.length) and.push(Prisma.sql`${status} NOT IN (${Prisma.join(q.statusNotIn)})`);
  // isOverdue: the deadline has passed and the goal is not done; isDueWithin: the deadline is in [asOf, asOf + N].
  if (q.overdue) and.push(Prisma.sql`${c.hasDeadline} AND ${c.deadline} < ${q.asOf} AND ${status} <> '已完成'`);
  if (q.due != null) and.push(Prisma.sql`${c.hasDeadline} AND ${c.deadline} >= ${q.asOf} AND ${c.deadline} <= ${addDays(q.asOf, q.due)} AND ${status} <> '已完成'`);
  return and;
}

// The filters: columns first, then the ones on the computed status. Names are unique, so a township, department or
// campaign is one id (`=`, not `IN`): its goals are then one range of its (id, deadlineDate) index, already in order.
// `status` replaces the status expression (the counts' correction uses the summary's).
function whereSql(q: LedgerQuery, options: { statusFilters: boolean; status?: Prisma.Sql }): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`g."review" <> 'rejected'`];
  if (q.township) and.push(Prisma.sql`g."townshipId" = (SELECT "id" FROM "Place" WHERE "name" = ${q.township})`);
  if (q.department) and.push(Prisma.sql`g."departmentId" = (SELECT "id" FROM "Department" WHERE "name" = ${q.department})`);
  if (q.campaign) and.push(Prisma.sql`g."campaignId" = (SELECT "id" FROM "Campaign" WHERE "name" = ${q.campaign})`);
  if (q.kind) and.push(Prisma.sql`g."kind" = ${q.kind}`);
  if (q.deadlineFrom) and.push(Prisma.sql`g."deadlineDate" >= ${q.deadlineFrom}`);
  if (q.deadlineTo) and.push(Prisma.sql`g."deadlineDate" <= ${q.deadlineTo}`);
  if (options.statusFilters) and.push(...statusFilterSql(q, options.status ?? effectiveStatusSql(q.asOf), goalColumns));
  return Prisma.join(and, " AND ");
}

// The same filters on GoalLedgerCount's rows (kind, deadline range, status), for a query without an entity filter.
function countWhereSql(q: LedgerQuery, options: { statusFilters: boolean }): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`c."n" <> 0`];
  if (q.kind) and.push(Prisma.sql`c."kind" = ${q.kind}`);
  if (q.deadlineFrom) and.push(Prisma.sql`c."hasDeadline" = 1 AND c."deadlineDate" >= ${q.deadlineFrom}`);
  if (q.deadlineTo) and.push(Prisma.sql`c."hasDeadline" = 1 AND c."deadlineDate" <= ${q.deadlineTo}`);
  if (options.statusFilters) and.push(...statusFilterSql(q, summaryStatusSql(countColumns, q.asOf), countColumns));
  return Prisma.join(and, " AND ");
}

// Which queries GoalLedgerCount answers: those without a township, department or campaign (whose goals are one small
// range of their own index anyway).
const countable = (q: LedgerQuery) => !q.township && !q.department && !q.campaign;

// Goals whose status as of q.asOf is not the one their summary gives: those with a link published after the date.
// Their summary's contribution is taken out of the counts and their real one put in (none, for statuses as of today).
const lookingBack = (q: LedgerQuery) => Prisma.sql`g."evidenceDate" > ${q.asOf}`;

const hasStatusFilters = (q: LedgerQuery) => !!q.status || !!q.statusNotIn?.length || !!q.overdue || q.due != null;
const sortKey = (q: LedgerQuery) => Prisma.raw(q.sort === "issue" ? `g."issueDate"` : `g."deadlineDate"`);

// Rows matching every filter; `stored` counts them before the status filters (0: nothing extracted yet).
export async function countLedger(q: LedgerQuery, db: Db = getDb()): Promise<{ total: number; stored: number }> {
  const unfiltered = countable(q) && !q.kind && !q.deadlineFrom && !q.deadlineTo;
  const count = async (statusFilters: boolean) => {
    const withStatus = statusFilters && hasStatusFilters(q);
    let rows: { n: number | bigint | null }[];
    if (unfiltered && !withStatus) {
      // The whole ledger: every goal minus the rejected ones. SQLite counts a whole table from its B-tree pages without
      // reading a row (0.1 ms for 450,000 goals, bench/RESULTS.md §10) where `review <> 'rejected'` reads every index entry.
      rows = await db.$queryRaw`SELECT (SELECT COUNT(*) FROM "Goal") - (SELECT COUNT(*) FROM "Goal" WHERE "review" = 'rejected') AS "n"`;
    } else if (countable(q)) {
      // The counts' rows, with the goals looking back corrected (their summary's status out, their real one in).
      const correction = withStatus
        ? Prisma.sql`
            UNION ALL SELECT -1 AS "n" FROM "Goal" g WHERE ${lookingBack(q)} AND ${whereSql(q, { statusFilters, status: summaryStatusSql(goalColumns, q.asOf) })}
            UNION ALL SELECT 1 AS "n" FROM "Goal" g WHERE ${lookingBack(q)} AND ${whereSql(q, { statusFilters })}`
        : Prisma.empty;
      rows = await db.$queryRaw`
        SELECT SUM(x."n") AS "n" FROM (
          SELECT c."n" AS "n" FROM "GoalLedgerCount" c WHERE ${countWhereSql(q, { statusFilters })}${correction}) x`;
    } else {
      rows = await db.$queryRaw`SELECT COUNT(*) AS "n" FROM "Goal" g WHERE ${whereSql(q, { statusFilters })}`;
    }
    return Number(rows[0]?.n ?? 0);
  };
  const total = await count(true);
  // Only the empty page tells "nothing extracted yet" from "nothing matches", so only then is the wider count read.
  const stored = total === 0 && hasStatusFilters(q) ? await count(false) : total;
  return { total, stored };
}

type RawIdRow = { id: number | bigint; editorStatus: string | null; proposed: string; sortKey?: string | null };

// The shown status is effectiveStatus itself, over the proposed status the SQL computed.
const toIdRow = (row: RawIdRow): LedgerIdRow => {
  const proposedStatus = row.proposed as ProposedStatus;
  return { id: Number(row.id), ...effectiveStatus(row.editorStatus, proposedStatus), proposedStatus, ...(row.sortKey !== undefined ? { sortKey: row.sortKey } : {}) };
};

// applyLedgerView's order: goals with a sort key by that key (ascending or descending), then those without one; ties
// by id. Read as two index-ordered ranges (with a key, then without) so that a page never sorts the whole table.
// `reverse` reads a segment from its end (the pages nearer the end of the ledger). With `cursor` (a row of this
// segment), only the rows after it in the reading direction: `key >= k AND (key > k OR id > i)` (the comparisons turned
// with the direction), a range of the same index the order walks, so the read starts at the cursor instead of skipping
// rows with OFFSET.
async function readSegment(
  q: LedgerQuery,
  segment: "keyed" | "unkeyed",
  page: { limit?: number; offset: number },
  reverse: boolean,
  db: Db,
  cursor?: LedgerCursor,
): Promise<LedgerIdRow[]> {
  const key = sortKey(q);
  const descending = (q.dir === "desc") !== reverse;
  const dir = Prisma.raw(descending ? "DESC" : "ASC");
  const idDir = Prisma.raw(reverse ? "DESC" : "ASC");
  const order = segment === "keyed" ? Prisma.sql`${key} ${dir}, g."id" ${idDir}` : Prisma.sql`g."id" ${idDir}`;
  const limit = page.limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${page.limit} OFFSET ${page.offset}`;
  let from = Prisma.empty;
  if (cursor) {
    const past = Prisma.raw(descending ? "<" : ">");
    const idPast = Prisma.raw(reverse ? "<" : ">");
    from =
      segment === "keyed" && cursor.key !== null
        ? Prisma.sql` AND ${key} ${past}= ${cursor.key} AND (${key} ${past} ${cursor.key} OR g."id" ${idPast} ${cursor.id})`
        : Prisma.sql` AND g."id" ${idPast} ${cursor.id}`;
  }
  const rows = await db.$queryRaw<RawIdRow[]>`
    SELECT g."id" AS "id", g."status" AS "editorStatus", ${proposedStatusSql(q.asOf)} AS "proposed", ${key} AS "sortKey"
    FROM "Goal" g
    WHERE ${whereSql(q, { statusFilters: true })} AND ${key} IS ${Prisma.raw(segment === "keyed" ? "NOT NULL" : "NULL")}${from}
    ORDER BY ${order} ${limit}`;
  return rows.map(toIdRow);
}

// Keyset paging: at most `limit` ids right after the cursor's row in the ledger's order (`after`), or right before it
// (`before`, read backwards and turned round). Costs the same on any page of the ledger.
export async function readLedgerIdsFrom(
  q: LedgerQuery,
  cursor: LedgerCursor,
  toward: "after" | "before",
  limit: number,
  db: Db = getDb(),
): Promise<LedgerIdRow[]> {
  const reverse = toward === "before";
  const [first, second] = reverse ? (["unkeyed", "keyed"] as const) : (["keyed", "unkeyed"] as const);
  const from = cursor.key === null ? "unkeyed" : "keyed";
  const rows = await readSegment(q, from, { offset: 0, limit }, reverse, db, cursor);
  // (from the goals with a key on, forward, the goals without one follow; from those without, backward, the keyed)
  if (rows.length < limit && from === first) rows.push(...(await readSegment(q, second, { offset: 0, limit: limit - rows.length }, reverse, db)));
  return reverse ? rows.reverse() : rows;
}

// Rows of the segments in `first`, `second` order: `offset` rows skipped, at most `limit` returned.
async function readSegments(q: LedgerQuery, page: { offset: number; limit: number }, reverse: boolean, db: Db): Promise<LedgerIdRow[]> {
  const [first, second] = reverse ? (["unkeyed", "keyed"] as const) : (["keyed", "unkeyed"] as const);
  const head = await readSegment(q, first, page, reverse, db);
  if (head.length === page.limit) return head;
  // The first range ran out within (or before) this page: the rest comes from the second.
  let offset = 0;
  if (head.length === 0 && page.offset > 0) {
    const [row] = await db.$queryRaw<{ n: number | bigint }[]>`
      SELECT COUNT(*) AS "n" FROM "Goal" g WHERE ${whereSql(q, { statusFilters: true })} AND ${sortKey(q)} IS ${Prisma.raw(first === "keyed" ? "NOT NULL" : "NULL")}`;
    offset = Math.max(0, page.offset - Number(row?.n ?? 0));
  }
  return [...head, ...(await readSegment(q, second, { offset, limit: page.limit - head.length }, reverse, db))];
}

// One page of ids in the ledger's order: `offset` rows skipped, at most `limit` returned. With the total known, a page
// in the second half is read from the end (the ledger's order reversed, then the page turned round), so that OFFSET
// walks at most half the rows: the last page costs what the first does.
export async function readLedgerIds(
  q: LedgerQuery,
  page: { offset: number; limit: number; total?: number },
  db: Db = getDb(),
): Promise<LedgerIdRow[]> {
  if (page.total === undefined || page.offset * 2 + page.limit <= page.total) return readSegments(q, page, false, db);
  const limit = Math.min(page.limit, page.total - page.offset);
  if (limit <= 0) return [];
  const rows = await readSegments(q, { offset: page.total - page.offset - limit, limit }, true, db);
  return rows.reverse();
}

// Every matching id in the ledger's order (the CSV): ids and statuses only, the rows are read in slices afterwards.
export async function readAllLedgerIds(q: LedgerQuery, db: Db = getDb()): Promise<LedgerIdRow[]> {
  return [...(await readSegment(q, "keyed", { offset: 0 }, false, db)), ...(await readSegment(q, "unkeyed", { offset: 0 }, false, db))];
}

// Goals by effective status (the overview's counts), and of those how many have a passed deadline (isOverdue, with
// the status): from GoalLedgerCount's rows (corrected for goals looking back) when the query allows, else one pass.
export async function countLedgerByStatus(q: LedgerQuery, db: Db = getDb()): Promise<{ byStatus: Map<string, number>; overdue: number }> {
  const passed = (c: StatusColumns) => Prisma.sql`(CASE WHEN ${c.hasDeadline} AND ${c.deadline} < ${q.asOf} THEN 1 ELSE 0 END)`;
  const rows =
    countable(q) && !hasStatusFilters(q)
      ? await db.$queryRaw<{ status: string; passed: number | bigint | boolean; n: number | bigint }[]>`
          SELECT s."status" AS "status", s."passed" AS "passed", SUM(s."n") AS "n"
          FROM (SELECT ${summaryStatusSql(countColumns, q.asOf)} AS "status", ${passed(countColumns)} AS "passed", c."n" AS "n"
                FROM "GoalLedgerCount" c WHERE ${countWhereSql(q, { statusFilters: false })}
                UNION ALL
                SELECT ${summaryStatusSql(goalColumns, q.asOf)} AS "status", ${passed(goalColumns)} AS "passed", -1 AS "n"
                FROM "Goal" g WHERE ${lookingBack(q)} AND ${whereSql(q, { statusFilters: false })}
                UNION ALL
                SELECT ${effectiveStatusSql(q.asOf)} AS "status", ${passed(goalColumns)} AS "passed", 1 AS "n"
                FROM "Goal" g WHERE ${lookingBack(q)} AND ${whereSql(q, { statusFilters: false })}) s
          GROUP BY s."status", s."passed"`
      : await db.$queryRaw<{ status: string; passed: number | bigint | boolean; n: number | bigint }[]>`
          SELECT s."status" AS "status", s."passed" AS "passed", COUNT(*) AS "n"
          FROM (SELECT ${effectiveStatusSql(q.asOf)} AS "status", ${passed(goalColumns)} AS "passed"
                FROM "Goal" g WHERE ${whereSql(q, { statusFilters: true })}) s
          GROUP BY s."status", s."passed"`;
  const byStatus = new Map<string, number>();
  let overdue = 0;
  for (const row of rows) {
    const n = Number(row.n);
    if (n === 0) continue;
    byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + n);
    if (Number(row.passed) === 1 && row.status !== "已完成") overdue += n;
  }
  return { byStatus, overdue };
}

// The goals done (effective 已完成) with the latest evidence first, as summariseLedger's recentlyMet orders them: by
// the date of the newest live link up to the as-of date ('' for none), then the higher id. Three index-ordered reads,
// each cut at `limit`, merged: goals whose latest link is by the date (that link's date: Goal_evidenceDate_idx walked
// backwards), goals with links after it (a reader looking back: their latest link up to the date, read per goal) and
// goals without links, which only an editor's word makes 已完成 (Goal_status_evidenceDate_id_idx; by id).
export async function readRecentlyMet(q: LedgerQuery, limit: number, db: Db = getDb()): Promise<LedgerIdRow[]> {
  const where = whereSql({ ...q, status: "已完成" }, { statusFilters: true });
  const select = Prisma.sql`g."id" AS "id", g."status" AS "editorStatus", ${proposedStatusSql(q.asOf)} AS "proposed"`;
  type Row = RawIdRow & { last: string | null };
  const byDate = await db.$queryRaw<Row[]>`
    SELECT ${select}, g."evidenceDate" AS "last" FROM "Goal" g
    WHERE ${where} AND g."evidenceDate" <= ${q.asOf} ORDER BY g."evidenceDate" DESC, g."id" DESC LIMIT ${limit}`;
  const lookingBackRows = await db.$queryRaw<Row[]>`
    SELECT s.* FROM (
      SELECT ${select}, COALESCE((SELECT MAX(e."issueDate") ${liveLinks(q.asOf)}), '') AS "last" FROM "Goal" g
      WHERE ${where} AND ${lookingBack(q)}) s
    ORDER BY s."last" DESC, s."id" DESC LIMIT ${limit}`;
  const none = await db.$queryRaw<Row[]>`
    SELECT ${select}, '' AS "last" FROM "Goal" g
    WHERE ${where} AND g."status" = '已完成' AND g."evidenceDate" IS NULL ORDER BY g."id" DESC LIMIT ${limit}`;
  return [...byDate, ...lookingBackRows, ...none]
    .sort((a, b) => (b.last ?? "").localeCompare(a.last ?? "") || Number(b.id) - Number(a.id))
    .slice(0, limit)
    .map(toIdRow);
}

// A township's or department's goals, who is behind first (the statuses in `order`, then any other), each status in
// the ledger's deadline order (goals with a deadline by deadline, then those without; ties by id), cut at `limit`.
// One pass over the entity's covering index (Goal_township_ledger_idx / Goal_department_ledger_idx): linear in the
// entity's goals, not the archive's.
export async function readEntityIds(
  q: LedgerQuery,
  order: readonly string[],
  limit: number,
  db: Db = getDb(),
): Promise<LedgerIdRow[]> {
  const rank = Prisma.sql`(CASE s."effective" ${Prisma.join(
    order.map((status, i) => Prisma.sql`WHEN ${status} THEN ${i}`),
    " ",
  )} ELSE ${order.length} END)`;
  const rows = await db.$queryRaw<RawIdRow[]>`
    SELECT s."id" AS "id", s."editorStatus" AS "editorStatus", s."proposed" AS "proposed" FROM (
      SELECT g."id" AS "id", g."status" AS "editorStatus", g."deadlineDate" AS "deadlineDate",
             ${proposedStatusSql(q.asOf)} AS "proposed", ${effectiveStatusSql(q.asOf)} AS "effective"
      FROM "Goal" g WHERE ${whereSql(q, { statusFilters: true })}) s
    ORDER BY ${rank}, (CASE WHEN s."deadlineDate" IS NULL THEN 1 ELSE 0 END), s."deadlineDate", s."id" LIMIT ${limit}`;
  return rows.map(toIdRow);
}
