import { z } from "zod";

// GB/T 2260 code of the county whose townships, villages and bodies the extractor knows (330802 = 衢州市柯城区).
export const ZCountyCodeSchema = z
  .string()
  .regex(/^\d{4}(?!00)\d{2}$/, "ZHIBIAO_COUNTY must be a six-digit GB/T 2260 county code such as 330802 (柯城区)")
  .default("330802");

// Environment, checked once. Every variable is optional: a fresh clone runs with none set.
export const ZEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "DATABASE_URL must start with file: (SQLite) or postgresql://")
    .default("file:./data/zhibiao.db"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Files above this size are refused before they are read: a newspaper issue is ~10-50 KB of text.
  ZHIBIAO_MAX_FILE_MB: z.coerce.number().positive().max(1024).default(5),
  ZHIBIAO_COUNTY: ZCountyCodeSchema,
  // An upload is prepared (decode, parse, extract) in a worker thread given this many seconds; past it the worker is
  // stopped and the file refused, so one file can never hold the server (an issue takes milliseconds).
  ZHIBIAO_EXTRACT_TIMEOUT_S: z.coerce.number().positive().max(600).default(10),
});

export type TEnv = z.infer<typeof ZEnvSchema>;

export function readEnv(env: NodeJS.ProcessEnv = process.env): TEnv {
  const parsed = ZEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}
