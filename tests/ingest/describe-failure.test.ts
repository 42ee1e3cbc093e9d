import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { uploadFailureMessage } from "@/app/ingest/upload-failure-message";
import { collectIssueFiles } from "@/lib/ingest/collect-issue-files";
import { IngestError } from "@/lib/ingest/errors";
import { describeFailure } from "@/lib/ingest/prepare-issue";
import { readIssueFile } from "@/lib/ingest/read-issue-file";

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

describe("unreadable paths", () => {
  it("names a symbolic link loop instead of calling it missing", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "zhibiao-loop-"));
    try {
      const a = path.join(dir, "a.txt");
      const b = path.join(dir, "b.txt");
      symlinkSync(b, a);
      symlinkSync(a, b);
      expect(() => readIssueFile(a)).toThrow(/symbolic link that loops back on itself/);
      expect(collectIssueFiles([a, path.join(dir, "gone.txt")])).toEqual({ files: [a], missing: [path.join(dir, "gone.txt")] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
