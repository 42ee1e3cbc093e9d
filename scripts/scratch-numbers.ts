import { readFileSync, readdirSync } from "node:fs";
import { extractIndicators } from "../lib/extract/extract-indicators";
import { extractProgress } from "../lib/extract/extract-progress";
const only = process.argv[2];
for (const f of readdirSync("seeds").filter((f) => f.endsWith(".txt"))) {
  if (only && !f.startsWith(only)) continue;
  const paras = readFileSync(`seeds/${f}`, "utf8").split("\n");
  console.log(`=== ${f}`);
  paras.forEach((p, i) => {
    const inds = extractIndicators(p, { issueYear: 2021 });
    for (const x of inds) console.log(`L${i + 1}\t${x.text}\t${x.value}${x.valueMax ? "-" + x.valueMax : ""}\t${x.unit}\t${x.approx}${x.approxWord ? "(" + x.approxWord + ")" : ""}\t${x.metric ?? "-"}\t${x.role}${x.period ? "\t/" + x.period : ""}${x.asOf ? "\t@" + x.asOf : ""}`);
    for (const pr of extractProgress(p, inds)) console.log(`  PROGRESS ${pr.text} ${pr.from}->${pr.to} ${pr.unit} ${pr.metric}`);
  });
}
