// Turns an article text and the spans of its extracted items into a tree of text and mark segments.
// Pure (no React), so the nesting rules are unit-tested: nested spans nest, crossing spans are split at the
// outer span's end, and only the first piece of a split span carries the anchor id (ids stay unique in the page).

// evidence: a later sentence a goal links to as its evidence (issue #11 §4), the whole sentence.
export type HighlightKind = "indicator" | "goal" | "campaign" | "place" | "department" | "evidence";

export type HighlightSpan = {
  kind: HighlightKind;
  itemId: number;
  start: number; // half-open [start, end) into the text
  end: number;
  title?: string; // tooltip: what the item was read as
  review?: string; // indicators and goals: machine | confirmed | corrected | added | rejected (rejected ones are struck through)
};

export type TextSegment = { type: "text"; text: string; start: number };
export type MarkSegment = {
  type: "mark";
  span: HighlightSpan;
  start: number;
  end: number;
  anchor: boolean; // the first piece of the span: carries id="m-<kind>-<itemId>"
  children: Segment[];
};
export type Segment = TextSegment | MarkSegment;

export type Paragraph = { start: number; end: number; segments: Segment[] };

// Wider kinds first when two spans cover exactly the same text, so the narrower item is the inner, visible colour.
const KIND_ORDER: Record<HighlightKind, number> = { evidence: -1, goal: 0, campaign: 1, department: 2, place: 3, indicator: 4 };

export function markId(kind: HighlightKind, itemId: number): string {
  return `m-${kind}-${itemId}`;
}

type Piece = { span: HighlightSpan; start: number; end: number; anchor: boolean };
type Node = Piece & { children: Node[] };

function comparePieces(a: Piece, b: Piece): number {
  return a.start - b.start || b.end - a.end || KIND_ORDER[a.span.kind] - KIND_ORDER[b.span.kind] || a.span.itemId - b.span.itemId;
}

// Segments of text[from, to): spans are clipped to the range; `anchored` says which span ids already got their anchor.
export function segmentText(
  text: string,
  spans: HighlightSpan[],
  options: { from?: number; to?: number; anchored?: Set<string> } = {},
): Segment[] {
  const from = Math.max(0, options.from ?? 0);
  const to = Math.min(text.length, options.to ?? text.length);
  const anchored = options.anchored ?? new Set<string>();
  const queue: Piece[] = [];
  for (const span of spans) {
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    if (!(end > start)) continue;
    const id = markId(span.kind, span.itemId);
    // The first piece rendered carries the anchor, even when the span began in an earlier (blank) range.
    const anchor = !anchored.has(id);
    if (anchor) anchored.add(id);
    queue.push({ span, start, end, anchor });
  }
  queue.sort(comparePieces);

  const root: Node = { span: undefined as unknown as HighlightSpan, start: from, end: to, anchor: false, children: [] };
  const stack: Node[] = [root];
  while (queue.length > 0) {
    const piece = queue.shift()!;
    while (stack.length > 1 && stack[stack.length - 1].end <= piece.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (piece.end <= parent.end) {
      const node: Node = { ...piece, children: [] };
      parent.children.push(node);
      stack.push(node);
      continue;
    }
    // Crossing spans: the part inside the open mark nests in it, the rest is queued again as a continuation.
    const node: Node = { ...piece, end: parent.end, children: [] };
    parent.children.push(node);
    stack.push(node);
    const rest: Piece = { span: piece.span, start: parent.end, end: piece.end, anchor: false };
    const at = queue.findIndex((other) => comparePieces(rest, other) < 0);
    queue.splice(at === -1 ? queue.length : at, 0, rest);
  }
  return toSegments(text, root);
}

function toSegments(text: string, node: Node): Segment[] {
  const segments: Segment[] = [];
  let cursor = node.start;
  for (const child of node.children) {
    if (child.start > cursor) segments.push({ type: "text", text: text.slice(cursor, child.start), start: cursor });
    segments.push({
      type: "mark",
      span: child.span,
      start: child.start,
      end: child.end,
      anchor: child.anchor,
      children: toSegments(text, child),
    });
    cursor = child.end;
  }
  if (node.end > cursor) segments.push({ type: "text", text: text.slice(cursor, node.end), start: cursor });
  return segments;
}

// Paragraphs are the "\n"-separated lines of the stored text; a span that crosses a line break is split there.
export function segmentParagraphs(text: string, spans: HighlightSpan[]): Paragraph[] {
  const anchored = new Set<string>();
  const paragraphs: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    if (text.slice(start, end).trim() !== "") {
      paragraphs.push({ start, end, segments: segmentText(text, spans, { from: start, to: end, anchored }) });
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return paragraphs;
}

// Plain text of a segment list (what a reader sees), used to check that segmenting never loses or repeats text.
export function segmentsToText(segments: Segment[]): string {
  return segments.map((s) => (s.type === "text" ? s.text : segmentsToText(s.children))).join("");
}
