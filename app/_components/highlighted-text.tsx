import { Fragment } from "react";
import { KIND_LABELS } from "./legend";
import { markId, segmentParagraphs, type HighlightSpan, type Segment } from "./highlighted-text-segments";

function Segments(props: { segments: Segment[] }) {
  return props.segments.map((segment) =>
    segment.type === "text" ? (
      <Fragment key={`t${segment.start}`}>{segment.text}</Fragment>
    ) : (
      <mark
        key={`m${segment.start}-${segment.span.kind}-${segment.span.itemId}`}
        id={segment.anchor ? markId(segment.span.kind, segment.span.itemId) : undefined}
        data-kind={segment.span.kind}
        data-item={segment.span.itemId}
        data-review={segment.span.review}
        title={segment.span.title ? `${KIND_LABELS[segment.span.kind]}：${segment.span.title}` : KIND_LABELS[segment.span.kind]}
        className="scroll-mt-24"
      >
        <Segments segments={segment.children} />
      </mark>
    ),
  );
}

// The article body, one paragraph per stored line, every extracted item highlighted as <mark id="m-<kind>-<id>">.
export function HighlightedText(props: { text: string; spans: HighlightSpan[]; sectionHeads?: { start: number; end: number }[] }) {
  const heads = props.sectionHeads ?? [];
  const paragraphs = segmentParagraphs(props.text, props.spans);
  return (
    <div className="space-y-3 text-[17px] leading-8" data-testid="article-text">
      {paragraphs.map((paragraph) => {
        // A section head is stored as a line of its own; its span covers that line (give or take surrounding spaces).
        const line = props.text.slice(paragraph.start, paragraph.end).trim();
        const isHead = heads.some((head) => head.start >= paragraph.start && head.end <= paragraph.end && head.end - head.start >= line.length);
        return isHead ? (
          <h3 key={paragraph.start} className="pt-2 text-lg font-bold text-stone-800" data-testid="section-head">
            <Segments segments={paragraph.segments} />
          </h3>
        ) : (
          <p key={paragraph.start} className="indent-8">
            <Segments segments={paragraph.segments} />
          </p>
        );
      })}
    </div>
  );
}
