import { NextResponse } from "next/server";
import { requireEditor } from "@/lib/auth/current-editor";
import { checkWriteRequest } from "@/lib/auth/same-origin";
import { getDb } from "@/lib/db/client";
import { reextractIssues } from "@/lib/ingest/reextract-issues";
import { ReviewError } from "@/lib/review/review-items";
import { parseEntityId } from "@/lib/validations/entity";
import { errorResponse } from "../../../_lib/respond";

export const dynamic = "force-dynamic";

// POST: runs the current rules over one stored issue again (editors only). The issue keeps its id; its articles and
// items are rebuilt and every review decision is re-attached (lib/ingest/store-issue.ts). Audited.
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    checkWriteRequest(request);
    const editor = await requireEditor();
    const id = parseEntityId((await context.params).id);
    if (!id) throw new ReviewError("期次编号应为正整数", 404);
    const db = getDb();
    const issue = await db.issue.findUnique({ where: { id }, select: { id: true, contentHash: true } });
    if (!issue) throw new ReviewError(`期次 ${id} 不存在`, 404);
    const [outcome] = await reextractIssues(db, { issueIds: [id] });
    const [articles, indicators, decisions] = await Promise.all([
      db.article.count({ where: { issueId: id, kind: { not: "banner" } } }),
      db.indicator.count({ where: { article: { issueId: id } } }),
      db.reviewDecision.count({ where: { issueHash: issue.contentHash } }),
    ]);
    const result = { status: outcome.status, message: outcome.message, articles, items: indicators, decisions };
    await db.auditLog.create({ data: { editor, action: "reextract", target: `issue:${id}`, detail: JSON.stringify(result) } });
    if (outcome.status === "failed") return NextResponse.json({ error: `重新提取失败：${outcome.message}`, result }, { status: 500 });
    return NextResponse.json({ result });
  } catch (error) {
    return errorResponse(error);
  }
}
