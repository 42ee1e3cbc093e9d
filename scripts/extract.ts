// npm run --silent extract -- --json <file>            one JSON document (touches no database)
// npm run --silent extract -- --json <file|folder>...  JSON Lines: one compact document per issue file, in name order
// (--jsonl gives JSON Lines for a single file too). A file that cannot be read is named on stderr, the others are
// still printed, and the exit code is 1.
// npm run --silent extract -- --explain <file|folder>...  per article, every candidate number, goal or campaign a
// rule dropped, with the rule that dropped it (text).
import { collectIssueFiles } from "../lib/ingest/collect-issue-files";
import { IngestError } from "../lib/ingest/errors";
import { explainLines } from "../lib/extract/explain";
import { extractIssueFile } from "../lib/ingest/extract-issue";
import { processIssue } from "../lib/ingest/process-issue";
import { readIssueFile } from "../lib/ingest/read-issue-file";
import { ZExtractArgsSchema } from "../lib/validations/cli";
import { readEnv } from "../lib/validations/env";
import { parseCli } from "./cli-args";

const args = parseCli(
  process.argv.slice(2),
  { json: { type: "boolean" }, jsonl: { type: "boolean" }, explain: { type: "boolean" }, date: { type: "string" } },
  ZExtractArgsSchema,
  (values, positionals) => ({ ...values, paths: positionals }),
);

const { files, missing } = collectIssueFiles(args.paths);
const lines = args.jsonl || files.length + missing.length > 1 || files.length === 0 || args.paths.some((p) => !files.includes(p));
const maxBytes = readEnv().ZHIBIAO_MAX_FILE_MB * 1024 * 1024;
let failed = missing.length;
for (const file of missing) process.stderr.write(`error: ${file}: no such file or folder\n`);

for (const file of files) {
  try {
    if (args.explain) {
      explain(file);
      continue;
    }
    const output = extractIssueFile(file, { userDate: args.date, maxBytes });
    if (args.json || args.jsonl) {
      process.stdout.write(lines ? JSON.stringify(output) + "\n" : JSON.stringify(output, null, 2) + "\n");
      continue;
    }
    const { issue } = output;
    console.log(`${issue.file}: ${issue.date ?? "no date"} (${issue.dateSource ?? "-"})${issue.number ? ` 第${issue.number}期` : ""}`);
    for (const article of output.articles) {
      console.log(
        `  ${article.title} — ${article.indicators.length} indicators, ${article.goals.length} goals, ` +
          `${article.campaigns.length} campaigns, ${article.places.length} places, ${article.departments.length} departments`,
      );
    }
  } catch (error) {
    failed++;
    process.stderr.write(`error: ${error instanceof IngestError ? error.message : `${file}: ${String(error)}`}\n`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;

function explain(file: string) {
  const { bytes, fileName } = readIssueFile(file, { maxBytes });
  const processed = processIssue(bytes, { fileName, userDate: args.date, explain: true });
  const dropped = processed.articles.reduce((n, a) => n + (a.rejected?.length ?? 0), 0);
  console.log(`${processed.fileName}: ${processed.parsed.date?.date ?? "no date"} — ${dropped} candidates dropped`);
  for (const { article, rejected } of processed.articles) {
    for (const line of explainLines(article.title, rejected ?? [])) console.log(line);
  }
}
