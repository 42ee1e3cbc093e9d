import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import { createSessionToken, readSessionToken, SESSION_TTL_SECONDS, type AuthConfig, type EditorSession } from "./session";

// Server-side half of editor sessions: the kept secret and the session rows (see lib/auth/session.ts).

const SECRET_KEY = "session-secret";

// ZHIBIAO_SESSION_SECRET when set; otherwise a random secret generated on first use and kept in the AppSetting table
// (in the database, so it follows the data through backups and is shared by every server process). Concurrent first
// uses may both generate one: the insert that loses is ignored and both read the winner.
export async function sessionSecret(db: PrismaClient, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.ZHIBIAO_SESSION_SECRET) return env.ZHIBIAO_SESSION_SECRET;
  const kept = await db.appSetting.findUnique({ where: { key: SECRET_KEY } });
  if (kept) return kept.value;
  try {
    await db.appSetting.create({ data: { key: SECRET_KEY, value: randomBytes(32).toString("base64url") } });
  } catch {
    // another process stored one first
  }
  return (await db.appSetting.findUniqueOrThrow({ where: { key: SECRET_KEY } })).value;
}

export async function resolvedConfig(db: PrismaClient, config: AuthConfig): Promise<AuthConfig> {
  return config.password ? { ...config, secret: await sessionSecret(db) } : config;
}

// Opens a session row and returns the cookie value for it. Expired rows are swept here (sign-ins are rare).
export async function openSession(db: PrismaClient, config: AuthConfig, editor: string, now: number = Date.now()): Promise<string> {
  const session: EditorSession = { sid: randomBytes(18).toString("base64url"), editor, expiresAt: Math.floor(now / 1000) + SESSION_TTL_SECONDS };
  await db.editorSession.deleteMany({ where: { expiresAt: { lte: new Date(now) } } });
  await db.editorSession.create({ data: { id: session.sid, editor, expiresAt: new Date(session.expiresAt * 1000) } });
  return createSessionToken(await resolvedConfig(db, config), session);
}

// The signed-in editor a cookie names, if its signature holds and its row is still open.
export async function findSession(db: PrismaClient, config: AuthConfig, token: string | undefined, now: number = Date.now()): Promise<EditorSession | null> {
  if (!config.password || !token) return null;
  const session = readSessionToken(await resolvedConfig(db, config), token, now);
  if (!session) return null;
  const row = await db.editorSession.findUnique({ where: { id: session.sid } });
  if (!row || row.expiresAt.getTime() <= now || row.editor !== session.editor) return null;
  return session;
}

// Signing out deletes the row: the cookie, wherever a copy of it is, names no session any more.
export async function closeSession(db: PrismaClient, config: AuthConfig, token: string | undefined): Promise<EditorSession | null> {
  const session = await findSession(db, config, token);
  if (session) await db.editorSession.deleteMany({ where: { id: session.sid } });
  return session;
}
