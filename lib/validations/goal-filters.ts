import { z } from "zod";
import { GOAL_LEDGER_STATUSES } from "./goals-output";
import { filtersToQuery, isoDate, pageNumber, param, parseUrlFilters, type UrlFiltersResult, type UrlInput } from "./url-params";

// URL search params of the goal ledger (/goals) and its CSV export: one schema for both, so the CSV holds exactly the
// rows shown.

export const GOAL_KINDS = ["target", "task", "requirement"] as const;
export const GOAL_SORTS = ["deadline", "issue"] as const;
// Rows on one page of the ledger (the CSV holds every filtered row).
export const GOAL_PAGE_SIZE = 100;

// A row of the ledger as a place to page from: its sort key (the deadline or the issue date; `none` for a goal without
// one, which come last) and its id, `2022-06-30.1234` or `none.1234`.
export const ZLedgerCursorSchema = z
  .string()
  .regex(/^(?:\d{4}-\d{2}-\d{2}|none)\.[1-9][0-9]{0,9}$/, "翻页位置格式应为 YYYY-MM-DD.编号 或 none.编号")
  .transform((value) => {
    const [key, id] = value.split(".");
    return { key: key === "none" ? null : key, id: Number(id) };
  })
  .refine((c) => c.id <= 2_147_483_647 && (c.key === null || isoDate.safeParse(c.key).success), "翻页位置无效");

export type TLedgerCursor = z.infer<typeof ZLedgerCursorSchema>;

export const ledgerCursor = (c: TLedgerCursor) => `${c.key ?? "none"}.${c.id}`;

const ZGoalFilterFields = z.object({
  township: param(z.string().max(50, "乡镇街道名称过长")),
  department: param(z.string().max(50, "部门名称过长")),
  campaign: param(z.string().max(100, "专项行动名称过长")),
  kind: param(z.enum(GOAL_KINDS, { error: "类型只能是 target、task 或 requirement" })),
  status: param(z.enum(GOAL_LEDGER_STATUSES, { error: "状态只能是 已完成、进行中、未完成、逾期 或 无法判断" })),
  from: param(isoDate),
  to: param(isoDate),
  // overdue=1: the deadline has passed and the goal is not done (逾期 or 未完成).
  overdue: param(z.enum(["1"], { error: "overdue 只能是 1" })),
  // due=N: the deadline falls within the next N days (today included) and the goal is not done.
  due: param(z.coerce.number({ error: "天数应为数字" }).int("天数应为整数").min(1, "天数至少为 1").max(3660, "天数过大")),
  // The ledger reads statuses as of this date (default today): the tests and a reader looking back use it.
  asOf: param(isoDate),
  sort: param(z.enum(GOAL_SORTS, { error: "排序只能是 deadline 或 issue" })),
  dir: param(z.enum(["asc", "desc"], { error: "排序方向只能是 asc 或 desc" })),
  page: param(pageNumber),
  // after=<cursor> / before=<cursor>: the page right after (or before) a row, read from that row on (keyset paging:
  // 下一页 and 上一页 cost the same on any page, where page=N skips N-1 pages of rows). `page` then only labels it.
  after: param(ZLedgerCursorSchema),
  before: param(ZLedgerCursorSchema),
});

export const ZGoalFiltersSchema = ZGoalFilterFields.refine((f) => !f.from || !f.to || f.from <= f.to, {
  message: "起始日期不能晚于结束日期",
  path: ["from"],
}).refine((f) => !f.after || !f.before, { message: "after 与 before 不能同时使用", path: ["after"] });

export type TGoalFilters = z.infer<typeof ZGoalFiltersSchema>;

export type GoalFiltersResult = UrlFiltersResult<TGoalFilters>;

const FIELD_LABELS: Record<keyof TGoalFilters, string> = {
  township: "乡镇街道",
  department: "部门",
  campaign: "专项行动",
  kind: "类型",
  status: "状态",
  from: "期限起",
  to: "期限止",
  overdue: "已逾期",
  due: "即将到期天数",
  asOf: "截至日期",
  sort: "排序",
  dir: "排序方向",
  page: "页码",
  after: "翻页位置",
  before: "翻页位置",
};

// Parses Next's searchParams (or URLSearchParams). Invalid params give readable problems instead of an exception.
export function parseGoalFilters(input: UrlInput): GoalFiltersResult {
  return parseUrlFilters(input, ZGoalFiltersSchema, ZGoalFilterFields, FIELD_LABELS);
}

// The URL query for a set of filters (blank values left out), used by sort links, pagination and the CSV link.
export function goalFiltersToQuery(filters: TGoalFilters, overrides: Partial<Record<keyof TGoalFilters, string | number | undefined>> = {}): string {
  const cursors = { after: filters.after && ledgerCursor(filters.after), before: filters.before && ledgerCursor(filters.before) };
  return filtersToQuery(Object.keys(FIELD_LABELS), { ...filters, ...cursors, ...overrides });
}
