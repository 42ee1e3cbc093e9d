import { z } from "zod";
import { GOAL_LEDGER_STATUSES } from "./goals-output";

// URL search params of the goal ledger (/goals) and its CSV export: one schema for both, so the CSV holds exactly the
// rows shown.

export const GOAL_KINDS = ["target", "task", "requirement"] as const;
export const GOAL_SORTS = ["deadline", "issue"] as const;

// A GET form submits empty selects as "", and a param repeated in the URL arrives as an array: keep the first, drop blanks.
const param = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first !== "string") return first;
    const trimmed = first.trim();
    return trimmed === "" ? undefined : trimmed;
  }, schema.optional());

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "不是有效日期");

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
});

export const ZGoalFiltersSchema = ZGoalFilterFields.refine((f) => !f.from || !f.to || f.from <= f.to, {
  message: "起始日期不能晚于结束日期",
  path: ["from"],
});

export type TGoalFilters = z.infer<typeof ZGoalFiltersSchema>;

export type GoalFiltersResult = { success: true; filters: TGoalFilters } | { success: false; filters: TGoalFilters; problems: string[] };

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
};

// Parses Next's searchParams (or URLSearchParams). Invalid params give readable problems instead of an exception.
export function parseGoalFilters(input: Record<string, string | string[] | undefined> | URLSearchParams): GoalFiltersResult {
  const record = input instanceof URLSearchParams ? Object.fromEntries(input.entries()) : input;
  const parsed = ZGoalFiltersSchema.safeParse(record);
  if (parsed.success) return { success: true, filters: parsed.data };
  const problems = parsed.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? "") as keyof TGoalFilters;
    return `${FIELD_LABELS[field] ?? field}：${issue.message}`;
  });
  // Keep the fields that are valid on their own, so the form still shows what the reader asked for.
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(ZGoalFilterFields.shape)) {
    const value = field.safeParse(record[key]);
    if (value.success && value.data !== undefined) kept[key] = value.data;
  }
  return { success: false, filters: kept as TGoalFilters, problems };
}

// The URL query for a set of filters (blank values left out), used by sort links and the CSV link.
export function goalFiltersToQuery(filters: TGoalFilters, overrides: Partial<Record<keyof TGoalFilters, string | number | undefined>> = {}): string {
  const merged: Record<string, string | number | undefined> = { ...filters, ...overrides };
  const params = new URLSearchParams();
  for (const key of Object.keys(FIELD_LABELS)) {
    const value = merged[key];
    if (value === undefined || value === "") continue;
    params.set(key, String(value));
  }
  return params.toString();
}
