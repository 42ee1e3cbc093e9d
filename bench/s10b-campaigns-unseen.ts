// The s10b-campaigns unseen check: passages from dev-split hosts, annotated before any run (bench/s10b-campaigns-unseen.json).
// Run: npx tsx bench/s10b-campaigns-unseen.ts
import { readFileSync } from "node:fs";
import { extractCampaigns } from "../lib/extract/extract-campaigns";
import { matchCampaign } from "../lib/eval/score";
const items = JSON.parse(readFileSync(new URL("./s10b-campaigns-unseen.json", import.meta.url), "utf8"));
for (const it of items) {
  const found = extractCampaigns(it.text);
  const gold = it.gold.map((g: string) => ({ name: g, aliases: [] as string[] }));
  const hit = new Set<number>();
  const spurious: string[] = [];
  const groups = new Map<string, string>();
  for (const c of found) groups.set(c.key, c.name);
  for (const c of found) {
    const m = [...matchCampaign(gold as never, c.name), ...matchCampaign(gold as never, c.text)];
    m.forEach((i) => hit.add(i));
    if (!m.length && !spurious.includes(c.name)) spurious.push(c.name);
  }
  const cat = (it.categoryGold ?? it.gold) as string[];
  const catHit = cat.filter((g) => hit.has(it.gold.indexOf(g))).length;
  console.log(`${it.id} [${it.category}${it.seenBeforeRule ? ", SEEN" : ""}] all ${hit.size}/${it.gold.length} predicted ${groups.size}; category ${catHit}/${cat.length}; missed: ${it.gold.filter((_: string, i: number) => !hit.has(i)).join(" | ")}; spurious: ${spurious.join(" | ")}`);
}
