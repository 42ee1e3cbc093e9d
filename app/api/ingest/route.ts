import { NextResponse } from "next/server";
import { requireEditor } from "@/lib/auth/current-editor";
import { checkWriteRequest } from "@/lib/auth/same-origin";
import { getDb } from "@/lib/db/client";
import { storePrepared, type IngestFileResult } from "@/lib/ingest/ingest-file";
import { uploadPreparer } from "@/lib/ingest/prepare-with-budget";
import { readEnv } from "@/lib/validations/env";
import { MAX_FILES_PER_UPLOAD, sanitiseUploadName, ZUploadSchema } from "@/lib/validations/upload";
import { ZH_PARSE } from "@/lib/validations/zod-messages";
import { errorResponse } from "../_lib/respond";

export const dynamic = "force-dynamic";

// POST multipart/form-data with one or more "files" (.txt issue files). Editors only.
export async function POST(request: Request) {
  try {
    checkWriteRequest(request, { contentType: "multipart/form-data" });
    const editor = await requireEditor();
    const maxBytes = readEnv().ZHIBIAO_MAX_FILE_MB * 1024 * 1024;
    const declared = Number(request.headers.get("content-length") ?? 0);
    if (declared > maxBytes * MAX_FILES_PER_UPLOAD + 64 * 1024) {
      return NextResponse.json({ error: `上传内容过大：一次最多 ${MAX_FILES_PER_UPLOAD} 个文件，每个不超过 ${readEnv().ZHIBIAO_MAX_FILE_MB} MB` }, { status: 413 });
    }
    const form = await request.formData();
    const { files } = ZUploadSchema.parse({ files: form.getAll("files") }, ZH_PARSE);
    const db = getDb();
    const budgetMs = readEnv().ZHIBIAO_EXTRACT_TIMEOUT_S * 1000;
    const results: IngestFileResult[] = [];
    for (const file of files) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const started = performance.now();
      // Decode, parse and extract in the upload worker (time-boxed); only storing runs on this thread.
      const prepared = await uploadPreparer().prepare({ fileName: sanitiseUploadName(file.name), bytes }, { maxBytes, budgetMs });
      results.push(...(await storePrepared(db, [{ prepared, started }], { source: "upload", maxBytes })));
    }
    await db.auditLog.create({
      data: {
        editor,
        action: "upload",
        target: results.map((r) => r.file).join(", ").slice(0, 500),
        detail: JSON.stringify(results.map((r) => ({ file: r.file, status: r.status, ...("message" in r ? { message: r.message } : { issueId: r.issueId }) }))),
      },
    });
    return NextResponse.json({ results });
  } catch (error) {
    return errorResponse(error);
  }
}
