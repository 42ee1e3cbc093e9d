import { extractAll } from "../lib/extract";
import { processIssue } from "../lib/ingest/process-issue";
import { corpusFiles } from "./corpus";
import { loadRecognizers } from "./recognizers";
import { MB } from "./stats";

export type ThroughputRow = { system: string; input: string; bytes: number; seconds: number; mbPerSecond: number; items: number };

export type SideBySide = { issues: number; rows: ThroughputRow[]; perModel: { model: string; seconds: number; results: number }[] } | { skipped: string };

// The same article texts (as our parser cut and repaired them) through our extractor and through Recognizers-Text,
// on a sample of the corpus: Recognizers is too slow for the whole of it. Our full pipeline is timed too, on the issue bytes.
export async function measureSideBySide(options: { issues: number; seed: string }): Promise<SideBySide> {
  const models = await loadRecognizers();
  if (!models) return { skipped: "Recognizers-Text is not installed (npm install -D @microsoft/recognizers-text-suite@1.3.1 …)" };

  const encoder = new TextEncoder();
  const pipeline = { bytes: 0, ms: 0, items: 0 };
  const ours = { bytes: 0, ms: 0, items: 0 };
  const theirs = { bytes: 0, ms: 0, items: 0 };
  const perModel = new Map(models.map((m) => [m.name, { ms: 0, results: 0 }]));

  // Warm-up: both sides get one issue untimed (Recognizers compiles its regexes lazily).
  let warm = false;
  for (const issue of corpusFiles({ issues: options.issues + 1, seed: options.seed })) {
    const t0 = performance.now();
    const processed = processIssue(issue.bytes, { fileName: issue.fileName });
    const t1 = performance.now();
    const texts = processed.articles.map(({ article }) => ({ text: article.text, title: article.title }));
    const articleBytes = texts.reduce((sum, t) => sum + encoder.encode(t.text).byteLength, 0);

    const t2 = performance.now();
    let ourItems = 0;
    for (const t of texts) ourItems += extractAll(t.text, { title: t.title }).indicators.length;
    const t3 = performance.now();

    let theirItems = 0;
    let theirMs = 0;
    for (const t of texts) {
      for (const model of models) {
        const s = performance.now();
        const results = model.parse(t.text);
        const ms = performance.now() - s;
        theirMs += ms;
        theirItems += results.length;
        if (warm) {
          const stat = perModel.get(model.name)!;
          stat.ms += ms;
          stat.results += results.length;
        }
      }
    }
    if (!warm) {
      warm = true;
      continue;
    }
    pipeline.bytes += issue.bytes.byteLength;
    pipeline.ms += t1 - t0;
    pipeline.items += processed.articles.reduce((sum, a) => sum + a.extraction.indicators.length, 0);
    ours.bytes += articleBytes;
    ours.ms += t3 - t2;
    ours.items += ourItems;
    theirs.bytes += articleBytes;
    theirs.ms += theirMs;
    theirs.items += theirItems;
  }

  const row = (system: string, input: string, s: { bytes: number; ms: number; items: number }): ThroughputRow => ({
    system,
    input,
    bytes: s.bytes,
    seconds: s.ms / 1000,
    mbPerSecond: s.bytes / MB / (s.ms / 1000),
    items: s.items,
  });
  return {
    issues: options.issues,
    rows: [
      row("Zhibiao processIssue (decode → parse → extract)", "issue files", pipeline),
      row("Zhibiao extractAll (extraction stage only)", "article texts", ours),
      row("Recognizers-Text zh-cn: NumberWithUnit (currency, dimension, age, temperature) + Number + Percentage", "article texts", theirs),
    ],
    perModel: [...perModel.entries()].map(([model, s]) => ({ model, seconds: s.ms / 1000, results: s.results })),
  };
}
