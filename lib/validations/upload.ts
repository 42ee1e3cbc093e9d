import { z } from "zod";

// At most this many files in one upload; each is also held to ZHIBIAO_MAX_FILE_MB (default 5 MB).
export const MAX_FILES_PER_UPLOAD = 20;

// Messages leave out the field name: describeZodError (./zod-messages.ts) puts 文件： in front.
export const ZUploadSchema = z.object({
  files: z
    .array(z.instanceof(File, { error: "应为上传的文件（表单字段 files）" }), { error: "应为上传的文件（表单字段 files）" })
    .min(1, "上传里没有文件（表单字段 files）")
    .max(MAX_FILES_PER_UPLOAD, `一次最多上传 ${MAX_FILES_PER_UPLOAD} 个文件`)
    .refine((files) => files.every((f) => /\.txt$/i.test(f.name)), "只接受 .txt 报纸文本文件"),
});

// What an uploaded file is called in the database, the run log and on pages: the browser sends any string as its
// name (../../etc/passwd.txt, names with control or bidi characters). Keep the last path segment, drop invisible and
// control characters, cap the length.
export function sanitiseUploadName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? "";
  const clean = base
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
    .trim()
    .slice(-200);
  return clean === "" || clean === "." || clean === ".." ? "未命名.txt" : clean;
}
