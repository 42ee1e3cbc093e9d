import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractIndicators, scanNumbers } from "@/lib/extract/extract-indicators";
import { extractProgress } from "@/lib/extract/extract-progress";
import { findNonQuantitySpans } from "@/lib/extract/non-quantities";
import type { ExtractedIndicator } from "@/lib/extract/types";

type Expected = Partial<ExtractedIndicator> & { text: string };

// Real sentences from the seeds, each with every indicator it must yield, in order.
const CASES: { seed: string; sentence: string; expected: Expected[] }[] = [
  {
    seed: "000 L35",
    sentence:
      "截至11月15日22时，黄家片区下刘、四都刘村房屋征收入户调查完成率达100%，征收组仅用15天就完成了近300户房屋登记、测绘、评估工作。",
    expected: [
      { text: "100%", value: 100, unit: "%", approx: "exact", metric: "入户调查完成率", asOf: "2021-11-15" },
      // a duration after 用 says how long it took; a count takes the whole list of what was done
      { text: "15天", value: 15, unit: "天", approx: "exact", metric: "征收组用时" },
      { text: "近300户", value: 300, unit: "户", approx: "about", approxWord: "近", metric: "房屋登记、测绘、评估工作" },
    ],
  },
  {
    seed: "000 L37",
    sentence:
      "据了解，柯城区黄家片区下刘村、四都刘村房屋征收涉及两村集体土地上房屋230余幢、被征收户近300户，征收总建筑面积近8万平方米，由石室乡、华墅乡、黄家街道、白云街道四个网格包干。",
    expected: [
      // no noun: the verb before the number and its subject, without the place names (linked separately)
      { text: "两村", value: 2, unit: "村", approx: "exact", metric: "房屋征收涉及" },
      { text: "230余幢", value: 230, unit: "幢", approx: "over", approxWord: "余" },
      { text: "近300户", value: 300, unit: "户", approx: "about", approxWord: "近", metric: "被征收户" },
      { text: "近8万平方米", value: 80_000, unit: "平方米", approx: "about", metric: "总建筑面积" },
      { text: "四个", value: 4, unit: "个", metric: "网格" },
    ],
  },
  {
    seed: "000 L53",
    sentence:
      "2018年，荷苑小区党支部倡议成立了由小区党员、热心居民等12名妇女组成的“红色娘子军”“衢州有礼”行动队。这支队伍平均年龄62岁，每天2人轮值，开展小区志愿服务。",
    expected: [
      { text: "12名", value: 12, unit: "名", metric: "妇女" },
      { text: "62岁", value: 62, unit: "岁" },
      { text: "2人", value: 2, unit: "人", period: "day", metric: "轮值" },
    ],
  },
  {
    seed: "000 L55",
    sentence:
      "明城市建设过程中，全区党员干部、志愿者、居民参与人次超97.8万，实现全区所有小区、网格、背街小巷无盲点、全覆盖；先后开展各类“红手印”志愿服务活动1160多场次、涉及120.6万多人次，“志愿红”成为全城最温暖最鲜艳的色彩。",
    expected: [
      { text: "超97.8万", value: 978_000, unit: "人次", approx: "over", approxWord: "超", metric: "居民参与人次" },
      { text: "1160多场次", value: 1160, unit: "场次", approx: "over", approxWord: "多", metric: "志愿服务活动" },
      // 、涉及: the list item shares the subject of the number before it
      { text: "120.6万多人次", value: 1_206_000, unit: "人次", approx: "over", approxWord: "多", metric: "志愿服务活动涉及" },
    ],
  },
  {
    seed: "000 L65",
    sentence: "目前，全区已建成新时代文明实践中心1家、新时代文明实践所18家、新时代文明实践站171家。",
    expected: [
      { text: "1家", value: 1, unit: "家", metric: "新时代文明实践中心" },
      { text: "18家", value: 18, unit: "家", metric: "新时代文明实践所" },
      { text: "171家", value: 171, unit: "家", metric: "新时代文明实践站" },
    ],
  },
  {
    seed: "001 L75",
    sentence: "日服务上海居民5000余户",
    expected: [{ text: "5000余户", value: 5000, unit: "户", approx: "over", approxWord: "余", period: "day" }],
  },
  {
    seed: "001 L79",
    sentence: "3月29日凌晨，早田公司4名配送员历时8小时，将首批捐赠的7500斤新鲜蔬菜运至上海徐家汇一小区。",
    expected: [
      { text: "4名", value: 4, unit: "名", metric: "配送员" },
      { text: "8小时", value: 8, unit: "小时", metric: "配送员用时" },
      { text: "7500斤", value: 7500, unit: "斤", metric: "新鲜蔬菜" },
    ],
  },
  {
    seed: "001 L81",
    sentence:
      "为确保蔬菜第一时间送达居民手中，公司还派10名员工驻点上海，汇总团购订单、负责售后事宜。",
    expected: [{ text: "10名", value: 10, unit: "名", metric: "员工", role: "actual" }],
  },
  {
    seed: "001 L87",
    sentence:
      "衢州“3·13”疫情期间，公司为柯城34个社区（村）共1220户困难家庭送上爱心蔬菜包，累计供应1000余单、200余吨蔬菜，还向石梁镇、九华乡等地捐赠价值20万元的防护服、口罩、矿泉水。",
    expected: [
      { text: "34个", value: 34, unit: "个", metric: "社区" },
      { text: "1220户", value: 1220, unit: "户", metric: "困难家庭" },
      // 1000余单、200余吨蔬菜: the list shares its noun
      { text: "1000余单", value: 1000, unit: "单", approx: "over", metric: "蔬菜" },
      { text: "200余吨", value: 200, unit: "吨", approx: "over", metric: "蔬菜" },
      { text: "20万元", value: 200_000, unit: "元", approx: "exact" },
    ],
  },
  {
    seed: "001 L91",
    sentence:
      "“大家抓紧时间，今天第一车1500份保供蔬菜礼盒下午三点前完成装车发往上海。”4月11日，坐落于石梁镇梅山村的衢州早田农业科技开发有限公司配送中心内，70余名员工正在紧张地忙碌着。",
    expected: [
      { text: "1500份", value: 1500, unit: "份" },
      { text: "70余名", value: 70, unit: "名", approx: "over", metric: "员工" },
    ],
  },
  {
    seed: "001 L91",
    sentence: "据了解，该公司日供新鲜蔬菜30吨，可满足5000余户上海居民的生活需求。",
    expected: [
      { text: "30吨", value: 30, unit: "吨", metric: "新鲜蔬菜", period: "day" },
      { text: "5000余户", value: 5000, unit: "户", approx: "over", metric: "上海居民" },
    ],
  },
  {
    seed: "002 L29",
    sentence: "近年来，上祝村成功拍租村里的原养鳗场地，为村集体经济增收上百万元。",
    expected: [
      { text: "上百万元", value: 1_000_000, unit: "元", approx: "over", approxWord: "上", metric: "村集体经济增收" },
    ],
  },
  {
    seed: "002 L43",
    sentence: "截至目前，全区18个乡镇、街道已开展村社比拼29次，营造了干在平时、比在平时的“比学赶超”浓厚氛围。",
    expected: [
      { text: "18个", value: 18, unit: "个", metric: "乡镇、街道", asOf: "目前" },
      { text: "29次", value: 29, unit: "次", metric: "村社比拼" },
    ],
  },
  {
    seed: "002 L58",
    sentence:
      "“以往可能一两个月都没法解决，现在只需半个多小时，这样的速度必须点赞。”日前，家住双港街道双港社区大乐园小区的姚女士向社区报修楼道灯。出乎她意料的是，这次报修特别顺利，不到20分钟电工师傅就已上门，30来分钟就换上了新的楼道灯。",
    expected: [
      { text: "一两个月", value: 1, valueMax: 2, unit: "个月", approx: "range", metric: "都没法解决" }, // ICU segments 都没|法: the label takes in the word
      { text: "半个多小时", value: 0.5, unit: "小时", approx: "over", approxWord: "多", metric: "用时" },
      { text: "不到20分钟", value: 20, unit: "分钟", approx: "under", approxWord: "不到", metric: "用时" },
      { text: "30来分钟", value: 30, unit: "分钟", approx: "about", approxWord: "来", metric: "用时" },
    ],
  },
  {
    seed: "002 L60",
    sentence:
      "双港片区（双港社区、美港社区）常住人口达19000余人，有商户、企业近千家。此外，片区无物管小区有40个，管理难度颇大。",
    expected: [
      { text: "19000余人", value: 19_000, unit: "人", approx: "over", metric: "常住人口" },
      { text: "近千家", value: 1000, unit: "家", approx: "about", approxWord: "近", metric: "企业" },
      { text: "40个", value: 40, unit: "个", metric: "片区无物管小区" },
    ],
  },
  {
    seed: "002 L68",
    sentence:
      "据不完全统计，物业服务中心除开展日常治安巡防外，已为11个老旧小区维护基础设施27处，为21户居民上门维修水电24次，结合疫情防控在32处场所提供保洁和消毒服务。",
    expected: [
      { text: "11个", value: 11, unit: "个", metric: "老旧小区" },
      { text: "27处", value: 27, unit: "处", metric: "基础设施" },
      { text: "21户", value: 21, unit: "户", metric: "居民" },
      { text: "24次", value: 24, unit: "次", metric: "水电" },
      { text: "32处", value: 32, unit: "处", metric: "场所" },
    ],
  },
  {
    seed: "002 L84",
    sentence: "“我们从4月初开始做猫抓板的直播，一天安排两到三场，这几天均营业额都达到两三万元。”萌宠用品店负责人方超欣喜相告。",
    expected: [
      { text: "两到三场", value: 2, valueMax: 3, unit: "场", approx: "range", period: "day", metric: "安排" },
      { text: "两三万元", value: 20_000, valueMax: 30_000, unit: "元", approx: "range", metric: "营业额", period: "day" },
    ],
  },
  {
    seed: "002 L88",
    sentence: "说起收入，他透出几分自豪：“平均一个月七八千元没什么问题。”",
    expected: [{ text: "七八千元", value: 7000, valueMax: 8000, unit: "元", approx: "range", period: "month", metric: "月均" }],
  },
  {
    seed: "002 L90",
    sentence: "短短两年时间，四省边际直播产业创业街共吸引60多家企业入驻。",
    expected: [
      { text: "两年", value: 2, unit: "年" },
      { text: "60多家", value: 60, unit: "家", approx: "over", metric: "企业" },
    ],
  },
  {
    seed: "004 L13",
    sentence:
      "荷花街道新荷小区由4个老旧小区合并组成，在“县乡一体、条抓块统”改革的推动下，以“国企+社区”的模式实施现代社区建设，彻底结束了975户、2400余名居民30年没有物业管理的历史。",
    expected: [
      { text: "4个", value: 4, unit: "个", metric: "老旧小区" },
      { text: "975户", value: 975, unit: "户", metric: "居民" },
      { text: "2400余名", value: 2400, unit: "名", approx: "over", metric: "居民" },
      // the duration of a state is named by the state, not by the people in it
      { text: "30年", value: 30, unit: "年", metric: "没有物业管理" },
    ],
  },
  {
    seed: "001 L81",
    sentence: "公司低价销售蔬菜礼盒，每个礼盒里有10余种品类，可满足居民3天的生活所需。",
    expected: [
      { text: "10余种", value: 10, unit: "种", approx: "over", metric: "品类" },
      { text: "3天", value: 3, unit: "天", metric: "生活所需" },
    ],
  },
  // counts that only announce a list, and planning horizons, are not indicators (issue #10 §4)
  {
    seed: "000 L17",
    sentence: "抓住关键点、找准切入点、把握着力点，重点是率先在七个方面打造硬核成果：一要在国家运动休闲旅游度假区上打造硬核成果",
    expected: [],
  },
  {
    seed: "001 L37",
    sentence: "会议强调，抓好市第八次党代会精神的学习宣传贯彻工作，重点要在三个方面下功夫：",
    expected: [],
  },
  {
    seed: "003 L19",
    sentence: "聚焦前期攻坚、开工入库、督查预警等三个环节，持续开展重点建设项目",
    expected: [],
  },
  {
    seed: "003 L33, L35+L31 (page break repaired)",
    sentence: "一是树立三个意识，在发展大势中坚定方向。\n以共同富裕先行示范区“八个方面”工作为出发点，找准石梁发展定位，重点做好三方面谋划：一是抓好运动休闲产业，加快推进奥",
    expected: [],
  },
  {
    seed: "001 L35",
    sentence: "是指导和推动我市、我区未来五年乃至今后一个时期发展的纲领性文件",
    expected: [],
  },
  // durations count as a service level
  {
    seed: "002 L68",
    sentence: "此外，中心还在线下开通24小时服务热线，在线上将报事报修作为一个子模块接入了双港“平",
    expected: [{ text: "24小时", value: 24, unit: "小时", metric: "服务热线" }],
  },
];

