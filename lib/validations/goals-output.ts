import { z } from "zod";
import { ZIsoDateSchema } from "./cli";

// The JSON contract of `npm run --silent goals -- --json [--as-of YYYY-MM-DD]` (scripts/goals.ts): every goal in the
// database with its evidence and its status as of a date (issue #11 §3).

export const ZGoalsArgsSchema = z.object({
  json: z.boolean().default(false),
  asOf: ZIsoDateSchema.optional(),
});
export type TGoalsArgs = z.infer<typeof ZGoalsArgsSchema>;

export const EVIDENCE_RELATIONS = ["met", "partial", "progress", "missed", "mention"] as const;
export const GOAL_LEDGER_STATUSES = ["已完成", "进行中", "未完成", "逾期", "无法判断"] as const;

export const ZGoalEvidenceOutputSchema = z.object({
  issueDate: z.string(),
  articleTitle: z.string(),
  text: z.string(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  relation: z.enum(EVIDENCE_RELATIONS),
  score: z.number().min(0).max(1),
});

export const ZGoalOutputSchema = z.object({
  id: z.number().int().positive(),
  issueDate: z.string().nullable(),
  articleTitle: z.string(),
  text: z.string(),
  kind: z.enum(["target", "task", "requirement"]),
  targetValue: z.number().nullable(),
  targetUnit: z.string().nullable(),
  deadline: z.string().nullable(), // ISO date
  deadlineText: z.string().nullable(), // the phrase as written
  campaign: z.string().nullable(),
  township: z.string().nullable(),
  department: z.string().nullable(),
  status: z.string(), // the proposed status (GOAL_LEDGER_STATUSES), or the editor's
  statusSource: z.enum(["machine", "editor"]),
  evidence: z.array(ZGoalEvidenceOutputSchema),
});

export const ZGoalsOutputSchema = z.object({ asOf: ZIsoDateSchema, goals: z.array(ZGoalOutputSchema) });
export type TGoalsOutput = z.infer<typeof ZGoalsOutputSchema>;
