// Microsoft Recognizers-Text (Chinese), for the side-by-side comparison only. Loaded with a computed specifier so the
// bench (and the project's typecheck) still work where these devDependencies are not installed.

export type RecognizerResult = { start: number; end: number; text: string; typeName: string; resolution: Record<string, unknown> | null };
export type RecognizerModel = { name: string; parse(text: string): RecognizerResult[] };

// NumberWithUnit models first: where a number is also a number-with-unit, the latter wins.
export const UNIT_MODELS = ["currency", "dimension", "age", "temperature"] as const;
export const NUMBER_MODELS = ["percentage", "number"] as const;

type ModelSource = { [key: string]: () => { parse(text: string): RecognizerResult[] } };

let loaded: Promise<RecognizerModel[] | undefined> | undefined;

// Loaded once per run (a long run loads it at the start, so nothing that happens to node_modules later can skip it).
export function loadRecognizers(): Promise<RecognizerModel[] | undefined> {
  loaded ??= importRecognizers();
  return loaded;
}

async function importRecognizers(): Promise<RecognizerModel[] | undefined> {
  const load = (name: string) => import(/* @vite-ignore */ name) as Promise<Record<string, unknown>>;
  try {
    const [suite, number, withUnit] = await Promise.all([
      load("@microsoft/recognizers-text-suite"),
      load("@microsoft/recognizers-text-number"),
      load("@microsoft/recognizers-text-number-with-unit"),
    ]);
    const culture = (suite.Culture as { Chinese: string }).Chinese;
    const NumberWithUnit = withUnit.NumberWithUnitRecognizer as new (culture: string) => ModelSource;
    const NumberR = number.NumberRecognizer as new (culture: string) => ModelSource;
    const unitRecognizer = new NumberWithUnit(culture);
    const numberRecognizer = new NumberR(culture);
    const model = (name: string, source: ModelSource, getter: string): RecognizerModel => {
      const m = source[getter]();
      return { name, parse: (text) => m.parse(text) };
    };
    return [
      model("currency", unitRecognizer, "getCurrencyModel"),
      model("dimension", unitRecognizer, "getDimensionModel"),
      model("age", unitRecognizer, "getAgeModel"),
      model("temperature", unitRecognizer, "getTemperatureModel"),
      model("percentage", numberRecognizer, "getPercentageModel"),
      model("number", numberRecognizer, "getNumberModel"),
    ];
  } catch {
    return undefined;
  }
}

export type RecognizedIndicator = { text: string; value: number; unit: string; start: number; end: number; model: string };

// Chinese numerals, digits and multipliers that make up the number part of a match such as 20万元 or 三百余人.
const NUMBER_PART = /^[\d.,，０-９零〇一二两三四五六七八九十百千万亿几余多近约超]+/;
const CJK = /[\u4e00-\u9fff]/;

// Maps Recognizers' results into our indicator shape, as fairly as we can: its spans end inclusive (→ +1), its units are
// English names ("Ton", "Chinese yuan"), so the unit is the match with its number part removed, as the paper wrote it
// (30吨 → 吨); value is its resolution (20万元 → 200000, like our gold). Recognizers has no approximators: every item is exact.
// With nextCharUnit, a bare number (Number model) takes the one CJK character after it as its unit (5000余户 → 户):
// the most generous reading of its output, since Chinese counting units (户, 个, 名) are not in its NumberWithUnit models.
export function mapRecognized(text: string, byModel: Map<string, RecognizerResult[]>, options: { nextCharUnit: boolean }): RecognizedIndicator[] {
  const out: RecognizedIndicator[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && s < end);
  const add = (item: RecognizedIndicator) => {
    if (overlaps(item.start, item.end)) return;
    taken.push([item.start, item.end]);
    out.push(item);
  };

  for (const model of UNIT_MODELS) {
    for (const r of byModel.get(model) ?? []) {
      const value = Number(r.resolution?.value);
      if (r.resolution?.value == null || !Number.isFinite(value)) continue; // 两 as a weight (Liang) has no value
      const unit = r.text.replace(NUMBER_PART, "").trim();
      if (!unit) continue;
      add({ text: r.text, value, unit, start: r.start, end: r.end + 1, model });
    }
  }
  for (const r of byModel.get("percentage") ?? []) {
    const value = Number.parseFloat(String(r.resolution?.value ?? ""));
    if (Number.isFinite(value)) add({ text: r.text, value, unit: "%", start: r.start, end: r.end + 1, model: "percentage" });
  }
  if (!options.nextCharUnit) return out.sort((a, b) => a.start - b.start);

  for (const r of byModel.get("number") ?? []) {
    const value = Number(r.resolution?.value);
    if (!Number.isFinite(value)) continue;
    let end = r.end + 1;
    while (end < text.length && "余多".includes(text[end])) end++;
    const unit = text[end];
    if (!unit || !CJK.test(unit)) continue;
    add({ text: text.slice(r.start, end + 1), value, unit, start: r.start, end: end + 1, model: "number" });
  }
  return out.sort((a, b) => a.start - b.start);
}
