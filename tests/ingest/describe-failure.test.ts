import { describe, expect, it, vi } from "vitest";
import { uploadFailureMessage } from "@/app/ingest/upload-failure-message";
import { IngestError } from "@/lib/ingest/errors";
import { describeFailure } from "@/lib/ingest/prepare-issue";

describe("describeFailure", () => {
  it("keeps the pipeline's own refusals", () => {
    expect(describeFailure("a.txt", new IngestError("a.txt", "empty", "the file is empty"))).toEqual({ code: "empty", message: "a.txt: the file is empty" });
  });

  it("tells a busy database as 'busy' and database errors without Prisma's internals", () => {
    const busy = describeFailure("a.txt", Object.assign(new Error("SqliteError: database is locked"), { code: "SQLITE_BUSY" }));
    expect(busy.code).toBe("busy");
    expect(uploadFailureMessage({ file: "a.txt", ...busy }, { maxBytes: 1 })).toContain("请稍后重试");

    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const prisma = Object.assign(new Error("\nInvalid `tx.issue.create()` invocation in\n/work/lib/ingest/store-issue.ts:120:3\n→ 120 ..."), {
      name: "PrismaClientKnownRequestError",
      code: "P2002",
    });
    const refused = describeFailure("a.txt", prisma);
    expect(refused.code).toBe("internal");
    expect(refused.message).toBe("a.txt: the database refused the issue; nothing was stored (details in the server log)");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
