import { describe, expect, it } from "vitest";
import { checkPassword, createSessionToken, editingEnabled, readSessionToken, type EditorSession } from "@/lib/auth/session";

const config = { password: "柯城-editor-2022", secret: "kept-secret-0123456789" };
const now = Date.UTC(2026, 10, 29);
const session: EditorSession = { sid: "s1", editor: "董玲", expiresAt: now / 1000 + 3600 };

describe("editor session tokens", () => {
  it("accepts only the configured password", () => {
    expect(checkPassword(config, "柯城-editor-2022")).toBe(true);
    expect(checkPassword(config, "wrong")).toBe(false);
    expect(checkPassword({}, "")).toBe(false);
    expect(editingEnabled({})).toBe(false);
  });

  it("round-trips a signed token and rejects a tampered or expired one", () => {
    const token = createSessionToken(config, session);
    expect(readSessionToken(config, token, now + 1000)).toEqual(session);

    const [payload, signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...session, editor: "attacker" })).toString("base64url");
    expect(readSessionToken(config, `${forged}.${signature}`, now)).toBeNull();
    expect(readSessionToken(config, `${payload}.${signature}x`, now)).toBeNull();
    expect(readSessionToken(config, token, now + 2 * 3600 * 1000)).toBeNull();
  });

  it("signs everyone out when the password or the secret changes, and reads nothing in read-only mode", () => {
    const token = createSessionToken(config, session);
    expect(readSessionToken({ ...config, password: "new-password" }, token, now)).toBeNull();
    expect(readSessionToken({ ...config, secret: "another-secret" }, token, now)).toBeNull();
    expect(readSessionToken({}, token, now)).toBeNull();
  });

  it("needs a secret: without one the key would be the password alone, and a cookie would let anyone test guesses offline", () => {
    expect(() => createSessionToken({ password: "pw" }, session)).toThrow(/secret/);
    expect(readSessionToken({ password: "pw" }, "a.b", now)).toBeNull();
  });
});
