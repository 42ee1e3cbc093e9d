import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { AuthRequiredError } from "@/lib/auth/current-editor";
import { ReviewError } from "@/lib/review/review-items";

// Maps what a write handler may throw to a clear 4xx answer; anything else is a 500 with a generic message.
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof AuthRequiredError) return NextResponse.json({ error: error.message }, { status: error.status });
  if (error instanceof ZodError) {
    const problems = error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message));
    return NextResponse.json({ error: problems.join("; ") }, { status: 400 });
  }
  if (error instanceof ReviewError) return NextResponse.json({ error: error.message }, { status: error.status });
  console.error(error);
  return NextResponse.json({ error: "internal error" }, { status: 500 });
}
