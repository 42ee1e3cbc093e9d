import { z } from "zod";

// Route params for detail pages: a bad id or name is a 404, not a crash.
export const ZEntityIdSchema = z
  .string()
  .regex(/^\d{1,9}$/, "expected a positive integer id")
  .transform(Number)
  .pipe(z.number().int().positive());
export type TEntityId = z.infer<typeof ZEntityIdSchema>;

// Township and department names arrive URL-encoded (/townships/%E7%9F%B3%E6%A2%81%E9%95%87); decode once, tolerate raw text.
export const ZEntityNameSchema = z
  .string()
  .transform((value) => {
    try {
      return decodeURIComponent(value).trim();
    } catch {
      return value.trim();
    }
  })
  .pipe(z.string().min(1).max(40));
export type TEntityName = z.infer<typeof ZEntityNameSchema>;

export function parseEntityId(value: string): number | null {
  const parsed = ZEntityIdSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function parseEntityName(value: string): string | null {
  const parsed = ZEntityNameSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
