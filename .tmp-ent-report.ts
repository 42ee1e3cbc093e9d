import { readFileSync, readdirSync } from "node:fs";
import { extractAll, articleContext } from "@/lib/extract";
import { parseIssue } from "@/lib/text/parse-issue";
for (const f of readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort()) {
  const issue = parseIssue(readFileSync(`seeds/${f}`, "utf8"), { fileName: f });
  const deps = new Map<string, number>(), camps = new Map<string, number>(), places = new Map<string, number>();
  for (const a of issue.articles) {
    const out = extractAll(a.text, articleContext(a, 2022));
    for (const d of out.departments) deps.set(`${d.name}${d.level !== "district" ? `(${d.level})` : ""}`, (deps.get(`${d.name}${d.level !== "district" ? `(${d.level})` : ""}`) ?? 0) + 1);
    for (const c of out.campaigns) camps.set(`${c.name}[${c.kind}]`, (camps.get(`${c.name}[${c.kind}]`) ?? 0) + 1);
    for (const p of out.places) places.set(p.name, (places.get(p.name) ?? 0) + 1);
  }
  const fmt = (m: Map<string, number>) => [...m].map(([k, v]) => (v > 1 ? `${k}×${v}` : k)).join(", ");
  console.log(`${f.slice(0, 3)} D: ${fmt(deps)}\n    C: ${fmt(camps)}\n    P: ${fmt(places)}`);
}
