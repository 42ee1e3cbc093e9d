// npm run eval [-- --json] [-- --verbose] [-- --split seeds|dev|test] [-- --predicted <dir>]: scores the extractor on
// three splits side by side: the seed issues (gold in tests/gold/*.json, texts in seeds/), and the held-out dev and
// test issues (tests/gold/dev, tests/gold/test: <id>.txt beside <id>.json). Without --predicted the extraction runs
// in-process through the ingestion path (extractIssueFile: decode, layout, date, extraction; no database), so layout
// and dates are scored too; with it, <dir>/<id>.json files saved from `npm run extract -- --json` are scored instead.
// Test-split details (misses, per-file rows) are printed only with --split test: whoever tunes rules reads numbers only.
// Goal tracking is scored on two follow-up sets: "follow-ups dev" (tests/gold/followups, written by the linker's tuner)
// and "follow-ups test" (tests/gold/followups-test, held out: its links and misses likewise only with --split test).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { formatFiles, formatSplits, formatVerbose } from "../lib/eval/format-report";
import { ZGoldIssueSchema } from "../lib/eval/gold-schema";
import { scoreIssue, summarise, type TIssueScore, type TSummary } from "../lib/eval/score";
import { formatLinkScore, scoreFollowups, type LinkScore } from "../lib/eval/score-links";
import { ZExtractOutputSchema } from "../lib/validations/extract-output";
import { parseCli } from "./cli-args";

const ROOT = path.resolve(import.meta.dirname, "..");
const SPLITS = ["seeds", "dev", "test"] as const;
type TSplit = (typeof SPLITS)[number];

const args = parseCli(
  process.argv.slice(2),
  {
    json: { type: "boolean" },
    verbose: { type: "boolean" },
    gold: { type: "string" },
    seeds: { type: "string" },
    dev: { type: "string" },
    test: { type: "string" },
    split: { type: "string" },
    predicted: { type: "string" },
    followups: { type: "string" },
    "followups-test": { type: "string" },
  },
  z.object({
    json: z.boolean().default(false),
    verbose: z.boolean().default(false),
    gold: z.string().default(path.join(ROOT, "tests", "gold")),
    seeds: z.string().default(path.join(ROOT, "seeds")),
    dev: z.string().default(path.join(ROOT, "tests", "gold", "dev")),
    test: z.string().default(path.join(ROOT, "tests", "gold", "test")),
    split: z.enum(SPLITS).optional(),
    predicted: z.string().optional(),
    followups: z.string().default(path.join(ROOT, "tests", "gold", "followups")),
    followupsTest: z.string().default(path.join(ROOT, "tests", "gold", "followups-test")),
  }),
  (values) => ({ ...values, followupsTest: values["followups-test"] }),
);

async function loadExtractor(): Promise<(file: string) => unknown> {
  try {
    const { extractIssueFile } = await import("../lib/ingest/extract-issue");
    // Dates are scored from the text: a file's dated name must not answer for it.
    return (file) => extractIssueFile(file, { dateFromFileName: false });
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

type TSplitRun = { scores: TIssueScore[]; problems: string[]; summary: TSummary | null };

// Gold files of one split: seeds keep their texts in seeds/, held-out issues beside their gold.
function runSplit(goldDir: string, textDir: string): TSplitRun {
  const scores: TIssueScore[] = [];
  const problems: string[] = [];
  const names = existsSync(goldDir) ? readdirSync(goldDir).filter((f) => f.endsWith(".json")).sort() : [];
  for (const name of names) {
    const where = path.join(goldDir, name);
    const parsedGold = ZGoldIssueSchema.safeParse(JSON.parse(readFileSync(where, "utf8")));
    if (!parsedGold.success) {
      problems.push(`${where}: not a gold file: ${parsedGold.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      continue;
    }
    const gold = parsedGold.data;
    const textFile = path.join(textDir, gold.file);
    let raw: unknown;
    try {
      raw = predict(textFile);
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
    const source = existsSync(textFile) ? readFileSync(textFile, "utf8") : undefined;
    scores.push(scoreIssue(gold, parsed.data, source));
  }
  return { scores, problems, summary: names.length ? summarise(scores) : null };
}

const dirs: Record<TSplit, [gold: string, text: string]> = {
  seeds: [args.gold, args.seeds],
  dev: [args.dev, args.dev],
  test: [args.test, args.test],
};
const chosen = args.split ? [args.split] : [...SPLITS];
const runs = Object.fromEntries(chosen.map((split) => [split, runSplit(...dirs[split])])) as Partial<Record<TSplit, TSplitRun>>;
// Per-file details of the test split only when asked for by name.
const detailed = (split: TSplit) => split !== "test" || args.split === "test";
// Goal tracking (issue #11 §3): links from the seeds' goals to the follow-up issues, and proposed statuses. A set
// without links.json (e.g. before the held-out set is merged) is reported as absent rather than failing the run.
const scoreSet = (dir: string) => (existsSync(path.join(dir, "links.json")) ? scoreFollowups({ seeds: args.seeds, followups: dir }) : null);
const links = scoreSet(args.followups);
// The held-out follow-ups belong to the test split: `--split seeds|dev` (what rule tuners run) does not score them at all.
const linksTest = chosen.includes("test") ? scoreSet(args.followupsTest) : null;
// Only the totals of the held-out follow-ups, unless the test split is asked for by name.
const linkTotals = (score: LinkScore) => ({ asOf: score.asOf, goalsFound: score.goalsFound, goalsListed: score.goalsListed, links: score.links, status: score.status });

if (args.json) {
  const splits = Object.fromEntries(
    Object.entries(runs).map(([split, run]) => [
      split,
      { summary: run.summary, problems: run.problems, ...(detailed(split as TSplit) ? { issues: run.scores } : {}) },
    ]),
  );
  // Top-level summary/issues/problems stay the seeds' (the first chosen split's) for older consumers.
  const first = runs[chosen[0]]!;
    const followups = { dev: links, test: linksTest && (detailed("test") ? linksTest : linkTotals(linksTest)) };
  process.stdout.write(
    JSON.stringify({ summary: first.summary, issues: detailed(chosen[0]) ? first.scores : [], problems: first.problems, splits, links, followups }, null, 2) + "\n",
  );
} else {
  console.log(formatSplits(chosen.map((name) => ({ name, summary: runs[name]!.summary }))));
  for (const split of chosen) {
    const run = runs[split]!;
    if (!detailed(split) || run.scores.length === 0) continue;
    console.log("\n" + formatFiles(split, run.scores));
    if (args.verbose) for (const s of run.scores) console.log("\n" + formatVerbose(s));
  }
  console.log("\n" + (links ? formatLinkScore(links, args.verbose, "follow-ups dev") : "Goal tracking (follow-ups dev): no links.json"));
  if (chosen.includes("test")) {
    console.log("\n" + (linksTest ? formatLinkScore(linksTest, args.verbose && detailed("test"), "follow-ups test") : "Goal tracking (follow-ups test): no links.json"));
  }
  for (const split of chosen) for (const p of runs[split]!.problems) process.stderr.write(`${split}: ${p}\n`);
}
