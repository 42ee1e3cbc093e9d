import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshEvidenceState } from "@/lib/db/goal-evidence-state";
import { sqlRunner } from "@/lib/db/sql-runner";
import { readGoalRows } from "@/lib/data/goals/goal-rows";
import { listAllLedgerGoals, listLedgerGoals } from "@/lib/data/goals/list-ledger-goals";
import { getGoalOverview } from "@/lib/data/goals/get-goal-overview";
import { ENTITY_STATUS_ORDER, listEntityGoals } from "@/lib/data/goals/list-entity-goals";
import { applyLedgerView, summariseLedger } from "@/lib/track/ledger-view";
import { ledgerCursor, parseGoalFilters } from "@/lib/validations/goal-filters";
import { useTempDatabase } from "../ingest/support";

// The ledger pages in SQL (lib/data/goals/ledger-sql.ts); the reference is the status and view rules in JS
// (proposeStatus and effectiveStatus through readGoalRows, applyLedgerView): for every filter and as-of date below, the
// SQL must return the same goals, statuses and order, page by page. The goals cross every deadline with every
// evidence pattern (every pattern is repeated for each deadline: outcomes before and after the deadline, links after the as-of date, same-day outcomes, rejected
// links), editors' statuses, rejected goals and goals without a deadline or an issue date; more than two pages.

const GOALS = 260;
const LINK_DATES = ["2022-01-10", "2022-03-15", "2022-06-30", "2022-09-01"] as const;
const DEADLINES = [null, "2022-02-28", "2022-06-30", "2022-12-31", "2021-12-31"] as const;
type Link = { relation: string; date: number; article?: number; review?: string };
// Evidence patterns (date = index into LINK_DATES; article picks one of that issue's articles, for same-day links).
const PATTERNS: Link[][] = [
  [],
  [{ relation: "mention", date: 0 }],
  [{ relation: "progress", date: 0 }],
  [{ relation: "partial", date: 0 }],
  [{ relation: "partial", date: 2 }],
  [{ relation: "missed", date: 1 }],
  [{ relation: "met", date: 1 }],
  [{ relation: "progress", date: 0 }, { relation: "met", date: 2 }],
  [{ relation: "partial", date: 1 }, { relation: "mention", date: 3 }],
  [{ relation: "progress", date: 1 }, { relation: "partial", date: 1, article: 1 }],
  [{ relation: "partial", date: 1 }, { relation: "progress", date: 1, article: 1 }],
  [{ relation: "met", date: 0, review: "rejected" }, { relation: "progress", date: 2 }],
  [{ relation: "missed", date: 0 }, { relation: "progress", date: 2, review: "confirmed" }],
  [{ relation: "partial", date: 0 }, { relation: "partial", date: 3 }],
  [{ relation: "mention", date: 3 }],
];
const EDITOR = ["进行中", "已完成", "未完成", "逾期", "无法判断"];
const AS_OF = ["2021-12-15", "2022-03-15", "2022-06-30", "2022-07-01", "2023-01-31"];

