import { z } from "zod";

// At most this many files in one upload; each is also held to ZHIBIAO_MAX_FILE_MB (default 5 MB).
export const MAX_FILES_PER_UPLOAD = 20;

export const ZUploadSchema = z.object({
  files: z
    .array(z.instanceof(File, { message: "expected files in the field \"files\"" }))
    .min(1, "no file in the upload (field \"files\")")
    .max(MAX_FILES_PER_UPLOAD, `at most ${MAX_FILES_PER_UPLOAD} files per upload`)
    .refine((files) => files.every((f) => /\.txt$/i.test(f.name)), "only .txt issue files are accepted"),
});
