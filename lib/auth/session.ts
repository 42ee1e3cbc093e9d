import { createHash, createHmac, timingSafeEqual } from "node:crypto";

// Editor sessions: a signed, expiring token in an httpOnly cookie naming a session row (lib/auth/session-store.ts),
// which every request checks, so that signing out ends the session. The signing key derives from the editor password
// and a secret: ZHIBIAO_SESSION_SECRET, or one generated on first start and kept in the database. So changing the
// password signs every editor out, and a leaked cookie does not allow guessing the password offline (the key has a
// 256-bit random part the cookie does not reveal).

export const SESSION_COOKIE = "zhibiao_session";
export const SESSION_TTL_SECONDS = 12 * 60 * 60;

export type EditorSession = { sid: string; editor: string; expiresAt: number }; // expiresAt: unix seconds

export type AuthConfig = { password?: string; secret?: string };

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const password = env.ZHIBIAO_EDITOR_PASSWORD?.length ? env.ZHIBIAO_EDITOR_PASSWORD : undefined;
  return { password, secret: env.ZHIBIAO_SESSION_SECRET || undefined };
}

export function editingEnabled(config: AuthConfig): boolean {
  return config.password !== undefined;
}

export function checkPassword(config: AuthConfig, candidate: string): boolean {
  if (!config.password) return false;
  // Compare digests so the comparison takes the same time whatever the lengths.
  const a = createHash("sha256").update(config.password).digest();
  const b = createHash("sha256").update(candidate).digest();
  return timingSafeEqual(a, b);
}

function signingKey(config: AuthConfig): Buffer {
  return createHash("sha256")
    .update(`zhibiao-session:${config.secret ?? ""}:${config.password ?? ""}`)
    .digest();
}

function sign(config: AuthConfig, payload: string): string {
  return createHmac("sha256", signingKey(config)).update(payload).digest("base64url");
}

export function createSessionToken(config: AuthConfig, session: EditorSession): string {
  if (!config.password) throw new Error("editing is disabled: ZHIBIAO_EDITOR_PASSWORD is not set");
  if (!config.secret) throw new Error("no session secret: resolve it with sessionSecret() first");
  const payload = Buffer.from(JSON.stringify(session), "utf8").toString("base64url");
  return `${payload}.${sign(config, payload)}`;
}

// The session a token names, when its signature and expiry hold; whether it is still open is the store's question.
export function readSessionToken(config: AuthConfig, token: string | undefined, now: number = Date.now()): EditorSession | null {
  if (!config.password || !config.secret || !token) return null;
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(config, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const session = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as EditorSession;
    if (typeof session.editor !== "string" || typeof session.expiresAt !== "number" || typeof session.sid !== "string") return null;
    if (session.expiresAt * 1000 <= now) return null;
    return session;
  } catch {
    return null;
  }
}
