import type { Metadata } from "next";
import Link from "next/link";
import { FilterBar } from "../_components/filter-bar";
import { FilterError } from "../_components/filter-error";
import { IndicatorTable } from "../_components/indicator-table";
import { Pagination } from "../_components/pagination";
import { RejectedToggle } from "../_components/review/rejected-toggle";
import { currentEditor } from "@/lib/auth/current-editor";
import { listIndicatorFilterOptions } from "@/lib/data/indicators/list-indicator-filter-options";
import { listIndicators } from "@/lib/data/indicators/list-indicators";
import { indicatorFiltersToQuery, parseIndicatorFilters, type TIndicatorFilters, type TIndicatorSort } from "@/lib/validations/indicator-filters";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "指标" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const hrefWith = (query: string) => (query ? `/indicators?${query}` : "/indicators");

export default async function IndicatorsPage(props: Props) {
  const parsed = parseIndicatorFilters(await props.searchParams);
  const filters: TIndicatorFilters = parsed.filters;
  const [options, result, editor] = await Promise.all([
    listIndicatorFilterOptions(),
    parsed.success ? listIndicators(filters) : null,
    currentEditor().then((state) => state.mode === "editor"),
  ]);
  const showRejected = filters.rejected === "show";

  const sortLink = (sort: TIndicatorSort) => {
    const active = (filters.sort ?? "date") === sort;
    const currentDir = filters.dir ?? (filters.sort === "unit" ? "asc" : "desc");
    const defaultDir = sort === "unit" ? "asc" : "desc";
    const dir = active ? (currentDir === "asc" ? "desc" : "asc") : defaultDir;
    return { href: hrefWith(indicatorFiltersToQuery(filters, { sort, dir, page: undefined })), active, dir: active ? currentDir : dir };
  };
  const filterHref = (field: keyof TIndicatorFilters, value: string) => hrefWith(indicatorFiltersToQuery(filters, { [field]: value, page: undefined }));
  const csvQuery = indicatorFiltersToQuery(filters, { page: undefined });

  return (
    <section>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">指标</h1>
        <p className="text-sm text-stone-600">报纸里写到的每一个数字：原文写法、换算后的数值、所属乡镇部门和出处原句。</p>
      </div>
      <FilterBar action="/indicators" filters={filters} options={options} />

      {!parsed.success ? (
        <FilterError problems={parsed.problems} resetHref="/indicators" resetLabel="查看全部指标" />
      ) : result && result.total === 0 ? (
        <p className="rounded border border-dashed border-stone-300 bg-white p-6 text-stone-600" data-testid="indicator-empty">
          {options.units.length === 0 ? "还没有提取到任何数字指标。导入报纸后这里会列出它们。" : "没有符合这些条件的指标。"}
        </p>
      ) : result ? (
        <>
          <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm">
            <p className="text-stone-600" data-testid="indicator-total">
              {result.totalCapped ? "超过 " : "共 "}
              <strong className="tabular-nums text-stone-900">{result.total}</strong> 条，每页 {result.pageSize} 条
              {showRejected ? "（含已拒绝）" : ""}
              {filters.incidental ? "（含附带数字）" : ""}
              {result.totalCapped ? `；只列出前 ${result.total} 条，请加筛选条件缩小范围（CSV 含全部）` : ""}
            </p>
            <RejectedToggle shown={showRejected} href={hrefWith(indicatorFiltersToQuery(filters, { rejected: showRejected ? undefined : "show", page: undefined }))} />
            <Link
              href={hrefWith(indicatorFiltersToQuery(filters, { incidental: filters.incidental ? undefined : "show", page: undefined }))}
              className="text-sm text-stone-600 hover:text-brand-700 hover:underline"
              data-testid="incidental-toggle"
              scroll={false}
            >
              {filters.incidental ? "只看核心指标" : "显示附带数字（年龄、时长、个人计数）"}
            </Link>
            <a href={`/api/indicators/csv${csvQuery ? `?${csvQuery}` : ""}`} className="rounded border border-stone-300 bg-white px-3 py-1 hover:border-brand-600 hover:text-brand-700" data-testid="csv-link" download>
              导出 CSV（全部{result.totalCapped ? "" : ` ${result.total} 条`}）
            </a>
          </div>
          <IndicatorTable rows={result.rows} sortLink={sortLink} filterHref={filterHref} editor={editor} />
          <Pagination page={result.page} pageCount={result.pageCount} href={(page) => hrefWith(indicatorFiltersToQuery(filters, { page: page === 1 ? undefined : page }))} />
        </>
      ) : null}
    </section>
  );
}
