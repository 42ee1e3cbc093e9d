import { readFileSync, readdirSync } from "node:fs";
import { syntheticCorpus } from "../lib/bench/synthetic-corpus";
import { parseIssue } from "../lib/text/parse-issue";
const seeds = readdirSync("seeds").filter((f) => f.endsWith(".txt")).map((name) => ({ name, text: readFileSync("seeds/" + name, "utf8") }));
let n = 0, bytes = 0, ms = 0, wrongDate = 0, arts = 0, fails = 0;
for (const issue of syntheticCorpus({ seeds, issues: 300 })) {
  n++;
  bytes += Buffer.byteLength(issue.text);
  const t0 = performance.now();
  try {
    const p = parseIssue(issue.text, { fileName: issue.fileName });
    ms += performance.now() - t0;
    arts += p.articles.length;
    if (p.date?.date !== issue.date) { wrongDate++; if (wrongDate < 3) console.log("date", issue.fileName, issue.date, p.date, issue.text.slice(0, 200)); }
  } catch (e) { fails++; console.log("fail", issue.fileName, (e as Error).message); }
}
console.log({ n, mb: bytes / 1e6, mbps: bytes / 1e6 / (ms / 1000), wrongDate, arts, fails });
