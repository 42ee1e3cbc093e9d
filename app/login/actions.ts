"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { authConfigFromEnv, checkPassword, SESSION_COOKIE, SESSION_TTL_SECONDS } from "@/lib/auth/session";
import { closeSession, openSession } from "@/lib/auth/session-store";
import { auditFailedSignIn, clientAddress, signInWait } from "@/lib/auth/sign-in-throttle";
import { ZSignInSchema } from "@/lib/validations/auth";

export type SignInState = { error?: string };

export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const parsed = ZSignInSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "输入有误" };
  const config = authConfigFromEnv();
  if (!config.password) return { error: "本站处于只读模式：未设置编辑密码（ZHIBIAO_EDITOR_PASSWORD）。" };
  const db = getDb();
  const attempt = { client: clientAddress((await headers()).get("x-forwarded-for")), editor: parsed.data.editor };
  const wait = await signInWait(db, attempt);
  if (wait > 0) {
    await auditFailedSignIn(db, attempt, { reason: "throttled", waitSeconds: wait });
    return { error: `登录失败次数过多，请 ${formatWait(wait)}后再试。` };
  }
  if (!checkPassword(config, parsed.data.password)) {
    await auditFailedSignIn(db, attempt, { reason: "password" });
    return { error: "密码不正确。" };
  }
  const store = await cookies();
  store.set(SESSION_COOKIE, await openSession(db, config, parsed.data.editor), {
    httpOnly: true,
    sameSite: "strict",
    secure: process.env.ZHIBIAO_SECURE_COOKIES === "1",
    path: "/",
    maxAge: SESSION_TTL_SECONDS,
  });
  await db.auditLog.create({ data: { editor: parsed.data.editor, action: "sign-in", target: `client:${attempt.client}` } });
  redirect(parsed.data.next);
}

export async function signOut(): Promise<void> {
  const store = await cookies();
  const db = getDb();
  const closed = await closeSession(db, authConfigFromEnv(), store.get(SESSION_COOKIE)?.value);
  if (closed) await db.auditLog.create({ data: { editor: closed.editor, action: "sign-out", target: "session" } });
  store.delete(SESSION_COOKIE);
  redirect("/");
}

function formatWait(seconds: number): string {
  return seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`;
}
