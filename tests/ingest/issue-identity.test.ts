import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestFile } from "@/lib/ingest/ingest-file";
import { normaliseForIdentity, textIdentityHash } from "@/lib/text/text-identity";
import { countRows, SEED_FILES, useTempDatabase } from "./support";

// The same issue in four files (UTF-8, GBK, UTF-16 with BOM, CRLF line ends) is one issue.
describe("issue identity", () => {
  let ctx: ReturnType<typeof useTempDatabase>;
  beforeEach(() => {
    ctx = useTempDatabase();
  });
  afterEach(async () => {
    await ctx.cleanup();
  });

  const text = readFileSync(SEED_FILES[1], "utf8");
  const variants: [string, Uint8Array][] = [
    ["1937-utf8.txt", Buffer.from(text, "utf8")],
    ["1937-gbk.txt", iconv.encode(text, "gb18030")],
    ["1937-utf16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])],
    ["1937-crlf.txt", Buffer.from(text.replace(/\n/g, "\r\n"), "utf8")],
  ];

  it("stores the first file and answers 'already stored' for the other encodings and line ends", async () => {
    const results = [];
    for (const [fileName, bytes] of variants) results.push(await ingestFile(ctx.db, { fileName, bytes }, { source: "upload" }));
    expect(results.map((r) => r.status)).toEqual(["stored", "duplicate", "duplicate", "duplicate"]);
    expect((await countRows(ctx.db)).issues).toBe(1);
  });

  it("recognises a second file with the masthead (date and 第N期) of a stored issue, even with other text", async () => {
    await ingestFile(ctx.db, { fileName: "a.txt", bytes: Buffer.from(text) }, { source: "cli" });
    const edited = text.replace("石梁镇", "石梁镇（更正）");
    expect(edited).not.toBe(text);
    const second = await ingestFile(ctx.db, { fileName: "corrected.txt", bytes: Buffer.from(edited) }, { source: "cli" });
    expect(second.status).toBe("duplicate");
    // --force replaces it in place: still one issue, now holding the corrected text, under its first identity.
    const before = await ctx.db.issue.findFirstOrThrow();
    const forced = await ingestFile(ctx.db, { fileName: "corrected.txt", bytes: Buffer.from(edited) }, { source: "cli", force: true });
    expect(forced.status).toBe("replaced");
    const after = await ctx.db.issue.findFirstOrThrow();
    expect((await countRows(ctx.db)).issues).toBe(1);
    expect(after.id).toBe(before.id);
    expect(after.contentHash).toBe(before.contentHash);
    expect(after.rawText).toContain("石梁镇（更正）");
  });

  it("keeps the same date and 第N期 of two papers apart, and still matches a corrected file of the same paper", async () => {
    const ofPaper = (paper: string) => text.replace("第1937期", `${paper} 第1937期`);
    const kecheng = await ingestFile(ctx.db, { fileName: "kecheng.txt", bytes: Buffer.from(ofPaper("今日柯城")) }, { source: "cli" });
    const quzhou = await ingestFile(ctx.db, { fileName: "quzhou.txt", bytes: Buffer.from(ofPaper("衢州日报").replace("石梁镇", "石梁镇（衢州）")) }, { source: "cli" });
    expect([kecheng.status, quzhou.status]).toEqual(["stored", "stored"]);
    const papers = (await ctx.db.issue.findMany({ select: { paper: true, number: true }, orderBy: { id: "asc" } })).map((i) => `${i.paper} ${i.number}`);
    expect(papers).toEqual(["今日柯城 1937", "衢州日报 1937"]);
    const corrected = await ingestFile(ctx.db, { fileName: "kecheng-corrected.txt", bytes: Buffer.from(ofPaper("今日柯城").replace("石梁镇", "石梁镇（更正）")) }, { source: "cli" });
    expect(corrected).toMatchObject({ status: "duplicate", issueId: "issueId" in kecheng ? kecheng.issueId : -1 });
    expect((await countRows(ctx.db)).issues).toBe(2);
  });

  it("keeps different issues apart", async () => {
    for (const file of SEED_FILES) await ingestFile(ctx.db, { path: file }, { source: "cli" });
    expect((await countRows(ctx.db)).issues).toBe(5);
  });
});

describe("normaliseForIdentity", () => {
  it("removes only what a change of file format changes", () => {
    expect(normaliseForIdentity("\uFEFF第一行  \r\n第二行\r\n\r\n")).toBe("第一行\n第二行");
    expect(textIdentityHash("甲\n乙")).not.toBe(textIdentityHash("甲乙"));
  });
});
