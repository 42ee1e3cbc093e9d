import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HighlightedText } from "../../app/_components/highlighted-text";
import {
  segmentParagraphs,
  segmentText,
  segmentsToText,
  type HighlightSpan,
  type MarkSegment,
  type Segment,
} from "../../app/_components/highlighted-text-segments";

// seeds/000 line 35: the survey result, with the indicator, a place and a goal-like span over it.
const SENTENCE = "截至11月15日22时，黄家片区下刘、四都刘村房屋征收入户调查完成率达100%，征收组仅用15天就完成了近300户房屋登记、测绘、评估工作。";

function span(kind: HighlightSpan["kind"], itemId: number, text: string, from = 0): HighlightSpan {
  const start = SENTENCE.indexOf(text, from);
  if (start === -1) throw new Error(`not in sentence: ${text}`);
  return { kind, itemId, start, end: start + text.length };
}

function marks(segments: Segment[]): MarkSegment[] {
  return segments.flatMap((s) => (s.type === "mark" ? [s, ...marks(s.children)] : []));
}

function markText(text: string, mark: MarkSegment): string {
  return text.slice(mark.start, mark.end);
}

describe("segmentText", () => {
  it("wraps each item's exact span and keeps every character once", () => {
    const spans = [span("indicator", 1, "100%"), span("indicator", 2, "15天"), span("indicator", 3, "近300户")];
    const segments = segmentText(SENTENCE, spans);
    expect(segmentsToText(segments)).toBe(SENTENCE);
    const found = marks(segments);
    expect(found.map((m) => markText(SENTENCE, m))).toEqual(["100%", "15天", "近300户"]);
    expect(found.every((m) => m.anchor)).toBe(true);
  });

  it("nests a span inside the one that contains it", () => {
    const goal = span("goal", 7, "征收组仅用15天就完成了近300户房屋登记");
    const inner = span("indicator", 3, "近300户");
    const segments = segmentText(SENTENCE, [inner, goal]);
    const top = segments.filter((s): s is MarkSegment => s.type === "mark");
    expect(top).toHaveLength(1);
    expect(top[0].span.kind).toBe("goal");
    const child = top[0].children.find((c): c is MarkSegment => c.type === "mark");
    expect(child?.span).toEqual(inner);
    expect(segmentsToText(segments)).toBe(SENTENCE);
  });

  it("puts the wider kind outside when two spans cover the same text", () => {
    const place = span("place", 4, "黄家片区");
    const campaign = { ...place, kind: "campaign" as const, itemId: 5 };
    const [outer] = segmentText(SENTENCE, [place, campaign]).filter((s): s is MarkSegment => s.type === "mark");
    expect(outer.span.kind).toBe("campaign");
    expect((outer.children[0] as MarkSegment).span.kind).toBe("place");
  });

  it("splits crossing spans at the outer end, the anchor staying on the first piece", () => {
    const a = span("campaign", 1, "房屋征收入户调查");
    const b = span("goal", 2, "入户调查完成率达100%");
    const segments = segmentText(SENTENCE, [b, a]);
    expect(segmentsToText(segments)).toBe(SENTENCE);
    const goalPieces = marks(segments).filter((m) => m.span.kind === "goal");
    expect(goalPieces.map((m) => markText(SENTENCE, m))).toEqual(["入户调查", "完成率达100%"]);
    expect(goalPieces.map((m) => m.anchor)).toEqual([true, false]);
    // The first piece nests inside the campaign mark, the rest follows it at the top level.
    const top = segments.filter((s): s is MarkSegment => s.type === "mark");
    expect(top.map((m) => m.span.kind)).toEqual(["campaign", "goal"]);
  });

  it("drops empty and out-of-range spans and clips to the text", () => {
    const segments = segmentText("近300户", [
      { kind: "indicator", itemId: 1, start: 3, end: 3 },
      { kind: "indicator", itemId: 2, start: 10, end: 12 },
      { kind: "indicator", itemId: 3, start: 1, end: 99 },
    ]);
    expect(segmentsToText(segments)).toBe("近300户");
    expect(marks(segments).map((m) => [m.span.itemId, m.start, m.end])).toEqual([[3, 1, 5]]);
  });
});

