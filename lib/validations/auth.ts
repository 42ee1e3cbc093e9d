import { z } from "zod";

export const ZSignInSchema = z.object({
  editor: z.string().trim().min(1, "请填写姓名").max(40, "姓名太长"),
  password: z.string().min(1, "请填写密码").max(200),
  next: z
    .string()
    .regex(/^\/(?!\/)/, "only local paths")
    .optional()
    .catch(undefined),
});
export type TSignIn = z.infer<typeof ZSignInSchema>;
