import { describe, expect, it } from "vitest";
import { objectKeyGrams } from "@/lib/track/subject-tokens";

// The index keys an object by some of its trigrams, not all (winnowing): what must hold is that a headline writing
// four characters of the name in a row still shares a key with it, wherever in the name and the headline they stand.
describe("objectKeyGrams", () => {
  const names = ["冷藏保鲜整县试点", "数字农业科创园", "衢江柯城段游船码头", "方舱医院", "白云山森林公园"];

  it("shares a key between a name and any text that writes four of its characters in a row", () => {
    let checked = 0;
    for (const name of names) {
      const keys = new Set(objectKeyGrams(name));
      for (let i = 0; i + 4 <= name.length; i++) {
        const four = name.slice(i, i + 4);
        // a generic word inside (建设) or a function character cuts the run: then there are no four in a row to share
        if (objectKeyGrams(four.slice(0, 3)).length !== 1 || objectKeyGrams(four.slice(1)).length !== 1) continue;
        for (const headline of [`${four}通过验收`, `我区${four}`, `全面推进，${four}正式启用`]) {
          checked += 1;
          expect(objectKeyGrams(headline).some((k) => keys.has(k)), `${name} / ${headline}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("keeps fewer keys than all trigrams of a long name, and the one trigram of a three-character run", () => {
    const name = "全国农产品产地冷藏保鲜整县试点";
    expect(objectKeyGrams(name).length).toBeLessThan(name.length - 2);
    expect(objectKeyGrams(name).every((k) => name.includes(k) && k.length === 3)).toBe(true);
    expect(objectKeyGrams("游船码")).toEqual(["游船码"]);
  });
});