describe("the ledger in SQL gives the statuses and order of the JS rules", () => {
  let ctx: ReturnType<typeof useTempDatabase>;
  beforeAll(async () => {
    ctx = useTempDatabase();
    const db = ctx.db;
    const issueDates = ["2021-12-01", ...LINK_DATES];
    const articles: number[][] = [];
    for (const [n, date] of issueDates.entries()) {
      const issue = await db.issue.create({ data: { contentHash: `h${n}`, fileName: `${date}.txt`, encoding: "utf-8", byteSize: 1, rawText: "", date } });
      await db.article.createMany({ data: [0, 1, 2].map((position) => ({ issueId: issue.id, position, kind: "news", title: `${date} 第${position}篇`, text: "全村共有300户。" })) });
      articles.push((await db.article.findMany({ where: { issueId: issue.id }, orderBy: { position: "asc" }, select: { id: true } })).map((a) => a.id));
    }
    const [a, b] = await Promise.all([db.place.create({ data: { name: "石室乡", level: "township" } }), db.place.create({ data: { name: "黄家街道", level: "township" } })]);
    const department = await db.department.create({ data: { name: "区发改局", canonical: "柯城区发展和改革局" } });
    const campaign = await db.campaign.create({ data: { name: "六治六提", key: "六治六提" } });
    await db.goal.createMany({
      data: Array.from({ length: GOALS }, (_, i) => ({
        articleId: articles[0][i % 3],
        text: `确保第${i}项任务完成`,
        verb: "确保",
        start: i,
        end: i + 4,
        issueDate: i % 11 === 0 ? null : issueDates[i % 2],
        deadlineDate: DEADLINES[i % DEADLINES.length],
        townshipId: [a.id, b.id, null][i % 3],
        departmentId: i % 4 === 0 ? department.id : null,
        campaignId: i % 5 === 0 ? campaign.id : null,
        kind: ["target", "task", "requirement"][i % 3 === 0 ? 0 : i % 2 === 0 ? 1 : 2],
        status: i % 7 === 3 ? EDITOR[(i / 7) % EDITOR.length | 0] : "未评估",
        review: i % 23 === 5 ? "rejected" : i % 2 ? "machine" : "confirmed",
      })),
    });
    const goals = await db.goal.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    await db.goalEvidence.createMany({
      data: goals.flatMap((goal, i) =>
        PATTERNS[Math.floor(i / DEADLINES.length) % PATTERNS.length].map((link) => ({
          goalId: goal.id,
          articleId: articles[1 + link.date][link.article ?? 0],
          issueDate: LINK_DATES[link.date],
          sentenceStart: 0,
          sentenceEnd: 9,
          text: "全村共有300户。",
          relation: link.relation,
          score: 0.8,
          review: link.review ?? "machine",
        })),
      ),
    });
    // As linking and review do after writing links: the SQL reads this summary.
    await refreshEvidenceState(sqlRunner(db, db), goals.map((g) => g.id));
  }, 120_000);
  afterAll(async () => {
    await ctx.cleanup();
  });

  const reference = async (query: Record<string, string>) => {
    const f = parseGoalFilters(query).filters;
    const asOf = f.asOf!;
    const rows = await readGoalRows(
      { asOf, township: f.township, department: f.department, campaign: f.campaign, kind: f.kind, deadlineFrom: f.from, deadlineTo: f.to },
      ctx.db,
    );
    return applyLedgerView(rows, { asOf, status: f.status, overdue: f.overdue === "1", due: f.due, sort: f.sort ?? "deadline", dir: f.dir });
  };
  const shape = (rows: { id: number; status: string; statusSource: string; proposedStatus: string }[]) =>
    rows.map((r) => `${r.id} ${r.status} ${r.statusSource} ${r.proposedStatus}`);

  const FILTERS: Record<string, string>[] = [
    {},
    { dir: "desc" },
    { sort: "issue" },
    { sort: "issue", dir: "desc" },
    { township: "石室乡" },
    { department: "区发改局", kind: "task" },
    { campaign: "六治六提", dir: "desc" },
    { from: "2022-02-01", to: "2022-07-01" },
    { overdue: "1" },
    { overdue: "1", township: "黄家街道", dir: "desc" },
    { due: "60" },
    { due: "400", kind: "target" },
    ...EDITOR.map((status) => ({ status })),
    { status: "逾期", sort: "issue" },
  ];

  it("has goals of every status, proposed and confirmed, at the as-of dates", async () => {
    for (const asOf of ["2022-03-15", "2023-01-31"]) {
      const rows = await reference({ asOf });
      for (const status of EDITOR) {
        expect(rows.some((r) => r.status === status && r.statusSource === "machine"), `${status} proposed as of ${asOf}`).toBe(true);
        expect(rows.some((r) => r.status === status && r.statusSource === "editor"), `${status} confirmed as of ${asOf}`).toBe(true);
      }
    }
    // A partial result reported after the deadline is 未完成; before it, with the deadline passed, 逾期.
    const late = (await reference({ asOf: "2023-01-31" })).filter((r) => r.statusSource === "machine" && r.deadline === "2022-02-28");
    expect(late.some((r) => r.status === "未完成" && r.evidence.at(-1)?.relation === "partial")).toBe(true);
    expect(late.some((r) => r.status === "逾期" && r.evidence.at(-1)?.relation === "partial")).toBe(true);
  });

  it.each(AS_OF)("every filter as of %s: the CSV rows and each page", async (asOf) => {
    for (const filter of FILTERS) {
      const query = { asOf, ...filter };
      const expected = shape(await reference(query));
      const all = (await listAllLedgerGoals({ filters: parseGoalFilters(query).filters }, ctx.db)).goals;
      expect(shape(all), JSON.stringify(query)).toEqual(expected);
      const first = await listLedgerGoals({ filters: parseGoalFilters(query).filters }, ctx.db);
      expect(first.total, JSON.stringify(query)).toBe(expected.length);
      const paged = [...first.goals];
      for (let page = 2; page <= first.pageCount; page++) paged.push(...(await listLedgerGoals({ filters: parseGoalFilters({ ...query, page: String(page) }).filters }, ctx.db)).goals);
      expect(shape(paged), JSON.stringify(query)).toEqual(expected);
    }
  });

  // Keyset paging (after=/before= a row's cursor): forward from page 1 by 下一页 and back from the last page by 上一页,
  // across the end of the goals with a deadline (or issue date) and the start of those without, in both directions.
  it.each(["2022-03-15", "2023-01-31"])("pages by cursor, forward and back, as of %s", async (asOf) => {
    const filters: Record<string, string>[] = [{}, { dir: "desc" }, { sort: "issue" }, { sort: "issue", dir: "desc" }, { township: "石室乡" }, { overdue: "1" }, { status: "逾期", sort: "issue" }];
    for (const filter of filters) {
      const query: Record<string, string> = { asOf, ...filter };
      const label = JSON.stringify(query);
      const expected = shape(await reference(query));
      let page = await listLedgerGoals({ filters: parseGoalFilters(query).filters }, ctx.db);
      const forward = [...page.goals];
      while (page.page < page.pageCount) {
        const next = parseGoalFilters({ ...query, page: String(page.page + 1), after: ledgerCursor(page.last!) });
        expect(next.success, label).toBe(true);
        page = await listLedgerGoals({ filters: next.filters }, ctx.db);
        forward.push(...page.goals);
      }
      expect(shape(forward), label).toEqual(expected);
      const pages = [page.goals];
      while (page.page > 1) {
        page = await listLedgerGoals({ filters: parseGoalFilters({ ...query, page: String(page.page - 1), before: ledgerCursor(page.first!) }).filters }, ctx.db);
        pages.unshift(page.goals);
      }
      expect(shape(pages.flat()), label).toEqual(expected);
      expect(pages.length, label).toBe(Math.max(1, Math.ceil(expected.length / page.pageSize)));
    }
  });

  it("reads a cursor that leads nowhere as the last or the first page, and refuses a malformed one", async () => {
    const asOf = "2022-07-01";
    const expected = shape(await reference({ asOf }));
    const pastEnd = await listLedgerGoals({ filters: parseGoalFilters({ asOf, page: "2", after: "none.2147483647" }).filters }, ctx.db);
    expect(pastEnd.page).toBe(pastEnd.pageCount);
    expect(shape(pastEnd.goals)).toEqual(expected.slice((pastEnd.pageCount - 1) * pastEnd.pageSize));
    const beforeStart = await listLedgerGoals({ filters: parseGoalFilters({ asOf, page: "2", before: "1999-01-01.1" }).filters }, ctx.db);
    expect(beforeStart.page).toBe(1);
    expect(shape(beforeStart.goals)).toEqual(expected.slice(0, beforeStart.pageSize));
    for (const bad of [{ after: "2022-13-01.5" }, { after: "2022-01-01" }, { before: "none.0" }, { after: "none.1; DROP" }, { after: "none.1", before: "none.2" }]) {
      const parsed = parseGoalFilters({ asOf, ...bad });
      expect(parsed.success, JSON.stringify(bad)).toBe(false);
      if (!parsed.success) expect(parsed.problems.join("\n")).toMatch(/翻页位置/);
    }
  });

  it.each(AS_OF)("the overview's counts and lists as of %s", async (asOf) => {
    for (const options of [{ dueDays: 30, limit: 5 }, { dueDays: 200, limit: 12 }]) {
      const expected = summariseLedger(await readGoalRows({ asOf }, ctx.db), { asOf, ...options });
      const actual = await getGoalOverview({ asOf, ...options }, ctx.db);
      expect(actual.total).toBe(expected.total);
      expect(actual.byStatus).toEqual(expected.byStatus);
      expect(actual.overdueCount).toBe(expected.overdueCount);
      for (const list of ["dueSoon", "overdue", "recentlyMet"] as const) {
        expect(shape(actual[list]), `${list} ${JSON.stringify(options)}`).toEqual(shape(expected[list]));
        if (asOf === "2022-07-01" && options.dueDays === 200) expect(expected[list].length, list).toBe(options.limit);
      }
    }
  });

  it("shows the last page for a page past it, and tells an empty filter from an empty ledger", async () => {
    const asOf = "2022-07-01";
    const expected = shape(await reference({ asOf }));
    expect(expected.length).toBeGreaterThan(200);
    const last = await listLedgerGoals({ filters: parseGoalFilters({ asOf, page: "999" }).filters }, ctx.db);
    expect(last.page).toBe(3);
    expect(shape(last.goals)).toEqual(expected.slice(200));
    const none = await listLedgerGoals({ filters: parseGoalFilters({ asOf, status: "已完成", from: "2030-01-01" }).filters }, ctx.db);
    expect(none.total).toBe(0);
    expect(none.stored).toBe(0); // no goal is due from 2030: nothing to show whatever the status
    // Overdue by mid-December 2021 yet due from 2022: nothing matches, but goals due from 2022 are stored.
    const contradictory = await listLedgerGoals({ filters: parseGoalFilters({ asOf: "2021-12-15", overdue: "1", from: "2022-01-01" }).filters }, ctx.db);
    expect(contradictory.total).toBe(0);
    expect(contradictory.stored).toBe((await reference({ asOf: "2021-12-15", from: "2022-01-01" })).length);
    expect(contradictory.stored).toBeGreaterThan(0);
    const noMatch = await listLedgerGoals({ filters: parseGoalFilters({ asOf, status: "进行中", department: "区发改局", kind: "requirement" }).filters }, ctx.db);
    expect(noMatch.total).toBe(0);
    expect(noMatch.stored).toBe(0); // the department's goals are never requirements (i % 4 === 0 is even)
  });

  // A township's or department's page: its goals, who is behind first (逾期, 未完成, 进行中, 无法判断, 已完成, others),
  // each status in the ledger's order, cut at the limit; the reference sorts every goal of the entity in JS.
  it.each(AS_OF)("a township's and a department's goals as of %s", async (asOf) => {
    const rank = (status: string) => {
      const r = (ENTITY_STATUS_ORDER as readonly string[]).indexOf(status);
      return r < 0 ? ENTITY_STATUS_ORDER.length : r;
    };
    const entities: Record<string, string>[] = [{ township: "石室乡" }, { department: "区发改局" }, { township: "黄家街道" }];
    for (const entity of entities) {
      const rows = await reference({ asOf, ...entity });
      const expected = shape([...rows].sort((a, b) => rank(a.status) - rank(b.status)));
      for (const limit of [7, 40, 1000]) {
        const actual = await listEntityGoals({ ...entity, asOf, limit }, ctx.db);
        expect(actual.total).toBe(rows.length);
        expect(shape(actual.goals), `${JSON.stringify(entity)} limit ${limit}`).toEqual(expected.slice(0, limit));
      }
    }
  });

  // GoalLedgerCount is kept by triggers on Goal (migration 20261207133200_goal_ledger_counts): after every kind of write
  // (the editor's status, review, deadline, kind, new and rejected links, deleted goals and articles) it must still be
  // the goals' own count, and the status counts read from it the JS rules' (this runs last: it changes the goals).
  it("keeps the status counts equal to the rules through every kind of write to the goals", async () => {
    const db = ctx.db;
    const ids = (await db.goal.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((g) => g.id);
    await db.goal.updateMany({ where: { id: { in: ids.filter((_, i) => i % 9 === 1) } }, data: { status: "已完成" } });
    await db.goal.updateMany({ where: { id: { in: ids.filter((_, i) => i % 7 === 3) } }, data: { status: "未评估" } });
    await db.goal.updateMany({ where: { id: { in: ids.filter((_, i) => i % 13 === 2) } }, data: { review: "rejected" } });
    await db.goal.updateMany({ where: { id: { in: ids.filter((_, i) => i % 23 === 5 && i % 2) } }, data: { review: "machine" } });
    await db.goal.updateMany({ where: { id: { in: ids.filter((_, i) => i % 17 === 4) } }, data: { deadlineDate: "2022-05-31" } });
    await db.goal.updateMany({ where: { id: { in: ids.filter((_, i) => i % 19 === 6) } }, data: { deadlineDate: null, kind: "requirement" } });
    // Links change: a late partial result for some goals, a rejected link for others, then the summary as linking keeps it.
    const article = (await db.article.findFirst({ where: { issue: { date: "2022-09-01" }, position: 2 }, select: { id: true } }))!.id;
    const added = ids.filter((_, i) => i % 11 === 7);
    await db.goalEvidence.createMany({
      data: added.map((goalId) => ({ goalId, articleId: article, issueDate: "2022-09-01", sentenceStart: 0, sentenceEnd: 9, text: "全村共有300户。", relation: "partial", score: 0.7 })),
    });
    const dropped = ids.filter((_, i) => i % 10 === 6);
    await db.goalEvidence.updateMany({ where: { goalId: { in: dropped } }, data: { review: "rejected" } });
    await refreshEvidenceState(sqlRunner(db, db), [...added, ...dropped]);
    await db.goal.deleteMany({ where: { id: { in: ids.filter((_, i) => i % 29 === 8) } } });
    const firstArticle = (await db.goal.findFirst({ where: { id: ids[2] }, select: { articleId: true } }))!.articleId;
    await db.article.delete({ where: { id: firstArticle } }); // its goals go by the cascade

    const recount = await db.$queryRaw<{ n: number | bigint }[]>`
      SELECT COUNT(*) AS "n" FROM (
        SELECT "kind", CASE WHEN "status" <> '' AND "status" <> '未评估' THEN "status" ELSE '' END AS "e", COALESCE("evidenceState", '') AS "s",
               CASE WHEN "outcomeDate" > "deadlineDate" THEN 1 ELSE 0 END AS "l", CASE WHEN "deadlineDate" IS NULL THEN 0 ELSE 1 END AS "h",
               COALESCE("deadlineDate", '') AS "d", COUNT(*) AS "n"
        FROM "Goal" WHERE "review" <> 'rejected' GROUP BY 1, 2, 3, 4, 5, 6) a
      FULL OUTER JOIN (SELECT * FROM "GoalLedgerCount" WHERE "n" <> 0) c
        ON c."kind" = a."kind" AND c."editorStatus" = a."e" AND c."evidenceState" = a."s" AND c."late" = a."l" AND c."hasDeadline" = a."h" AND c."deadlineDate" = a."d"
      WHERE a."n" IS NULL OR c."n" IS NULL OR a."n" <> c."n"`;
    expect(Number(recount[0].n), "GoalLedgerCount rows that differ from the goals' own count").toBe(0);

    for (const asOf of ["2022-03-15", "2023-01-31"]) {
      const filters: Record<string, string>[] = [{}, ...EDITOR.map((status) => ({ status })), { overdue: "1" }, { due: "200" }, { status: "逾期", kind: "task" }, { status: "未完成", from: "2022-03-01" }];
      for (const filter of filters) {
        const query = { asOf, ...filter };
        const expected = await reference(query);
        expect((await listLedgerGoals({ filters: parseGoalFilters(query).filters }, ctx.db)).total, JSON.stringify(query)).toBe(expected.length);
      }
      const expected = summariseLedger(await readGoalRows({ asOf }, ctx.db), { asOf, dueDays: 30, limit: 5 });
      const actual = await getGoalOverview({ asOf, dueDays: 30, limit: 5 }, ctx.db);
      expect([actual.total, actual.byStatus, actual.overdueCount]).toEqual([expected.total, expected.byStatus, expected.overdueCount]);
    }
  });
});
