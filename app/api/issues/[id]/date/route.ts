import { NextResponse } from "next/server";
import { requireEditor } from "@/lib/auth/current-editor";
import { getDb } from "@/lib/db/client";
import { setIssueDate, ZSetIssueDateSchema } from "@/lib/ingest/set-issue-date";
import { ReviewError } from "@/lib/review/review-items";
import { parseEntityId } from "@/lib/validations/entity";
import { errorResponse } from "../../../_lib/respond";

export const dynamic = "force-dynamic";

// POST { date: "YYYY-MM-DD" }: an editor sets the date of an issue stored with its date unknown; the issue is
// re-extracted with it (lib/ingest/set-issue-date.ts). Editors only, audited.
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const editor = await requireEditor();
    const id = parseEntityId((await context.params).id);
    if (!id) throw new ReviewError("期次编号应为正整数", 404);
    const body = ZSetIssueDateSchema.parse(await request.json().catch(() => ({})));
    return NextResponse.json({ result: await setIssueDate(getDb(), editor, id, body) });
  } catch (error) {
    return errorResponse(error);
  }
}
