import { extractIssueFile } from "../lib/ingest/extract-issue";
const f = process.argv[2];
const out = extractIssueFile(f);
for (const a of out.articles) {
  console.log("## " + a.title + " [" + a.kind + "]");
  for (const c of a.campaigns) console.log("   C", c.name, "|", c.text);
  for (const d of a.departments) console.log("   D", d.name, "|", d.start, d.end);
}
