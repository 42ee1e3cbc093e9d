import { z } from "zod";

export const SEARCH_PAGE_SIZE = 20;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const ZSearchParamsSchema = z.object({
  q: z.preprocess(
    (value) => {
      const raw = first(value);
      return typeof raw === "string" ? raw.trim() : raw;
    },
    z.string().max(100, "关键词不能超过 100 个字").optional(),
  ),
  page: z.preprocess(
    (value) => {
      const raw = first(value);
      return raw === "" ? undefined : raw;
    },
    z.coerce.number({ error: "页码应为数字" }).int("页码应为整数").min(1, "页码从 1 开始").max(100_000, "页码过大").optional(),
  ),
});

export type TSearchParams = z.infer<typeof ZSearchParamsSchema>;

// Whitespace separates terms; every term must occur (AND). At most 8 terms keeps the SQL small.
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  return [...new Set(q.split(/[\s\u3000]+/).filter(Boolean))].slice(0, 8);
}
