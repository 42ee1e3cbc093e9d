import { z } from "zod";

// Hand-made annotations (tests/gold/*.json for the seeds, tests/gold/dev and tests/gold/test for held-out issues).
// The held-out extensions are all optional so that the seeds' gold stays valid (tests/gold/README.md).

const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

export const ZGoldIndicatorSchema = z.object({
  text: z.string().min(1), // as written: 近300户, 超97.8万
  value: z.number(),
  valueMax: z.number().nullable(),
  unit: z.string(),
  approx: z.enum(["exact", "about", "over", "under", "range"]),
  context: z.string().min(1), // a verbatim stretch of the (page-break-joined) seed holding `text`
  metric: z.string().min(1).optional(), // the label a reader would want, word-aligned: 签约率, 粮食产量
  role: z.enum(["actual", "target", "baseline"]).optional(),
});

export const ZGoldGoalSchema = z.object({
  text: z.string().min(1),
  verb: z.string().min(1),
  deadline: z.string().nullable(),
  // issue #11 §1; optional so that older gold files stay valid
  kind: z.enum(["target", "task", "requirement"]).optional(),
  deadlineDate: ZIsoDate.nullable().optional(),
});

export const ZGoldCampaignSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).min(1),
});

// Places of the configured county have level township|village|community|area and their township; places elsewhere in
// China carry outside: true, their county when known, and may also be a county, city or province.
export const ZGoldPlaceSchema = z
  .object({
    name: z.string().min(1),
    level: z.enum(["township", "village", "community", "area", "county", "city", "province"]),
    township: z.string().nullable(),
    outside: z.boolean().optional(),
    county: z.string().nullable().optional(),
  })
  .superRefine((place, ctx) => {
    if (!place.outside && !["township", "village", "community", "area"].includes(place.level)) {
      ctx.addIssue({ code: "custom", path: ["level"], message: `a place of the configured county cannot be a ${place.level}; add outside: true` });
    }
  });

export const ZGoldArticleSchema = z.object({ title: z.string().min(1) });

export const ZGoldExcludedSchema = z.object({
  text: z.string().min(1),
  why: z.string().min(1),
});

export const ZGoldIssueSchema = z
  .object({
    file: z.string().regex(/\.txt$/),
    date: ZIsoDate,
    dateSource: z.enum(["masthead", "inferred"]),
    dateWindow: z.tuple([ZIsoDate, ZIsoDate]).optional(),
    dateUnknownOk: z.boolean().optional(), // the text supports no date: the extractor may answer unknown
    county: z.string().regex(/^\d{6}$/, "expected a 6-digit county code").optional(), // default 330802 柯城区
    articles: z.array(ZGoldArticleSchema).optional(), // every article's headline, in order
    number: z.number().int().nullable(),
    notes: z.array(z.string()).optional(),
    indicators: z.array(ZGoldIndicatorSchema),
    goals: z.array(ZGoldGoalSchema),
    campaigns: z.array(ZGoldCampaignSchema),
    townships: z.array(z.string().min(1)),
    places: z.array(ZGoldPlaceSchema),
    departments: z.array(z.string().min(1)),
    departmentsOutside: z.array(z.string().min(1)).optional(), // which departments belong to other places
    excluded: z.array(ZGoldExcludedSchema),
  })
  .superRefine((gold, ctx) => {
    if (gold.dateSource === "inferred" && !gold.dateWindow) {
      ctx.addIssue({ code: "custom", path: ["dateWindow"], message: "an inferred date needs a dateWindow" });
    }
    if (gold.dateWindow && !(gold.dateWindow[0] <= gold.date && gold.date <= gold.dateWindow[1])) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "date must lie inside dateWindow" });
    }
    (gold.departmentsOutside ?? []).forEach((name, i) => {
      if (!gold.departments.includes(name)) {
        ctx.addIssue({ code: "custom", path: ["departmentsOutside", i], message: `${name} is not listed in departments` });
      }
    });
    gold.indicators.forEach((indicator, i) => {
      if (!indicator.context.includes(indicator.text)) {
        ctx.addIssue({ code: "custom", path: ["indicators", i, "context"], message: "context must contain text" });
      }
      if ((indicator.approx === "range") !== (indicator.valueMax !== null)) {
        ctx.addIssue({ code: "custom", path: ["indicators", i, "valueMax"], message: "valueMax is set exactly for ranges" });
      }
    });
  });

export type TGoldIndicator = z.infer<typeof ZGoldIndicatorSchema>;
export type TGoldGoal = z.infer<typeof ZGoldGoalSchema>;
export type TGoldCampaign = z.infer<typeof ZGoldCampaignSchema>;
export type TGoldPlace = z.infer<typeof ZGoldPlaceSchema>;
export type TGoldIssue = z.infer<typeof ZGoldIssueSchema>;

export const DEFAULT_COUNTY = "330802";
