// npx tsx bench/compare-extraction.ts [--issues 100] [--rounds 5] A.mjs B.mjs …
// Two (or more) codes' extraction in ONE process, in turn, CPU ms per issue: on a loaded machine CPU time itself moves
// 2–3× with the load (bench/RESULTS.md §14), so a before/after measured in separate runs says little. Each argument is
// a bundle of bench/measure-extraction.ts built from a checkout of the code to compare, e.g. for a commit C:
//   git worktree add --detach /tmp/c C && cd /tmp/c && cp -al <repo>/node_modules . &&
//   echo 'export { measureExtraction } from "../bench/measure-extraction";' > bench/entry.ts &&
//   node_modules/.bin/esbuild bench/entry.ts --bundle --platform=node --format=esm --packages=external --outfile=<repo>/.prof/C.mjs
// (the bundle must live inside a checkout so that its packages resolve).
import path from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { parseCli } from "../scripts/cli-args";
import type { measureExtraction } from "./measure-extraction";
import { fmt } from "./stats";

const args = parseCli(
  process.argv.slice(2),
  { issues: { type: "string" }, rounds: { type: "string" }, seed: { type: "string" } },
  z.object({
    issues: z.coerce.number().int().min(1).default(100),
    rounds: z.coerce.number().int().min(1).default(5),
    seed: z.string().min(1).default("zhibiao-bench"),
    positionals: z.array(z.string()).min(1),
  }),
  (v, positionals) => ({ ...v, positionals }),
);

type Bundle = { measureExtraction: typeof measureExtraction };
const bundles = await Promise.all(args.positionals.map(async (file) => (await import(pathToFileURL(path.resolve(file)).href)) as Bundle));
const runs: number[][] = bundles.map(() => []);
for (let round = 0; round < args.rounds; round++) {
  bundles.forEach((bundle, k) => {
    const r = bundle.measureExtraction({ issues: args.issues, seed: args.seed });
    runs[k].push((r.cpuSeconds * 1000) / r.issues);
  });
}
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
args.positionals.forEach((file, k) => {
  process.stdout.write(`${path.basename(file)}: median ${fmt(median(runs[k]), 2)} ms CPU per issue (rounds ${runs[k].map((v) => fmt(v, 1)).join(", ")})\n`);
});
