import { describe, expect, it } from "vitest";
import { anchorFor, locateAnchor, sentenceAround } from "@/lib/review/anchor";

const text =
  "如今，公司保供订单已从起初的1000份增至5000份，保供量由原来的每天1车15吨增加到每天2车30吨。据了解，该公司日供新鲜蔬菜30吨，可满足5000余户上海居民的生活需求。";

describe("text anchors", () => {
  it("finds the same occurrence again after the text around the sentence changed", () => {
    const second30 = text.indexOf("30吨", text.indexOf("据了解"));
    const item = { start: second30, end: second30 + "30吨".length };
    const anchor = anchorFor(text, item, sentenceAround(text, item));
    expect(anchor).toEqual({ itemText: "30吨", sentence: "据了解，该公司日供新鲜蔬菜30吨，可满足5000余户上海居民的生活需求。", occurrence: 0 });

    const edited = "（编者按：略）\n" + text;
    const found = locateAnchor(edited, anchor);
    expect(found).not.toBeNull();
    expect(edited.slice(found!.start, found!.end)).toBe("30吨");
    expect(found!.start).toBe(second30 + "（编者按：略）\n".length);
  });

  it("tells repeated words in one sentence apart by occurrence", () => {
    const sentence = "由原来的每天1车15吨增加到每天2车30吨";
    const second = sentence.indexOf("每天", 5);
    const anchor = anchorFor(sentence, { start: second, end: second + 2 }, { start: 0, end: sentence.length });
    expect(anchor.occurrence).toBe(1);
    expect(locateAnchor(sentence, anchor)).toEqual({ start: second, end: second + 2 });
  });

  it("returns null when the sentence is gone", () => {
    expect(locateAnchor("完全不同的文本。", { itemText: "30吨", sentence: "日供新鲜蔬菜30吨，", occurrence: 0 })).toBeNull();
  });

  it("bounds a sentence by 。！？；and line breaks", () => {
    const at = text.indexOf("5000份");
    const s = sentenceAround(text, { start: at, end: at + 6 });
    expect(text.slice(s.start, s.end)).toBe("如今，公司保供订单已从起初的1000份增至5000份，保供量由原来的每天1车15吨增加到每天2车30吨。");
  });
});
