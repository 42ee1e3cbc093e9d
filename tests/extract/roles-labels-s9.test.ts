// Roles, labels and number shapes from the session-9 held-out miss categories (reported by the keeper as categories
// with invented examples; no held-out text). Every sentence here is invented; each test fixes a grammar, not a phrase.
import { describe, expect, it } from "vitest";
import { extractIndicators, scanNumbers } from "@/lib/extract/extract-indicators";

const roles = (s: string) => extractIndicators(s).map((i) => [i.text, i.role]);
const labels = (s: string) => extractIndicators(s).map((i) => [i.text, i.metric]);
const texts = (s: string) => extractIndicators(s).map((i) => i.text);
const found = (s: string) => extractIndicators(s).map((i) => [i.text, i.value, i.unit]);
const rule = (s: string, text: string) => scanNumbers(s).rejected.find((r) => r.text.includes(text))?.rule;

describe("roles: every item of a target list is a target (list)", () => {
  it("a ；-separated list after 目标是/预期目标是/目标为 is targets to the full stop", () => {
    expect(roles("今年全县主要预期目标是：农业增加值增长5%；城镇新增就业3000人；粮食播种面积稳定在20万亩。")).toEqual([
      ["5%", "target"],
      ["3000人", "target"],
      ["20万亩", "target"],
    ]);
    expect(roles("全镇发展目标为：工业产值增长10%；村集体收入突破800万元；新建农村公路30公里。").map((r) => r[1])).toEqual([
      "target",
      "target",
      "target",
    ]);
    expect(roles("目标是全年完成造林1万亩；建成美丽庭院500户；培育家庭农场20家。").map((r) => r[1])).toEqual([
      "target",
      "target",
      "target",
    ]);
  });

  it("the list ends at the full stop, and an item that reports a result is actual", () => {
    expect(roles("年度目标为：新增就业800人；截至目前已完成620人。全年接待游客5万人次。").map((r) => r[1])).toEqual([
      "target",
      "actual",
      "actual",
    ]);
    // a result sentence that merely mentions a goal word opens no list
    expect(roles("去年全镇完成了目标任务：新建公厕12座；改造危房40户。").map((r) => r[1])).toEqual(["actual", "actual"]);
  });

});

describe("roles: plans and remaining work", () => {
  it("counts in the clauses of a plan sentence are planned", () => {
    expect(roles("该街道计划今年改造老旧小区，实施12个改造项目，先期启动5个。")).toEqual([
      ["12个", "target"],
      ["5个", "target"],
    ]);
    expect(roles("村里计划明年新建停车场，新增车位200个，配套充电桩30个，安装路灯60盏。").map((r) => r[1])).toEqual([
      "target",
      "target",
      "target",
    ]);
    // what the sentence reports as done after the plan stays actual
    expect(roles("该镇计划今年改造危房50户，目前已完成32户。").map((r) => r[1])).toEqual(["target", "actual"]);
    expect(roles("原计划3年完成，实际仅用1年。")).toEqual([
      ["3年", "target"],
      ["1年", "actual"],
    ]);
    expect(roles("该县计划投资1.2亿元，实施20个农村供水项目，先期完成8个。").map((r) => r[1])).toEqual([
      "target",
      "target",
      "target",
    ]);
    // a project's planned total is a figure of its own clause, not a plan of action
    expect(roles("项目计划总投资8000万元，年度投资3000万元，申请补助资金200万元。").map((r) => r[1])[2]).toBe("actual");
  });

  it("a planned campaign span and remaining work are targets", () => {
    expect(roles("全镇上下开展大干90天攻坚行动，全力推进项目建设。")).toEqual([["90天", "target"]]);
    expect(roles("目前已签约400户，还需完成80户的签约工作。")).toEqual([
      ["400户", "actual"],
      ["80户", "target"],
    ]);
    expect(roles("全村尚需搬迁36户。")).toEqual([["36户", "target"]]);
    // a span that was worked, and what is left as a fact, stay actual
    expect(roles("工作组奋战了45天，完成全部清表。")).toEqual([["45天", "actual"]]);
    expect(roles("该工序只需3天即可完成。")).toEqual([["3天", "actual"]]);
  });
});

