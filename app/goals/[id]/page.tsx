import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, Suspense } from "react";
import { z } from "zod";
import { TimeSeriesChart } from "../../_components/charts/time-series-chart";
import { SectionSkeleton } from "../../_components/section-skeleton";
import { formatTarget, LedgerStatus } from "../../_components/goal-ledger-parts";
import { EvidenceReviewControls } from "../../_components/review/evidence-review-controls";
import { GoalReviewControls } from "../../_components/review/goal-review-controls";
import { ReviewBadge } from "../../_components/review/review-badge";
import { currentEditor } from "@/lib/auth/current-editor";
import { getGoalChart } from "@/lib/data/goals/get-goal-chart";
import { getGoalPage } from "@/lib/data/goals/get-goal-page";
import type { LedgerGoal } from "@/lib/data/goals/ledger-goal";
import { KIND_LABELS, RELATION_LABELS } from "@/lib/data/goals/ledger-goal";
import { GOAL_STATUSES } from "@/lib/validations/review";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const ZGoalIdSchema = z.coerce.number().int().positive().max(2_147_483_647);
const ZAsOfSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined);

const loadGoal = cache(async (rawId: string, asOf?: string) => {
  const id = ZGoalIdSchema.safeParse(/^\d+$/.test(rawId) ? rawId : Number.NaN);
  return id.success ? getGoalPage({ id: id.data, asOf }) : null;
});

const asOfOf = async (props: Props) => {
  const raw = (await props.searchParams).asOf;
  return ZAsOfSchema.parse(Array.isArray(raw) ? raw[0] : raw);
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const page = await loadGoal((await props.params).id, await asOfOf(props));
  return { title: page ? `目标：${page.goal.text}` : "找不到目标" };
}

export default async function GoalPage(props: Props) {
  const page = await loadGoal((await props.params).id, await asOfOf(props));
  if (!page) notFound();
  const { goal } = page;
  const editor = (await currentEditor()).mode === "editor";
  const target = formatTarget(goal);

  return (
    <article>
      <nav aria-label="位置" className="mb-3 text-sm text-stone-500">
        <Link href="/goals" className="hover:text-brand-700 hover:underline">
          目标台账
        </Link>
        <span aria-hidden> / </span>
        <span>{KIND_LABELS[goal.kind] ?? goal.kind}</span>
      </nav>
      <header className="mb-4 border-b border-stone-200 pb-4">
        <h1 className="text-xl font-bold leading-snug sm:text-2xl" data-testid="goal-title">
          {goal.text}
        </h1>
        <blockquote className="mt-2 border-l-4 border-brand-600 bg-white p-2 text-stone-800" data-testid="goal-sentence">
          <Link href={goal.href} className="hover:text-brand-700 hover:underline">
            {page.sentence}
          </Link>
          <footer className="mt-1 text-xs text-stone-500">
            {goal.issue?.label ?? "日期未知"} · {goal.articleTitle}
          </footer>
        </blockquote>
        <dl className="mt-3 grid grid-cols-2 gap-x-5 gap-y-2 text-sm sm:flex sm:flex-wrap" data-testid="goal-facts">
          <div>
            <dt className="text-xs text-stone-500">状态（截至 {page.asOf}）</dt>
            <dd>
              <LedgerStatus status={goal.status} source={goal.statusSource} evidence={goal.statusEvidence} />
              {goal.statusSource === "editor" && goal.proposedStatus !== goal.status ? (
                <span className="ml-1 text-xs text-stone-500">（机器建议：{goal.proposedStatus}）</span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-stone-500">期限</dt>
            <dd className="tabular-nums">
              {goal.deadline ?? "无"}
              {goal.deadlineText ? <span className="ml-1 text-xs text-stone-500">（{goal.deadlineText}）</span> : null}
            </dd>
          </div>
          {target ? (
            <div>
              <dt className="text-xs text-stone-500">目标值</dt>
              <dd>{target}</dd>
            </div>
          ) : null}
          {[
            ["乡镇街道", goal.township],
            ["部门", goal.department],
            ["专项行动", goal.campaign],
            ["对象", goal.subject],
          ]
            .filter(([, v]) => v)
            .map(([label, value]) => (
              <div key={label}>
                <dt className="text-xs text-stone-500">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
        {editor ? (
          <GoalReviewControls
            goal={{ id: goal.id, text: goal.text, review: goal.review, status: goal.statusSource === "editor" ? goal.status : "未评估", statusEvidence: goal.statusEvidence }}
            statuses={GOAL_STATUSES}
          />
        ) : null}
      </header>

      <Suspense fallback={<SectionSkeleton label="进展图" rows={5} />}>
        <GoalChartSection goal={goal} asOf={page.asOf} />
      </Suspense>

      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading" className="mb-2 text-lg font-semibold">
          后续报道中的进展（{goal.evidence.filter((e) => e.review !== "rejected").length}）
        </h2>
        {goal.evidence.length === 0 ? (
          <p className="rounded border border-dashed border-stone-300 bg-white p-4 text-sm text-stone-600" data-testid="no-evidence">
            截至 {page.asOf}，后续各期没有找到与这一目标有关的报道。
          </p>
        ) : (
          <ol className="relative space-y-3 border-l-2 border-stone-200 pl-4" data-testid="evidence-timeline">
            {goal.evidence.map((e) => (
              <li key={e.id} className={`rounded border border-stone-200 bg-white p-3 text-sm ${e.review === "rejected" ? "opacity-60" : ""}`} data-testid="evidence-item" data-relation={e.relation} data-review={e.review}>
                <p className="flex flex-wrap items-center gap-2 text-xs text-stone-500">
                  <Link href={`/issues/${e.issue.id}`} className="font-medium text-stone-700 hover:underline">
                    {e.issue.label}
                  </Link>
                  <span className="rounded bg-stone-100 px-1.5 py-0.5 text-stone-700">{RELATION_LABELS[e.relation] ?? e.relation}</span>
                  {e.value != null ? (
                    <span className="font-semibold text-stone-900">
                      {e.value}
                      {e.unit ?? ""}
                    </span>
                  ) : null}
                  <ReviewBadge review={e.review} />
                  <span title="匹配依据">{e.words.length ? `依据：${e.words.join("、")}` : null}</span>
                </p>
                <p className={`mt-1 ${e.review === "rejected" ? "line-through" : ""}`}>
                  <Link href={e.href} className="text-stone-900 hover:text-brand-700 hover:underline" data-testid="evidence-sentence">
                    {e.text}
                  </Link>
                </p>
                <p className="text-xs text-stone-500">{e.articleTitle}</p>
                {editor ? <EvidenceReviewControls id={e.id} review={e.review} /> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}

// The chart of the goal's measure with its target and deadline: its own read (the series), streamed after the rest.
async function GoalChartSection({ goal, asOf }: { goal: LedgerGoal; asOf: string }) {
  const { series, target } = await getGoalChart({ goal, asOf });
  if (!series || series.points.length === 0) return null;
  return (
    <div className="mb-6">
      <TimeSeriesChart
        title={`进展：${series.label}`}
        series={[series]}
        testId="goal-chart"
        table="open"
        target={target ?? undefined}
        deadline={goal.deadline ? { date: goal.deadline, label: `期限 ${goal.deadline}` } : undefined}
      />
    </div>
  );
}
