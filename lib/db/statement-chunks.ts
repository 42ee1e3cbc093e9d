// How a list becomes SQL: one `?` per value (placeholders), and the multi-row statements (INSERT … VALUES, WITH …
// VALUES, UNION ALL of a branch per item) a statement cache reuses: SQLite parses each statement text once per
// process, so the chunks take few sizes whatever the list's length.

// One `?` per value, for IN (…) lists and VALUES tuples.
export const placeholders = (values: readonly unknown[]) => values.map(() => "?").join(", ");

// SQLite allows 32,766 bound parameters per statement, PostgreSQL 65,535.
export const MAX_PARAMETERS = 30_000;

// The largest power of two not above n (n ≥ 1).
const floorPowerOfTwo = (n: number) => 2 ** (31 - Math.clz32(Math.min(n, 2 ** 31)));

// The list in order, cut into chunks of 2^k items: chunks of `most` (rounded down to a power of two, and to what
// MAX_PARAMETERS allows at `parametersPerItem` a item, at least one item) while that many are left, then one chunk per
// power of two in the rest, largest first (45 left → 32, 8, 4, 1). So a list of any length takes at most
// log2(most) + 1 statement shapes.
export function powerOfTwoChunks<T>(items: readonly T[], most: number, parametersPerItem = 1): T[][] {
  const byParameters = parametersPerItem > 0 ? Math.max(1, Math.floor(MAX_PARAMETERS / parametersPerItem)) : Infinity;
  const largest = floorPowerOfTwo(Math.max(1, Math.min(most, byParameters)));
  const chunks: T[][] = [];
  for (let from = 0; from < items.length; ) {
    const left = items.length - from;
    const size = left >= largest ? largest : floorPowerOfTwo(left);
    chunks.push(items.slice(from, from + size));
    from += size;
  }
  return chunks;
}
