import Link from "next/link";
import type { GoalOverview } from "@/lib/data/goals/get-goal-overview";
import type { LedgerGoal } from "@/lib/data/goals/ledger-goal";
import type { MovedSeries } from "@/lib/data/overview/list-moved-series";
import { LedgerStatus } from "./goal-ledger-parts";

const STATUS_TONES: Record<string, string> = {
  逾期: "border-red-300 text-red-900",
  未完成: "border-rose-300 text-rose-800",
  进行中: "border-sky-300 text-sky-800",
  无法判断: "border-amber-300 text-amber-800",
  已完成: "border-emerald-300 text-emerald-800",
};

function GoalLines({ goals, empty, testId, date }: { goals: LedgerGoal[]; empty: string; testId: string; date: (g: LedgerGoal) => string | null }) {
  if (goals.length === 0) return <p className="text-sm text-stone-500">{empty}</p>;
  return (
    <ul className="space-y-1.5 text-sm" data-testid={testId}>
      {goals.map((goal) => (
        <li key={goal.id} className="flex items-start gap-2">
          <LedgerStatus status={goal.status} source={goal.statusSource} />
          <span className="min-w-0 flex-1">
            <Link href={`/goals/${goal.id}`} className="text-stone-900 hover:text-brand-700 hover:underline">
              {goal.text}
            </Link>
            <span className="block text-xs text-stone-500">{[date(goal), goal.township ?? goal.department].filter(Boolean).join(" · ")}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

// The overview leads with the targets: how many stand where, what falls due, what is overdue, what was recently met.
export function OverviewGoals({ summary }: { summary: GoalOverview }) {
  const statusHref = (status: string) => `/goals?status=${encodeURIComponent(status)}`;
  return (
    <section aria-labelledby="goals-heading" className="mb-6" data-testid="overview-goals">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="goals-heading" className="text-lg font-semibold">
          目标进展 <span className="text-sm font-normal text-stone-500">（{summary.total} 项，截至 {summary.asOf}）</span>
        </h2>
        <Link href="/goals" className="text-sm text-brand-700 hover:underline">
          目标台账 →
        </Link>
      </div>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-5" data-testid="goal-status-counts">
        {summary.byStatus.map(({ status, count }) => (
          <Link key={status} href={statusHref(status)} className={`rounded border bg-white p-2 hover:border-brand-600 ${STATUS_TONES[status] ?? "border-stone-200"}`} data-testid="goal-status-count" data-status={status}>
            <span className="block text-xs">{status}</span>
            <span className="block text-xl font-bold tabular-nums text-stone-900">{count}</span>
          </Link>
        ))}
      </div>
      <div className="mt-3 grid gap-3 lg:grid-cols-3">
        <div className="rounded border border-stone-200 bg-white p-3">
          <h3 className="mb-2 font-semibold">
            <Link href="/goals?due=30" className="hover:text-brand-700 hover:underline">
              30 天内到期
            </Link>
          </h3>
          <GoalLines goals={summary.dueSoon} empty="未来 30 天没有到期的目标。" testId="goals-due-soon" date={(g) => g.deadline && `期限 ${g.deadline}`} />
        </div>
        <div className="rounded border border-stone-200 bg-white p-3">
          <h3 className="mb-2 font-semibold">
            <Link href="/goals?overdue=1&sort=deadline&dir=desc" className="hover:text-brand-700 hover:underline">
              已过期限未完成（{summary.overdueCount}）
            </Link>
          </h3>
          <GoalLines goals={summary.overdue} empty="没有过期未完成的目标。" testId="goals-overdue" date={(g) => g.deadline && `期限 ${g.deadline}`} />
        </div>
        <div className="rounded border border-stone-200 bg-white p-3">
          <h3 className="mb-2 font-semibold">
            <Link href="/goals?status=%E5%B7%B2%E5%AE%8C%E6%88%90" className="hover:text-brand-700 hover:underline">
              最近完成
            </Link>
          </h3>
          <GoalLines goals={summary.recentlyMet} empty="后续报道还没有报告完成的目标。" testId="goals-recently-met" date={(g) => g.latest && `报道于 ${g.latest.issue.label}`} />
        </div>
      </div>
    </section>
  );
}

// Core numbers reported on more than one date: first and latest value, each one click from its sentence.
export function MovedNumbers({ series }: { series: MovedSeries[] }) {
  if (series.length === 0) return null;
  return (
    <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid="moved-numbers">
      {series.map((s) => (
        <li key={s.key} className="rounded border border-stone-200 bg-white p-2 text-sm">
          <p className="font-medium">{s.label}</p>
          <p className="flex flex-wrap items-baseline gap-1">
            <Link href={s.first.href} className="text-stone-600 hover:underline" title={s.first.issueLabel}>
              {s.first.text}
            </Link>
            <span aria-hidden>→</span>
            <Link href={s.last.href} className="font-semibold text-brand-700 hover:underline" title={s.last.issueLabel}>
              {s.last.text}
            </Link>
            <span className={`text-xs ${s.change >= 0 ? "text-emerald-700" : "text-rose-700"}`}>
              （{s.change >= 0 ? "+" : ""}
              {+s.change.toFixed(2)}
              {s.unit}）
            </span>
          </p>
          <p className="text-xs text-stone-500">
            {s.first.date} → {s.last.date}
          </p>
        </li>
      ))}
    </ul>
  );
}
