import { readFileSync, readdirSync } from "node:fs";
import { decodeText } from "../lib/text/decode-text";
import { parseIssue } from "../lib/text/parse-issue";
const dir = "/work/main/seeds/";
const only = process.argv[2];
for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt") && (!only || f.startsWith(only)))) {
  const d = decodeText(readFileSync(dir + f), { fileName: f });
  const p = parseIssue(d.text, { fileName: f });
  console.log("=====", f, d.encoding, JSON.stringify(p.masthead), JSON.stringify(p.date), "editor", p.editor);
  console.log("banners", JSON.stringify(p.banners));
  for (const a of p.articles) {
    console.log(`--[${a.position}] ${a.kind} title=${a.title} | kicker=${a.kicker ?? ""} | sub=${a.subtitle ?? ""} | byline=${a.byline ?? ""} | ${JSON.stringify(a.reporters)} | iv=${a.interviewee ?? ""} | cont=${a.continuation ?? ""} | sh=${JSON.stringify(a.sectionHeads)}`);
    if (process.argv[3]) console.log(a.text); else console.log(a.text.split("\n").map((l) => "   " + l.slice(0, 30) + " … " + l.slice(-15)).join("\n"));
  }
}
