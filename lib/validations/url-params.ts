import { z } from "zod";

// The pieces every URL-filter schema shares (the indicator explorer, the goal ledger): a lenient param, an ISO date,
// a page number, and parse / to-query helpers that report problems with the field's Chinese label.

// A GET form submits empty selects as "", and a param repeated in the URL arrives as an array: keep the first, drop blanks.
export const param = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first !== "string") return first;
    const trimmed = first.trim();
    return trimmed === "" ? undefined : trimmed;
  }, schema.optional());

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "不是有效日期");

export const pageNumber = z.coerce.number({ error: "页码应为数字" }).int("页码应为整数").min(1, "页码从 1 开始").max(100_000, "页码过大");

export type UrlInput = Record<string, string | string[] | undefined> | URLSearchParams;

export type UrlFiltersResult<T> = { success: true; filters: T } | { success: false; filters: T; problems: string[] };

// Parses Next's searchParams (or URLSearchParams). Invalid params give readable problems instead of an exception, and
// the fields that are valid on their own are kept so the form still shows what the reader asked for.
export function parseUrlFilters<T>(
  input: UrlInput,
  schema: z.ZodType<T>,
  fields: z.ZodObject<z.ZodRawShape>,
  labels: Record<string, string>,
): UrlFiltersResult<T> {
  const record = input instanceof URLSearchParams ? Object.fromEntries(input.entries()) : input;
  const parsed = schema.safeParse(record);
  if (parsed.success) return { success: true, filters: parsed.data };
  const problems = parsed.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? "");
    return `${labels[field] ?? field}：${issue.message}`;
  });
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields.shape)) {
    const value = (field as z.ZodType).safeParse(record[key]);
    if (value.success && value.data !== undefined) kept[key] = value.data;
  }
  return { success: false, filters: kept as T, problems };
}

// The URL query for a set of filters in the labels' key order (blank values left out): sort links, pagination, CSV.
export function filtersToQuery(keys: readonly string[], merged: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = merged[key];
    if (value === undefined || value === "") continue;
    params.set(key, String(value));
  }
  return params.toString();
}
