import { z } from "zod";
import { filtersToQuery, isoDate, pageNumber, param, parseUrlFilters, type UrlFiltersResult, type UrlInput } from "./url-params";

// URL search params of the indicator explorer and its CSV export: one schema for both, so the CSV holds exactly the rows shown.

export const INDICATOR_PAGE_SIZE = 50;

export const INDICATOR_SORTS = ["date", "value", "unit"] as const;
export const SORT_DIRECTIONS = ["asc", "desc"] as const;

const ZIndicatorFilterFields = z.object({
  township: param(z.string().max(50, "乡镇街道名称过长")),
  department: param(z.string().max(50, "部门名称过长")),
  campaign: param(z.string().max(100, "专项行动名称过长")),
  unit: param(z.string().max(20, "单位过长")),
  from: param(isoDate),
  to: param(isoDate),
  q: param(z.string().max(100, "关键词不能超过 100 个字")),
  sort: param(z.enum(INDICATOR_SORTS, { error: "排序字段只能是 date、value 或 unit" })),
  dir: param(z.enum(SORT_DIRECTIONS, { error: "排序方向只能是 asc 或 desc" })),
  page: param(pageNumber),
  // Rejected rows are hidden unless asked for.
  rejected: param(z.enum(["show"], { error: "rejected 只能是 show" })),
  // Only core numbers unless asked for: incidental=show lists ages, story durations and one person's count too.
  incidental: param(z.enum(["show"], { error: "incidental 只能是 show" })),
});

export const ZIndicatorFiltersSchema = ZIndicatorFilterFields.refine(
  (filters) => !filters.from || !filters.to || filters.from <= filters.to,
  { message: "起始日期不能晚于结束日期", path: ["from"] },
);

export type TIndicatorFilters = z.infer<typeof ZIndicatorFiltersSchema>;

export type TIndicatorSort = (typeof INDICATOR_SORTS)[number];
export type TSortDirection = (typeof SORT_DIRECTIONS)[number];

export type IndicatorFiltersResult = UrlFiltersResult<TIndicatorFilters>;

const FIELD_LABELS: Record<string, string> = {
  township: "乡镇街道",
  department: "部门",
  campaign: "专项行动",
  unit: "单位",
  from: "起始日期",
  to: "结束日期",
  q: "关键词",
  sort: "排序",
  dir: "排序方向",
  page: "页码",
  rejected: "已拒绝",
  incidental: "附带数字",
};

// Parses Next's searchParams (or URLSearchParams). Invalid params give readable problems instead of an exception.
export function parseIndicatorFilters(input: UrlInput): IndicatorFiltersResult {
  return parseUrlFilters(input, ZIndicatorFiltersSchema, ZIndicatorFilterFields, FIELD_LABELS);
}

// The URL query for a set of filters (blank values left out), used by sort links, pagination and the CSV link.
export function indicatorFiltersToQuery(filters: TIndicatorFilters, overrides: Partial<Record<keyof TIndicatorFilters, string | number | undefined>> = {}): string {
  return filtersToQuery(Object.keys(FIELD_LABELS), { ...filters, ...overrides });
}
