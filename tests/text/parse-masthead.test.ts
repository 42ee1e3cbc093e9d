import { describe, expect, it } from "vitest";
import { isBoilerplateLine, MASTHEAD_WILDCARD, MASTHEAD_WILDCARD_WORDS, parseMasthead, parseStaffLine } from "@/lib/text/parse-masthead";
import { MASTHEAD_TOKENS } from "@/lib/text/text-lexicon";
import { normaliseText } from "@/lib/text/normalise-text";
import { seedText } from "./load-seed";

describe("parseMasthead", () => {
  it("reads seed 001: 2022年4月13日, 第1937期, 星期三, lunar date, 23 lines", () => {
    expect(parseMasthead(normaliseText(seedText("001")))).toEqual({
      paper: "今日柯城",
      date: "2022-04-13",
      number: 1937,
      weekday: "星期三",
      lunarDate: "农历壬寅年三月十三",
      lines: 23,
    });
  });

  it("reads seed 002: 2022年5月25日, 第1953期", () => {
    expect(parseMasthead(normaliseText(seedText("002")))).toEqual({
      paper: "今日柯城",
      date: "2022-05-25",
      number: 1953,
      weekday: "星期三",
      lunarDate: "农历壬寅年四月廿五",
      lines: 23,
    });
  });

  it.each(["000", "003", "004"])("finds no masthead in seed %s", (prefix) => {
    expect(parseMasthead(normaliseText(seedText(prefix)))).toEqual({ lines: 0 });
  });

  it("reads a one-line masthead and ignores an impossible date", () => {
    expect(parseMasthead("2022年4月13日 星期三 第1937期\n\n正文")).toMatchObject({ date: "2022-04-13", number: 1937, lines: 1 });
    expect(parseMasthead("2022年2月30日\n\n正文").date).toBeUndefined();
  });
});

describe("boilerplate lines", () => {
  it.each([
    "今日柯城",
    "柯城发布",
    "运动柯城APP",
    "中共衢州市柯城区委主办",
    "衢州市柯城区融媒体中心编印",
    "今日四版",
    "采编热线：3049743",
    "农历壬寅年三月十三星期三",
    "责任编辑：董玲",
    "2022年4月13日 星期三 今日柯城 2版",
    "要闻 第2版",
  ])("%s is boilerplate", (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each(["区十届政府召开第4次常务会议", "今日柯城新版上线", "疫情防控严督查", "深入学习贯彻市党代会精神", "会议还研究了其他事项。"])(
    "%s is not boilerplate",
    (line) => {
      expect(isBoilerplateLine(line)).toBe(false);
    },
  );

  it("reads the editor's name from a staff line", () => {
    expect(parseStaffLine("责任编辑：董玲")).toEqual({ label: "责任编辑", name: "董玲" });
    expect(parseStaffLine("区委书记蒋国强主持会议")).toBeUndefined();
  });
});

// isMastheadLine skips its replacements on a line with a Han character no token names, unless the line has a word
// that a token matching any character needs: the tokens must keep to that shape.
describe("masthead tokens and the line pre-check", () => {
  it.each(MASTHEAD_TOKENS.map((t) => [t.source]))("%s names its Han characters one by one, or needs a listed word", (source) => {
    expect(source).not.toMatch(/\\u|[\u4e00-\u9fff]-[\u4e00-\u9fff]/);
    if (MASTHEAD_WILDCARD.test(source)) expect(MASTHEAD_WILDCARD_WORDS.some((w) => source.includes(w))).toBe(true);
  });

  it.each(["中共衢州市柯城区委主办 2022年4月13日", "衢州日报社出版", "邮发代号：31-45", "CN33-0001/G", "内部资料 免费赠阅"])(
    "%s, with a word only a wildcard token takes, is still read in full",
    (line) => {
      expect(isBoilerplateLine(line)).toBe(true);
    },
  );
});

