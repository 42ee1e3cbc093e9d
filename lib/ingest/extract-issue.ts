import type { ProcessedIssue } from "./process-issue";
import { processIssue } from "./process-issue";
import { readIssueFile } from "./read-issue-file";

// The public JSON contract of `npm run extract -- --json <file>` (schema: lib/validations/extract-output.ts).
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
      .map(({ article, extraction }) => ({
        text: article.text,
        campaigns: extraction.campaigns.map((c) => ({ name: c.name, text: c.text, start: c.start, end: c.end })),
      })),
    articles: issue.articles
      .filter(({ article }) => article.kind !== "banner")
      .map(({ article, extraction }) => ({
      title: article.title,
      kind: article.kind,
      text: article.text, // every span below is an offset into this string
      indicators: extraction.indicators.map((i) => ({
        text: i.text,
        value: i.value,
        valueMax: i.valueMax ?? null,
        unit: i.unit,
        approx: i.approx,
        metric: i.metric ?? null,
        role: i.role,
        period: i.period ?? null,
        asOf: i.asOf ?? null,
        township: i.township ?? null,
        department: i.department ?? null,
        campaign: i.campaign ?? null,
        start: i.start,
        end: i.end,
      })),
      progress: extraction.progress.map((p) => ({
        text: p.text,
        from: p.from,
        to: p.to,
        unit: p.unit,
        metric: p.metric ?? null,
        start: p.start,
        end: p.end,
      })),
      goals: extraction.goals.map((g) => ({
        text: g.text,
        verb: g.verb,
        kind: g.kind,
        deadline: g.deadline ?? null,
        deadlineDate: g.deadlineDate ?? null,
        targetValue: g.targetValue ?? null,
        targetUnit: g.targetUnit ?? null,
        targetBound: g.targetBound ?? null,
        subject: g.subject ?? null,
        campaign: g.campaign ?? null,
        township: g.township ?? null,
        department: g.department ?? null,
        start: g.start,
        end: g.end,
      })),
      campaigns: extraction.campaigns.map((c) => ({ name: c.name, text: c.text, start: c.start, end: c.end })),
      // The county's places and bodies (what is stored) and, marked outside or with their level, those elsewhere and
      // above the county (reported only), in text order: the shape of the gold annotations.
      places: [
        ...extraction.places.map((p) => ({
          name: p.name,
          level: p.level,
          township: p.township ?? null,
          ...(p.candidates ? { candidates: p.candidates } : {}),
          start: p.start,
          end: p.end,
        })),
        ...(extraction.otherPlaces ?? []).map((p) => ({
          name: p.name,
          level: p.level,
          township: null,
          outside: true,
          county: p.county,
          start: p.start,
          end: p.end,
        })),
      ].sort((x, y) => x.start - y.start),
      departments: [...extraction.departments, ...(extraction.otherDepartments ?? [])]
        .sort((x, y) => x.start - y.start)
        .map((d) => ({
          name: d.name,
          canonical: d.canonical,
          level: d.level,
          place: d.place ?? null,
          township: d.township ?? null,
          ...(d.outside ? { outside: true } : {}),
          start: d.start,
          end: d.end,
        })),
    })),
  };
}

export type ExtractOutput = ReturnType<typeof toExtractOutput>;

export function extractIssueFile(filePath: string, options: { userDate?: string; maxBytes?: number } = {}): ExtractOutput {
  const file = readIssueFile(filePath, { maxBytes: options.maxBytes });
  return toExtractOutput(processIssue(file.bytes, { fileName: file.fileName, userDate: options.userDate }));
}
