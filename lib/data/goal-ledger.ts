import "server-only";

import { getDb, type Db } from "../db/client";
import { listGoalLedger, toEvidenceRow, type GoalLedgerRow } from "../db/goal-ledger";
import { applyLedgerView, summariseLedger, type LedgerSummary } from "../track/ledger-view";
import { GOAL_PAGE_SIZE, type TGoalFilters } from "../validations/goal-filters";
import { readInSlices } from "../db/id-slices";
import { clip, compareIssues, issueLabel, itemHref, toIssueRef, type ChartSeries, type IssueRef, type IssueRefInput, type SourcedPoint } from "./source-refs";

// The target ledger (/goals), a goal's page (/goals/[id]), the overview's target block and the goals of a township or
// department: the tracking data layer's rows (lib/db/goal-ledger.ts) with issue labels and links to the sentences.

export const KIND_LABELS: Record<string, string> = { target: "目标", task: "任务", requirement: "约束" };
export const RELATION_LABELS: Record<string, string> = { met: "已完成", partial: "部分完成", progress: "有进展", missed: "未完成", mention: "提及" };

export type LedgerEvidence = {
  id: number;
  issue: IssueRef;
  articleId: number;
  articleTitle: string;
  text: string;
  value: number | null;
  unit: string | null;
  relation: string;
  score: number;
  words: string[];
  review: string; // machine | confirmed | rejected
  href: string; // the evidence sentence, highlighted in its article
};

export type LedgerGoal = Omit<GoalLedgerRow, "evidence"> & {
  issue: IssueRef | null;
  href: string; // the goal's sentence, highlighted
  evidence: LedgerEvidence[];
  latest: LedgerEvidence | null; // the newest live link
};

const today = () => new Date().toISOString().slice(0, 10);

type IssueOf = Map<number, IssueRefInput>;

async function issuesOfArticles(db: Db, articleIds: number[]): Promise<IssueOf> {
  const out: IssueOf = new Map();
  if (articleIds.length === 0) return out;
  const rows = await readInSlices(articleIds, (ids) =>
    db.article.findMany({
      where: { id: { in: ids } },
      select: { id: true, issue: { select: { id: true, date: true, number: true, fileName: true, dateSource: true } } },
    }),
  );
  for (const row of rows) out.set(row.id, row.issue);
  return out;
}

async function decorate(db: Db, rows: GoalLedgerRow[]): Promise<LedgerGoal[]> {
  const allEvidence = rows.flatMap((r) => r.evidence);
  const issues = await issuesOfArticles(db, [...rows.map((r) => r.articleId), ...allEvidence.map((e) => e.articleId)]);
  return rows.map((row) => {
    const evidence = row.evidence.map(
      (e): LedgerEvidence => ({
        id: e.id,
        issue: toIssueRef(issues.get(e.articleId) ?? { id: 0, date: e.issueDate, number: null, fileName: "" }),
        articleId: e.articleId,
        articleTitle: e.articleTitle,
        text: e.text,
        value: e.value,
        unit: e.unit,
        relation: e.relation,
        score: e.score,
        words: e.words,
        review: e.review,
        href: itemHref("evidence", e.articleId, e.id),
      }),
    );
    const live = evidence.filter((e) => e.review !== "rejected");
    const issue = issues.get(row.articleId);
    return {
      ...row,
      issue: issue ? toIssueRef(issue) : null,
      href: itemHref("goal", row.articleId, row.id),
      evidence,
      latest: live.length ? live[live.length - 1] : null,
    };
  });
}

export type GoalLedger = {
  asOf: string;
  goals: LedgerGoal[]; // the rows of the page asked for
  total: number; // rows matching the filters, on every page
  stored: number; // live goals before the status/overdue/due filters (0: nothing extracted yet)
  page: number;
  pageSize: number;
  pageCount: number;
};

// Every row for the URL's filters: column filters in the query, status/overdue/due on the computed status, sorted by
// deadline (nearest first) unless asked otherwise. The status is computed per goal, so paging happens after it.
async function filteredLedgerRows(db: Db, f: TGoalFilters): Promise<{ asOf: string; rows: GoalLedgerRow[]; stored: number }> {
  const asOf = f.asOf ?? today();
  const rows = await listGoalLedger(db, {
    asOf,
    township: f.township,
    department: f.department,
    campaign: f.campaign,
    kind: f.kind,
    deadlineFrom: f.from,
    deadlineTo: f.to,
  });
  const viewed = applyLedgerView(rows, { asOf, status: f.status, overdue: f.overdue === "1", due: f.due, sort: f.sort ?? "deadline", dir: f.dir });
  return { asOf, rows: viewed, stored: rows.length };
}

