import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { ZGoldIssueSchema } from "../lib/eval/gold-schema";
import { prf, scoreIndicators, type TCounts, type TPrf } from "../lib/eval/score";
import { toExtractOutput } from "../lib/ingest/extract-issue";
import { processIssue, type ProcessedIssue } from "../lib/ingest/process-issue";
import type { TExtractOutput } from "../lib/validations/extract-output";
import { SEEDS_DIR } from "./corpus";
import { loadRecognizers, mapRecognized, type RecognizedIndicator, type RecognizerModel, type RecognizerResult } from "./recognizers";

export type F1Row = TPrf & { system: string };

export const GOLD_DIR = path.resolve("tests", "gold");

// Indicator precision/recall/F1 against tests/gold with the project's scorer (a multiset match on value, valueMax, unit).
// Every system reads the same article texts: the ones our parser produced from the seed issue.
export async function measureF1(): Promise<{ rows: F1Row[]; issues: number } | { skipped: string }> {
  const golds = readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ZGoldIssueSchema.parse(JSON.parse(readFileSync(path.join(GOLD_DIR, f), "utf8"))));
  if (golds.length === 0) return { skipped: "no gold annotations in tests/gold" };
  const models = await loadRecognizers();

  const totals = new Map<string, TCounts>();
  const add = (system: string, counts: TCounts) => {
    const t = totals.get(system) ?? { gold: 0, predicted: 0, matchedGold: 0, matchedPredicted: 0 };
    for (const key of ["gold", "predicted", "matchedGold", "matchedPredicted"] as const) t[key] += counts[key];
    totals.set(system, t);
  };

  for (const gold of golds) {
    const bytes = readFileSync(path.join(SEEDS_DIR, gold.file));
    const processed = processIssue(bytes, { fileName: gold.file });
    const ours = toExtractOutput(processed);
    add("Zhibiao (lib/extract)", scoreIndicators(gold, ours));
    if (!models) continue;
    const recognized = recognizeArticles(processed, models);
    add("Recognizers-Text: NumberWithUnit + Percentage", scoreIndicators(gold, asExtractOutput(ours, recognized.unitsOnly)));
    add(
      "Recognizers-Text: + Number model, next character as unit",
      scoreIndicators(gold, asExtractOutput(ours, recognized.withNumbers)),
    );
  }
  return { issues: golds.length, rows: [...totals.entries()].map(([system, counts]) => ({ system, ...prf(counts) })) };
}

function recognizeArticles(processed: ProcessedIssue, models: RecognizerModel[]) {
  const unitsOnly: RecognizedIndicator[][] = [];
  const withNumbers: RecognizedIndicator[][] = [];
  for (const { article } of processed.articles) {
    const byModel = new Map<string, RecognizerResult[]>(models.map((m) => [m.name, m.parse(article.text)]));
    unitsOnly.push(mapRecognized(article.text, byModel, { nextCharUnit: false }));
    withNumbers.push(mapRecognized(article.text, byModel, { nextCharUnit: true }));
  }
  return { unitsOnly, withNumbers };
}

// Our output with the indicators replaced by Recognizers' (articles in the same order); other kinds are not scored here.
function asExtractOutput(ours: TExtractOutput, perArticle: RecognizedIndicator[][]): TExtractOutput {
  return {
    issue: ours.issue,
    articles: ours.articles.map((article, i) => ({
      ...article,
      indicators: (perArticle[i] ?? []).map((r) => ({
        text: r.text,
        value: r.value,
        valueMax: null,
        unit: r.unit,
        approx: "exact" as const,
        metric: null,
        role: "actual" as const,
        period: null,
        asOf: null,
        township: null,
        department: null,
        campaign: null,
        start: r.start,
        end: r.end,
      })),
    })),
  };
}
