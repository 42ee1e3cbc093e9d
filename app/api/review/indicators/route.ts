import { NextResponse } from "next/server";
import { requireEditor } from "@/lib/auth/current-editor";
import { checkWriteRequest } from "@/lib/auth/same-origin";
import { getDb } from "@/lib/db/client";
import { addIndicator, reviewIndicator } from "@/lib/review/review-items";
import { ZAddIndicatorSchema, ZReviewIndicatorSchema } from "@/lib/validations/review";
import { ZH_PARSE } from "@/lib/validations/zod-messages";
import { errorResponse } from "../../_lib/respond";

export const dynamic = "force-dynamic";

// POST JSON { action: "confirm" | "reject" | "correct", id, fields? } or { action: "add", articleId, start, end, fields }.
export async function POST(request: Request) {
  try {
    checkWriteRequest(request, { contentType: "application/json" });
    const editor = await requireEditor();
    const body = (await request.json().catch(() => null)) as { action?: string } | null;
    if (body?.action === "add") {
      const created = await addIndicator(getDb(), editor, ZAddIndicatorSchema.parse(body, ZH_PARSE));
      return NextResponse.json({ indicator: created }, { status: 201 });
    }
    const updated = await reviewIndicator(getDb(), editor, ZReviewIndicatorSchema.parse(body, ZH_PARSE));
    return NextResponse.json({ indicator: updated });
  } catch (error) {
    return errorResponse(error);
  }
}