describe("extractIndicators on seed sentences", () => {
  it.each(CASES)("$seed", ({ sentence, expected }) => {
    const got = extractIndicators(sentence, { issueYear: 2021 });
    expect(got.map((i) => i.text)).toEqual(expected.map((e) => e.text));
    got.forEach((ind, k) => {
      expect(sentence.slice(ind.start, ind.end)).toBe(ind.text);
      expect(ind).toMatchObject(expected[k]);
      expect(ind.valueMax).toBe(expected[k].valueMax);
      expect(ind.sentence.start).toBeLessThanOrEqual(ind.start);
      expect(ind.sentence.end).toBeGreaterThanOrEqual(ind.end);
    });
  });

  it("completes asOf with the issue year only when it is known", () => {
    const s = "截至11月15日22时，黄家片区下刘、四都刘村房屋征收入户调查完成率达100%。";
    expect(extractIndicators(s, { issueYear: 2021 })[0].asOf).toBe("2021-11-15");
    expect(extractIndicators(s)[0].asOf).toBe("11-15");
  });

  it("gives the sentence span of each number", () => {
    const text = "这支队伍平均年龄62岁，每天2人轮值。\n全区已建成新时代文明实践站171家。";
    const [age, , stations] = extractIndicators(text);
    expect(text.slice(age.sentence.start, age.sentence.end)).toBe("这支队伍平均年龄62岁，每天2人轮值。");
    expect(text.slice(stations.sentence.start, stations.sentence.end)).toBe("全区已建成新时代文明实践站171家。");
  });

  it.each([
    ["入户调查完成率达百分之百。", "百分之百", 100, "%", "入户调查完成率"],
    ["入户调查完成率达１００％。", "１００％", 100, "%", "入户调查完成率"],
    ["总投资1.5亿元", "1.5亿元", 150_000_000, "元", "总投资"],
    ["新建健身步道3千米", "3千米", 3, "公里", "新建健身步道"],
    ["屋顶光伏年发电5000千瓦时", "5000千瓦时", 5000, "千瓦时", "屋顶光伏年发电"],
    ["年满60周岁老人", "60周岁", 60, "岁", "年满"],
  ])("reads %s (forms the seeds do not print)", (sentence, text, value, unit, metric) => {
    const [ind] = extractIndicators(sentence);
    expect(ind).toMatchObject({ text, value, unit });
    expect(ind.metric).toBe(metric);
  });

  it("a look-back period is a time reference; the next number keeps its own metric", () => {
    const found = extractIndicators("近三年来累计投入3亿元");
    expect(found.map((i) => i.text)).toEqual(["3亿元"]);
    expect(found[0]).toMatchObject({ metric: "累计投入" });
    expect(extractIndicators("历时近8小时")[0]).toMatchObject({ text: "近8小时", approx: "about" });
  });

  it.each([
    ["累计投入300多万元", "300多万元", 3_000_000, "元", "over"],
    ["完成投资1000余万元", "1000余万元", 10_000_000, "元", "over"],
    ["总投资20多亿元", "20多亿元", 2_000_000_000, "元", "over"],
    ["辐射周边十几个村", "十几个", 10, "个", "over"],
    ["坚持3年多，累计帮扶", "3年多", 3, "年", "over"],
    ["用了一年多时间", "一年多", 1, "年", "over"],
  ])("scales and approximates %s (forms the seeds do not print)", (sentence, text, value, unit, approx) => {
    expect(extractIndicators(sentence)[0]).toMatchObject({ text, value, unit, approx });
  });

  it("leaves 多 to the next word when it starts one (三年多次获评)", () => {
    expect(extractIndicators("三年多次获评先进").map((i) => [i.text, i.approx])).toEqual([["三年", "exact"]]);
  });

  it("labels numbers whose noun is elsewhere (forms the seeds do not print)", () => {
    const label = (s: string) => extractIndicators(s).map((i) => [i.text, i.metric]);
    // a list of short items after the noun, but not the next number's noun
    expect(label("完成3000户入户、测绘工作")).toEqual([["3000户", "入户、测绘工作"]]);
    expect(label("配备1名经理、2名保安")).toEqual([["1名", "经理"], ["2名", "保安"]]);
    // a duration qualifies the noun after it, or says how long something took
    expect(label("开通12小时便民热线")).toEqual([["12小时", "便民热线"]]);
    expect(label("仅用3天就完成签约")).toEqual([["3天", "用时"]]);
    expect(label("两个星期就开工")).toEqual([["两个星期", "用时"]]);
    // place names in front of the measured thing are linked elsewhere; 乡村 is not a place name
    expect(label("下刘村房屋征收涉及两村")).toEqual([["两村", "房屋征收涉及"]]);
    expect(label("美丽乡村建设投入3亿元")[0][1]).toBe("美丽乡村建设投入");
  });

  it("marks a number after a target verb as a target", () => {
    // seed-style sentence with a number after 确保 (the seeds' targets are slogans and have no numbers)
    const [ind] = extractIndicators("确保年内完成入户调查300户，计划下月启动房屋征收签约工作。");
    expect(ind).toMatchObject({ text: "300户", role: "target" });
  });
});