// One page of the ledger (GOAL_PAGE_SIZE rows; a page past the last shows the last), with the total for the pager.
export async function listLedgerGoals(args: { filters: TGoalFilters }, db: Db = getDb()): Promise<GoalLedger> {
  const { asOf, rows, stored } = await filteredLedgerRows(db, args.filters);
  const pageSize = GOAL_PAGE_SIZE;
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = Math.min(args.filters.page ?? 1, pageCount);
  const shown = rows.slice((page - 1) * pageSize, page * pageSize);
  return { asOf, goals: await decorate(db, shown), total: rows.length, stored, page, pageSize, pageCount };
}

// Every filtered row, in the ledger's order: the CSV (exactly the rows the pages show, all of them).
export async function listAllLedgerGoals(args: { filters: TGoalFilters }, db: Db = getDb()): Promise<{ asOf: string; goals: LedgerGoal[] }> {
  const { asOf, rows } = await filteredLedgerRows(db, args.filters);
  return { asOf, goals: await decorate(db, rows) };
}

// The filter form's choices: the townships, departments and campaigns that have goals.
export async function listLedgerFilterOptions(db: Db = getDb()): Promise<{ townships: string[]; departments: string[]; campaigns: string[] }> {
  const live = { review: { not: "rejected" } };
  const [townships, departments, campaigns] = await Promise.all([
    db.place.findMany({ where: { goals: { some: live } }, select: { name: true } }),
    db.department.findMany({ where: { goals: { some: live } }, select: { name: true } }),
    db.campaign.findMany({ where: { goals: { some: live } }, select: { name: true } }),
  ]);
  const names = (rows: { name: string }[]) => rows.map((r) => r.name).sort((a, b) => a.localeCompare(b, "zh-CN"));
  return { townships: names(townships), departments: names(departments), campaigns: names(campaigns) };
}

export type GoalPage = {
  asOf: string;
  goal: LedgerGoal;
  sentence: string; // the goal's whole sentence in its article
  series: ChartSeries | null; // the measure the goal is about, over issue dates (its series and its evidence values)
  // The chart's reference line: the stated target, else 100% when the goal is to complete something measured as a
  // rate (争取全面完成覆盖率, 完成征收任务 reported as 签约率): implied, and labelled so.
  target: { value: number; label: string; implied: boolean } | null;
};

const COMPLETION = /完成|实现|全面|全覆盖/;

function chartTarget(goal: LedgerGoal, series: ChartSeries | null): GoalPage["target"] {
  if (goal.targetValue != null) {
    const bound = goal.targetBound === "min" ? "≥ " : goal.targetBound === "max" ? "≤ " : "";
    return { value: goal.targetValue, label: `目标 ${bound}${goal.targetValue}${goal.targetUnit ?? ""}`, implied: false };
  }
  if (series?.unit === "%" && COMPLETION.test(goal.text)) return { value: 100, label: "目标 100%（“完成”即 100%）", implied: true };
  return null;
}

// One goal with every link (rejected ones too, for editors to restore), its sentence and its series.
export async function getGoalPage(args: { id: number; asOf?: string }, db: Db = getDb()): Promise<GoalPage | null> {
  const asOf = args.asOf ?? today();
  const [row] = await listGoalLedger(db, { ids: [args.id], includeRejected: true, asOf });
  if (!row) return null;
  const rejected = await db.goalEvidence.findMany({
    where: { goalId: row.id, review: "rejected", issueDate: { lte: asOf } },
    include: { article: { select: { title: true } } },
  });
  const withRejected: GoalLedgerRow = {
    ...row,
    evidence: [
      ...row.evidence,
      ...rejected.map(toEvidenceRow),
    ].sort((a, b) => a.issueDate.localeCompare(b.issueDate) || a.id - b.id),
  };
  const [goal] = await decorate(db, [withRejected]);
  const stored = await db.goal.findUnique({ where: { id: row.id }, select: { start: true, end: true, article: { select: { text: true } } } });
  const sentence = stored ? sentenceAt(stored.article.text, stored.start, stored.end) : row.text;
  const series = await goalSeries(db, goal, asOf);
  return { asOf, goal, sentence, series, target: chartTarget(goal, series) };
}

// The sentence holding [start, end): from the previous 。！？ or line break to the next one.
function sentenceAt(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[。！？!?\n]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !/[。！？!?\n]/.test(text[to])) to++;
  if (to < text.length && text[to] !== "\n") to++;
  return text.slice(from, to).trim();
}

