import { z } from "zod";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";

export const ZSignInSchema = z.object({
  editor: z.string().trim().min(1, "请填写姓名").max(40, "姓名太长"),
  password: z.string().min(1, "请填写密码").max(200),
  // Only a path on this site survives (lib/auth/safe-redirect.ts); anything else becomes the default page.
  next: z.unknown().transform((v) => safeRedirectPath(v)),
});
export type TSignIn = z.infer<typeof ZSignInSchema>;