describe("progress pairs", () => {
  const PROGRESS: { sentence: string; pairs: { text: string; from: number; to: number; unit: string; metric: string }[] }[] = [
    {
      sentence: "如今，公司保供订单已从起初的1000份增至5000份，保供量由原来的每天1车15吨增加到每天2车30吨。",
      pairs: [
        { text: "已从起初的1000份增至5000份", from: 1000, to: 5000, unit: "份", metric: "保供订单" },
        { text: "由原来的每天1车15吨增加到每天2车30吨", from: 1, to: 2, unit: "车", metric: "保供量" },
        { text: "由原来的每天1车15吨增加到每天2车30吨", from: 15, to: 30, unit: "吨", metric: "保供量" },
      ],
    },
    {
      sentence: "早田公司生产包装车间主任舒燕燕介绍，他们从周边村招聘的临时工已从10余人增至50余人。",
      pairs: [{ text: "已从10余人增至50余人", from: 10, to: 50, unit: "人", metric: "临时工" }],
    },
  ];

  it.each(PROGRESS)("$sentence", ({ sentence, pairs }) => {
    const indicators = extractIndicators(sentence);
    const progress = extractProgress(sentence, indicators);
    expect(progress).toHaveLength(pairs.length);
    progress.forEach((p, k) => {
      expect(p).toMatchObject(pairs[k]);
      expect(sentence.slice(p.start, p.end)).toBe(p.text);
    });
  });

  it("marks the from side baseline and the to side actual", () => {
    const sentence = "他们从周边村招聘的临时工已从10余人增至50余人。";
    const [from, to] = extractIndicators(sentence);
    expect(from).toMatchObject({ text: "10余人", role: "baseline", metric: "临时工" });
    expect(to).toMatchObject({ text: "50余人", role: "actual", metric: "临时工" });
  });

  it("needs numbers of the same unit on both sides", () => {
    const text = "由“泛”到“精” “它经济”撬动共富新“引擎”";
    expect(extractProgress(text, extractIndicators(text))).toEqual([]);
  });
});

