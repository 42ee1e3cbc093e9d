import { describe, expect, it } from "vitest";
import { normaliseText } from "@/lib/text/normalise-text";

describe("normaliseText", () => {
  it("turns CRLF and CR into LF", () => {
    expect(normaliseText("今日柯城\r\n\r\n第1937期\r星期三")).toBe("今日柯城\n\n第1937期\n星期三");
  });

  it("drops indentation made of full-width spaces and trims lines", () => {
    expect(normaliseText("\u3000\u3000会议还研究了其他事项。  \n")).toBe("会议还研究了其他事项。\n");
  });

  it("turns NBSP and full-width spaces inside a line into one ASCII space", () => {
    expect(normaliseText("晒出成绩\u3000\u3000晒出动力")).toBe("晒出成绩 晒出动力");
    expect(normaliseText("本报讯（记者\u00a0楼郁馨）")).toBe("本报讯（记者 楼郁馨）");
  });

  it("strips zero-width characters and a stray BOM", () => {
    expect(normaliseText("\ufeff早田\u200b公司\u200d每天30吨")).toBe("早田公司每天30吨");
  });

  it("keeps Chinese punctuation as printed", () => {
    const line = "确保今年目标“保5争3抢1”；（下转2版）……“两勤”“两专”！";
    expect(normaliseText(line)).toBe(line);
  });
});
