import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TextInputError } from "@/lib/text/errors";
import { MAX_CHARS_WITHOUT_CHINESE, MAX_CHARS_WITHOUT_SENTENCE, MAX_LINE_CHARS, MIN_CHARS_FOR_SHARE } from "@/lib/text/limits";
import { parseIssue } from "@/lib/text/parse-issue";
import { refuseNonProse } from "@/lib/text/refuse-non-prose";

const PROSE = "柯城区今年完成入户调查三百户，确保圆满完成全年目标任务，群众满意度达到百分之九十以上。";

// `chars` repeated to `length` visible characters, in lines of `width`.
function block(chars: string, length: number, width = 80): string {
  const body = chars.repeat(Math.ceil(length / chars.length)).slice(0, length);
  return body.replace(new RegExp(`(.{${width}})(?=.)`, "gu"), "$1\n");
}

function refusal(text: string): { code: string; message: string } | null {
  try {
    refuseNonProse(text, "upload.txt");
  } catch (error) {
    if (error instanceof TextInputError) return { code: error.code, message: error.message };
    throw error;
  }
  return null;
}

describe("refuseNonProse: a stretch without Chinese characters", () => {
  it("refuses digits, letters and numbers with separators in short lines, naming the lines", () => {
    for (const junk of ["1234567890", "abcdefghijklmnopqrstuvwxyzABCDEF", "12.5 34,6 7+8 9·0 "]) {
      const result = refusal(`柯城新闻\n${PROSE}\n${block(junk, 60_000)}\n`);
      expect(result?.code, junk).toBe("not-prose");
      expect(result?.message, junk).toMatch(/^upload\.txt: lines 3–\d+ hold 20000\+ characters without a Chinese character/);
    }
  });

  it("counts visible characters only, and accepts a stretch at the limit", () => {
    // Enough prose before that the share is fine; its closing 。 is not part of the stretch. The digits end in ，柯,
    // so that the stretch without a sentence mark is the digits too.
    const before = `${PROSE.repeat(300)}\n`;
    expect(refusal(`${before}${block("1", MAX_CHARS_WITHOUT_CHINESE)}，柯`)).toBeNull();
    expect(refusal(`${before}${block("1 ", 2 * MAX_CHARS_WITHOUT_CHINESE, 40)}，柯`)).toBeNull();
    expect(refusal(`${before}${block("1", MAX_CHARS_WITHOUT_CHINESE + 1)}，柯`)?.message).toMatch(/^upload\.txt: lines 2–252 hold 20000\+ characters without a Chinese character/);
  });
});

describe("refuseNonProse: a stretch without a sentence", () => {
  it("refuses Chinese characters mixed with digits and letters but never a sentence mark", () => {
    const result = refusal(`柯城新闻\n${PROSE}\n${block("户1户2ab柯3城4", 3 * MAX_CHARS_WITHOUT_SENTENCE)}\n`);
    expect(result?.code).toBe("not-prose");
    expect(result?.message).toMatch(/^upload\.txt: lines 3–\d+ hold 20000\+ characters without a sentence mark/);
  });

  it("keeps a long name list or table (thousands of characters between marks) and counts ASCII commas as marks", () => {
    const names = Array.from({ length: 600 }, (_, i) => `${"张王李赵"[i % 4]}${"明华建国"[i % 4]} 柯城街道${i}号`).join(" ");
    expect(names.length).toBeGreaterThan(7_000);
    expect(refusal(`获奖名单\n${names}\n${PROSE}`)).toBeNull();
    expect(refusal(block("柯城区完成入户调查三百户,确保完成全年目标任务", 3 * MAX_CHARS_WITHOUT_SENTENCE))).toBeNull();
  });
});

describe("refuseNonProse: the share of Chinese characters", () => {
  it("refuses a long text under a quarter Chinese even when no stretch is long", () => {
    const result = refusal(`柯城新闻\n${block(`户${"1234567890".repeat(10)}，`, 3 * MIN_CHARS_FOR_SHARE)}`);
    expect(result?.code).toBe("not-prose");
    expect(result?.message).toMatch(/^upload\.txt: only 1\.\d% of its \d+ visible characters are Chinese/);
  });

  it("leaves a short text to the article check, whatever its share", () => {
    expect(refusal(`柯城新闻\n${block("户1234567890，", MIN_CHARS_FOR_SHARE / 2)}`)).toBeNull();
  });
});

describe("refuseNonProse: a line too long", () => {
  it("names the line, and is the answer wherever the line stands, also after a stretch that is not prose", () => {
    const long = `${"户".repeat(MAX_LINE_CHARS)}，`;
    const message = (line: number) =>
      `upload.txt: line ${line} has ${MAX_LINE_CHARS + 1} characters (limit ${MAX_LINE_CHARS}): not a newspaper text, or its line breaks were lost`;
    expect(refusal(`柯城新闻\n${PROSE}\n${PROSE}\n${long}\n${PROSE}`)).toEqual({ code: "line-too-long", message: message(4) });
    // 60,000 digits in 750 lines of 80 (lines 3–752) are refused as not prose on their own, but the long line wins.
    const digits = block("1234567890", 3 * MAX_CHARS_WITHOUT_CHINESE);
    expect(refusal(`柯城新闻\n${PROSE}\n${digits}`)?.code).toBe("not-prose");
    expect(refusal(`柯城新闻\n${PROSE}\n${digits}\n${long}`)).toEqual({ code: "line-too-long", message: message(753) });
    expect(refusal(`柯城新闻\n${PROSE}\n${PROSE}\n${long.slice(1)}`)).toBeNull();
  });
});

describe("refuseNonProse on real issues", () => {
  const root = join(__dirname, "..", "..");
  const files = ["seeds", "tests/gold/dev", "tests/text/fixtures"].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith(".txt"))
      .map((f) => join(dir, f)),
  );

  it("accepts every seed, dev gold file and fixture page, and all of them joined into one text", () => {
    expect(files.length).toBeGreaterThan(40);
    const texts = files.map((f) => readFileSync(join(root, f), "utf8"));
    for (const [k, text] of texts.entries()) expect(refusal(text), files[k]).toBeNull();
    expect(refusal(texts.join("\n\n"))).toBeNull();
  });

  it("is what parseIssue answers for 4.9 MB of digits in lines of 80", () => {
    let error: unknown;
    try {
      parseIssue(`今日柯城\n\n柯城新闻\n${PROSE}\n${block("1234567890", 4.9 * 1024 * 1024)}`, { fileName: "digits.txt" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TextInputError);
    expect((error as TextInputError).code).toBe("not-prose");
  });
});
