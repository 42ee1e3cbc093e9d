import type { Metadata } from "next";
import Link from "next/link";
import { currentEditor } from "@/lib/auth/current-editor";
import { readEnv } from "@/lib/validations/env";
import { MAX_FILES_PER_UPLOAD } from "@/lib/validations/upload";
import { UploadPanel } from "./upload-panel";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "导入报纸" };

export default async function IngestPage() {
  const state = await currentEditor();
  const maxMb = readEnv().ZHIBIAO_MAX_FILE_MB;
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">导入报纸</h1>
      <p className="text-sm text-stone-600">
        上传一期或多期报纸的纯文本文件（.txt，UTF-8、UTF-16 或 GBK 编码均可）。每次最多 {MAX_FILES_PER_UPLOAD} 个文件，每个不超过 {maxMb} MB。
        同一文件重复上传不会产生重复数据。
      </p>
      {state.mode === "editor" ? (
        <UploadPanel maxFiles={MAX_FILES_PER_UPLOAD} maxBytes={maxMb * 1024 * 1024} />
      ) : state.mode === "read-only" ? (
        <p role="status" className="rounded bg-amber-50 p-3 text-amber-900">
          本站处于只读模式（未设置编辑密码），不能导入。
        </p>
      ) : (
        <p role="status" className="rounded bg-stone-100 p-3">
          只有编辑可以导入报纸。请先
          <Link href="/login?next=/ingest" className="mx-1 text-brand-700 underline">
            登录
          </Link>
          。
        </p>
      )}
    </section>
  );
}
