import type { PrismaClient } from "../generated/prisma/client";

// Sign-in throttling, per client address and per name, counted from the audit log (every failed attempt is written
// there anyway, so the log is the one record: it survives restarts and is shared by every server process). The first
// few failures in the window cost nothing; after that each further attempt must wait twice as long as the one before,
// up to a 15-minute lockout. Attempts refused while waiting are audited too but do not lengthen the wait.

export const FAILED = "sign-in-failed";
export const THROTTLED = "sign-in-throttled";
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const FREE_FAILURES = 3;
export const MAX_WAIT_SECONDS = 15 * 60;

export type SignInAttempt = { client: string; editor: string };

// Seconds to wait after the latest of `failures` recent failures: 0, 0, 0, 1, 2, 4, … 900.
export function waitAfterFailures(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_WAIT_SECONDS, 2 ** (failures - FREE_FAILURES));
}

const clientTarget = (client: string) => `client:${client.slice(0, 100)}`;

// How long this client, or anyone trying this name, must still wait (whole seconds, 0: may try now).
export async function signInWait(db: PrismaClient, attempt: SignInAttempt, now: number = Date.now()): Promise<number> {
  const since = new Date(now - THROTTLE_WINDOW_MS);
  const [byClient, byName] = await Promise.all([
    db.auditLog.findMany({ where: { action: FAILED, target: clientTarget(attempt.client), at: { gt: since } }, select: { at: true }, orderBy: { at: "desc" }, take: 64 }),
    db.auditLog.findMany({ where: { action: FAILED, editor: attempt.editor, at: { gt: since } }, select: { at: true }, orderBy: { at: "desc" }, take: 64 }),
  ]);
  let wait = 0;
  for (const failures of [byClient, byName]) {
    const seconds = waitAfterFailures(failures.length);
    if (seconds === 0) continue;
    const until = failures[0].at.getTime() + seconds * 1000;
    wait = Math.max(wait, Math.ceil((until - now) / 1000));
  }
  return wait;
}

export async function auditFailedSignIn(db: PrismaClient, attempt: SignInAttempt, detail: { reason: "password" } | { reason: "throttled"; waitSeconds: number }) {
  await db.auditLog.create({
    data: { editor: attempt.editor, action: detail.reason === "password" ? FAILED : THROTTLED, target: clientTarget(attempt.client), detail: JSON.stringify(detail) },
  });
}

// The client address a request came from: the last X-Forwarded-For entry, which is the one the nearest proxy (or
// Next.js itself) appended; the entries before it are whatever the client wrote and prove nothing.
export function clientAddress(forwardedFor: string | null | undefined, fallback = "unknown"): string {
  const last = forwardedFor?.split(",").at(-1)?.trim();
  return last ? last : fallback;
}