describe("roles: spans to reach, deadlines and target years", () => {
  it("a span given to reach a result is planned; a span it took is not", () => {
    expect(roles("全县用5年时间建成全域旅游示范区。")).toEqual([["5年", "target"]]);
    expect(roles("工作组用了3天时间完成清表。")).toEqual([["3天", "actual"]]);
    expect(roles("仅用15天就完成了搬迁。")).toEqual([["15天", "actual"]]);
  });

  it("a deadline before a count and a completion after it make a commitment", () => {
    expect(roles("年底前20个村完成改厕。")).toEqual([["20个", "target"]]);
    expect(roles("年底前20个村已完成改厕。")).toEqual([["20个", "actual"]]);
    expect(roles("去年年底全县20个村完成改厕。")).toEqual([["20个", "actual"]]);
    expect(roles("全年超计划完成投资3亿元。")).toEqual([["3亿元", "actual"]]);
  });

  it("到 + a year sets a target unless the sentence reports it reached", () => {
    expect(roles("到2030年，全县森林覆盖率达到65%。")).toEqual([["65%", "target"]]);
    expect(roles("到2022年底，全县已建成公厕200座。")).toEqual([["200座", "actual"]]);
    expect(roles("从2015年到2020年，全县生产总值增长50%。")).toEqual([["50%", "actual"]]);
    expect(roles("截至到2022年底，全县累计建成公厕200座。")).toEqual([["200座", "actual"]]);
  });
});

describe("labels (L-year)", () => {
  it("the 年 of a year before the number's words is not part of the label", () => {
    expect(labels("预计2027年产值可达5亿元。")).toEqual([["5亿元", "产值"]]);
    expect(labels("2024年村集体经济收入达到300万元。")).toEqual([["300万元", "村集体经济收入"]]);
    expect(labels("1-9月份新开工项目45个。")[0][1]).toBe("新开工项目");
    // 年产值 written as a word stays (a yearly output)
    expect(labels("全厂年产值达到2亿元。")[0][1]).toMatch(/年产值$/);
  });
});

describe("labels (L-timeword)", () => {
  it("a time word after the counted noun is not part of it", () => {
    expect(labels("全镇12个村年内完成垃圾分类。")).toEqual([["12个", "村"]]);
    expect(labels("石门、龙山两个社区年底前建成养老驿站。")).toEqual([["两个", "社区"]]);
  });
});

describe("labels (L-listnames)", () => {
  it("the names of a list before a count are not its label", () => {
    expect(labels("金桥、银湖等2个项目近期可开工建设。")).toEqual([["2个", "项目"]]);
    expect(labels("东坑、西坑、南坑3个村今年全部完成改厕。")).toEqual([["3个", "村"]]);
    expect(labels("城南、城北等6个安置小区部分交付。")).toEqual([["6个", "安置小区"]]);
    // a count of the names listed right before it: the last name is a member, not the label
    const [three] = extractIndicators("全镇石门、龙山、溪口3村实现集体经济收入50万元以上。");
    expect([three.text, three.metric]).toEqual(["3村", undefined]);
    expect(texts("东坑、西坑两村完成改造。")).toEqual(["两村"]);
    // …but numbered names stay names, and a list of works keeps the label of the last one
    expect(texts("滨一村、滨二村、滨三村的村民")).toEqual([]);
    expect(labels("完成立面改造、新建公厕12座。")).toEqual([["12座", "新建公厕"]]);
  });
});

describe("labels (L-respective)", () => {
  it("分别 + a change: both numbers get the change, without 分别", () => {
    const pair = labels("产值和税收分别增长12%和8%。");
    expect(pair.map((p) => p[0])).toEqual(["12%", "8%"]);
    for (const [, metric] of pair) {
      expect(metric).toBeDefined();
      expect(metric).not.toMatch(/分别/);
      expect(metric).toMatch(/增长/);
    }
  });

  it("names listed before 分别 pair up with the numbers in order", () => {
    expect(labels("投资、消费和出口分别达到12亿元、8亿元和5亿元。")).toEqual([
      ["12亿元", "投资"],
      ["8亿元", "消费"],
      ["5亿元", "出口"],
    ]);
    // a verb that is not a link labels every number of the list
    expect(labels("各乡镇分别超额完成15%、9%和6%。").map((l) => l[1])).toEqual(["超额完成", "超额完成", "超额完成"]);
  });

  it("a number joined to the one before by 、 alone shares its label", () => {
    expect(labels("年均增长达到12.5%、9.8%、7.1%。").map((l) => l[1])).toEqual(["年均增长", "年均增长", "年均增长"]);
  });
});

