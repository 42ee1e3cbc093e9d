// npm run ingest -- <file|folder>... [--force] [--date YYYY-MM-DD] [--quiet]
import { getDb } from "../lib/db/client";
import { holdDatabase } from "../lib/db/database-holders";
import { resolveDatabaseUrl } from "../lib/db/database-url";
import { prepareDatabase } from "../lib/db/prepare-database";
import type { IngestFileResult } from "../lib/ingest/ingest-file";
import { ingestPaths } from "../lib/ingest/ingest-paths";
import { ZIngestArgsSchema } from "../lib/validations/cli";
import { readEnv } from "../lib/validations/env";
import { parseCli } from "./cli-args";

const args = parseCli(
  process.argv.slice(2),
  { force: { type: "boolean" }, date: { type: "string" }, quiet: { type: "boolean" } },
  ZIngestArgsSchema,
  (values, positionals) => ({ ...values, paths: positionals }),
);

const env = readEnv();
await prepareDatabase(env.DATABASE_URL);
const target = resolveDatabaseUrl(env.DATABASE_URL);
if (target.provider === "sqlite") holdDatabase(target.filePath, "ingest");
const db = getDb();

const showBar = process.stderr.isTTY && !args.quiet;
const summary = await ingestPaths(
  db,
  args.paths,
  { source: "cli", force: args.force, userDate: args.date, maxBytes: env.ZHIBIAO_MAX_FILE_MB * 1024 * 1024 },
  (done, total, last) => {
    // The file's line first (it clears the bar drawn before it), then the bar again below it: drawn last, it stays.
    if (!args.quiet) report(last, total > 1 && showBar);
    if (total > 1 && showBar) drawBar(done, total);
  },
);
if (showBar) process.stderr.write("\n");

const parts = [`${summary.stored} stored`];
if (summary.replaced) parts.push(`${summary.replaced} re-extracted`);
if (summary.duplicates) parts.push(`${summary.duplicates} already stored`);
parts.push(`${summary.failed} failed`);
console.log(`issues: ${parts.join(", ")}; articles: ${summary.articles}; items: ${summary.items}`);
for (const failure of summary.results.filter((r) => r.status === "failed")) console.error(`  failed: ${failure.message}`);
await db.$disconnect();
process.exit(summary.failed > 0 ? 1 : 0);

function report(result: IngestFileResult, clearLine: boolean) {
  const prefix = clearLine ? "\r\x1b[2K" : "";
  if (result.status === "failed") {
    process.stderr.write(`${prefix}✗ ${result.message}\n`);
    return;
  }
  const what =
    result.status === "duplicate"
      ? "already stored, nothing changed"
      : `${result.status === "replaced" ? "re-extracted" : "stored"}: ${result.articles} articles, ${result.items} items`;
  process.stderr.write(`${prefix}✓ ${result.file} (${result.date ?? "no date"}) ${what}\n`);
}

function drawBar(done: number, total: number) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r\x1b[2K[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`);
}
