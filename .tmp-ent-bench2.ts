import { readFileSync, readdirSync } from "node:fs";
import { extractAll, articleContext } from "@/lib/extract";
import { parseIssue } from "@/lib/text/parse-issue";
import { extractIndicators } from "@/lib/extract/extract-indicators";
import { extractGoals } from "@/lib/extract/extract-goals";
import { extractPlaces } from "@/lib/extract/extract-places";
import { extractDepartments } from "@/lib/extract/extract-departments";
import { extractCampaigns } from "@/lib/extract/extract-campaigns";
import { linkEntities } from "@/lib/extract/link-entities";
const files = readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort();
const raw = files.map((f) => readFileSync(`seeds/${f}`, "utf8"));
const articles = raw.flatMap((t, i) => parseIssue(t, { fileName: files[i] }).articles);
const bytesRaw = raw.reduce((n, t) => n + Buffer.byteLength(t), 0);
const bytesArt = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
function bench(label: string, bytes: number, fn: () => void) {
  for (let w = 0; w < 10; w++) fn();
  const rounds = 100; const t0 = performance.now();
  for (let r = 0; r < rounds; r++) fn();
  const ms = (performance.now() - t0) / rounds;
  console.log(label.padEnd(36), (bytes / 1e6 / (ms / 1000)).toFixed(2), "MB/s", ms.toFixed(2), "ms/pass");
}
bench("extractAll raw seed files", bytesRaw, () => { for (const t of raw) extractAll(t); });
bench("extractAll parsed articles", bytesArt, () => { for (const a of articles) extractAll(a.text, articleContext(a, 2022)); });
bench("  indicators only", bytesArt, () => { for (const a of articles) extractIndicators(a.text); });
bench("  goals only (given indicators)", bytesArt, () => { for (const a of articles) extractGoals(a.text, {}, { indicators: [] }); });
bench("  places+depts+campaigns", bytesArt, () => { for (const a of articles) { extractPlaces(a.text); extractDepartments(a.text); extractCampaigns(a.text); } });
const pre = articles.map((a) => ({ a, ind: extractIndicators(a.text), c: extractCampaigns(a.text), p: extractPlaces(a.text), d: extractDepartments(a.text) }));
bench("  linkEntities only", bytesArt, () => { for (const x of pre) linkEntities({ text: x.a.text, ctx: articleContext(x.a), indicators: x.ind, goals: [], campaigns: x.c, places: x.p, departments: x.d }); });
console.log("bytes raw", bytesRaw, "articles", articles.length, bytesArt);
