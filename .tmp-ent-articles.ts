import { readFileSync, readdirSync } from "node:fs";
import { parseIssue } from "@/lib/text/parse-issue";
for (const f of readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort()) {
  const issue = parseIssue(readFileSync(`seeds/${f}`, "utf8"), { fileName: f });
  console.log("==", f, issue.articles.length, "banners:", issue.banners);
  for (const a of issue.articles) console.log(`  [${a.position}] ${a.kind} T=${a.title} | K=${a.kicker ?? ""} | S=${a.subtitle ?? ""} | I=${a.interviewee ?? ""} | len=${a.text.length} | ${a.text.slice(0, 30).replace(/\n/g, "⏎")}`);
}
