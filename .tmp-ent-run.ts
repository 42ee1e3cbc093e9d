import { readFileSync, readdirSync } from "node:fs";
import { extractPlaces } from "@/lib/extract/extract-places";
import { extractDepartments } from "@/lib/extract/extract-departments";
import { extractCampaigns } from "@/lib/extract/extract-campaigns";
const dir = "/work/main/seeds";
const which = process.argv[2] ?? "all";
for (const f of readdirSync(dir).sort()) {
  const t = readFileSync(`${dir}/${f}`, "utf8");
  console.log("==", f);
  if (which === "all" || which === "p") console.log("P", extractPlaces(t).map((p) => `${p.text}>${p.name}/${p.level}/${p.township ?? "-"}`).join(" | "));
  if (which === "all" || which === "d") console.log("D", extractDepartments(t).map((p) => `${p.text}>${p.name}`).join(" | "));
  if (which === "all" || which === "c") console.log("C", extractCampaigns(t).map((p) => `${p.text}>${p.name}[${p.key}/${p.kind}]`).join("\n  "));
}
