import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { processIssue } from "@/lib/ingest/process-issue";
import { ZLinkGoldSchema } from "@/lib/eval/score-links";
import { SEED_FILES } from "../ingest/support";

export const FOLLOWUPS = path.resolve("tests/gold/followups");
export const FOLLOWUP_FILES = readdirSync(FOLLOWUPS)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => path.join(FOLLOWUPS, f));

export const ALL_FILES = [...SEED_FILES, ...FOLLOWUP_FILES];

export function processedIssues(files = ALL_FILES) {
  return files.map((file) => ({ file: path.basename(file), issue: processIssue(readFileSync(file), { fileName: path.basename(file) }) }));
}

export function linkGold() {
  return ZLinkGoldSchema.parse(JSON.parse(readFileSync(path.join(FOLLOWUPS, "links.json"), "utf8")));
}