// Numbers in the seeds that are NOT indicators: [seed sentence, the stretch that must not be reported].
const NON_QUANTITIES: [sentence: string, notReported: string][] = [
  ["本报讯（记者 方心怡）11月15日上午，区委书记朱素芳主持召开领导小组第一次会议。", "11月15日"],
  ["截至11月15日22时，黄家片区下刘、四都刘村房屋征收入户调查完成率达100%。", "22时"],
  ["“大家抓紧时间，今天第一车1500份保供蔬菜礼盒下午三点前完成装车发往上海。”", "下午三点"],
  ["2022年4月13日", "2022年"],
  ["2021年，面对“异军突起”的宠物市场，区村播产业专班决定由", "2021年"],
  ["11月4日上午9点，征收干部将双方约在一起，商讨具体的分配问题，期间六易方案。当晚6点半，双方终于达成分配协议。", "6点半"],
  ["本报讯（记者 楼郁馨）11月15日上午，区委副书记、区长蒋国强主持召开区九届政府第89次常务会议。", "第89次"],
  ["本报讯（记者 楼郁馨）11月15日上午，区委副书记、区长蒋国强主持召开区九届政府第89次常务会议。", "九届"],
  ["第1937期", "第1937期"],
  ["编者按：8月11日上午，中共衢州市柯城区委八届十次全体（扩大）会议召开。", "八届十次"],
  ["按照省委十四届九次全会、市委七届十次全会的决策部署", "十四届九次"],
  ["7月30日，柯城区举行“红色根脉强基·共同富裕引领”乡街治理大比拼第六次“互看互学互比”现场会。", "第六次"],
  ["3月29日凌晨，早田公司4名配送员历时8小时，将首批捐赠的7500斤新鲜蔬菜运至上海徐家汇一小区。", "首批"],
  ["3月29日凌晨，早田公司4名配送员历时8小时，将首批捐赠的7500斤新鲜蔬菜运至上海徐家汇一小区。", "一小区"],
  ["“大家抓紧时间，今天第一车1500份保供蔬菜礼盒下午三点前完成装车发往上海。”", "第一车"],
  ["一是脑勤腿勤，抢抓政策机遇。", "一是"],
  ["关键要做到“四个对标”：一要对标共富指标找差距。对照考核标准，查缺补漏。二要对标26县考核争进位。", "二要"],
  ["三要在全面贯彻落实上下功夫。要咬定目标抓落实。", "三要"],
  ["持续推动“六治六提”作风建设行动走深走实", "六治六提"],
  ["转作风 讲担当 抓落实\n六治六提 六比六晒", "六比六晒"],
  ["结合市委提出的要求和柯城的实际，确保今年目标“保5争3抢1”。", "保5争3抢1"],
  ["持续发力、强势推进“1+1+9+N”重点项目建设。", "1+1+9+N"],
  ["全力推动“141”体系与“152”体系全面贯通", "141"],
  ["要创新形式，浓厚氛围，通过融媒体矩阵平台、8090新时代理论宣讲等多样有效", "8090"],
  ["依托乡村振兴讲堂、“8090”新时代理论宣讲团等平台，多形式传达会议精神", "8090"],
  ["衢州“3·13”疫情期间，公司为柯城34个社区（村）共1220户困难家庭送上爱心蔬菜包", "3·13"],
  ["以村书记“510”管理工程和“模块PK”为抓手", "510"],
  ["会议强调，今年是“十四五”开局之年，也是共同富裕示范区建设起步之年", "十四五"],
  ["对标全省共同富裕指标体系、山区26县考核体系和我区行动计划目标体系", "26县"],
  ["全力以赴在全市争首位、26县争前列、全省争进位", "26县"],
  ["进一步增强做“两个确立”忠诚拥护者、“两个维护”示范引领者的政治自觉", "两个确立"],
  ["进一步增强做“两个确立”忠诚拥护者、“两个维护”示范引领者的政治自觉", "两个维护"],
  ["尤其要把“七张问题清单”牢牢抓在手上", "七张"],
  ["要深刻领悟“聚焦聚力发展”的实干特质，以打好“十大关键战”为抓手", "十大"],
  ["柯城区高质量发展建设四省边际共同富裕示范区领导小组第一次会议召开", "四省"],
  ["加强培训，吃透征收政策，全面保障征收工作按照一个政策、一把尺子、一视同仁有序推进", "一个政策"],
  ["加强培训，吃透征收政策，全面保障征收工作按照一个政策、一把尺子、一视同仁有序推进", "一把尺子"],
  ["加强培训，吃透征收政策，全面保障征收工作按照一个政策、一把尺子、一视同仁有序推进", "一视同仁"],
  ["“接到保供任务后，我们每天加班加点开展蔬菜采摘、分拣、包装一条龙作业。”", "一条龙"],
  ["一方面，要统筹抓好发展和安全，做到两手抓、两手硬", "两手抓"],
  ["采编热线：3049743", "3049743"],
  ["近年来，柯城区围绕“1235红色物业联盟”工作体系，以“邻礼通”“有礼小（下转2版）", "下转2版"],
  ["卫健部门的工作关系千家万户，要立足大健康、展现大担当。", "千家万户"],
  ["设立物联万家物业服务中心（以下简称物业服务）", "万家"],
  ["来自大头村、少岭坞村、上门村、七里三村等7个村的“领头雁”逐一登台", "七里三村"],
  ["“八一”建军节来临之际，衢化街道滨三村社区举办了情暖老兵“八一”集体生日会。", "滨三村"],
  ["对于疫情防控不到位的商户，发现一次“黄牌”警告，二次不改“红牌”警告，第三次关停整治。", "二次"],
  ["对于疫情防控不到位的商户，发现一次“黄牌”警告，二次不改“红牌”警告，第三次关停整治。", "一次"],
  ["加快编制《柯城区跨越式高质量发展五年行动计划》", "五年"],
  ["区委书记蒋国强主持会议并讲话，徐登富、叶美峰、张钢等区四套班子领导出席。", "四套"],
  ["围绕轴承智能装备产业、运动休闲产业等两大产业及国家运动休闲旅游度假区平台等三大平台", "两大"],
  ["“平均一个月七八千元没什么问题。”", "一个月"],
  ["“来，想要这款贵妃椅猫抓板的宝宝们准备！5、4、3、2、1，上链接……”", "5、4、3、2、1"],
  ["今年是党的二十大召开之年", "二十大"],
  // forms the seeds do not print: vague amounts, addresses, anniversaries, grades, decades, formulas
  ["几十个志愿者赶来帮忙", "几十个"],
  ["数百名志愿者参与", "数百名"],
  ["住在10号楼3单元", "3单元"],
  ["庆祝建党100周年", "100周年"],
  ["三年级学生参加活动", "三年级"],
  ["上世纪80年代建成的小区", "80年代"],
  ["协调推进“四个全面”战略布局，增强四个意识", "四个意识"],
  ["全区实施3项目", "3项"],
  // named sets stay names even though counts with a measure word are indicators
  ["在战略谋划上走出特色。以共同富裕先行示范区“八个方面”工作为出发点", "八个方面"],
  ["继续聚焦“电瓶车一件事”等多场景应用，不断提升四个平台服务效能", "四个平台"],
  ["并继续以“四个一”工作机制为抓手", "四个一"],
  ["将全域土地综合整治作为缩小“三个差距”的重要抓手", "三个差距"],
  ["一方面，要统筹抓好发展和安全", "一方面"],
];

