import { readFileSync, readdirSync } from "node:fs";
import { extractAll } from "../lib/extract";
import { extractCampaigns } from "../lib/extract/extract-campaigns";
const seeds = readdirSync("seeds").filter((f) => f.endsWith(".txt")).map((f) => readFileSync(`seeds/${f}`, "utf8"));
const corpus = Array.from({ length: 400 }, (_, i) => seeds[i % seeds.length]);
const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
for (const [name, fn] of [["extractAll", (t: string) => extractAll(t, { issueYear: 2022, title: t.slice(0, 20) })], ["extractCampaigns", (t: string) => extractCampaigns(t)]] as const) {
  for (const t of corpus.slice(0, 20)) fn(t);
  const t0 = performance.now();
  for (const t of corpus) fn(t);
  const s = (performance.now() - t0) / 1000;
  console.log(name, (bytes / 1e6 / s).toFixed(1), "MB/s");
}
