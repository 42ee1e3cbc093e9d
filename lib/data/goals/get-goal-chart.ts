import "server-only";

import { getDb, type Db } from "../../db/client";
import { clip, compareIssues, issueLabel, itemHref, toIssueRef, type ChartSeries, type IssueRef, type IssueRefInput, type SourcedPoint } from "../source-refs";
import type { LedgerGoal } from "./ledger-goal";

// A goal's chart on its page: the measure the goal is about over issue dates, with the target as a reference line.
// Its own read, so the page streams it after the goal and its timeline.

export type GoalChart = {
  series: ChartSeries | null; // the measure the goal is about, over issue dates (its series and its evidence values)
  // The chart's reference line: the stated target, else 100% when the goal is to complete something measured as a
  // rate (争取全面完成覆盖率, 完成征收任务 reported as 签约率): implied, and labelled so.
  target: { value: number; label: string; implied: boolean } | null;
};

export async function getGoalChart(args: { goal: LedgerGoal; asOf: string }, db: Db = getDb()): Promise<GoalChart> {
  const series = await goalSeries(args.goal, args.asOf, db);
  return { series, target: chartTarget(args.goal, series) };
}

const COMPLETION = /完成|实现|全面|全覆盖/;

function chartTarget(goal: LedgerGoal, series: ChartSeries | null): GoalChart["target"] {
  if (goal.targetValue != null) {
    const bound = goal.targetBound === "min" ? "≥ " : goal.targetBound === "max" ? "≤ " : "";
    return { value: goal.targetValue, label: `目标 ${bound}${goal.targetValue}${goal.targetUnit ?? ""}`, implied: false };
  }
  if (series?.unit === "%" && COMPLETION.test(goal.text)) return { value: 100, label: "目标 100%（“完成”即 100%）", implied: true };
  return null;
}


// Points: the indicators of the goal's series keys (GoalKey "s:…", written by the linker) and the values its live
// evidence reports in the goal's unit; one point per sentence.
async function goalSeries(goal: LedgerGoal, asOf: string, db: Db): Promise<ChartSeries | null> {
  const keys = await db.goalKey.findMany({ where: { goalId: goal.id, key: { startsWith: "s:" } }, select: { key: true } });
  const seriesKeys = keys.map((k) => k.key.slice(2));
  const indicators = seriesKeys.length
    ? await db.indicator.findMany({
        where: { seriesKey: { in: seriesKeys }, review: { not: "rejected" }, issueDate: { lte: asOf } },
        select: { id: true, articleId: true, text: true, value: true, unit: true, metric: true, article: { select: { title: true, issue: { select: { id: true, date: true, number: true, fileName: true, dateSource: true, paper: true } } } } },
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

