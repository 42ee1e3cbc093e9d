import { z } from "zod";
import { classifyEvidence } from "@/lib/review/evidence-link";

export const REVIEW_KINDS = ["indicator", "goal"] as const;
export const GOAL_STATUSES = ["未评估", "进行中", "已完成", "未完成", "逾期", "无法判断"] as const;
const APPROX_KINDS = ["exact", "about", "over", "under", "range"] as const;

// Messages leave out the field name: describeZodError (./zod-messages.ts) puts it in front, as 数值：应为数字.
const itemId = z.coerce.number({ error: "应为正整数" }).int("应为正整数").positive("应为正整数");
const number = z.coerce.number({ error: "应为数字" }).finite("应为有限的数字");
const unit = z.string({ error: "不能为空" }).trim().min(1, "不能为空").max(12, "最多 12 个字");

const optionalText = z
  .string({ error: "应为文字" })
  .trim()
  .max(60, "最多 60 个字")
  .transform((v) => (v === "" ? null : v))
  .nullable()
  .optional();

// Corrections an editor may make to an indicator; absent fields stay as extracted, "" clears a link.
export const ZIndicatorFieldsSchema = z.object(
  {
    value: number.optional(),
    valueMax: number.nullable().optional(),
    unit: unit.optional(),
    approx: z.enum(APPROX_KINDS, { error: `只能是 ${APPROX_KINDS.join("、")}` }).optional(),
    metric: optionalText,
    township: optionalText,
    department: optionalText,
    campaign: optionalText,
  },
  { error: "应为包含更正内容的对象" },
);
export type TIndicatorFields = z.infer<typeof ZIndicatorFieldsSchema>;

// The request as a whole: no JSON object at all, or an action this endpoint does not know.
const unknownAction = (allowed: string) => (issue: { code: string }) =>
  issue.code === "invalid_union" ? `只能是 ${allowed}` : issue.code === "invalid_type" ? "请求内容应为 JSON 对象" : undefined;

export const ZReviewIndicatorSchema = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("confirm"), id: itemId }),
    z.object({ action: z.literal("reject"), id: itemId }),
    z.object({ action: z.literal("correct"), id: itemId, fields: ZIndicatorFieldsSchema }),
  ],
  { error: unknownAction("confirm、reject、correct 或 add") },
);
export type TReviewIndicator = z.infer<typeof ZReviewIndicatorSchema>;

// A number the rules missed, selected by the editor in the article text.
export const ZAddIndicatorSchema = z
  .object({
    articleId: itemId,
    start: z.coerce.number({ error: "应为整数" }).int("应为整数").min(0, "不能小于 0"),
    end: z.coerce.number({ error: "应为整数" }).int("应为整数").positive("应大于 0"),
    fields: ZIndicatorFieldsSchema.extend({ value: number, unit }),
  })
  .refine((v) => v.end > v.start && v.end - v.start <= 40, "请选择 1 到 40 个字");
export type TAddIndicator = z.infer<typeof ZAddIndicatorSchema>;

export const ZReviewGoalSchema = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("confirm"), id: itemId }),
    z.object({ action: z.literal("reject"), id: itemId }),
    z.object({
      action: z.literal("status"),
      id: itemId,
      status: z.enum(GOAL_STATUSES, { error: `只能是 ${GOAL_STATUSES.join("、")}` }),
      evidence: z
        .string({ error: "应为文字" })
        .trim()
        .max(500, "最多 500 个字")
        .superRefine((value, ctx) => {
          const evidence = classifyEvidence(value);
          if (evidence.kind === "refused") ctx.addIssue({ code: "custom", message: evidence.problem });
        })
        .optional(),
    }),
  ],
  { error: unknownAction("confirm、reject 或 status") },
);
export type TReviewGoal = z.infer<typeof ZReviewGoalSchema>;

// An editor's word on a link from a goal to a later sentence (issue #11 §3).
export const ZReviewEvidenceSchema = z.discriminatedUnion(
  "action",
  [z.object({ action: z.literal("confirm"), id: itemId }), z.object({ action: z.literal("reject"), id: itemId })],
  { error: unknownAction("confirm 或 reject") },
);
export type TReviewEvidence = z.infer<typeof ZReviewEvidenceSchema>;
