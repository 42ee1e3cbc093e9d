import { describe, expect, it } from "vitest";
import { checkPassword, createSessionToken, editingEnabled, readSessionToken } from "@/lib/auth/session";

const config = { password: "柯城-editor-2022" };

describe("editor sessions", () => {
  it("accepts only the configured password", () => {
    expect(checkPassword(config, "柯城-editor-2022")).toBe(true);
    expect(checkPassword(config, "wrong")).toBe(false);
    expect(checkPassword({}, "")).toBe(false);
    expect(editingEnabled({})).toBe(false);
  });

  it("round-trips a signed token and rejects a tampered or expired one", () => {
    const now = Date.UTC(2026, 10, 29);
    const token = createSessionToken(config, "董玲", now);
    expect(readSessionToken(config, token, now + 1000)?.editor).toBe("董玲");

    const [payload, signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ editor: "attacker", expiresAt: 9e9 })).toString("base64url");
    expect(readSessionToken(config, `${forged}.${signature}`, now)).toBeNull();
    expect(readSessionToken(config, `${payload}.${signature}x`, now)).toBeNull();
    expect(readSessionToken(config, token, now + 13 * 3600 * 1000)).toBeNull();
  });

  it("signs everyone out when the password changes, and reads nothing in read-only mode", () => {
    const token = createSessionToken(config, "董玲");
    expect(readSessionToken({ password: "new-password" }, token)).toBeNull();
    expect(readSessionToken({}, token)).toBeNull();
  });
});
