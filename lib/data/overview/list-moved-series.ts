import "server-only";

import { getDb, type Db } from "../../db/client";
import { clip, issueLabel, itemHref } from "../source-refs";

export type MovedPoint = { value: number; text: string; date: string; issueLabel: string; href: string };
export type MovedSeries = { key: string; label: string; unit: string; first: MovedPoint; last: MovedPoint; change: number };

// Core numbers that moved: series (Indicator.seriesKey) reported on two or more issue dates, the most recently
// updated first, each with its first and latest value and their sentences. The (seriesKey, issueDate) index answers the
// grouping; only the chosen series' rows are read.
export async function listMovedSeries(args: { limit?: number } = {}, db: Db = getDb()): Promise<MovedSeries[]> {
  const live = { seriesKey: { not: null }, core: true, review: { not: "rejected" }, issueDate: { not: null } };
  const groups = await db.indicator.groupBy({ by: ["seriesKey"], where: live, _min: { issueDate: true }, _max: { issueDate: true } });
  const moving = groups
    .filter((g) => g.seriesKey && g._min.issueDate && g._max.issueDate && g._min.issueDate < g._max.issueDate)
    .sort((a, b) => (b._max.issueDate ?? "").localeCompare(a._max.issueDate ?? ""))
    .slice(0, args.limit ?? 6);
  if (moving.length === 0) return [];
  const rows = await db.indicator.findMany({
    where: { ...live, seriesKey: { in: moving.map((g) => g.seriesKey!) } },
    select: {
      id: true, seriesKey: true, value: true, unit: true, metric: true, text: true, issueDate: true, articleId: true,
      article: { select: { title: true, issue: { select: { id: true, date: true, number: true, fileName: true, dateSource: true } } } },
    },
    orderBy: [{ issueDate: "asc" }, { id: "asc" }],
  });
  const out: MovedSeries[] = [];
  for (const group of moving) {
    const points = rows.filter((r) => r.seriesKey === group.seriesKey);
    if (points.length < 2) continue;
    const point = (r: (typeof points)[number]): MovedPoint => ({
      value: r.value,
      text: r.text,
      date: r.issueDate!,
      issueLabel: `${issueLabel(r.article.issue)} · ${clip(r.article.title, 20)}`,
      href: itemHref("indicator", r.articleId, r.id),
    });
    const first = points[0];
    const last = points[points.length - 1];
    out.push({ key: group.seriesKey!, label: last.metric ?? first.metric ?? "未标注指标", unit: last.unit, first: point(first), last: point(last), change: last.value - first.value });
  }
  return out;
}