describe("labels (L-threshold)", () => {
  it("category qualifiers and thresholds are not the measured thing", () => {
    expect(labels("全区规模以上工业企业达到120家。")).toEqual([["120家", "工业企业"]]);
    expect(labels("产值超亿元工业企业15家。")).toEqual([["15家", "工业企业"]]);
    expect(texts("产值超亿元工业企业15家。")).toEqual(["15家"]);
    expect(rule("产值超亿元工业企业15家。", "超亿元")).toBe("category");
    expect(labels("全区规上工业增加值增长8%。")[0][1]).toBe("工业增加值增长");
    // a bare head word would name no measure: the class stays (dev d52's 新增规上企业)
    expect(labels("今年新增规上企业20家。")[0][1]).toBe("新增规上企业");
  });
});

describe("labels (L-adverb)", () => {
  it("adverbs before the verb are not part of the label", () => {
    expect(labels("另外还需搬迁120户。")).toEqual([["120户", "搬迁"]]);
    expect(labels("此外新增停车位300个。")[0][1]).toBe("新增停车位");
    expect(labels("目标是新增就业1000人。")[0][1]).toBe("新增就业");
  });
});

describe("labels (L-rate)", () => {
  it("a rate takes the verb after it, not the noun counted before it", () => {
    expect(labels("300户农户100%签约。")).toEqual([
      ["300户", "农户"],
      ["100%", "签约"],
    ]);
    // a rate named before it keeps that name
    expect(labels("农户签约率达到100%。")).toEqual([["100%", "农户签约率"]]);
    // …and a subject with no count before it stays the label (dev d38's shape)
    expect(labels("全村困难群众90%参保。")[0][1]).toMatch(/困难群众$/);
  });
});

describe("numbers that are not quantities of the story", () => {
  it.each([
    ["过去的五年里，全县新增就业1万人。", "五年"],
    ["过去两个多月，共接待游客3万人次。", "两个多月"],
    ["过去十几年，村里人口逐年减少。", "十几年"],
    ["过去近十年，全镇累计投入2亿元。", "十年"],
    ["在过去的三个季度中，全县新签约项目40个。", "三个"],
  ])("a time reference: %s", (s, text) => {
    expect(texts(s).some((t) => t.includes(text))).toBe(false);
    expect(rule(s, text)).toBe("time-reference");
  });

  it("三次产业 is a fixed term, not a count of times", () => {
    expect(texts("全县三次产业结构调整为8:42:50。")).toEqual([]);
    // a count of times stays
    expect(texts("工作组先后三次上门走访")).toEqual(["三次"]);
  });

  it("a page label with a letter before the page number is no count", () => {
    expect(texts("第B03版：要闻")).toEqual([]);
    expect(texts("A2版 综合新闻")).toEqual([]);
    expect(texts("今年出版专刊12版")).toEqual(["12版"]);
  });
});

describe("a count + 多/余/万 + a bare noun of people", () => {
  it.each([
    ["他带领全乡4000多群众修路。", "4000多", 4000, "群众"],
    ["节日期间吸引了2万余游客。", "2万余", 20000, "游客"],
    ["1200多村民参加了议事会。", "1200多", 1200, "村民"],
    ["惠及全镇3.2万老百姓。", "3.2万", 32000, "老百姓"],
    ["帮助300余贫困群众就业。", "300余", 300, "贫困群众"],
  ])("%s", (s, text, value, unit) => {
    expect(found(s)).toContainEqual([text, value, unit]);
  });

  it("a bare noun that is not a group of people makes no unit", () => {
    expect(texts("全文3000多字")).toEqual([]);
    expect(texts("两村村民代表参加")).toEqual(["两村"]);
    expect(labels("他带领全乡4000多群众修路。")).toEqual([["4000多", "群众"]]);
  });
});
