import { readFileSync, readdirSync } from "node:fs";
import { extractCampaigns } from "../lib/extract/extract-campaigns";
const seeds = readdirSync("seeds").filter((f) => f.endsWith(".txt")).map((f) => readFileSync(`seeds/${f}`, "utf8"));
const corpus = Array.from({ length: 1000 }, (_, i) => seeds[i % seeds.length]);
const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  for (const t of corpus) extractCampaigns(t);
  console.log("campaigns", (bytes / 1e6 / ((performance.now() - t0) / 1000)).toFixed(1), "MB/s");
}
