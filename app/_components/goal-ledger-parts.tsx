import Link from "next/link";
import { KIND_LABELS, RELATION_LABELS, type LedgerEvidence, type LedgerGoal } from "@/lib/data/goals/ledger-goal";
import type { TGoalFilters } from "@/lib/validations/goal-filters";

const STATUS_STYLES: Record<string, string> = {
  已完成: "bg-emerald-100 text-emerald-800 border-emerald-300",
  进行中: "bg-sky-100 text-sky-800 border-sky-300",
  未完成: "bg-rose-100 text-rose-800 border-rose-300",
  逾期: "bg-red-200 text-red-900 border-red-400",
  无法判断: "bg-amber-50 text-amber-800 border-amber-300",
};

// A proposed status is dashed and says 机器建议; an editor's is solid and says 已确认: a reader must never mistake one for the other.
export function LedgerStatus({ status, source, evidence }: { status: string; source: "machine" | "editor"; evidence?: string | null }) {
  const tone = STATUS_STYLES[status] ?? "bg-stone-100 text-stone-700 border-stone-300";
  return (
    <span className="inline-flex flex-wrap items-center gap-1" data-testid="goal-status" data-status={status} data-status-source={source}>
      <span className={`whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium ${tone} ${source === "machine" ? "border-dashed" : "border-solid"}`} title={evidence ? `依据：${evidence}` : undefined}>
        {status}
      </span>
      <span className={`whitespace-nowrap text-[11px] ${source === "machine" ? "text-stone-500" : "font-medium text-emerald-700"}`}>
        {source === "machine" ? "机器建议" : "✓ 已确认"}
      </span>
    </span>
  );
}

export function formatTarget(goal: Pick<LedgerGoal, "targetValue" | "targetUnit" | "targetBound">): string | null {
  if (goal.targetValue == null) return null;
  const bound = goal.targetBound === "min" ? "≥ " : goal.targetBound === "max" ? "≤ " : "";
  return `${bound}${goal.targetValue}${goal.targetUnit ?? ""}`;
}

export function EvidenceValue({ evidence }: { evidence: LedgerEvidence }) {
  return (
    <Link href={evidence.href} className="text-brand-700 hover:underline" data-testid="evidence-link" title={evidence.text}>
      {evidence.value != null ? `${evidence.value}${evidence.unit ?? ""}` : RELATION_LABELS[evidence.relation] ?? evidence.relation}
    </Link>
  );
}

type Options = { townships: string[]; departments: string[]; campaigns: string[] };
const fieldClass = "w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600";

