import { describe, expect, it } from "vitest";
import { ZExtractArgsSchema, ZIngestArgsSchema } from "@/lib/validations/cli";
import { ZGoalsArgsSchema } from "@/lib/validations/goals-output";

// Every date argument of every CLI: ingest --date, extract --date, goals --as-of.
const dateArguments = [
  { cli: "ingest --date", parse: (date: string) => ZIngestArgsSchema.safeParse({ paths: ["a.txt"], date }) },
  { cli: "extract --date", parse: (date: string) => ZExtractArgsSchema.safeParse({ paths: ["a.txt"], date }) },
  { cli: "goals --as-of", parse: (date: string) => ZGoalsArgsSchema.safeParse({ asOf: date }) },
];

describe.each(dateArguments)("$cli", ({ parse }) => {
  it.each(["2022-04-13", "2024-02-29", "2022-12-31"])("accepts the calendar date %s", (date) => {
    expect(parse(date).success).toBe(true);
  });

  it.each(["2022-02-30", "2023-02-29", "2022-04-31", "2022-13-01", "2022/04/13", "2022-4-13"])("rejects %s at the argument check", (date) => {
    const result = parse(date);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toContain("YYYY-MM-DD");
  });
});
