import { z } from "zod";
import type { PrismaClient } from "../generated/prisma/client";
import { ReviewError } from "../review/review-items";
import { parseIsoDate } from "../text/calendar-date";
import { reextractIssues } from "./reextract-issues";

export const ZSetIssueDateSchema = z.object({
  date: z.string().refine((value) => parseIsoDate(value) !== undefined, { message: "日期应为有效的 YYYY-MM-DD" }),
});
export type TSetIssueDate = z.infer<typeof ZSetIssueDateSchema>;

// An editor gives the date of an issue stored with its date unknown (or wrongly inferred). The issue is re-extracted
// with it, so deadlines (年内, 下月) and the issue's place on every chart follow; re-extraction keeps a user date.
export async function setIssueDate(db: PrismaClient, editor: string, issueId: number, input: TSetIssueDate) {
  const { date } = ZSetIssueDateSchema.parse(input);
  const issue = await db.issue.findUnique({ where: { id: issueId }, select: { id: true, date: true, dateSource: true } });
  if (!issue) throw new ReviewError(`期次 ${issueId} 不存在`, 404);
  await db.issue.update({ where: { id: issueId }, data: { date, dateSource: "user", dateEvidence: `编辑 ${editor} 设定`, dateConfidence: 1 } });
  const [outcome] = await reextractIssues(db, { issueIds: [issueId] });
  if (outcome.status === "failed") {
    // Put the old date back: a date without re-extracted items would leave deadlines resolved against another day.
    await db.issue.update({ where: { id: issueId }, data: { date: issue.date, dateSource: issue.dateSource } });
    throw new Error(`重新提取失败：${outcome.message}`);
  }
  await db.auditLog.create({
    data: { editor, action: "set-date", target: `issue:${issueId}`, detail: JSON.stringify({ from: issue.date, to: date }) },
  });
  return { issueId, date };
}
