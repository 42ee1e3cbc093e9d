import { describe, expect, it } from "vitest";
import { normaliseTownshipName, normaliseVillageName } from "@/lib/gazetteer/normalise-names";

describe("normaliseVillageName: the committee the data names → the place the paper names", () => {
  it.each([
    ["碗窑村委会", "碗窑村", "village"],
    ["严村村委会", "严村", "village"], // the name's own 村 is kept, never doubled
    ["七里三村村委会", "七里三村", "village"],
    ["范村委会", "范村", "village"],
    ["北京像素村民委员会", "北京像素村", "village"],
    ["严村村村民委员会", "严村村", "village"], // 龙游县's 严村村 is written that way
    ["荷北苑社区居委会", "荷北苑社区", "community"],
    ["多福巷社区居民委员会", "多福巷社区", "community"],
    ["城关居委会", "城关社区", "community"],
    ["新荷社区", "新荷社区", "community"],
  ])("%s → %s", (raw, name, level) => {
    expect(normaliseVillageName(raw)).toEqual({ name, level });
  });
});

describe("normaliseTownshipName", () => {
  it.each([
    ["漓东街道办事处", "漓东街道"],
    ["东华门街道", "东华门街道"],
    ["石梁镇", "石梁镇"],
    ["某某办事处", "某某街道"],
  ])("%s → %s", (raw, name) => expect(normaliseTownshipName(raw)).toBe(name));
});
