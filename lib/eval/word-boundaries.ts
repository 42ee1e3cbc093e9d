// Word boundaries from ICU's dictionary segmenter (Intl.Segmenter, built into Node): a metric label must start and end
// on one of them. ICU's Chinese dictionary is coarse in places (签约率 → 签|约|率), so the check catches labels cut
// through words it knows (谦|国际 …, 支付|宝) and lets through cuts between characters it does not join.
const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
const cache = new Map<string, Set<number>>();

export function wordBoundaries(text: string): Set<number> {
  const cached = cache.get(text);
  if (cached) return cached;
  const bounds = new Set<number>([0, text.length]);
  for (const { index, segment } of segmenter.segment(text)) {
    bounds.add(index);
    bounds.add(index + segment.length);
  }
  if (cache.size > 500) cache.clear(); // one eval run touches a few hundred articles; keep memory flat on large runs
  cache.set(text, bounds);
  return bounds;
}

// ICU splits a number from the unit or measure word after it (2020|年, 2|名, 65|岁), so a label that took the unit of the
// number before it (年地方财政收入, 名工人, 岁以上) would pass; the number and its unit are one word to a reader.
const DIGIT = /[0-9０-９]/;
const afterNumber = (text: string, at: number) => at > 0 && DIGIT.test(text[at - 1]) && !DIGIT.test(text[at] ?? "");

export function onWordBoundaries(text: string, start: number, end: number): boolean {
  const bounds = wordBoundaries(text);
  return bounds.has(start) && bounds.has(end) && !afterNumber(text, start);
}

// Where a label sits in an article: the occurrence nearest to the number it labels ([near, nearEnd) is the number).
export function locateNear(text: string, label: string, near: number, nearEnd = near): { start: number; end: number } | null {
  if (!label) return null;
  let best: { start: number; end: number; distance: number } | null = null;
  for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
    const end = at + label.length;
    const distance = end <= near ? near - end : at >= nearEnd ? at - nearEnd : 0;
    if (!best || distance < best.distance) best = { start: at, end, distance };
  }
  return best && { start: best.start, end: best.end };
}
