import Link from "next/link";
import type { FilterOption, IndicatorFilterOptions } from "@/lib/data/indicators/list-indicator-filter-options";
import type { TIndicatorFilters } from "@/lib/validations/indicator-filters";

const fieldClass = "w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600";

function Select(props: { name: string; label: string; value?: string; options: FilterOption[] }) {
  // A value from the URL that has no indicators is still shown, so the form says what was asked for.
  const options = props.value && !props.options.some((o) => o.value === props.value) ? [{ value: props.value, count: 0 }, ...props.options] : props.options;
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span className="text-stone-600">{props.label}</span>
      <select name={props.name} defaultValue={props.value ?? ""} className={fieldClass} data-testid={`filter-${props.name}`}>
        <option value="">全部</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.value}（{option.count}）
          </option>
        ))}
      </select>
    </label>
  );
}

// The explorer's filters as a plain GET form: every filter lives in the URL, so a view can be bookmarked, shared and reloaded.
export function FilterBar(props: { action: string; filters: TIndicatorFilters; options: IndicatorFilterOptions }) {
  const { filters, options } = props;
  return (
    <form method="get" action={props.action} role="search" aria-label="筛选指标" className="mb-4 rounded border border-stone-200 bg-white p-4">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Select name="township" label="乡镇街道" value={filters.township} options={options.townships} />
        <Select name="department" label="部门" value={filters.department} options={options.departments} />
        <Select name="campaign" label="专项行动" value={filters.campaign} options={options.campaigns} />
        <Select name="unit" label="单位" value={filters.unit} options={options.units} />
        <label className="flex flex-col gap-1 text-sm">
          <span className="text-stone-600">出版日期从</span>
          <input type="date" name="from" defaultValue={filters.from ?? ""} min={options.minDate ?? undefined} max={options.maxDate ?? undefined} className={fieldClass} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="text-stone-600">到</span>
          <input type="date" name="to" defaultValue={filters.to ?? ""} min={options.minDate ?? undefined} max={options.maxDate ?? undefined} className={fieldClass} />
        </label>
        <label className="col-span-2 flex flex-col gap-1 text-sm">
          <span className="text-stone-600">关键词（指标名称、数字原文或原句）</span>
          <input type="search" name="q" defaultValue={filters.q ?? ""} maxLength={100} placeholder="例如：蔬菜、完成率、300户" className={fieldClass} />
        </label>
      </div>
      {filters.sort ? <input type="hidden" name="sort" value={filters.sort} /> : null}
      {filters.dir ? <input type="hidden" name="dir" value={filters.dir} /> : null}
      {filters.rejected ? <input type="hidden" name="rejected" value={filters.rejected} /> : null}
      {filters.incidental ? <input type="hidden" name="incidental" value={filters.incidental} /> : null}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded bg-brand-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">
          筛选
        </button>
        <Link href={props.action} className="text-sm text-stone-600 hover:text-brand-700 hover:underline">
          清除筛选
        </Link>
      </div>
    </form>
  );
}
