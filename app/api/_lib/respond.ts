import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { AuthRequiredError } from "@/lib/auth/current-editor";
import { RequestRefusedError } from "@/lib/auth/same-origin";
import { ReviewError } from "@/lib/review/review-items";
import { describeZodError } from "@/lib/validations/zod-messages";

// Maps what a write handler may throw to a clear 4xx answer in Chinese (editors read it); anything else is a 500 with a generic message.
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof RequestRefusedError) return NextResponse.json({ error: error.message }, { status: error.status });
  if (error instanceof AuthRequiredError) return NextResponse.json({ error: error.message }, { status: error.status });
  if (error instanceof ZodError) return NextResponse.json({ error: describeZodError(error) }, { status: 400 });
  if (error instanceof ReviewError) return NextResponse.json({ error: error.message }, { status: error.status });
  console.error(error);
  return NextResponse.json({ error: "服务器内部错误" }, { status: 500 });
}
