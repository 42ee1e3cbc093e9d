import { readFileSync } from "node:fs";
import { NumberWithUnitRecognizer } from "@microsoft/recognizers-text-number-with-unit";
import { NumberRecognizer } from "@microsoft/recognizers-text-number";
import { Culture } from "@microsoft/recognizers-text-suite";
const text = readFileSync("seeds/001_f3ebb2c24e7ad66b.txt", "utf8");
let t = performance.now();
const nwu = new NumberWithUnitRecognizer(Culture.Chinese);
const nr = new NumberRecognizer(Culture.Chinese);
const models = [nwu.getCurrencyModel(), nwu.getDimensionModel(), nwu.getAgeModel(), nwu.getTemperatureModel(), nr.getNumberModel(), nr.getPercentageModel()];
console.log("init", performance.now() - t);
for (let r = 0; r < 3; r++) {
  for (const m of models) { t = performance.now(); const res = m.parse(text); console.log(m.modelTypeName, res.length, (performance.now() - t).toFixed(1)); }
}
const dims = models[1].parse(text); console.log(dims.slice(0, 30).map(d => `${d.text}:${JSON.stringify(d.resolution)}`).join("\n"));
console.log(models[0].parse(text).map(d => `${d.text}:${JSON.stringify(d.resolution)}`).join("\n"));
