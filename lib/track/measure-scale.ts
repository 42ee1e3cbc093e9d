// A measure in its family's base unit, so a target and a report written in different units compare (issue #11 §3: a
// goal of 3.5公里 met by a report of 3600米; 亩 against 平方米). Money and 万/亿 are already scaled by the extractor
// (5.2亿元 → 520000000 元); lengths, areas and masses keep the unit the paper wrote. Pure.

const BASE: Record<string, number> = {
  // length, in metres
  公里: 1000,
  千米: 1000,
  米: 1,
  厘米: 0.01,
  毫米: 0.001,
  // area, in square metres
  平方公里: 1_000_000,
  平方千米: 1_000_000,
  公顷: 10_000,
  亩: 10_000 / 15,
  平方米: 1,
  // mass, in kilograms
  吨: 1000,
  公斤: 1,
  千克: 1,
  斤: 0.5,
};

// The value in its family's base unit; the value itself when the unit has no known scale (counts, money, percent).
export function inBaseUnit(value: number, unit: string | null | undefined): number {
  return unit && BASE[unit] !== undefined ? value * BASE[unit] : value;
}
