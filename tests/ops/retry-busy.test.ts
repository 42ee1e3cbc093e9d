import { describe, expect, it } from "vitest";
import { isBusyError, retryWhenBusy } from "@/lib/db/retry-busy";

const noSleep = async () => {};

describe("retryWhenBusy", () => {
  it("runs the write again after a busy error and returns its result", async () => {
    let calls = 0;
    const result = await retryWhenBusy(
      async () => {
        calls++;
        if (calls < 3) throw Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
        return "stored";
      },
      { sleep: noSleep },
    );
    expect(result).toBe("stored");
    expect(calls).toBe(3);
  });

  it("does not retry other errors, and gives up after the last attempt", async () => {
    let calls = 0;
    await expect(retryWhenBusy(async () => (calls++, Promise.reject(new Error("UNIQUE constraint failed"))), { sleep: noSleep })).rejects.toThrow(
      "UNIQUE",
    );
    expect(calls).toBe(1);
    calls = 0;
    await expect(
      retryWhenBusy(async () => (calls++, Promise.reject(new Error("SQLITE_BUSY: database is locked"))), { attempts: 4, sleep: noSleep }),
    ).rejects.toThrow("locked");
    expect(calls).toBe(4);
  });

  it("recognises busy errors wrapped as causes and PostgreSQL's serialization failures", () => {
    expect(isBusyError(new Error("query failed", { cause: { code: "SQLITE_BUSY_SNAPSHOT" } }))).toBe(true);
    expect(isBusyError({ meta: { code: "40001" } })).toBe(true);
    expect(isBusyError(new Error("no such table: Issue"))).toBe(false);
  });
});
