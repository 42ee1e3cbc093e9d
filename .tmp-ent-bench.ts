import { readFileSync, readdirSync } from "node:fs";
import { extractPlaces } from "@/lib/extract/extract-places";
import { extractDepartments } from "@/lib/extract/extract-departments";
import { extractCampaigns } from "@/lib/extract/extract-campaigns";
const texts = readdirSync("seeds").filter((f) => f.endsWith(".txt")).map((f) => readFileSync(`seeds/${f}`, "utf8"));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
for (const [name, fn] of [["places", extractPlaces], ["departments", extractDepartments], ["campaigns", extractCampaigns]] as const) {
  for (let w = 0; w < 20; w++) for (const t of texts) fn(t);
  const rounds = 200; const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) fn(t);
  const ms = performance.now() - t0;
  console.log(name, ((bytes * rounds) / 1e6 / (ms / 1000)).toFixed(1), "MB/s");
}
