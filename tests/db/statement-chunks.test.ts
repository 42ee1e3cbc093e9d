import { describe, expect, it } from "vitest";
import { MAX_PARAMETERS, powerOfTwoChunks } from "@/lib/db/statement-chunks";

const isPowerOfTwo = (n: number) => Number.isInteger(n) && n >= 1 && (n & (n - 1)) === 0;

// The contract the multi-row statements rely on (sql-runner insert, the evidence summary update, the linker's key
// reads): every chunk is 2^k items, the chunks give back the list in order with nothing lost or repeated, no chunk
// binds more than MAX_PARAMETERS, and the sizes are few (the statement cache holds one shape per size).
describe("powerOfTwoChunks", () => {
  const cases: { most: number; perItem: number }[] = [
    { most: 64, perItem: 1 },
    { most: 64, perItem: 4 },
    { most: 128, perItem: 6 },
    { most: 100, perItem: 1 }, // not a power of two: rounded down to 64
    { most: 64, perItem: 1_000 }, // the parameter limit binds: 30 items fit, chunks of 16
    { most: 64, perItem: 20_000 }, // one item a chunk
    { most: 64, perItem: 50_000 }, // more than the limit for one item: still one item a chunk, never none
    { most: 64, perItem: 0 }, // no parameters: the limit does not bind
  ];
  for (const { most, perItem } of cases) {
    it(`cuts lists of 0–300 items (most ${most}, ${perItem} parameters an item)`, () => {
      for (let length = 0; length <= 300; length++) {
        const items = Array.from({ length }, (_, k) => k);
        const chunks = powerOfTwoChunks(items, most, perItem);
        expect(chunks.flat()).toEqual(items);
        const sizes = chunks.map((chunk) => chunk.length);
        const wrong = sizes.filter((size) => !isPowerOfTwo(size) || size > most || (size > 1 && size * perItem > MAX_PARAMETERS));
        expect(wrong, `length ${length}`).toEqual([]);
        // Largest first and never growing again, so at most log2(most) + 1 shapes.
        expect(sizes.every((size, k) => k === 0 || size <= sizes[k - 1]), `length ${length}`).toBe(true);
        expect(new Set(sizes).size).toBeLessThanOrEqual(Math.log2(most) + 1);
      }
    });
  }

  it("uses the largest chunk the limits allow while the list lasts, then the binary digits of the rest", () => {
    const items = Array.from({ length: 64 * 2 + 45 }, (_, k) => k);
    expect(powerOfTwoChunks(items, 64).map((c) => c.length)).toEqual([64, 64, 32, 8, 4, 1]);
    expect(powerOfTwoChunks(items, 64, 1_000).map((c) => c.length).slice(0, 3)).toEqual([16, 16, 16]);
    expect(powerOfTwoChunks([], 64)).toEqual([]);
  });
});