function Select(props: { name: string; label: string; value?: string; options: readonly (string | [string, string])[] }) {
  const pairs = props.options.map((o) => (typeof o === "string" ? ([o, o] as [string, string]) : o));
  if (props.value && !pairs.some(([v]) => v === props.value)) pairs.unshift([props.value, props.value]);
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span className="text-stone-600">{props.label}</span>
      <select name={props.name} defaultValue={props.value ?? ""} className={fieldClass} data-testid={`goal-filter-${props.name}`}>
        <option value="">全部</option>
        {pairs.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

// Every filter lives in the URL (a GET form), so a view of the ledger can be bookmarked, shared and exported.
export function GoalFilterBar({ filters, options }: { filters: TGoalFilters; options: Options }) {
  return (
    <form method="get" action="/goals" role="search" aria-label="筛选目标" className="mb-4 rounded border border-stone-200 bg-white p-4">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Select name="township" label="乡镇街道" value={filters.township} options={options.townships} />
        <Select name="department" label="部门" value={filters.department} options={options.departments} />
        <Select name="campaign" label="专项行动" value={filters.campaign} options={options.campaigns} />
        <Select name="kind" label="类型" value={filters.kind} options={Object.entries(KIND_LABELS)} />
        <Select name="status" label="状态" value={filters.status} options={["逾期", "未完成", "进行中", "无法判断", "已完成"]} />
        <label className="flex flex-col gap-1 text-sm">
          <span className="text-stone-600">期限从</span>
          <input type="date" name="from" defaultValue={filters.from ?? ""} className={fieldClass} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="text-stone-600">到</span>
          <input type="date" name="to" defaultValue={filters.to ?? ""} className={fieldClass} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="text-stone-600">几天内到期</span>
          <input type="number" name="due" min={1} max={3660} defaultValue={filters.due ?? ""} placeholder="例如 30" className={fieldClass} />
        </label>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-1.5 text-sm text-stone-700">
          <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue === "1"} />
          只看已过期限、未完成的
        </label>
        {filters.asOf ? <input type="hidden" name="asOf" value={filters.asOf} /> : null}
        {filters.sort ? <input type="hidden" name="sort" value={filters.sort} /> : null}
        {filters.dir ? <input type="hidden" name="dir" value={filters.dir} /> : null}
        <button type="submit" className="rounded bg-brand-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
          筛选
        </button>
        <Link href="/goals" className="text-sm text-stone-600 hover:text-brand-700 hover:underline">
          清除筛选
        </Link>
      </div>
    </form>
  );
}

// The ledger's table; on a phone it scrolls inside its own box.
export function GoalLedgerTable({ goals, deadlineSort }: { goals: LedgerGoal[]; deadlineSort?: { href: string; dir: "asc" | "desc" } }) {
  return (
    <div className="overflow-x-auto rounded border border-stone-200 bg-white">
      <table className="w-full min-w-[46rem] border-collapse text-sm" data-testid="goal-ledger">
        <thead>
          <tr className="border-b border-stone-200 bg-stone-50 text-left text-xs text-stone-500">
            <th className="p-2">目标</th>
            <th className="p-2">类型</th>
            <th className="p-2 whitespace-nowrap">
              {deadlineSort ? (
                <Link href={deadlineSort.href} className="hover:text-brand-700 hover:underline" data-testid="sort-deadline">
                  期限 {deadlineSort.dir === "asc" ? "↑" : "↓"}
                </Link>
              ) : (
                "期限"
              )}
            </th>
            <th className="p-2">状态</th>
            <th className="p-2">最新进展</th>
          </tr>
        </thead>
        <tbody>
          {goals.map((goal) => (
            <tr key={goal.id} className="border-b border-stone-100 align-top" data-testid="goal-ledger-row" data-goal-id={goal.id}>
              <td className="p-2">
                <Link href={`/goals/${goal.id}`} className="font-medium text-stone-900 hover:text-brand-700 hover:underline" data-testid="goal-link">
                  {goal.text}
                </Link>
                <p className="text-xs text-stone-500">
                  {[formatTarget(goal) && `目标值 ${formatTarget(goal)}`, goal.township, goal.department, goal.campaign].filter(Boolean).join(" · ")}
                  {goal.issue ? (
                    <>
                      {" · "}
                      <Link href={goal.href} className="hover:underline">
                        {goal.issue.label}
                      </Link>
                    </>
                  ) : null}
                </p>
              </td>
              <td className="p-2 whitespace-nowrap">{KIND_LABELS[goal.kind] ?? goal.kind}</td>
              <td className="p-2 whitespace-nowrap tabular-nums" title={goal.deadlineText ?? undefined}>
                {goal.deadline ?? <span className="text-stone-400">无</span>}
                {goal.deadlineText ? <span className="block text-xs text-stone-500">{goal.deadlineText}</span> : null}
              </td>
              <td className="p-2">
                <LedgerStatus status={goal.status} source={goal.statusSource} evidence={goal.statusEvidence} />
              </td>
              <td className="p-2">
                {goal.latest ? (
                  <span className="flex flex-col gap-0.5">
                    <span>
                      <EvidenceValue evidence={goal.latest} />
                      <span className="ml-1 text-xs text-stone-500">{goal.latest.issue.label}</span>
                    </span>
                    <span className="line-clamp-2 text-xs text-stone-600">{goal.latest.text}</span>
                  </span>
                ) : (
                  <span className="text-xs text-stone-400">后续报道未提及</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// Township and department pages: their goals with status, the ones behind first.
export function EntityGoalLedger({ goals, total, ledgerHref }: { goals: LedgerGoal[]; total: number; ledgerHref: string }) {
  if (goals.length === 0) return <p className="text-sm text-stone-500">没有提取到目标。</p>;
  return (
    <div data-testid="entity-goal-ledger">
      <ul className="divide-y divide-stone-100 rounded border border-stone-200 bg-white">
        {goals.map((goal) => (
          <li key={goal.id} className="flex flex-col gap-1 p-2 text-sm sm:flex-row sm:items-start sm:gap-3" data-testid="entity-goal-row">
            <LedgerStatus status={goal.status} source={goal.statusSource} evidence={goal.statusEvidence} />
            <div className="min-w-0 flex-1">
              <Link href={`/goals/${goal.id}`} className="text-stone-900 hover:text-brand-700 hover:underline">
                {goal.text}
              </Link>
              <p className="text-xs text-stone-500">
                {[goal.deadline && `期限 ${goal.deadline}`, goal.issue?.label, goal.latest && `最新：${goal.latest.issue.label}`].filter(Boolean).join(" · ")}
              </p>
            </div>
          </li>
        ))}
      </ul>
      <Link href={ledgerHref} className="mt-1 inline-block text-xs text-stone-600 hover:text-brand-700 hover:underline">
        {total > goals.length ? `共 ${total} 条，其余在目标台账中查看 →` : "在目标台账中查看 →"}
      </Link>
    </div>
  );
}
