import { readFileSync, readdirSync } from "node:fs";
import { articleContext } from "@/lib/extract";
import { parseIssue } from "@/lib/text/parse-issue";
import { extractIndicators } from "@/lib/extract/extract-indicators";
import { extractGoals } from "@/lib/extract/extract-goals";
import { extractProgress } from "@/lib/extract/extract-progress";
import { extractPlaces } from "@/lib/extract/extract-places";
import { extractDepartments } from "@/lib/extract/extract-departments";
import { extractCampaigns } from "@/lib/extract/extract-campaigns";
import { linkEntities, nameSpans, removeNameOverlaps } from "@/lib/extract/link-entities";
const files = readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort();
const articles = files.flatMap((f) => parseIssue(readFileSync(`seeds/${f}`, "utf8"), { fileName: f }).articles);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const t: Record<string, number> = {};
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const time = <T,>(k: string, fn: () => T): T => { const s = cpu(); const r = fn(); t[k] = (t[k] ?? 0) + cpu() - s; return r; };
const R = 60;
for (let r = 0; r < R + 10; r++) {
  if (r === 10) for (const k in t) t[k] = 0;
  for (const a of articles) {
    const text = a.text, ctx = articleContext(a, 2022);
    const campaigns = time("campaigns", () => extractCampaigns(text));
    const places = time("places", () => extractPlaces(text));
    const departments = time("departments", () => extractDepartments(text));
    const names = time("names", () => nameSpans({ text, campaigns, places, departments }));
    const indicators = time("indicators", () => removeNameOverlaps(extractIndicators(text, ctx), names));
    const progress = time("progress", () => extractProgress(text, indicators));
    const goals = time("goals", () => extractGoals(text, ctx, { indicators }));
    time("link", () => linkEntities({ text, ctx, indicators, goals, campaigns, places, departments }));
  }
}
const total = Object.values(t).reduce((a, b) => a + b, 0) / R;
for (const [k, v] of Object.entries(t)) console.log(k.padEnd(12), (v / R).toFixed(2), "ms");
console.log("total", total.toFixed(2), "ms =>", (bytes / 1e6 / (total / 1000)).toFixed(2), "MB/s");