describe("segmentParagraphs", () => {
  const text = "早田公司每天30吨蔬菜保供上海\n如今，公司保供订单已从起初的1000份增至5000份。\n\n保供量由原来的每天1车15吨增加到每天2车30吨。";

  it("makes one paragraph per non-blank line with offsets into the whole text", () => {
    const paragraphs = segmentParagraphs(text, []);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      "早田公司每天30吨蔬菜保供上海",
      "如今，公司保供订单已从起初的1000份增至5000份。",
      "保供量由原来的每天1车15吨增加到每天2车30吨。",
    ]);
  });

  it("splits a span across a line break and anchors only its first piece", () => {
    const start = text.indexOf("5000份");
    const end = text.indexOf("每天1车") + 4;
    const paragraphs = segmentParagraphs(text, [{ kind: "goal", itemId: 9, start, end }]);
    const pieces = paragraphs.flatMap((p) => marks(p.segments));
    expect(pieces.map((m) => [text.slice(m.start, m.end), m.anchor])).toEqual([
      ["5000份。", true],
      ["保供量由原来的每天1车", false],
    ]);
  });

  it("gives a span starting on a blank line its anchor in the next paragraph", () => {
    const blank = text.indexOf("\n\n") + 1;
    const paragraphs = segmentParagraphs(text, [{ kind: "indicator", itemId: 4, start: blank, end: blank + 4 }]);
    const pieces = paragraphs.flatMap((p) => marks(p.segments));
    expect(pieces).toHaveLength(1);
    expect(pieces[0].anchor).toBe(true);
  });
});

describe("review state in the highlighted text", () => {
  const text = "如今，公司保供订单已从起初的1000份增至5000份。\n保供量由原来的每天1车15吨增加到每天2车30吨。";
  const at = (words: string) => text.indexOf(words);
  // A rejected goal that crosses the line break, with a confirmed indicator inside it; a machine indicator elsewhere.
  const spans: HighlightSpan[] = [
    { kind: "goal", itemId: 9, start: at("5000份"), end: at("每天1车") + 4, review: "rejected" },
    { kind: "indicator", itemId: 1, start: at("5000份"), end: at("5000份") + 5, review: "confirmed" },
    { kind: "indicator", itemId: 2, start: at("15吨"), end: at("15吨") + 3, review: "machine" },
  ];

  it("carries each item's review to every piece of its span", () => {
    const pieces = segmentParagraphs(text, spans).flatMap((p) => marks(p.segments));
    expect(pieces.map((m) => [text.slice(m.start, m.end), m.span.kind, m.span.review])).toEqual([
      ["5000份。", "goal", "rejected"],
      ["5000份", "indicator", "confirmed"],
      ["保供量由原来的每天1车", "goal", "rejected"],
      ["15吨", "indicator", "machine"],
    ]);
  });

  it("renders the review on each mark, so the stylesheet can strike rejected ones through", () => {
    const html = renderToStaticMarkup(createElement(HighlightedText, { text, spans }));
    const reviews = [...html.matchAll(/<mark [^>]*data-item="(\d+)"[^>]*data-review="(\w+)"[^>]*>/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(reviews).toEqual(["9:rejected", "1:confirmed", "9:rejected", "2:machine"]);
    // Spans without a review (places, campaigns, departments) get no attribute at all.
    const plain = renderToStaticMarkup(createElement(HighlightedText, { text, spans: [{ kind: "place", itemId: 3, start: 0, end: 2 }] }));
    expect(plain).toContain('data-kind="place"');
    expect(plain).not.toContain("data-review");
  });
});
