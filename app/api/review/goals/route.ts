import { NextResponse } from "next/server";
import { requireEditor } from "@/lib/auth/current-editor";
import { checkWriteRequest } from "@/lib/auth/same-origin";
import { getDb } from "@/lib/db/client";
import { reviewGoal } from "@/lib/review/review-items";
import { ZReviewGoalSchema } from "@/lib/validations/review";
import { ZH_PARSE } from "@/lib/validations/zod-messages";
import { errorResponse } from "../../_lib/respond";

export const dynamic = "force-dynamic";

// POST JSON { action: "confirm" | "reject", id } or { action: "status", id, status, evidence? }.
export async function POST(request: Request) {
  try {
    checkWriteRequest(request, { contentType: "application/json" });
    const editor = await requireEditor();
    const updated = await reviewGoal(getDb(), editor, ZReviewGoalSchema.parse(await request.json().catch(() => null), ZH_PARSE));
    return NextResponse.json({ goal: updated });
  } catch (error) {
    return errorResponse(error);
  }
}
