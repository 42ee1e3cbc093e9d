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
