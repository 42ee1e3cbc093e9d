import { readFileSync, readdirSync } from "node:fs";
import { normaliseText } from "../lib/text/normalise-text";
import { repairPageBreaks } from "../lib/text/repair-page-breaks";
const dir = "seeds/";
for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
  const r = repairPageBreaks(normaliseText(readFileSync(dir + f, "utf8")));
  for (const x of r.repairs) console.log(f.slice(0, 3), JSON.stringify(x));
}
