// The one overlap refiner (issue #12 §3): every rule that keeps one of two overlapping spans, or drops what overlaps a
// name, goes through these two functions, and reports each drop to the caller (the rejection trace).

type Span = { start: number; end: number };

const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Whether `span` overlaps any span of `list` (any order). */
export function overlapsAny(span: Span, list: readonly Span[]): boolean {
  return list.some((b) => overlap(span, b));
}

/**
 * Items that overlap none of `blockers` (sorted by start), in their order: a "number" inside a campaign, place or
 * department name is not a quantity. `onDrop` hears each dropped item and the blocker that dropped it.
 */
export function removeOverlapping<T extends Span>(items: T[], blockers: readonly Span[], onDrop?: (item: T, by: Span) => void): T[] {
  if (blockers.length === 0) return items;
  return items.filter((item) => {
    // blockers are sorted by start, so the walk stops at the first one past the item; an article has few of them.
    for (const b of blockers) {
      if (b.start >= item.end) break;
      if (overlap(item, b)) {
        onDrop?.(item, b);
        return false;
      }
    }
    return true;
  });
}

/**
 * Of overlapping items, the preferred one (`prefer` orders them, best first; a stable sort keeps the input order on
 * a tie); the result is sorted by start. `onDrop` hears each dropped item and the kept one it overlaps.
 */
export function keepNonOverlapping<T extends Span>(
  items: readonly T[],
  options: { prefer: (a: T, b: T) => number; onDrop?: (item: T, by: T) => void },
): T[] {
  const kept: T[] = []; // sorted by start, pairwise disjoint: so also sorted by end
  for (const item of [...items].sort(options.prefer)) {
    // the last kept item starting before this one ends is the only one that can overlap it
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].start < item.end) lo = mid + 1;
      else hi = mid;
    }
    const before = lo > 0 ? kept[lo - 1] : undefined;
    if (before && overlap(item, before)) {
      options.onDrop?.(item, before);
      continue;
    }
    kept.splice(lo, 0, item);
  }
  return kept;
}
