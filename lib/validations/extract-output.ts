import { z } from "zod";

// The JSON contract of `npm run extract -- --json <file>` (lib/ingest/extract-issue.ts → toExtractOutput).
// Spans are half-open [start, end) offsets into the article text. Optional-but-nullable fields stay lenient
// so that adding a field to the output never breaks consumers (eval, tests).

const ZSpan = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };
const ZApprox = z.enum(["exact", "about", "over", "under", "range"]);

export const ZExtractIndicatorSchema = z.object({
  text: z.string(),
  value: z.number(),
  valueMax: z.number().nullable(),
  unit: z.string(),
  approx: ZApprox,
  metric: z.string().nullable(),
  role: z.enum(["actual", "target", "baseline"]),
  period: z.string().nullable().optional(),
  asOf: z.string().nullable(),
  township: z.string().nullable(),
  department: z.string().nullable(),
  campaign: z.string().nullable(),
  ...ZSpan,
});

export const ZExtractProgressSchema = z.object({
  text: z.string(),
  from: z.number(),
  to: z.number(),
  unit: z.string(),
  metric: z.string().nullable().optional(),
  ...ZSpan,
});

export const ZExtractGoalSchema = z.object({
  text: z.string(),
  verb: z.string().optional(),
  kind: z.enum(["target", "task", "requirement"]).optional(), // issue #11 §1
  deadline: z.string().nullable(),
  deadlineDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(), // the deadline resolved against the issue date
  targetValue: z.number().nullable().optional(),
  targetUnit: z.string().nullable().optional(),
  targetBound: z.enum(["min", "max", "exact"]).nullable().optional(),
  subject: z.string().nullable().optional(), // the project/campaign/place/metric the goal is about
  campaign: z.string().nullable(),
  township: z.string().nullable(),
  department: z.string().nullable().optional(),
  ...ZSpan,
});

export const ZExtractCampaignSchema = z.object({ name: z.string(), text: z.string(), ...ZSpan });

export const ZExtractPlaceSchema = z.object({
  name: z.string(),
  level: z.enum(["township", "village", "community", "area", "county", "city", "province"]),
  township: z.string().nullable(),
  // A name two of the county's townships share that the text does not resolve: both.
  candidates: z.array(z.string()).optional(),
  outside: z.boolean().optional(), // a place elsewhere in China, never one of the county's
  county: z.string().nullable().optional(), // its county, when the place is outside and the data resolves it
  start: ZSpan.start.optional(),
  end: ZSpan.end.optional(),
});

export const ZDepartmentLevelSchema = z.enum(["national", "province", "city", "district", "county", "township", "village"]);

export const ZExtractDepartmentSchema = z.object({
  name: z.string(),
  canonical: z.string(),
  level: ZDepartmentLevelSchema.optional(),
  place: z.string().nullable().optional(),
  township: z.string().nullable().optional(),
  // A body of another place (上虞区政府): reported, never stored or mapped to the county's.
  outside: z.boolean().optional(),
  start: ZSpan.start.optional(),
  end: ZSpan.end.optional(),
});

export const ZExtractArticleSchema = z.object({
  title: z.string(),
  kind: z.string().optional(),
  text: z.string().optional(),
  indicators: z.array(ZExtractIndicatorSchema),
  progress: z.array(ZExtractProgressSchema),
  goals: z.array(ZExtractGoalSchema),
  campaigns: z.array(ZExtractCampaignSchema),
  places: z.array(ZExtractPlaceSchema),
  departments: z.array(ZExtractDepartmentSchema),
});

export const ZExtractOutputSchema = z.object({
  issue: z.object({
    file: z.string().optional(),
    date: z.string().nullable(),
    dateSource: z.enum(["masthead", "inferred", "user"]).nullable(),
    dateEvidence: z.string().nullable().optional(),
    number: z.number().int().nullable(),
  }),
  articles: z.array(ZExtractArticleSchema),
});

export type TExtractOutput = z.infer<typeof ZExtractOutputSchema>;
export type TExtractArticle = z.infer<typeof ZExtractArticleSchema>;
