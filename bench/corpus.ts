import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { syntheticCorpus, type SeedText, type SyntheticIssue } from "../lib/bench/synthetic-corpus";

export const SEEDS_DIR = path.resolve("seeds");

export function loadSeeds(dir: string = SEEDS_DIR): SeedText[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), "utf8") }));
}

export type CorpusIssue = SyntheticIssue & { bytes: Uint8Array };

// The bench corpus as a stream of UTF-8 files, one issue in memory at a time.
export function* corpusFiles(options: { issues: number; seed: string }): Generator<CorpusIssue> {
  const encoder = new TextEncoder();
  for (const issue of syntheticCorpus({ seeds: loadSeeds(), issues: options.issues, seed: options.seed })) {
    yield { ...issue, bytes: encoder.encode(issue.text) };
  }
}
