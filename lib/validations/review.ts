import { z } from "zod";

export const REVIEW_KINDS = ["indicator", "goal"] as const;
export const GOAL_STATUSES = ["未评估", "进行中", "已完成", "未完成", "无法判断"] as const;

const optionalText = z
  .string()
  .trim()
  .max(60)
  .transform((v) => (v === "" ? null : v))
  .nullable()
  .optional();

// Corrections an editor may make to an indicator; absent fields stay as extracted, "" clears a link.
export const ZIndicatorFieldsSchema = z.object({
  value: z.coerce.number().finite().optional(),
  valueMax: z.coerce.number().finite().nullable().optional(),
  unit: z.string().trim().min(1).max(12).optional(),
  approx: z.enum(["exact", "about", "over", "under", "range"]).optional(),
  metric: optionalText,
  township: optionalText,
  department: optionalText,
  campaign: optionalText,
});
export type TIndicatorFields = z.infer<typeof ZIndicatorFieldsSchema>;

export const ZReviewIndicatorSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("confirm"), id: z.coerce.number().int().positive() }),
  z.object({ action: z.literal("reject"), id: z.coerce.number().int().positive() }),
  z.object({ action: z.literal("correct"), id: z.coerce.number().int().positive(), fields: ZIndicatorFieldsSchema }),
]);
export type TReviewIndicator = z.infer<typeof ZReviewIndicatorSchema>;

// A number the rules missed, selected by the editor in the article text.
export const ZAddIndicatorSchema = z
  .object({
    articleId: z.coerce.number().int().positive(),
    start: z.coerce.number().int().min(0),
    end: z.coerce.number().int().positive(),
    fields: ZIndicatorFieldsSchema.extend({ value: z.coerce.number().finite(), unit: z.string().trim().min(1).max(12) }),
  })
  .refine((v) => v.end > v.start && v.end - v.start <= 40, "select between 1 and 40 characters");
export type TAddIndicator = z.infer<typeof ZAddIndicatorSchema>;

export const ZReviewGoalSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("confirm"), id: z.coerce.number().int().positive() }),
  z.object({ action: z.literal("reject"), id: z.coerce.number().int().positive() }),
  z.object({
    action: z.literal("status"),
    id: z.coerce.number().int().positive(),
    status: z.enum(GOAL_STATUSES),
    evidence: z.string().trim().max(500).optional(),
  }),
]);
export type TReviewGoal = z.infer<typeof ZReviewGoalSchema>;
