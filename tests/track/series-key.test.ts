import { describe, expect, it } from "vitest";
import { isCoreIndicator, normaliseMetric, seriesKey, unitFamily } from "@/lib/extract/series-key";
import { extractAll } from "@/lib/extract";

describe("series keys", () => {
  it.each([
    ["签约率", "签约率"],
    ["签约", "签约率"],
    ["完成签约", "签约率"],
    ["已完成签约", "签约率"],
    ["入户调查完成率", "入户调查完成率"],
    ["入户调查", "入户调查完成率"],
    ["上海居民", "上海居民"],
  ])("normalises the metric %s → %s", (metric, expected) => expect(normaliseMetric(metric)).toBe(expected));

  it.each([
    ["%", "percent"],
    ["元", "money"],
    ["吨", "mass"],
    ["公斤", "mass"],
    ["户", "count:户"],
    ["天", "duration"],
  ])("puts the unit %s in the family %s", (unit, family) => expect(unitFamily(unit)).toBe(family));

  it("keys one measure of one subject across spellings, and keeps other subjects and units apart", () => {
    const project = "黄家片区下刘、四都刘村房屋征收";
    const a = seriesKey({ metric: "签约率", unit: "%", campaign: project });
    expect(seriesKey({ metric: "完成签约", unit: "%", campaign: project })).toBe(a);
    expect(seriesKey({ metric: "签约率", unit: "%", campaign: "宫宝宿舍地块国有土地上房屋征收" })).not.toBe(a);
    expect(seriesKey({ metric: "签约", unit: "户", campaign: project })).not.toBe(a);
    expect(seriesKey({ metric: "签约率", unit: "%", township: "黄家街道" })).toBe("签约率|黄家街道|percent");
    expect(seriesKey({ metric: null, unit: "户" })).toBeUndefined();
  });

  it("gives extracted indicators their key and core flag", () => {
    const out = extractAll("截至11月15日22时，黄家片区下刘、四都刘村房屋征收入户调查完成率达100%，征收组仅用15天就完成了近300户房屋登记。", {
      title: "入户调查完成100% 黄家片区下刘、四都刘村房屋征收首战告捷",
    });
    const rate = out.indicators.find((i) => i.unit === "%")!;
    expect(rate.seriesKey).toMatch(/^入户调查完成率\|.+\|percent$/);
    expect(rate.core).toBe(true);
    expect(out.indicators.find((i) => i.unit === "天")?.core).toBe(false);
  });
});

describe("core or incidental", () => {
  it.each([
    [{ value: 300, unit: "户" }, true],
    [{ value: 30, unit: "吨", period: "day" }, true],
    [{ value: 5000000, unit: "元" }, true],
    [{ value: 100, unit: "%" }, true],
    [{ value: 12, unit: "个" }, true],
    [{ value: 3, unit: "场" }, true],
    [{ value: 1, unit: "名" }, false],
    [{ value: 2, unit: "名" }, false],
    [{ value: 120, unit: "名" }, true],
    [{ value: 30, unit: "年" }, false],
    [{ value: 15, unit: "天" }, false],
    [{ value: 76, unit: "岁" }, false],
    [{ value: 15, unit: "天", role: "target" }, true],
  ])("%o is core: %s", (item, core) => expect(isCoreIndicator(item)).toBe(core));
});

describe("series subjects: the project a sentence ties the number to (issue #11 §2)", () => {
  const keyOf = (text: string, title = "征收快讯") => extractAll(text, { title }).indicators.find((i) => i.unit === "%")?.seriesKey;
  it("puts two villages' rates of one township in two series", () => {
    const a = keyOf("近日，石梁镇梅山村征收项目签约率达100%。");
    const b = keyOf("截至目前，石梁镇溪口村征收项目已签约40户，签约率为45%。"); // 溪口村: not in the gazetteer, read after 石梁镇
    expect(a).toBe("签约率|梅山|percent");
    expect(b).toBe("签约率|溪口|percent");
  });
  it("follows one project whether the sentence names its campaign or only its villages", () => {
    const project = "黄家片区下刘、四都刘村房屋征收";
    expect(seriesKey({ metric: "签约率", unit: "%", campaign: project })).toBe("签约率|下刘、四都刘|percent");
    expect(keyOf("截至12月20日，下刘、四都刘村征收项目签约率达78%。")).toBe("签约率|下刘、四都刘|percent");
  });
  it("keeps the campaign, township or district where the sentence names no village", () => {
    expect(seriesKey({ metric: "签约率", unit: "%", campaign: "宫宝宿舍地块国有土地上房屋征收" })).toBe("签约率|宫宝宿舍地块国有土地上房屋征收|percent");
    expect(keyOf("全区农村生活污水治理行政村覆盖率达100%。", "治水快讯")).toBe("覆盖率|全区|percent");
  });
});
