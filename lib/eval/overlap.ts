// Length of the longest common substring: two goal spans of the same clause share a contiguous stretch.
export function longestCommonSubstring(a: string, b: string): number {
  if (!a || !b) return 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== b[j - 1]) continue;
      current[j] = previous[j - 1] + 1;
      if (current[j] > best) best = current[j];
    }
    previous = current;
  }
  return best;
}

// Overlap as a share of the shorter text (0..1).
export function overlapRatio(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  return shorter === 0 ? 0 : longestCommonSubstring(a, b) / shorter;
}
