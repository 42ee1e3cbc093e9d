import { readFileSync, readdirSync } from "node:fs";
import { extractAll, articleContext } from "@/lib/extract";
import { parseIssue } from "@/lib/text/parse-issue";
const files = readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort();
const raw = files.map((f) => readFileSync(`seeds/${f}`, "utf8"));
const articles = raw.flatMap((t, i) => parseIssue(t, { fileName: files[i] }).articles);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
function bench(label: string, bytes: number, fn: () => void) {
  for (let w = 0; w < 20; w++) fn();
  const rounds = 200; const c0 = cpu(), w0 = performance.now();
  for (let r = 0; r < rounds; r++) fn();
  const c = (cpu() - c0) / rounds, w = (performance.now() - w0) / rounds;
  console.log(label.padEnd(30), `cpu ${(bytes / 1e6 / (c / 1000)).toFixed(2)} MB/s (${c.toFixed(2)} ms)`, `wall ${(bytes / 1e6 / (w / 1000)).toFixed(2)} MB/s`);
}
bench("extractAll, 5 raw seed files", raw.reduce((n, t) => n + Buffer.byteLength(t), 0), () => { for (const t of raw) extractAll(t); });
bench("extractAll, 25 parsed articles", articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0), () => { for (const a of articles) extractAll(a.text, articleContext(a, 2022)); });
