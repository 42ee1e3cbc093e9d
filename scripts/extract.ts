// npm run --silent extract -- --json <file>   (prints one JSON document; touches no database)
import { IngestError } from "../lib/ingest/errors";
import { extractIssueFile } from "../lib/ingest/extract-issue";
import { ZExtractArgsSchema } from "../lib/validations/cli";
import { readEnv } from "../lib/validations/env";
import { parseCli } from "./cli-args";

const args = parseCli(
  process.argv.slice(2),
  { json: { type: "boolean" }, date: { type: "string" } },
  ZExtractArgsSchema,
  (values, positionals) => ({ ...values, file: positionals[0] ?? "" }),
);

try {
  const output = extractIssueFile(args.file, { userDate: args.date, maxBytes: readEnv().ZHIBIAO_MAX_FILE_MB * 1024 * 1024 });
  if (args.json) {
    process.stdout.write(JSON.stringify(output, null, 2) + "\n");
  } else {
    const { issue } = output;
    console.log(`${issue.file}: ${issue.date ?? "no date"} (${issue.dateSource ?? "-"})${issue.number ? ` 第${issue.number}期` : ""}`);
    for (const article of output.articles) {
      console.log(
        `  ${article.title} — ${article.indicators.length} indicators, ${article.goals.length} goals, ` +
          `${article.campaigns.length} campaigns, ${article.places.length} places, ${article.departments.length} departments`,
      );
    }
  }
} catch (error) {
  process.stderr.write(`error: ${error instanceof IngestError ? error.message : String(error)}\n`);
  process.exit(1);
}
