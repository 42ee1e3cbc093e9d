"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { authConfigFromEnv, checkPassword, createSessionToken, SESSION_COOKIE, SESSION_TTL_SECONDS } from "@/lib/auth/session";
import { ZSignInSchema } from "@/lib/validations/auth";

export type SignInState = { error?: string };

export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const parsed = ZSignInSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "输入有误" };
  const config = authConfigFromEnv();
  if (!config.password) return { error: "本站处于只读模式：未设置编辑密码（ZHIBIAO_EDITOR_PASSWORD）。" };
  if (!checkPassword(config, parsed.data.password)) return { error: "密码不正确。" };
  const store = await cookies();
  store.set(SESSION_COOKIE, createSessionToken(config, parsed.data.editor), {
    httpOnly: true,
    sameSite: "strict",
    secure: process.env.ZHIBIAO_SECURE_COOKIES === "1",
    path: "/",
    maxAge: SESSION_TTL_SECONDS,
  });
  await getDb().auditLog.create({ data: { editor: parsed.data.editor, action: "sign-in", target: "session" } });
  redirect(parsed.data.next ?? "/ingest");
}

export async function signOut(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
  redirect("/");
}
