import { z } from "zod";
import {
  ZAnyPlaceLevelSchema,
  ZExtractedCampaignSchema,
  ZExtractedDepartmentSchema,
  ZExtractedGoalSchema,
  ZExtractedIndicatorSchema,
  ZExtractedOutsidePlaceSchema,
  ZExtractedPlaceSchema,
  ZExtractedProgressSchema,
} from "../extract/item-schema";

// The JSON contract of `npm run extract -- --json <file>` (lib/ingest/extract-issue.ts → toExtractOutput), derived
// from the items' one definition (lib/extract/item-schema.ts): each kind publishes a list of the item's fields, and the
// same list builds both the zod schema and the JSON objects. Spans are half-open [start, end) offsets into the article
// text. A field the item may leave out is written as null. Fields listed as lenient may also be missing, so that
// adding a field to the output never breaks consumers (eval, older saved files, hand-built predictions in tests).

// The published form of a field: one the item may leave out is nullable; a lenient one may be missing as well.
type Published<F, Lenient extends boolean> =
  F extends z.ZodOptional<infer Inner extends z.ZodType>
    ? Lenient extends true
      ? z.ZodOptional<z.ZodNullable<Inner>>
      : z.ZodNullable<Inner>
    : Lenient extends true
      ? z.ZodOptional<F & z.ZodType>
      : F;
type PublishedShape<S extends z.ZodRawShape, K extends keyof S, L extends K> = {
  [P in K]: Published<S[P], P extends L ? true : false>;
};

type Publication<S extends z.ZodRawShape, K extends keyof S, L extends K> = {
  schema: z.ZodObject<PublishedShape<S, K, L>>;
  // The JSON object of one item: its published fields in the listed order, null for the absent ones (absent for the
  // fields listed in omitWhenAbsent: markers such as `outside` and lists such as `candidates`).
  of: (item: z.infer<z.ZodObject<S>>) => z.infer<z.ZodObject<PublishedShape<S, K, L>>>;
};

function publish<S extends z.ZodRawShape, K extends keyof S & string, L extends K = never>(
  item: z.ZodObject<S>,
  keys: readonly K[],
  options: { lenient?: readonly L[]; omitWhenAbsent?: readonly L[] } = {},
): Publication<S, K, L> {
  const lenient = new Set<string>(options.lenient ?? []);
  const omit = new Set<string>(options.omitWhenAbsent ?? []);
  const shape = Object.fromEntries(
    keys.map((key) => {
      const field = item.shape[key] as unknown as z.ZodType;
      const published = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType).nullable() : field;
      return [key, lenient.has(key) ? published.optional() : published];
    }),
  );
  const of = (value: Record<string, unknown>) =>
    Object.fromEntries(keys.flatMap((key) => (value[key] !== undefined ? [[key, value[key]]] : omit.has(key) ? [] : [[key, null]])));
  return { schema: z.object(shape), of } as unknown as Publication<S, K, L>;
}

export const INDICATOR_OUTPUT = publish(
  ZExtractedIndicatorSchema,
  ["text", "value", "valueMax", "unit", "approx", "metric", "role", "period", "asOf", "township", "department", "campaign", "start", "end"],
  { lenient: ["period"] },
);

export const PROGRESS_OUTPUT = publish(ZExtractedProgressSchema, ["text", "from", "to", "unit", "metric", "start", "end"], { lenient: ["metric"] });

export const GOAL_OUTPUT = publish(
  ZExtractedGoalSchema,
  [
    "text",
    "verb",
    "kind", // issue #11 §1
    "deadline",
    "deadlineDate", // the deadline resolved against the issue date
    "targetValue",
    "targetUnit",
    "targetBound",
    "subject", // the project/campaign/place/metric the goal is about
    "campaign",
    "township",
    "department",
    "start",
    "end",
  ],
  // Gold restated as a prediction (tests/eval/support.ts) has only text, deadline, campaign, township and span.
  { lenient: ["verb", "kind", "deadlineDate", "targetValue", "targetUnit", "targetBound", "subject", "department"] },
);

export const CAMPAIGN_OUTPUT = publish(ZExtractedCampaignSchema, ["name", "text", "start", "end"]);

// The county's places and, marked outside with their county, places elsewhere in China, in one list: the shape of the
// gold annotations. Gold files write `outside: false` too, hence a boolean.
export const PLACE_OUTPUT = publish(
  ZExtractedPlaceSchema.extend({
    level: ZAnyPlaceLevelSchema,
    outside: z.boolean().optional(), // a place elsewhere in China, never one of the county's
    county: ZExtractedOutsidePlaceSchema.shape.county.optional(), // its county, when the place is outside and the data resolves it
  }),
  ["name", "level", "township", "candidates", "outside", "county", "start", "end"],
  { lenient: ["candidates", "outside", "county", "start", "end"], omitWhenAbsent: ["candidates", "outside", "county"] },
);

// The county's bodies and, marked outside, those of other places (上虞区政府): reported, never stored or mapped to the county's.
export const DEPARTMENT_OUTPUT = publish(
  ZExtractedDepartmentSchema.extend({ outside: z.boolean().optional() }),
  ["name", "canonical", "level", "place", "township", "outside", "start", "end"],
  { lenient: ["level", "place", "township", "outside", "start", "end"], omitWhenAbsent: ["level", "outside"] },
);

export const ZExtractIndicatorSchema = INDICATOR_OUTPUT.schema;
export const ZExtractProgressSchema = PROGRESS_OUTPUT.schema;
export const ZExtractGoalSchema = GOAL_OUTPUT.schema;
export const ZExtractCampaignSchema = CAMPAIGN_OUTPUT.schema;
export const ZExtractPlaceSchema = PLACE_OUTPUT.schema;
export const ZExtractDepartmentSchema = DEPARTMENT_OUTPUT.schema;

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

// Banners are not articles; the campaigns each names are listed with it (optional: files saved before they were).
export const ZExtractBannerSchema = z.object({ text: z.string(), campaigns: z.array(ZExtractCampaignSchema) });

export const ZExtractOutputSchema = z.object({
  issue: z.object({
    file: z.string().optional(),
    date: z.string().nullable(),
    dateSource: z.enum(["masthead", "inferred", "user"]).nullable(),
    dateEvidence: z.string().nullable().optional(),
    number: z.number().int().nullable(),
  }),
  banners: z.array(ZExtractBannerSchema).optional(),
  articles: z.array(ZExtractArticleSchema),
});

export type TExtractOutput = z.infer<typeof ZExtractOutputSchema>;
export type TExtractArticle = z.infer<typeof ZExtractArticleSchema>;
