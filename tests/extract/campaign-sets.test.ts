import { describe, expect, it } from "vitest";
import { extractCampaigns } from "@/lib/extract/extract-campaigns";

// Campaigns by form. Sentences from dev-split sources (tests/gold/dev/SOURCES.md), URL with each.
const names = (text: string) => extractCampaigns(text).map((c) => c.name);

describe("the members of a counted set", () => {
  // https://www.hangzhou.gov.cn/art/2023/7/28/art_1229230651_4187432.html (d66)
  const plan =
    "坚持创新深化、改革攻坚、开放提升,深入实施生态农业提效、和美乡村提质、农民增收提阶、集成改革提速、基础设施提标、公共服务提优、乡村善治提能、党建领富提级“八大行动”,打响品牌。";

  it("reads each item before “八大行动” as a drive with the set's head word", () => {
    const found = extractCampaigns(plan);
    expect(found.filter((c) => c.kind === "drive" && c.text !== "“八大行动”").map((c) => [c.text, c.name])).toEqual([
      ["生态农业提效", "生态农业提效行动"],
      ["和美乡村提质", "和美乡村提质行动"],
      ["农民增收提阶", "农民增收提阶行动"],
      ["集成改革提速", "集成改革提速行动"],
      ["基础设施提标", "基础设施提标行动"],
      ["公共服务提优", "公共服务提优行动"],
      ["乡村善治提能", "乡村善治提能行动"],
      ["党建领富提级", "党建领富提级行动"],
    ]);
  });

  it("reads no member when the list does not hold as many items as the count says", () => {
    // the same sentence with one item left out: seven items before 八大行动
    const seven = plan.replace("和美乡村提质、", "");
    expect(names(seven).filter((n) => n.endsWith("提效行动") || n.endsWith("提级行动"))).toEqual([]);
  });
});

describe("a quoted name before 项目", () => {
  it("is a project: “小田改大田”项目", () => {
    // http://cixi.17car.com.cn/cixi/2023/0110/351738.html (d64)
    expect(names("李家塅村、湄江村“小田改大田”项目以及平华、湄江、高燕、清溪等村产业路项目")).toEqual(["小田改大田项目"]);
  });

  it("is not a quoted praise that ends in 项目", () => {
    // http://jxxznews.zjol.com.cn/xznews/system/2013/09/03/016884540.shtml (d05)
    expect(names("形成了富有特色的江南乡村景观,被誉为“平原地区最具规模的新农村典型建设项目”。")).toEqual([]);
  });
});
