// npx tsx bench/profile-extraction-stages.ts [--issues 100] [--seed zhibiao-bench] [--warmup 20]
// Where extraction's CPU goes, stage by stage: decode, parseIssue, then each producer and refiner of extractAll
// (lib/extract/index.ts) run as extractAll runs them, over the synthetic bench corpus. CPU time (process.cpuUsage),
// not wall time, so the split holds on a loaded machine. Then the whole of processIssue, measured as
// measure-extraction measures it, with the §3 row (≥ 5 MB/s, 30 Nov) as PASS/FAIL (bench/RESULTS.md §14).
import { z } from "zod";
import { parseCli } from "../scripts/cli-args";
import { articleContext, PRODUCERS, REFINERS, type PipelineState } from "../lib/extract";
import { unitsFor } from "../lib/extract/context";
import { nameSpans } from "../lib/extract/link-entities";
import { removeOverlapping } from "../lib/extract/remove-overlaps";
import type { ArticleExtraction, ExtractContext, Span } from "../lib/extract/types";
import { decodeText } from "../lib/text/decode-text";
import { parseIssue } from "../lib/text/parse-issue";
import { corpusFiles } from "./corpus";
import { EXTRACTION_ROW_MB_PER_S, extractionVerdict, measureExtraction } from "./measure-extraction";
import { cpuMs, fmt, MB, table } from "./stats";

const args = parseCli(
  process.argv.slice(2),
  { issues: { type: "string" }, seed: { type: "string" }, warmup: { type: "string" } },
  z.object({
    issues: z.coerce.number().int().min(1).default(100),
    seed: z.string().min(1).default("zhibiao-bench"),
    warmup: z.coerce.number().int().min(0).default(20),
  }),
  (v) => v,
);

const cost = new Map<string, number>();
function timed<T>(stage: string, run: () => T): T {
  const started = cpuMs();
  const result = run();
  cost.set(stage, (cost.get(stage) ?? 0) + cpuMs() - started);
  return result;
}

// extractAll's loop with a clock around each step (kept in step with lib/extract/index.ts; the outputs are not used).
function extractTimed(text: string, context: ExtractContext): void {
  const ctx: ExtractContext = timed("context (sentences)", () => ({ ...context, units: unitsFor(text, context) }));
  const header = [ctx.kicker, ctx.title, ctx.subtitle].filter(Boolean).join("\n");
  const empty: Required<ArticleExtraction> = { indicators: [], progress: [], goals: [], campaigns: [], places: [], departments: [], otherPlaces: [], otherDepartments: [] };
  let state: PipelineState = { ...empty, text, ctx, header };
  let names: Span[] | undefined;
  for (const producer of PRODUCERS) {
    state = { ...state, ...timed(producer.name, () => producer.produce(state)) };
    const target = producer.insideNames;
    if (target) {
      timed("inside-names", () => {
        names ??= nameSpans({ text, campaigns: state.campaigns, places: state.places, departments: state.departments });
        state = { ...state, [target.slot]: removeOverlapping<Span>(state[target.slot], names) };
      });
    }
  }
  for (const refiner of REFINERS) state = { ...state, ...timed(refiner.name, () => refiner.refine(state)) };
}

function profile(issues: number, seed: string): { issues: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  for (const issue of corpusFiles({ issues, seed })) {
    const { text } = timed("decode", () => decodeText(issue.bytes, { fileName: issue.fileName }));
    const parsed = timed("parseIssue", () => parseIssue(text, { fileName: issue.fileName }));
    const issueDate = parsed.date?.date;
    const issueYear = issueDate ? Number(issueDate.slice(0, 4)) : undefined;
    for (const article of parsed.articles) extractTimed(article.text, articleContext(article, issueYear, issueDate));
    for (const banner of parsed.banners) extractTimed(banner, { issueYear });
    count += 1;
    bytes += issue.bytes.byteLength;
  }
  return { issues: count, bytes };
}

profile(args.warmup, `${args.seed}-warmup`);
cost.clear();
const { issues, bytes } = profile(args.issues, args.seed);
const total = [...cost.values()].reduce((a, b) => a + b, 0);
const rows = [...cost.entries()]
  .sort((a, b) => b[1] - a[1])
  .map(([stage, ms]) => [stage, fmt(ms / issues, 2), `${fmt((100 * ms) / total, 1)}%`]);
process.stdout.write(`${issues} issues, ${fmt(bytes / MB, 2)} MB; stages' CPU ms per issue (sum ${fmt(total / issues, 2)})\n`);
process.stdout.write(`${table(["stage", "CPU ms / issue", "share"], rows)}\n\n`);

// The whole of processIssue as measure-extraction times it, against §3's row.
const whole = measureExtraction({ issues: args.issues, seed: args.seed, warmup: args.warmup });
process.stdout.write(
  `processIssue: ${fmt((whole.cpuSeconds * 1000) / whole.issues, 2)} ms CPU per issue, ${fmt(whole.cpuMbPerSecond, 2)} MB/s per CPU-second ` +
    `(wall ${fmt(whole.mbPerSecond, 2)} MB/s), ${whole.failed} failed\n${extractionVerdict(whole)}\n`,
);
if (whole.cpuMbPerSecond < EXTRACTION_ROW_MB_PER_S) process.exitCode = 1;