// Points: the indicators of the goal's series keys (GoalKey "s:…", written by the linker) and the values its live
// evidence reports in the goal's unit; one point per sentence.
async function goalSeries(db: Db, goal: LedgerGoal, asOf: string): Promise<ChartSeries | null> {
  const keys = await db.goalKey.findMany({ where: { goalId: goal.id, key: { startsWith: "s:" } }, select: { key: true } });
  const seriesKeys = keys.map((k) => k.key.slice(2));
  const indicators = seriesKeys.length
    ? await db.indicator.findMany({
        where: { seriesKey: { in: seriesKeys }, review: { not: "rejected" }, issueDate: { lte: asOf } },
        select: { id: true, articleId: true, text: true, value: true, unit: true, metric: true, article: { select: { title: true, issue: { select: { id: true, date: true, number: true, fileName: true, dateSource: true } } } } },
        take: 500,
      })
    : [];
  const unit = goal.targetUnit ?? indicators[0]?.unit ?? goal.evidence.find((e) => e.value != null)?.unit ?? null;
  if (!unit) return null;
  const points: (SourcedPoint & { issue: IssueRefInput; articleId: number })[] = [];
  const seen = new Set<string>();
  for (const i of indicators) {
    if (i.unit !== unit) continue;
    seen.add(`${i.articleId}|${i.value}`);
    points.push({ date: i.article.issue.date, value: i.value, text: i.text, href: itemHref("indicator", i.articleId, i.id), sourceLabel: `${issueLabel(i.article.issue)} · ${clip(i.article.title, 24)}`, issue: i.article.issue, articleId: i.articleId });
  }
  for (const e of goal.evidence) {
    if (e.review === "rejected" || e.value == null || e.unit !== unit || seen.has(`${e.articleId}|${e.value}`)) continue;
    seen.add(`${e.articleId}|${e.value}`);
    points.push({ date: e.issue.date, value: e.value, text: `${e.value}${e.unit}`, href: e.href, sourceLabel: `${e.issue.label} · ${clip(e.articleTitle, 24)}`, issue: e.issue, articleId: e.articleId });
  }
  points.sort((a, b) => compareIssues(a.issue, b.issue));
  const sources = new Map<number, IssueRef>();
  for (const p of points) if (!sources.has(p.issue.id)) sources.set(p.issue.id, toIssueRef(p.issue));
  const metric = indicators.find((i) => i.unit === unit)?.metric ?? goal.subject;
  return {
    key: `goal-${goal.id}`,
    label: metric ? `${metric}（${unit}）` : unit,
    unit,
    points: points.map(({ date, value, text, href, sourceLabel }) => ({ date, value, text, href, sourceLabel })),
    sources: [...sources.values()],
  };
}

export type GoalOverview = LedgerSummary<LedgerGoal> & { asOf: string };

// The overview's target block: counts by status, due in the next 30 days, overdue, recently met.
export async function getGoalOverview(args: { asOf?: string; dueDays?: number; limit?: number } = {}, db: Db = getDb()): Promise<GoalOverview> {
  const asOf = args.asOf ?? today();
  const rows = await listGoalLedger(db, { asOf });
  const summary = summariseLedger(rows, { asOf, dueDays: args.dueDays ?? 30, limit: args.limit ?? 5 });
  const shown = await decorate(db, [...new Map([...summary.dueSoon, ...summary.overdue, ...summary.recentlyMet].map((r) => [r.id, r])).values()]);
  const byId = new Map(shown.map((g) => [g.id, g]));
  const pick = (list: GoalLedgerRow[]) => list.map((r) => byId.get(r.id)!);
  return { ...summary, asOf, dueSoon: pick(summary.dueSoon), overdue: pick(summary.overdue), recentlyMet: pick(summary.recentlyMet) };
}

// A township's or department's goals with their status, the most urgent first (逾期, 未完成, 进行中 …).
export async function listEntityGoals(args: { township?: string; department?: string; asOf?: string }, db: Db = getDb()): Promise<LedgerGoal[]> {
  const asOf = args.asOf ?? today();
  const rows = await listGoalLedger(db, { asOf, township: args.township, department: args.department });
  const rank = (status: string) => ["逾期", "未完成", "进行中", "无法判断", "已完成"].indexOf(status);
  const sorted = applyLedgerView(rows, { asOf, sort: "deadline" }).sort((a, b) => {
    const ra = rank(a.status);
    const rb = rank(b.status);
    return (ra < 0 ? 9 : ra) - (rb < 0 ? 9 : rb);
  });
  return decorate(db, sorted);
}
