// Issue #12 §1: one module splits an article into sentences and clauses; every boundary is a named stop set.
import { describe, expect, it } from "vitest";
import {
  clauseEnd,
  lastStopBefore,
  nextStop,
  sentenceAroundSpan,
  spanIndexAt,
  splitSentences,
  STOP_SETS,
  textUnits,
  unitAround,
  unitStart,
} from "@/lib/text/sentences";

const words = (text: string, spans: readonly { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

// seed 000 (今日柯城 2021-11-16) and 001, shortened
const TEXT = "会议指出，要坚持“项目为王”。“接到保供任务后，我们每天加班加点。”\n  下一步，石梁镇将全力推进；确保年底完成！";

describe("sentences", () => {
  it("end at 。！？；; keep the closing quote after the stop; a line break ends one and belongs to none", () => {
    expect(words(TEXT, splitSentences(TEXT))).toEqual([
      "会议指出，要坚持“项目为王”。",
      "“接到保供任务后，我们每天加班加点。”",
      "下一步，石梁镇将全力推进；",
      "确保年底完成！",
    ]);
  });

  it("are computed once per text and found by position", () => {
    const units = textUnits(TEXT);
    expect(units.sentences).toBe(units.sentences);
    const at = TEXT.indexOf("石梁镇");
    expect(words(TEXT, [units.sentences[spanIndexAt(units.sentences, at)]])).toEqual(["下一步，石梁镇将全力推进；"]);
  });

  it("take named options where a reader needs another cut (evidence: no closers, leading spaces kept)", () => {
    const evidence = splitSentences(TEXT, { stops: "evidence", closers: false, trimStart: false });
    // the closing quote is a sentence of its own; the next one keeps its indentation
    expect(words(TEXT, evidence).slice(1, 4)).toEqual(["“接到保供任务后，我们每天加班加点。", "”", "  下一步，石梁镇将全力推进；"]);
    expect(splitSentences("甲;乙", { stops: "evidence" })).toHaveLength(1);
    expect(splitSentences("甲;乙")).toHaveLength(2);
  });
});

describe("clauses and unit boundaries", () => {
  const units = textUnits(TEXT);
  it("unit ends keep a closing quote with the unit it closes; the last unit ends at the text's end", () => {
    const ends = units.unitEnds("sentence");
    expect(ends[ends.length - 1]).toBe(TEXT.length);
    const quoted = unitAround(ends, TEXT.indexOf("保供"));
    expect(TEXT.slice(quoted.start, quoted.end)).toBe("“接到保供任务后，我们每天加班加点。”");
    const clause = unitAround(units.unitEnds("clauseOrColon"), TEXT.indexOf("保供"));
    expect(TEXT.slice(clause.start, clause.end)).toBe("“接到保供任务后，");
  });

  it("a unit starts after the last stop, not before a floor nor further back than a maximum", () => {
    const at = TEXT.indexOf("全力");
    expect(TEXT.slice(unitStart(units, at, "clause"), at)).toBe("石梁镇将");
    expect(TEXT.slice(unitStart(units, at, "sentence"), at)).toBe("  下一步，石梁镇将");
    expect(TEXT.slice(unitStart(units, at, "sentence", { max: 3 }), at)).toBe("梁镇将");
    expect(TEXT.slice(unitStart(units, at, "sentence", { floor: at - 2 }), at)).toBe("镇将");
    expect(TEXT.slice(at, nextStop(units, at, "sentence"))).toBe("全力推进");
    // the evidence stops keep an ASCII semicolon inside the sentence (stored evidence sentences were cut that way)
    const ascii = textUnits("全力推进;确保年底完成");
    expect(ascii.text.slice(0, nextStop(ascii, 0, "evidence"))).toBe("全力推进;确保年底完成");
    expect(ascii.text.slice(0, nextStop(ascii, 0, "sentence"))).toBe("全力推进");
    expect(TEXT[lastStopBefore(units, at, "phrase")]).toBe("，");
    expect(lastStopBefore(textUnits("没有停顿"), 3, "sentence")).toBe(-1);
  });

  it("a clause's end skips stops inside quotes and brackets, and stops at a line break or the limit", () => {
    const text = "打造“五星，三A”支部（含村，社区），带动增收";
    expect(text.slice(0, clauseEnd(text, 0))).toBe("打造“五星，三A”支部（含村，社区）");
    expect(clauseEnd("甲乙\n丙，", 0)).toBe(2);
    expect(clauseEnd("甲乙丙丁，", 0, { max: 2 })).toBe(2);
    expect(clauseEnd("甲乙。丙，", 0, { stops: "sentence" })).toBe(2);
  });

  it("the sentence around a span includes its stop, on the stop set asked for", () => {
    const text = "第一句。第二句有300户；第三句";
    const at = text.indexOf("300户");
    expect(text.slice(...Object.values(sentenceAroundSpan(text, { start: at, end: at + 4 }, "anchor")) as [number, number])).toBe(
      "第二句有300户；",
    );
    const half = "第一句。第二句有300户;第三句";
    const around = sentenceAroundSpan(half, { start: at, end: at + 4 }, "anchor");
    expect(half.slice(around.start, around.end)).toBe("第二句有300户;第三句");
    const cut = sentenceAroundSpan(half, { start: at, end: at + 4 }, "sentence");
    expect(half.slice(cut.start, cut.end)).toBe("第二句有300户;");
  });

  it("every stop set is a set of single characters", () => {
    for (const stops of Object.values(STOP_SETS)) expect(new Set(stops).size).toBe([...stops].length);
  });
});
