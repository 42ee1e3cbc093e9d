import { describe, expect, it } from "vitest";
import { formatCompact } from "@/app/_components/charts/compact-number";

// The hand-written 万/亿 formatting the chart used before Intl's compact notation replaced it (issue #12 item 8).
function handWritten(value: number): string {
  if (Math.abs(value) >= 1e8) return `${+(value / 1e8).toFixed(2)}亿`;
  if (Math.abs(value) >= 1e4) return `${+(value / 1e4).toFixed(2)}万`;
  return `${+value.toFixed(2)}`;
}

// A value whose third decimal in its unit is exactly 5: toFixed rounds the binary fraction there, Intl the decimal.
function isTie(value: number): boolean {
  const abs = Math.abs(value);
  const scaled = abs >= 1e8 ? abs / 1e8 : abs >= 1e4 ? abs / 1e4 : abs;
  const hundredths = Math.round(scaled * 1e6) / 1e4;
  return Math.abs(hundredths - Math.floor(hundredths) - 0.5) < 1e-9;
}

describe("chart numbers in 万 and 亿", () => {
  it("writes the units and decimals a reader expects", () => {
    const cases: [number, string][] = [
      [0, "0"],
      [7.5, "7.5"],
      [12.345, "12.35"],
      [9999, "9999"],
      [10000, "1万"],
      [12345, "1.23万"],
      [1234567, "123.46万"],
      [99990000, "9999万"],
      [100000000, "1亿"],
      [123456789, "1.23亿"],
      [-20000, "-2万"],
    ];
    for (const [value, text] of cases) expect(formatCompact(value), String(value)).toBe(text);
  });

  it("equals the hand-written version for whole and two-decimal values below 1万亿, ties aside", () => {
    // Deterministic sweep: every magnitude from 1 to 1e11 in small steps, whole and with cents, both signs.
    let compared = 0;
    for (let exponent = 0; exponent <= 11; exponent += 0.003) {
      for (const value of [Math.round(10 ** exponent), Math.round(10 ** exponent * 100) / 100]) {
        for (const signed of [value, -value]) {
          if (isTie(signed) || Math.abs(signed) >= 1e12) continue;
          // Values that round up into the next unit (9999.995 → 1万) are where the hand-written one wrote 10000.
          if (handWritten(signed).replace(/^-/, "").startsWith("10000")) continue;
          expect(formatCompact(signed), String(signed)).toBe(handWritten(signed));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it("rounds ties in the decimal and carries into the next unit, where the hand-written version did not", () => {
    expect(handWritten(38150)).toBe("3.81万");
    expect(formatCompact(38150)).toBe("3.82万");
    expect(handWritten(99999999.5)).toBe("10000万");
    expect(formatCompact(99999999.5)).toBe("1亿");
    expect(formatCompact(1.2e12)).toBe("1.2万亿");
  });
});