describe("non-quantities", () => {
  it.each(NON_QUANTITIES)("%s ⟶ not %s", (sentence, notReported) => {
    const at = sentence.indexOf(notReported);
    expect(at).toBeGreaterThanOrEqual(0);
    const end = at + notReported.length;
    const hits = extractIndicators(sentence, { issueYear: 2021 }).filter((i) => i.start < end && i.end > at);
    expect(hits.map((h) => h.text)).toEqual([]);
  });

  it("still reports the real counts next to them", () => {
    expect(extractIndicators("来自大头村、少岭坞村、上门村、七里三村等7个村的“领头雁”逐一登台").map((i) => i.text)).toEqual([
      "7个",
    ]);
    expect(extractIndicators("衢州“3·13”疫情期间，公司为柯城34个社区（村）共1220户困难家庭").map((i) => i.text)).toEqual([
      "34个",
      "1220户",
    ]);
  });

  it("says which rule left a number out", () => {
    const { rejected } = scanNumbers("采编热线：3049743\n本报讯（记者 楼郁馨）主持召开区九届政府第89次常务会议。");
    expect(rejected.map((r) => r.rule)).toEqual(["phone", "session", "ordinal"]);
    expect(findNonQuantitySpans("确保今年目标“保5争3抢1”")[0]).toMatchObject({ rule: "quoted-name" });
    expect(findNonQuantitySpans("牢牢咬定保三争二拼第一目标")[0]).toMatchObject({ rule: "fixed-expression" });
  });
});

