import { readFileSync, readdirSync } from "node:fs";
import { extractAll, articleContext } from "@/lib/extract";
import { parseIssue } from "@/lib/text/parse-issue";
for (const f of readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort()) {
  for (const a of parseIssue(readFileSync(`seeds/${f}`, "utf8"), { fileName: f }).articles) {
    const out = extractAll(a.text, articleContext(a, 2022));
    for (const g of out.goals) console.log(f.slice(0, 3), a.position, `[${g.verb}] ${g.text.slice(0, 40)} T=${g.township ?? ""} D=${g.department ?? ""} C=${g.campaign ?? ""}`);
  }
}
