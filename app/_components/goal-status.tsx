import Link from "next/link";
import type { GoalItem } from "@/lib/data/entities/entity-items";

// Goal.status values (validated at write time); anything else shows as-is in grey.
const STATUS_STYLES: Record<string, string> = {
  未评估: "bg-stone-100 text-stone-700",
  进行中: "bg-sky-100 text-sky-800",
  已完成: "bg-emerald-100 text-emerald-800",
  未完成: "bg-rose-100 text-rose-800",
  逾期: "bg-red-200 text-red-900",
  无法判断: "bg-amber-100 text-amber-800",
};

export function GoalStatusBadge({ status, evidence }: { status: string; evidence?: string | null }) {
  return (
    <span
      className={`whitespace-nowrap rounded px-1.5 py-0.5 text-xs ${STATUS_STYLES[status] ?? "bg-stone-100 text-stone-600"}`}
      title={evidence ? `依据：${evidence}` : undefined}
      data-goal-status={status}
    >
      {status}
    </span>
  );
}

// Goals with their status, each linking to its sentence in the article.
export function GoalList({ goals, showCampaign = true }: { goals: GoalItem[]; showCampaign?: boolean }) {
  if (goals.length === 0) return <p className="text-sm text-stone-500">没有提取到目标。</p>;
  return (
    <ul className="divide-y divide-stone-100 rounded border border-stone-200 bg-white" data-testid="goal-list">
      {goals.map((goal) => (
        <li key={goal.id} className="flex flex-col gap-1 p-2 text-sm sm:flex-row sm:items-start sm:gap-3" data-testid="goal-row">
          <GoalStatusBadge status={goal.status} evidence={goal.statusEvidence} />
          <div className="min-w-0 flex-1">
            <Link href={goal.href} className="text-stone-900 hover:text-brand-700 hover:underline">
              {goal.text}
            </Link>
            <p className="text-xs text-stone-500">
              {[
                goal.deadline && `期限：${goal.deadline}`,
                goal.targetValue != null && `目标值：${goal.targetValue}${goal.targetUnit ?? ""}`,
                showCampaign && goal.campaign && `专项行动：${goal.campaign.name}`,
                goal.township,
                goal.department,
              ]
                .filter(Boolean)
                .map((part) => `${part} · `)
                .join("")}
              <Link href={`/issues/${goal.issue.id}`} className="hover:underline">
                {goal.issue.label}
              </Link>
              {" · "}
              <Link href={`/articles/${goal.articleId}`} className="hover:underline">
                {goal.articleTitle}
              </Link>
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
