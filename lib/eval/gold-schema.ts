import { z } from "zod";

// Hand-made annotations of the seed issues (tests/gold/*.json): the regression suite of the extractor.

const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

export const ZGoldIndicatorSchema = z.object({
  text: z.string().min(1), // as written: 近300户, 超97.8万
  value: z.number(),
  valueMax: z.number().nullable(),
  unit: z.string(),
  approx: z.enum(["exact", "about", "over", "under", "range"]),
  context: z.string().min(1), // a verbatim stretch of the (page-break-joined) seed holding `text`
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

export const ZGoldPlaceSchema = z.object({
  name: z.string().min(1),
  level: z.enum(["township", "village", "community", "area"]),
  township: z.string().nullable(),
});

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
    number: z.number().int().nullable(),
    notes: z.array(z.string()).optional(),
    indicators: z.array(ZGoldIndicatorSchema),
    goals: z.array(ZGoldGoalSchema),
    campaigns: z.array(ZGoldCampaignSchema),
    townships: z.array(z.string().min(1)),
    places: z.array(ZGoldPlaceSchema),
    departments: z.array(z.string().min(1)),
    excluded: z.array(ZGoldExcludedSchema),
  })
  .superRefine((gold, ctx) => {
    if (gold.dateSource === "inferred" && !gold.dateWindow) {
      ctx.addIssue({ code: "custom", path: ["dateWindow"], message: "an inferred date needs a dateWindow" });
    }
    if (gold.dateWindow && !(gold.dateWindow[0] <= gold.date && gold.date <= gold.dateWindow[1])) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "date must lie inside dateWindow" });
    }
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
export type TGoldIssue = z.infer<typeof ZGoldIssueSchema>;
