import { describe, expect, it } from "vitest";
import { normaliseText } from "@/lib/text/normalise-text";
import { repairPageBreaks } from "@/lib/text/repair-page-breaks";
import { seedText } from "./load-seed";

const repaired = (prefix: string) => repairPageBreaks(normaliseText(seedText(prefix)));

describe("repairPageBreaks on the seeds", () => {
  it.each([
    ["000", "今年是“十四五”开局之年，也是共同富裕示范区建设起步之年，"],
    ["000", "进一步做精做强做优柯城特色生态工业平台。"],
    ["000", "来自下刘村第一网格的被征收户刘某某就是其中一名，"],
    ["000", "一花引来百花开。全国文明城市建设过程中，"],
    ["000", "高要求落实、高品味建设，依托区文化中心"],
    ["001", "重点打造以航埠工业园区为主的工业平台"],
    ["001", "城乡建设的排头兵和改革创新的先行者。"],
    ["001", "“我们在努力实现上海居民‘蔬菜自由’的同时，"],
    ["002", "表决心，“评审团”现场评议，气氛热烈。"],
    ["002", "浙江恩派宠物用品有限公司内一派繁忙景象。"],
    ["004", "“百日投产”的效率让企业负责人惊喜不已。"],
    ["004", "并听取荷花街道以“四维考评”体系落实“六治六提”作风建设的情况介绍。"],
    ["004", "七里乡利用得天独厚的地理优势，在推动农家乐"],
    ["004", "关于提请审议区政府及相关乡镇(街道)驻地迁移的议案"],
  ])("seed %s reads “%s”", (prefix, sentence) => {
    expect(repaired(prefix).text).toContain(sentence);
  });

  it("drops the fragment printed twice in seed 002: 以此次“擂台赛”为契机，加强…", () => {
    const { text, repairs } = repaired("002");
    expect(text).toContain("他们将以此次“擂台赛”为契机，加强干部队伍建设，");
    expect(text).not.toContain("契机，机，");
    expect(repairs.filter((r) => r.kind === "dedupe")).toEqual([
      { kind: "dedupe", line: 37, tail: "赛”为契机，", head: "机，加强干部", dropped: "机，" },
    ]);
  });

  it("repairs exactly the 21 page breaks of the seeds and nothing else", () => {
    const counts = ["000", "001", "002", "003", "004"].map((p) => repaired(p).repairs.length);
    expect(counts).toEqual([6, 5, 5, 0, 5]);
  });

  it("never joins a headline into the body that follows it (seed 001 早田公司)", () => {
    const { text } = repaired("001");
    expect(text).toContain("日服务上海居民5000余户\n\n早田公司每天30吨蔬菜保供上海\n\n防控重点物资运输车辆通行证。");
  });

  it("never joins across the column gaps of the interview page (seed 003)", () => {
    const { text } = repaired("003");
    expect(text).toContain("找准石梁发展\n\n石室乡党委书记 丰小龙：");
    expect(text).toContain("深化卫生健康数\n\n\n\n华墅乡党委书记 郑迅舟");
  });
});

describe("repairPageBreaks rules", () => {
  it("joins a word cut by the break", () => {
    expect(repairPageBreaks("会议强调，今年是“十四五”开局之年，也是共同富裕示\n\n范区建设起步之年。").text).toBe(
      "会议强调，今年是“十四五”开局之年，也是共同富裕示范区建设起步之年。",
    );
  });

  it("joins 为契\\n\\n机，加强 without dropping anything (no repeat)", () => {
    const { text, repairs } = repairPageBreaks("蛟池街社区书记、主任于慧超表示，他们将以此次“擂台赛”为契\n\n机，加强干部队伍建设。");
    expect(text).toBe("蛟池街社区书记、主任于慧超表示，他们将以此次“擂台赛”为契机，加强干部队伍建设。");
    expect(repairs[0].kind).toBe("join");
  });

  it("keeps a reduplicated character across a break: 天\\n\\n天 is 天天, not a repeat", () => {
    const { text } = repairPageBreaks("每到周末，村里的文化礼堂总是热闹非凡，大家天\n\n天都来这里跳舞。");
    expect(text).toBe("每到周末，村里的文化礼堂总是热闹非凡，大家天天都来这里跳舞。");
  });

  it("keeps a two-character word repeated across a break when it is not a clause fragment", () => {
    const { text } = repairPageBreaks("会后，村两委干部围坐在一起，认真地讨论\n\n讨论稿的每一处细节。");
    expect(text).toBe("会后，村两委干部围坐在一起，认真地讨论讨论稿的每一处细节。");
  });

  it("does not join a short unpunctuated line: it is a headline, not a cut sentence", () => {
    const input = "日服务上海居民5000余户\n\n早田公司每天30吨蔬菜保供上海\n\n防控重点物资运输车辆通行证。";
    expect(repairPageBreaks(input).text).toBe(input);
  });

  it("does not join a closed sentence, a headline or a byline", () => {
    const input = [
      "会议还研究了其他事项。",
      "",
      "区十届政府召开第4次常务会议",
      "",
      "本报讯（记者 方心怡）4月12日上午，区委副书记、区长胡益峰主持召开会议",
    ].join("\n");
    expect(repairPageBreaks(input).text).toBe(input);
  });

  it("does not join a body line to a headline that is followed by 本报讯", () => {
    const input = "据了解，该公司日供新鲜蔬菜30吨，可满足5000余户上海居民的生活\n\n征收是好事，我们都支持\n\n本报讯（记者 王思）近日，……";
    expect(repairPageBreaks(input).repairs).toEqual([]);
  });

  it("joins a line that starts with closing punctuation", () => {
    expect(repairPageBreaks("他说：“老百姓盼着拆迁很久了\n\n。”").text).toBe("他说：“老百姓盼着拆迁很久了。”");
  });
});
