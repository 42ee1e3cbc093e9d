// Linking and overlap removal, run on real seed passages with a local stub for the numbers helper's indicators.
import { describe, expect, it } from "vitest";
import { extractCampaigns } from "@/lib/extract/extract-campaigns";
import { extractDepartments } from "@/lib/extract/extract-departments";
import { extractPlaces } from "@/lib/extract/extract-places";
import { linkEntities, nameSpans, removeNameOverlaps } from "@/lib/extract/link-entities";
import type { ExtractContext, ExtractedGoal, ExtractedIndicator } from "@/lib/extract/types";
import { ZAOTIAN } from "./extract-all-passages";

// Stub: an indicator for the n-th occurrence of `needle` (the real extractor is the numbers helper's).
function indicator(text: string, needle: string, nth = 0): ExtractedIndicator {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`stub: ${needle} not in text`);
  const end = start + needle.length;
  return {
    start, end, text: needle, value: Number.parseFloat(needle.replace(/[^\d.]/g, "")) || 0, unit: "",
    approx: "exact", role: "actual", sentence: { start, end },
  };
}

function link(text: string, needles: string[], ctx: ExtractContext = {}, goals: ExtractedGoal[] = []) {
  return linkEntities({
    text, ctx, goals,
    indicators: needles.map((n) => indicator(text, n)),
    campaigns: extractCampaigns(text),
    places: extractPlaces(text),
    departments: extractDepartments(text),
  });
}



describe("township links", () => {
  it("早田公司 30吨: the body naming 石梁镇 elsewhere does not link it; the headline does", () => {
    const out = link(ZAOTIAN, ["30吨", "5000余户"], { title: "早田公司每天30吨蔬菜保供上海" });
    expect(out.indicators.map((i) => i.township)).toEqual([undefined, undefined]);
    const headed = link(ZAOTIAN, ["30吨", "5000余户"], { title: "石梁镇早田公司每天30吨蔬菜保供上海" });
    expect(headed.indicators.map((i) => i.township)).toEqual(["石梁镇", "石梁镇"]);
  });

  it("does not guess when the sentence names several townships", () => {
    const out = link(ZAOTIAN, ["20万元"]);
    expect(out.indicators[0].township).toBeUndefined();
  });

  it("a village resolves to its township in the same clause", () => {
    const s =
      "据了解，柯城区黄家片区下刘村、四都刘村房屋征收涉及两村集体土地上房屋230余幢、被征收户近300户，征收总建筑面积近8万平方米，由石室乡、华墅乡、黄家街道、白云街道四个网格包干。";
    const out = link(s, ["230余幢", "四个网格", "近8万平方米"]);
    expect(out.indicators.map((i) => i.township)).toEqual(["黄家街道", undefined, undefined]);
    expect(out.indicators[0].campaign).toBe("黄家片区下刘、四都刘村房屋征收");
  });

  it("the headline decides when the body is silent", () => {
    const s = "一是抓好运动休闲产业，加快推进奥陶纪、寺桥水库、衢门山等一批重大项目落地";
    const ctx = { title: "找准定位 谋出特色", interviewee: "石梁镇党委书记 周锋" };
    expect(link(s, ["一批"], ctx).indicators[0].township).toBe("石梁镇");
    expect(link(s, ["一批"]).indicators[0].township).toBeUndefined();
  });
});

describe("department links", () => {
  // Seed 003, the 区发改局 interview.
  const FAGAI = [
    "三是持续发力，推动项目建设。聚焦前期攻坚、开工入库、督查预警等三个环节，持续开展重点建设项目“红黑榜”PK赛活动，并继续以“四个一”工作机制为抓手，抓紧抓实项目推进关键环节。",
    "全力打造四省边际共同富裕先行示范区是推动我区跨越式高质量发展的历史机遇，区发改局将深入贯彻落实区委八届十次全会精神，为打造四省边际共同富裕先行示范区贡献发改力量。",
  ].join("\n");

  it("a 区发改局 interview paragraph → 区发改局 (from the interviewee line)", () => {
    const ctx = { title: "抢抓政策机遇 助推项目建设", interviewee: "区发改局党组书记、局长 任文俊" };
    const out = link(FAGAI, ["三个环节"], ctx);
    expect(out.indicators[0].department).toBe("区发改局");
    expect(out.indicators[0].campaign).toBe("红黑榜PK赛");
    expect(out.campaigns.every((c) => c.department === "区发改局")).toBe(true);
  });

  it("without the interviewee: the department that opens a clause is the sentence's subject", () => {
    const out = link(FAGAI, ["三个环节"]);
    expect(out.indicators[0].department).toBeUndefined();
    const zone = out.campaigns.filter((c) => c.kind === "zone");
    expect(zone.map((c) => c.department)).toEqual(["区发改局", "区发改局"]);
  });

  it("the reporting department in the same clause (seed 000)", () => {
    const s = "会上，区发改局汇报关于柯城区高质量发展建设四省边际共同富裕示范区工作进展及下阶段工作。";
    const out = link(s, []);
    expect(out.campaigns).toHaveLength(1);
    expect(out.campaigns[0]).toMatchObject({ kind: "zone", department: "区发改局" });
  });
});

