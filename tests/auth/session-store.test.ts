import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readSessionToken } from "@/lib/auth/session";
import { closeSession, findSession, openSession, sessionSecret } from "@/lib/auth/session-store";
import { auditFailedSignIn, clientAddress, FREE_FAILURES, MAX_WAIT_SECONDS, signInWait, waitAfterFailures } from "@/lib/auth/sign-in-throttle";
import { useTempDatabase } from "../ingest/support";

let database: ReturnType<typeof useTempDatabase>;
let db: ReturnType<typeof useTempDatabase>["db"];
const config = { password: "柯城-editor-2022" };
const noEnv = {} as unknown as NodeJS.ProcessEnv;

beforeEach(() => {
  database = useTempDatabase();
  db = database.db;
});
afterEach(async () => {
  await database.cleanup();
});

describe("session secret", () => {
  it("is generated once, kept in the database and reused; ZHIBIAO_SESSION_SECRET wins when set", async () => {
    const first = await sessionSecret(db, noEnv);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    expect(await sessionSecret(db, noEnv)).toBe(first);
    expect(await db.appSetting.count()).toBe(1);
    expect(await sessionSecret(db, { ZHIBIAO_SESSION_SECRET: "from-env" } as unknown as NodeJS.ProcessEnv)).toBe("from-env");
  });

  it("concurrent first uses agree on one secret", async () => {
    const secrets = await Promise.all([sessionSecret(db, noEnv), sessionSecret(db, noEnv), sessionSecret(db, noEnv)]);
    expect(new Set(secrets).size).toBe(1);
  });
});

describe("revocable sessions", () => {
  it("a signed-in cookie names an open session; signing out closes it, even for a copy of the cookie", async () => {
    const token = await openSession(db, config, "董玲");
    const copy = token;
    expect((await findSession(db, config, token))?.editor).toBe("董玲");
    expect((await closeSession(db, config, token))?.editor).toBe("董玲");
    expect(await findSession(db, config, copy)).toBeNull();
    expect(await db.editorSession.count()).toBe(0);
  });

  it("a password change ends every session; a cookie signed without the kept secret is refused", async () => {
    const token = await openSession(db, config, "董玲");
    expect(await findSession(db, { password: "changed" }, token)).toBeNull();
    // The key is not derivable from the password alone: verifying with an empty secret fails.
    expect(readSessionToken({ ...config, secret: "" }, token)).toBeNull();
  });

  it("an expired session is refused and swept at the next sign-in", async () => {
    const start = Date.now() - 13 * 3600 * 1000;
    const old = await openSession(db, config, "老编辑", start);
    expect(await findSession(db, config, old)).toBeNull();
    await openSession(db, config, "董玲");
    expect(await db.editorSession.findMany({ select: { editor: true } })).toEqual([{ editor: "董玲" }]);
  });
});

describe("sign-in throttling", () => {
  it("grows the wait after a few failures, up to a lockout", () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(waitAfterFailures)).toEqual([0, 0, 0, 1, 2, 4, 8]);
    expect(waitAfterFailures(40)).toBe(MAX_WAIT_SECONDS);
  });

  it("throttles a client after a few failures, whatever name it tries, and audits every attempt", async () => {
    const now = Date.now();
    for (let i = 0; i < FREE_FAILURES; i++) {
      expect(await signInWait(db, { client: "10.0.0.9", editor: `name${i}` }, now)).toBe(0);
      await auditFailedSignIn(db, { client: "10.0.0.9", editor: `name${i}` }, { reason: "password" });
    }
    const wait = await signInWait(db, { client: "10.0.0.9", editor: "another-name" }, Date.now());
    expect(wait).toBeGreaterThanOrEqual(1);
    // Another client with another name is not held up by it.
    expect(await signInWait(db, { client: "10.0.0.10", editor: "董玲" }, Date.now())).toBe(0);
    await auditFailedSignIn(db, { client: "10.0.0.9", editor: "another-name" }, { reason: "throttled", waitSeconds: wait });
    const log = await db.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(log.map((e) => [e.action, e.target])).toEqual([
      ...Array.from({ length: FREE_FAILURES }, () => ["sign-in-failed", "client:10.0.0.9"]),
      ["sign-in-throttled", "client:10.0.0.9"],
    ]);
  });

  it("throttles a name tried from many clients", async () => {
    for (let i = 0; i < FREE_FAILURES + 2; i++) await auditFailedSignIn(db, { client: `10.1.0.${i}`, editor: "董玲" }, { reason: "password" });
    expect(await signInWait(db, { client: "10.2.0.1", editor: "董玲" }, Date.now())).toBeGreaterThanOrEqual(3);
  });

  it("forgets failures older than the window", async () => {
    for (let i = 0; i < 8; i++) await auditFailedSignIn(db, { client: "10.0.0.9", editor: "x" }, { reason: "password" });
    expect(await signInWait(db, { client: "10.0.0.9", editor: "x" }, Date.now() + 16 * 60 * 1000)).toBe(0);
  });

  it("takes the client address from the last X-Forwarded-For entry (the one the client did not write)", () => {
    expect(clientAddress("1.2.3.4, 127.0.0.1")).toBe("127.0.0.1");
    expect(clientAddress("::1")).toBe("::1");
    expect(clientAddress(null)).toBe("unknown");
  });
});
