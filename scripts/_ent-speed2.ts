import { readFileSync, readdirSync } from "node:fs";
import { extractCampaigns } from "../lib/extract/extract-campaigns";
import { extractDepartments } from "../lib/extract/extract-departments";
import { extractPlaces } from "../lib/extract/extract-places";
import { extractIndicators } from "../lib/extract/extract-indicators";
import { extractGoals } from "../lib/extract/extract-goals";
import { extractAll } from "../lib/extract";
const seeds = readdirSync("seeds").filter((f) => f.endsWith(".txt")).map((f) => readFileSync(`seeds/${f}`, "utf8"));
const corpus = Array.from({ length: 400 }, (_, i) => seeds[i % seeds.length]);
const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
const fns: [string, (t: string) => unknown][] = [
  ["campaigns", (t) => extractCampaigns(t)], ["departments", (t) => extractDepartments(t)], ["places", (t) => extractPlaces(t)],
  ["indicators", (t) => extractIndicators(t, {})], ["goals", (t) => extractGoals(t, {}, { indicators: extractIndicators(t, {}) })],
  ["all", (t) => extractAll(t, { issueYear: 2022 })],
];
for (const [name, fn] of fns) {
  for (const t of corpus.slice(0, 20)) fn(t);
  const t0 = performance.now();
  for (const t of corpus) fn(t);
  const s = (performance.now() - t0) / 1000;
  console.log(name.padEnd(12), (bytes / 1e6 / s).toFixed(1), "MB/s");
}
