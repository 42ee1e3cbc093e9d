import type { ProcessedIssue } from "./process-issue";
import { processIssue } from "./process-issue";
import { readIssueFile } from "./read-issue-file";
import { CAMPAIGN_OUTPUT, DEPARTMENT_OUTPUT, GOAL_OUTPUT, INDICATOR_OUTPUT, PLACE_OUTPUT, PROGRESS_OUTPUT } from "../validations/extract-output";

// The public JSON contract of `npm run extract -- --json <file>`: its fields, schema and item objects are defined once
// in lib/validations/extract-output.ts (from the items' definition, lib/extract/item-schema.ts).
export function toExtractOutput(issue: ProcessedIssue) {
  return {
    issue: {
      file: issue.fileName,
      date: issue.parsed.date?.date ?? null,
      dateSource: issue.parsed.date?.source ?? null,
      dateEvidence: issue.parsed.date?.evidence ?? null,
      number: issue.parsed.masthead.number ?? null,
    },
    // Banners are not articles; the campaigns they name are listed per banner.
    banners: issue.articles
      .filter(({ article }) => article.kind === "banner")
      .map(({ article, extraction }) => ({ text: article.text, campaigns: extraction.campaigns.map(CAMPAIGN_OUTPUT.of) })),
    articles: issue.articles
      .filter(({ article }) => article.kind !== "banner")
      .map(({ article, extraction }) => ({
        title: article.title,
        kind: article.kind,
        text: article.text, // every span below is an offset into this string
        indicators: extraction.indicators.map(INDICATOR_OUTPUT.of),
        progress: extraction.progress.map(PROGRESS_OUTPUT.of),
        goals: extraction.goals.map(GOAL_OUTPUT.of),
        campaigns: extraction.campaigns.map(CAMPAIGN_OUTPUT.of),
        // The county's places and bodies (what is stored) and, marked outside or with their level, those elsewhere and
        // above the county (reported only), in text order: the shape of the gold annotations.
        places: [
          ...extraction.places.map(PLACE_OUTPUT.of),
          ...(extraction.otherPlaces ?? []).map((p) => PLACE_OUTPUT.of({ ...p, township: undefined })),
        ].sort((x, y) => x.start! - y.start!),
        departments: [...extraction.departments, ...(extraction.otherDepartments ?? [])]
          .sort((x, y) => x.start - y.start)
          .map(DEPARTMENT_OUTPUT.of),
      })),
  };
}

export type ExtractOutput = ReturnType<typeof toExtractOutput>;

export function extractIssueFile(
  filePath: string,
  options: { userDate?: string; maxBytes?: number; dateFromFileName?: boolean } = {},
): ExtractOutput {
  const file = readIssueFile(filePath, { maxBytes: options.maxBytes });
  const { userDate, dateFromFileName } = options;
  return toExtractOutput(processIssue(file.bytes, { fileName: file.fileName, userDate, dateFromFileName }));
}
