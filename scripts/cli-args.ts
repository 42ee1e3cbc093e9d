import { parseArgs, type ParseArgsConfig } from "node:util";
import { z } from "zod";

// Parses argv with node's parseArgs, then validates with a zod schema; a bad call exits 2 with the reason.
export function parseCli<T extends z.ZodType>(
  argv: string[],
  options: ParseArgsConfig["options"],
  schema: T,
  shape: (values: Record<string, unknown>, positionals: string[]) => unknown,
): z.infer<T> {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const result = schema.safeParse(shape(parsed.values, parsed.positionals));
  if (!result.success) fail(result.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ` : "") + i.message).join("; "));
  return result.data;
}

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(2);
}
