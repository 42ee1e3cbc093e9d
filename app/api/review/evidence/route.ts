import { NextResponse } from "next/server";
import { requireEditor } from "@/lib/auth/current-editor";
import { getDb } from "@/lib/db/client";
import { reviewEvidence } from "@/lib/review/review-evidence";
import { ZReviewEvidenceSchema } from "@/lib/validations/review";
import { ZH_PARSE } from "@/lib/validations/zod-messages";
import { errorResponse } from "../../_lib/respond";

export const dynamic = "force-dynamic";

// POST JSON { action: "confirm" | "reject", id } for a goal's evidence link (GoalEvidence.id).
export async function POST(request: Request) {
  try {
    const editor = await requireEditor();
    const updated = await reviewEvidence(getDb(), editor, ZReviewEvidenceSchema.parse(await request.json().catch(() => null), ZH_PARSE));
    return NextResponse.json({ evidence: updated });
  } catch (error) {
    return errorResponse(error);
  }
}
