import type { Metadata } from "next";
import { FilterError } from "../_components/filter-error";
import { GoalFilterBar, GoalLedgerTable } from "../_components/goal-ledger-parts";
import { Pagination } from "../_components/pagination";
import { listLedgerFilterOptions } from "@/lib/data/goals/list-ledger-filter-options";
import { listLedgerGoals } from "@/lib/data/goals/list-ledger-goals";
import { goalFiltersToQuery, ledgerCursor, parseGoalFilters } from "@/lib/validations/goal-filters";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "目标台账" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const hrefWith = (query: string) => (query ? `/goals?${query}` : "/goals");

export default async function GoalsPage(props: Props) {
  const parsed = parseGoalFilters(await props.searchParams);
  const filters = parsed.filters;
  const [options, ledger] = await Promise.all([listLedgerFilterOptions({}), parsed.success ? listLedgerGoals({ filters }) : null]);
  const dir = filters.dir ?? "asc";
  // A new sort starts at page 1; the CSV holds every filtered row, whatever the page.
  const unpaged = { page: undefined, after: undefined, before: undefined };
  const deadlineSort = { href: hrefWith(goalFiltersToQuery(filters, { sort: "deadline", dir: dir === "asc" ? "desc" : "asc", ...unpaged })), dir };
  const query = goalFiltersToQuery(filters, unpaged);
  // The next and previous pages are read from this page's last and first rows (keyset paging: as quick deep in the
  // ledger as at its start); other page numbers, and page 1, by number.
  const pageHref = (page: number) => {
    if (ledger?.last && page === ledger.page + 1) return hrefWith(goalFiltersToQuery(filters, { ...unpaged, page, after: ledgerCursor(ledger.last) }));
    if (ledger?.first && page === ledger.page - 1 && page > 1) return hrefWith(goalFiltersToQuery(filters, { ...unpaged, page, before: ledgerCursor(ledger.first) }));
    return hrefWith(goalFiltersToQuery(filters, { ...unpaged, page: page === 1 ? undefined : page }));
  };

  return (
    <section>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">目标台账</h1>
        <p className="text-sm text-stone-600">报纸提出的每一项目标、任务和约束：期限、状态和后续报道里的进展。</p>
      </div>
      <GoalFilterBar filters={filters} options={options} />
      {!parsed.success ? (
        <FilterError problems={parsed.problems} resetHref="/goals" resetLabel="查看全部目标" />
      ) : ledger && ledger.goals.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 bg-white p-6 text-stone-600" data-testid="goal-empty">
          {ledger.stored === 0 ? "还没有提取到目标。导入报纸后这里会列出它们。" : "没有符合这些条件的目标。"}
        </p>
      ) : ledger ? (
        <>
          <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm">
            <p className="text-stone-600" data-testid="goal-total">
              共 <strong className="tabular-nums text-stone-900">{ledger.total}</strong> 条 · 状态截至 {ledger.asOf} ·{" "}
              <span className="text-stone-500">虚线框为机器建议，实线框为编辑确认</span>
            </p>
            <a href={`/api/goals/csv${query ? `?${query}` : ""}`} className="rounded border border-stone-300 bg-white px-3 py-1 hover:border-brand-600 hover:text-brand-700" data-testid="goal-csv-link" download>
              导出 CSV（{ledger.total} 条）
            </a>
          </div>
          <GoalLedgerTable goals={ledger.goals} deadlineSort={deadlineSort} />
          <Pagination page={ledger.page} pageCount={ledger.pageCount} href={pageHref} label="目标台账分页" />
        </>
      ) : null}
    </section>
  );
}
