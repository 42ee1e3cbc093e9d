// npm run eval [-- --json] [-- --verbose] [-- --predicted <dir>]: scores the extractor on the seed issues against
// tests/gold/*.json. Without --predicted the extraction runs in-process (extractIssueFile, no database);
// with it, <dir>/<seed>.json files saved from `npm run extract -- --json` are scored instead.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { formatSummary, formatVerbose } from "../lib/eval/format-report";
import { ZGoldIssueSchema } from "../lib/eval/gold-schema";
import { scoreIssue, summarise, type TIssueScore } from "../lib/eval/score";
import { formatLinkScore, scoreFollowups } from "../lib/eval/score-links";
import { ZExtractOutputSchema } from "../lib/validations/extract-output";
import { parseCli } from "./cli-args";

const ROOT = path.resolve(import.meta.dirname, "..");

const args = parseCli(
  process.argv.slice(2),
  {
    json: { type: "boolean" },
    verbose: { type: "boolean" },
    gold: { type: "string" },
    seeds: { type: "string" },
    predicted: { type: "string" },
  },
  z.object({
    json: z.boolean().default(false),
    verbose: z.boolean().default(false),
    gold: z.string().default(path.join(ROOT, "tests", "gold")),
    seeds: z.string().default(path.join(ROOT, "seeds")),
    predicted: z.string().optional(),
  }),
  (values) => values,
);

async function loadExtractor(): Promise<(file: string) => unknown> {
  try {
    const { extractIssueFile } = await import("../lib/ingest/extract-issue");
    return (file) => extractIssueFile(file);
  } catch (error) {
    process.stderr.write(`error: the extractor does not load yet: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

const predict: (file: string) => unknown = args.predicted
  ? (file) => {
      const saved = path.join(args.predicted!, path.basename(file).replace(/\.txt$/, ".json"));
      return existsSync(saved) ? JSON.parse(readFileSync(saved, "utf8")) : null;
    }
  : await loadExtractor();

const scores: TIssueScore[] = [];
const problems: string[] = [];
for (const name of readdirSync(args.gold).filter((f) => f.endsWith(".json")).sort()) {
  const gold = ZGoldIssueSchema.parse(JSON.parse(readFileSync(path.join(args.gold, name), "utf8")));
  let raw: unknown;
  try {
    raw = predict(path.join(args.seeds, gold.file));
  } catch (error) {
    problems.push(`${gold.file}: extraction failed: ${error instanceof Error ? error.message : String(error)}`);
    continue;
  }
  if (raw === null) {
    problems.push(`${gold.file}: no saved prediction`);
    continue;
  }
  const parsed = ZExtractOutputSchema.safeParse(raw);
  if (!parsed.success) {
    const why = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`);
    problems.push(`${gold.file}: output breaks the extract contract: ${why.join("; ")}`);
    continue;
  }
  scores.push(scoreIssue(gold, parsed.data));
}

const summary = summarise(scores);
// Goal tracking (issue #11 §3): links from the seeds' goals to the follow-up issues, and proposed statuses.
const links = scoreFollowups({ seeds: args.seeds, followups: path.join(ROOT, "tests", "gold", "followups") });
if (args.json) {
  process.stdout.write(JSON.stringify({ summary, issues: scores, problems, links }, null, 2) + "\n");
} else {
  console.log(formatSummary(summary, scores));
  if (args.verbose) for (const s of scores) console.log("\n" + formatVerbose(s));
  console.log("\n" + formatLinkScore(links, args.verbose));
  for (const p of problems) process.stderr.write(`${p}\n`);
}
