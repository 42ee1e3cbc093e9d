import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TextInputError } from "@/lib/text/errors";
import { MAX_ARTICLE_CHARS, MAX_LINE_CHARS } from "@/lib/text/limits";
import { parseIssue } from "@/lib/text/parse-issue";
import { seedFileName, seedText } from "./load-seed";

function refusal(text: string): TextInputError {
  try {
    parseIssue(text, { fileName: "upload.txt" });
  } catch (error) {
    if (error instanceof TextInputError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("parseIssue on the seeds", () => {
  it("001: masthead date, number and weekday", () => {
    const issue = parseIssue(seedText("001"), { fileName: seedFileName("001") });
    expect(issue.masthead).toMatchObject({ date: "2022-04-13", number: 1937, weekday: "星期三" });
    expect(issue.date).toEqual({ date: "2022-04-13", source: "masthead", evidence: "报头日期 2022-04-13", confidence: 1 });
    expect(issue.articles.some((a) => /今日柯城|采编热线|第1937期/.test(a.text + a.title))).toBe(false);
  });

  it("002: masthead date and number", () => {
    const issue = parseIssue(seedText("002"), { fileName: seedFileName("002") });
    expect(issue.masthead).toMatchObject({ date: "2022-05-25", number: 1953 });
    expect(issue.date?.source).toBe("masthead");
  });

  it.each([
    ["000", "2021-11-16"],
    ["003", "2021-08-12"],
    ["004", "2022-07-31"],
  ])("%s: inferred date %s", (prefix, date) => {
    const issue = parseIssue(seedText(prefix), { fileName: seedFileName(prefix) });
    expect(issue.date).toMatchObject({ date, source: "inferred" });
  });

  it("lets a user date win over the masthead, and a dated file name too", () => {
    expect(parseIssue(seedText("001"), { userDate: "2022-04-15" }).date).toMatchObject({ date: "2022-04-15", source: "user" });
    expect(parseIssue(seedText("000"), { fileName: "uploads/2021-11-17.txt" }).date).toMatchObject({
      date: "2021-11-17",
      source: "user",
      evidence: "文件名 2021-11-17.txt",
    });
  });

  it("reads the date from the text alone when told to ignore a dated file name (the evaluation does)", () => {
    const fromText = parseIssue(seedText("001"), { fileName: "t01_host_20991231.txt", dateFromFileName: false }).date;
    expect(fromText).toMatchObject({ source: "masthead" });
    expect(fromText?.date).not.toBe("2099-12-31");
    expect(parseIssue(seedText("001"), { fileName: "t01_host_20991231.txt" }).date).toMatchObject({ date: "2099-12-31" });
  });

  it("rejects a malformed user date instead of guessing", () => {
    expect(() => parseIssue(seedText("001"), { userDate: "2022-02-30" })).toThrow(RangeError);
  });

  it("gives every article text without byline prefixes, markers or markup", () => {
    for (const prefix of ["000", "001", "002", "003", "004"]) {
      for (const a of parseIssue(seedText(prefix)).articles) {
        expect(a.text).not.toMatch(/本报讯|下转\d版|^#|\*\*|\n\n|摄）/);
        expect(a.text).toBe(a.text.trim());
      }
    }
  });
});

describe("parseIssue refusals", () => {
  it("refuses empty text", () => {
    expect(refusal(" \n\u3000\n").code).toBe("empty");
  });

  it("refuses a masthead with nothing after it", () => {
    const error = refusal("2022年4月13日\n\n第1937期\n\n今日柯城\n\n采编热线：3049743\n");
    expect(error.code).toBe("no-articles");
    expect(error.message).toMatch(/^upload\.txt: no articles recognised/);
  });

  it("refuses short lines without prose", () => {
    expect(refusal("晒出成绩 晒出动力\n\n疫情防控严督查\n\n会议还研究了其他事项。").code).toBe("no-articles");
    expect(refusal("The quick brown fox jumps over the lazy dog, again and again and again.").code).toBe("no-articles");
  });

  it("accepts headline-less prose of 30+ Chinese characters as one article titled by its first sentence", () => {
    const text = "入户调查只是征收工作的开始。下步，指挥部将与相关专业部门进行房屋认定，计划下月启动房屋征收签约工作。";
    const issue = parseIssue(text);
    expect(issue.articles.map((a) => [a.title, a.text])).toEqual([["入户调查只是征收工作的开始", text]]);
    expect(issue.date).toBeUndefined();
  });
});

describe("parseIssue never crashes", () => {
  const pieces = [
    "本报讯（记者 楼郁馨）", "（下转2版）", "（吴菲 摄）", "## ", "### ", "**", "编者按：", "责任编辑：董玲", "2022年4月13日",
    "第1937期", "区发改局党组书记、局长 任文俊：", "一是", "二要", "，", "。", "\n", "\n\n", "\n\n\n", " ", "\u3000", "\r\n",
    "11月15日", "“十四五”开局之年", "契机，", "机，", "会议强调，全区上下要统一思想、提高站位，", "示", "范区", "\ufeff", "\u200b",
  ];
  const piece = fc.oneof(
    fc.constantFrom(...pieces),
    fc.string({ unit: "grapheme", maxLength: 8 }),
    fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  );

  it("returns an issue or refuses with a TextInputError on arbitrary input", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        try {
          const issue = parseIssue(text);
          expect(issue.articles.length).toBeGreaterThan(0);
          for (const a of issue.articles) {
            expect(a.title.length).toBeGreaterThan(0);
            for (const s of a.sectionHeads) expect(a.text.slice(s.start, s.end)).toBe(s.text);
          }
        } catch (error) {
          if (!(error instanceof TextInputError)) throw error;
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("survives fully random strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        try {
          parseIssue(text);
        } catch (error) {
          if (!(error instanceof TextInputError)) throw error;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("parseIssue refuses text that is not a newspaper page by its size", () => {
  const prose = "柯城区今年完成入户调查三百户，确保圆满完成全年目标任务，群众满意度达到百分之九十以上。";
  const refusal = (text: string) => {
    try {
      parseIssue(text, { fileName: "dump.txt" });
    } catch (error) {
      if (error instanceof TextInputError) return { code: error.code, message: error.message };
      throw error;
    }
    return null;
  };

  it("a line beyond MAX_LINE_CHARS, named by its number", () => {
    expect(refusal(`标题\n${prose}\n${"1".repeat(MAX_LINE_CHARS + 1)}\n`)).toEqual({
      code: "line-too-long",
      message: `dump.txt: line 3 has ${MAX_LINE_CHARS + 1} characters (limit ${MAX_LINE_CHARS}): not a newspaper text, or its line breaks were lost`,
    });
    const proseLine = prose.repeat(Math.ceil(MAX_LINE_CHARS / prose.length)).slice(0, MAX_LINE_CHARS);
    expect(refusal(`标题\n${prose}\n${proseLine}\n`)).toBeNull();
    // A line at the limit made of digits passes this check and is refused as not prose (refuse-non-prose.test.ts).
    expect(refusal(`标题\n${prose}\n${"1".repeat(MAX_LINE_CHARS)}\n`)?.code).toBe("not-prose");
  });

  it("an article beyond MAX_ARTICLE_CHARS, though every line is short", () => {
    const lines = Array.from({ length: Math.ceil(MAX_ARTICLE_CHARS / prose.length) + 1 }, () => prose).join("\n");
    const result = refusal(`柯城新闻\n${lines}\n`);
    expect(result?.code).toBe("article-too-long");
    expect(result?.message).toMatch(/^dump\.txt: article 1 .* characters \(limit 200000\)/);
  });
});