describe("campaign links", () => {
  const s =
    "截至11月15日22时，黄家片区下刘、四都刘村房屋征收入户调查完成率达100%，征收组仅用15天就完成了近300户房屋登记、测绘、评估工作。";

  it("links to the campaign in the clause, then the sentence", () => {
    const out = link(s, ["100%", "15天"]);
    expect(out.indicators.map((i) => i.campaign)).toEqual(["黄家片区下刘、四都刘村房屋征收", "黄家片区下刘、四都刘村房屋征收"]);
    expect(out.indicators.map((i) => i.township)).toEqual(["黄家街道", "黄家街道"]);
  });

  it("links from the headline when the sentence names none", () => {
    const body = "11月1日，入户调查工作正式启动。入户调查只是征收工作的开始，计划下月启动房屋征收签约工作。";
    const title = "入户调查完成100% 黄家片区下刘、四都刘村房屋征收首战告捷";
    const goal: ExtractedGoal = { start: 31, end: 45, text: body.slice(31, 45), verb: "计划", kind: "target" };
    const out = link(body, [], { title }, [goal]);
    expect(out.goals[0]).toMatchObject({ campaign: "黄家片区下刘、四都刘村房屋征收", township: "黄家街道" });
  });

  it("never gives the article's campaign to a number its sentence does not tie to it (issue #10 §3)", () => {
    const body = `${s}\n据了解，两村集体土地上房屋230余幢，征收总建筑面积近8万平方米。`;
    const out = link(body, ["100%", "230余幢", "近8万平方米"]);
    expect(out.indicators.map((i) => i.campaign)).toEqual(["黄家片区下刘、四都刘村房屋征收", undefined, undefined]);
  });

  it("keeps links an earlier stage already set", () => {
    const ind = { ...indicator(s, "100%"), township: "石室乡" };
    const out = linkEntities({
      text: s, indicators: [ind], goals: [],
      campaigns: extractCampaigns(s), places: extractPlaces(s), departments: extractDepartments(s),
    });
    expect(out.indicators[0].township).toBe("石室乡");
    expect(out.indicators[0].campaign).toBe("黄家片区下刘、四都刘村房屋征收");
  });
});

describe("overlap removal", () => {
  it("drops numbers inside campaign, place and numbered names and keeps real quantities", () => {
    const s =
      "对标26县考核争进位。以市委“六治六提”作风建设行动为抓手，七里乡七里三村通过强村公司经营香溪漂流项目，带动30余户增收。";
    const spans = nameSpans({
      text: s, campaigns: extractCampaigns(s), places: extractPlaces(s), departments: extractDepartments(s),
    });
    const candidates = ["26县", "六治", "七里", "三村", "30余户"].map((n) => indicator(s, n));
    expect(removeNameOverlaps(candidates, spans).map((i) => i.text)).toEqual(["30余户"]);
  });

  it("drops the term number of a department name", () => {
    const s = "蒋国强主持召开区九届政府第89次常务会议";
    const spans = nameSpans({ text: s, campaigns: [], places: [], departments: extractDepartments(s) });
    expect(removeNameOverlaps([indicator(s, "九届"), indicator(s, "第89次")], spans).map((i) => i.text)).toEqual(["第89次"]);
  });
});

describe("headline departments", () => {
  it("a person's title in a headline does not make the article that body's", () => {
    const s = "他强调，要认真学习贯彻习近平总书记关于作风建设的重要论述精神，全面提速提能提效。";
    const out = link(s, ["提速"], { title: "区委书记蒋国强调研作风建设" });
    expect(out.indicators[0].department).toBeUndefined();
    expect(link(s, ["提速"], { kicker: "区委召开常委会议和常委扩大会议" }).indicators[0].department).toBe("区委");
  });
});

describe("headline numbers (issue #10 §4)", () => {
  it("a headline number the body repeats is one indicator, the body's", async () => {
    const { extractAll } = await import("@/lib/extract");
    const body = "截至11月15日22时，黄家片区下刘、四都刘村房屋征收入户调查完成率达100%。";
    const out = extractAll(body, { title: "入户调查完成100% 黄家片区下刘、四都刘村房屋征收首战告捷" });
    expect(out.indicators.map((i) => [i.text, i.headline])).toEqual([["100%", undefined]]);
  });

  it("a number only the headline gives is extracted, marked and linked by the headline", async () => {
    const { extractAll } = await import("@/lib/extract");
    const body = "11月1日，入户调查工作正式启动，征收组逐户上门。";
    const out = extractAll(body, { title: "黄家片区下刘、四都刘村房屋征收 入户调查完成300户" });
    expect(out.indicators).toHaveLength(1);
    expect(out.indicators[0]).toMatchObject({
      text: "300户", value: 300, unit: "户", headline: true, start: 0, end: 0,
      campaign: "黄家片区下刘、四都刘村房屋征收",
    });
  });
});
