import { readFileSync, readdirSync } from "node:fs";
import { parseIssue } from "@/lib/text/parse-issue";
import { extractIndicators } from "@/lib/extract/extract-indicators";
import { extractCampaigns } from "@/lib/extract/extract-campaigns";
import { extractPlaces } from "@/lib/extract/extract-places";
import { extractDepartments } from "@/lib/extract/extract-departments";
import { linkEntities, nameSpans, removeNameOverlaps } from "@/lib/extract/link-entities";
for (const f of readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort()) {
  const issue = parseIssue(readFileSync(`seeds/${f}`, "utf8"), { fileName: f });
  console.log("==", f);
  for (const a of issue.articles) {
    const text = a.text; const ctx = { title: a.title, kicker: a.kicker, subtitle: a.subtitle, interviewee: a.interviewee };
    const campaigns = extractCampaigns(text), places = extractPlaces(text), departments = extractDepartments(text);
    const raw = extractIndicators(text, ctx);
    const kept = removeNameOverlaps(raw, nameSpans({ text, campaigns, places, departments }));
    const dropped = raw.filter((r) => !kept.includes(r)).map((r) => r.text);
    const out = linkEntities({ text, ctx, indicators: kept, goals: [], campaigns, places, departments });
    console.log(` [${a.position}] ${a.title}  dropped=${JSON.stringify(dropped)}`);
    for (const i of out.indicators) console.log(`    ${i.text}  T=${i.township ?? ""} D=${i.department ?? ""} C=${i.campaign ?? ""}`);
    for (const c of out.campaigns) console.log(`    #${c.text}  T=${c.township ?? ""} D=${c.department ?? ""}`);
  }
}