describe("whole seeds", () => {
  const seeds = readdirSync("seeds")
    .filter((f) => f.endsWith(".txt"))
    .map((f) => ({ name: f, text: readFileSync(`seeds/${f}`, "utf8") }));

  it.each(seeds)("$name: every span slices to its text and lies in its sentence", ({ text }) => {
    const indicators = extractIndicators(text, { issueYear: 2022 });
    for (const ind of indicators) {
      expect(text.slice(ind.start, ind.end)).toBe(ind.text);
      expect(ind.sentence.start).toBeLessThanOrEqual(ind.start);
      expect(ind.sentence.end).toBeGreaterThanOrEqual(ind.end);
      expect(text.slice(ind.sentence.start, ind.sentence.end)).not.toMatch(/[。！？](?!$|”)/);
      if (ind.metric) expect(ind.metric.length).toBeLessThanOrEqual(12);
    }
    for (let k = 1; k < indicators.length; k++) expect(indicators[k].start).toBeGreaterThanOrEqual(indicators[k - 1].end);
  });
});

describe("properties", () => {
  const alphabet = fc.constantFrom(
    ..."0123456789０１２.,%％-~近约超余多来上不到足左右以下两一二三四五六七八九十百千万亿半个户吨斤人次场名家月日年时点第届“”《》（）、，。；：\n从由增至确保力争要完成实现目标计划保争抢村的是 aZ几数周级代单元项目方面用就没有、",
  );
  const texts = fc.oneof(
    fc.string(),
    fc.array(alphabet, { maxLength: 120 }).map((a) => a.join("")),
  );

  it("extractIndicators never throws and its spans slice to its text", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const indicators = extractIndicators(text, { issueYear: 2022 });
        for (const ind of indicators) {
          expect(ind.start).toBeGreaterThanOrEqual(0);
          expect(ind.end).toBeLessThanOrEqual(text.length);
          expect(ind.start).toBeLessThan(ind.end);
          expect(text.slice(ind.start, ind.end)).toBe(ind.text);
          expect(ind.sentence.start).toBeLessThanOrEqual(ind.start);
          expect(ind.sentence.end).toBeGreaterThanOrEqual(ind.end);
          expect(Number.isFinite(ind.value)).toBe(true);
          if (ind.valueMax !== undefined) expect(ind.valueMax).toBeGreaterThanOrEqual(ind.value);
        }
        for (const p of extractProgress(text, indicators)) expect(text.slice(p.start, p.end)).toBe(p.text);
      }),
      { numRuns: 500 },
    );
  });
});
