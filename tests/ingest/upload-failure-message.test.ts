import { describe, expect, it } from "vitest";
import { uploadFailureMessage } from "@/app/ingest/upload-failure-message";
import { IngestError } from "@/lib/ingest/errors";
import { processIssue } from "@/lib/ingest/process-issue";

const MB = 1024 * 1024;

// What the upload API returns for a refused file: the pipeline's code and English message, as processIssue throws them.
function refusal(fileName: string, bytes: Uint8Array) {
  try {
    processIssue(bytes, { fileName });
  } catch (error) {
    if (error instanceof IngestError) return { file: fileName, code: error.code, message: error.message };
    throw error;
  }
  throw new Error(`${fileName} was accepted`);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("uploadFailureMessage", () => {
  it("says in Chinese why the pipeline refused a file, keeping the file name", () => {
    const cases: [string, Uint8Array, string][] = [
      ["空白.txt", new Uint8Array(), "空白.txt：文件是空的，没有文字"],
      ["只有空格.txt", utf8("   \n\n  "), "只有空格.txt：文件是空的，没有文字"],
      ["photo.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), "photo.txt：不是文本文件"],
      ["list.txt", utf8("1. apples\n2. pears\n3. plums\n"), "list.txt：没有识别出任何文章，不像是报纸文本"],
      ["digits.txt", utf8(`柯城新闻\n${"1234567890".repeat(3000)}`.replace(/(.{80})/g, "$1\n")), "digits.txt：有大段内容没有汉字或没有句子"],
    ];
    for (const [name, bytes, expected] of cases) {
      const failure = refusal(name, bytes);
      expect(failure.message.startsWith(`${name}: `), failure.message).toBe(true);
      expect(failure.message, name).toMatch(/: [a-z]/); // the pipeline's own message stays English, for the terminal
      expect(uploadFailureMessage(failure, { maxBytes: 5 * MB }), name).toContain(expected);
    }
  });

  it("names the size limit the server applies, and covers every code the API returns", () => {
    expect(uploadFailureMessage({ file: "big.txt", code: "too-large", message: "big.txt: file is larger than the 5120 KB limit" }, { maxBytes: 5 * MB })).toBe(
      "big.txt：文件超过 5 MB 上限",
    );
    for (const code of ["missing", "not-a-file", "too-large", "empty", "binary", "undecodable", "no-articles", "not-prose", "internal"]) {
      const text = uploadFailureMessage({ file: "a.txt", code, message: `a.txt: something in English (${code})` }, { maxBytes: MB });
      expect(text, code).toMatch(/^a\.txt：[^A-Za-z]*[\u4e00-\u9fa5]/u);
      expect(text, code).not.toContain("English");
    }
  });

  it("keeps the API's message for a code it does not know", () => {
    expect(uploadFailureMessage({ file: "a.txt", code: "new-code", message: "a.txt: 新的问题" }, { maxBytes: MB })).toBe("a.txt: 新的问题");
    expect(uploadFailureMessage({ file: "a.txt" }, { maxBytes: MB })).toBe("a.txt：导入失败");
  });
});
