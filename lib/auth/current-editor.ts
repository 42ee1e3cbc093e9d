import "server-only";
import { cookies } from "next/headers";
import { getDb } from "@/lib/db/client";
import { authConfigFromEnv, editingEnabled, SESSION_COOKIE } from "./session";
import { findSession } from "./session-store";

export type EditorState = { mode: "read-only" } | { mode: "anonymous" } | { mode: "editor"; editor: string };

// Who is asking: read-only when no editor password is configured, else anonymous or a signed-in editor whose session
// row is still open (signing out closes it).
export async function currentEditor(): Promise<EditorState> {
  const config = authConfigFromEnv();
  if (!editingEnabled(config)) return { mode: "read-only" };
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const session = await findSession(getDb(), config, token);
  return session ? { mode: "editor", editor: session.editor } : { mode: "anonymous" };
}

export class AuthRequiredError extends Error {
  constructor(readonly status: 401 | 403) {
    super(status === 403 ? "本站处于只读模式（未设置编辑密码），不能修改" : "请先登录编辑账号（登录可能已过期）");
  }
}

// Every write calls this on the server before touching anything.
export async function requireEditor(): Promise<string> {
  const state = await currentEditor();
  if (state.mode === "editor") return state.editor;
  throw new AuthRequiredError(state.mode === "read-only" ? 403 : 401);
}
