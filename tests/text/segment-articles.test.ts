import { describe, expect, it } from "vitest";
import { parseIssue } from "@/lib/text/parse-issue";
import { parseByline, parseReporters, segmentArticles } from "@/lib/text/segment-articles";
import type { ParsedIssue } from "@/lib/text/types";
import { seedFileName, seedText } from "./load-seed";

const issues = new Map<string, ParsedIssue>();
function seed(prefix: string): ParsedIssue {
  if (!issues.has(prefix)) issues.set(prefix, parseIssue(seedText(prefix), { fileName: seedFileName(prefix) }));
  return issues.get(prefix)!;
}
const article = (prefix: string, title: string) => {
  const found = seed(prefix).articles.find((a) => a.title === title);
  if (!found) throw new Error(`no article ${title} in seed ${prefix}`);
  return found;
};
const paragraphs = (text: string) => text.split("\n");

describe("bylines", () => {
  it.each([
    ["本报讯（记者 方心怡）11月15日上午，", "本报讯（记者 方心怡）", [{ role: "记者", name: "方心怡" }]],
    [
      "本报讯（记者 吴怡婧 通讯员 吴昊 姚晓琴）“征收是个好事",
      "本报讯（记者 吴怡婧 通讯员 吴昊 姚晓琴）",
      [
        { role: "记者", name: "吴怡婧" },
        { role: "通讯员", name: "吴昊" },
        { role: "通讯员", name: "姚晓琴" },
      ],
    ],
    [
      "本报讯（衢报传媒集团记者 徐颖之 本报记者 楼郁馨）7月28日上午，",
      "本报讯（衢报传媒集团记者 徐颖之 本报记者 楼郁馨）",
      [
        { role: "记者", name: "徐颖之", affiliation: "衢报传媒集团" },
        { role: "记者", name: "楼郁馨" },
      ],
    ],
    [
      "本报讯（记者 王思 实习生叶巧茗）“大家抓紧时间",
      "本报讯（记者 王思 实习生叶巧茗）",
      [
        { role: "记者", name: "王思" },
        { role: "实习生", name: "叶巧茗" },
      ],
    ],
    ["本报讯 (特约记者 李明)近日", "本报讯 （特约记者 李明）", [{ role: "特约记者", name: "李明" }]],
  ])("%s", (line, byline, reporters) => {
    const parsed = parseByline(line);
    expect(parsed.byline).toBe(byline);
    expect(parsed.reporters).toEqual(reporters);
    expect(parsed.rest).toBe(line.replace(/^本报讯\s*[（(][^）)]*[）)]/, ""));
  });

  it("keeps names without a role word as 其他", () => {
    expect(parseReporters("吴铁鸣 唐娟")).toEqual([
      { role: "其他", name: "吴铁鸣" },
      { role: "其他", name: "唐娟" },
    ]);
  });
});

describe("seed titles", () => {
  it("000: markdown heads; the trailing ## 六抓六比 八大竞赛 is a banner", () => {
    expect(seed("000").articles.map((a) => a.title)).toEqual([
      "柯城区高质量发展建设四省边际共同富裕示范区领导小组第一次会议召开",
      "柯城区九届政府第89次常务会议召开",
      "入户调查完成100% 黄家片区下刘、四都刘村房屋征收首战告捷",
      "柯城：文明浸润 有礼之城",
    ]);
    expect(seed("000").banners).toEqual(["六抓六比 八大竞赛"]);
  });

  it("001: headline stacks, a banner above an article, the 早田公司 story", () => {
    expect(seed("001").articles.map((a) => a.title)).toEqual([
      "服务主战场 争当排头兵 奋力跑出追赶超越的“柯城速度”",
      "区十届政府召开第4次常务会议",
      "打好打赢今年征收“第一仗” 我区召开城北片区宫宝宿舍地块 国有土地上房屋征收动员会",
      "早田公司每天30吨蔬菜保供上海",
    ]);
    expect(seed("001").banners).toEqual(["深入学习贯彻市党代会精神"]);
  });

  it("002: a bold column banner, a photo item, closing banners", () => {
    expect(seed("002").articles.map((a) => [a.kind, a.title])).toEqual([
      ["news", "柯城村社“擂台赛”掀起比拼热潮"],
      ["photo", "疫情防控严督查"],
      ["news", "双港街道融合型大社区治理有了“总管家”"],
      ["news", "区十届政府 召开第6次常务会议"],
      ["news", "由“泛”到“精” “它经济”撬动共富新“引擎”"],
    ]);
    expect(seed("002").banners).toEqual(["转作风 讲担当 抓落实", "六治六提 六比六晒", "奋进新征程 建功新时代", "探索共同富裕一年间"]);
  });

  it("003: an editor's note and one interview per official", () => {
    expect(seed("003").articles.map((a) => [a.kind, a.title, a.interviewee ?? ""])).toEqual([
      ["note", "编者按", ""],
      ["interview", "抢抓政策机遇 助推项目建设", "区发改局党组书记、局长 任文俊"],
      ["interview", "找准定位 谋出特色", "石梁镇党委书记 周锋"],
      ["interview", "上下同频 当好急先锋", "石室乡党委书记 丰小龙"],
      ["interview", "主攻“三农”战场 实现村强民富", "区农业农村局党委书记、局长 吴志鸿"],
      ["interview", "立足大健康 展现大担当", "区卫健局党委书记、局长 施萍"],
      ["interview", "聚焦乡村振兴 助力共同富裕", "华墅乡党委书记 郑迅舟"],
    ]);
    expect(seed("003").banners).toEqual([
      "贯彻落实区委八届十次全会精神",
      "— 全力打造四省边际共同富裕先行示范区 —",
      "“一把手”谈共同富裕(一)",
    ]);
  });

  it("004: long one-line headlines, a photo item, a closing banner", () => {
    expect(seed("004").articles.map((a) => [a.kind, a.title])).toEqual([
      ["news", "高屹在柯城区调研作风建设工作时强调 持续推动作风建设走深走实 不断提高企业和群众的获得感满意度"],
      ["news", "比作风 晒实绩 求实效 争一流 柯城区举行部门(单位) “两专赛马、晾晒比拼”擂台赛"],
      ["photo", "红花送给最可爱的人"],
      ["news", "比出新干劲 拼出新业绩 全区乡街治理大比拼第六次 “互看互学互比”现场会举行"],
      ["news", "柯城区十届人大常委会举行第四次会议"],
    ]);
    expect(seed("004").banners).toEqual(["转作风 讲担当 抓落实", "六治六提 六比六晒"]);
  });

  it("numbers articles in issue order from 0", () => {
    expect(seed("004").articles.map((a) => a.position)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("article parts", () => {
  it("reads a kicker / title / subtitle stack before 本报讯 (seed 001)", () => {
    const a = seed("001").articles[0];
    expect(a.kicker).toBe("区委召开常委会议和常委扩大会议 专题传达学习市第八次党代会精神");
    expect(a.subtitle).toBe("蒋国强主持并讲话 胡益峰传达 徐登富叶美峰张钢等出席");
    expect(a.byline).toBe("本报讯（记者 楼郁馨）");
    expect(paragraphs(a.text)[0]).toBe(
      "4月11日，区委先后召开常委会议和常委扩大会议，专题传达学习市第八次党代会精神，推动市第八次党代会精神在柯城落到实处。",
    );
    expect(a.text).not.toContain("本报讯");
  });

  it("reads a kicker above the title (seed 002)", () => {
    expect(article("002", "柯城村社“擂台赛”掀起比拼热潮").kicker).toBe("晒出成绩 晒出动力");
  });

  it("moves the 早田公司 lead paragraph to the front and rejoins its cut sentence (seed 001)", () => {
    const a = article("001", "早田公司每天30吨蔬菜保供上海");
    expect(a.kicker).toBe("日服务上海居民5000余户");
    expect(a.byline).toBe("本报讯（记者 王思 实习生叶巧茗）");
    expect(a.reporters).toEqual([
      { role: "记者", name: "王思" },
      { role: "实习生", name: "叶巧茗" },
    ]);
    const paras = paragraphs(a.text);
    expect(paras).toHaveLength(6);
    expect(paras[0]).toMatch(/^“大家抓紧时间，今天第一车1500份保供蔬菜礼盒/);
    expect(paras[1]).toContain("成功获批浙江省疫情防控重点物资运输车辆通行证。3月29日凌晨，");
    expect(paras[5]).toBe("下一步，早田公司将继续畅通上海蔬菜保障供应链，为满足上海市民的生活需求出一份力。");
  });

  it("keeps ### section heads as their own lines with spans (seed 000)", () => {
    const a = article("000", "柯城：文明浸润 有礼之城");
    expect(a.sectionHeads.map((s) => s.text)).toEqual(["志愿服务聚人心", "文明生活沁人心", "民生工程暖人心"]);
    for (const head of a.sectionHeads) {
      expect(a.text.slice(head.start, head.end)).toBe(head.text);
      expect(a.text[head.start - 1]).toBe("\n");
      expect(a.text[head.end]).toBe("\n");
    }
    expect(a.text).not.toContain("#");
  });

  it("records （下转2版） and removes it from the text", () => {
    const a = article("000", "柯城：文明浸润 有礼之城");
    expect(a.continuation).toBe("（下转2版）");
    expect(a.text.endsWith("以“邻礼通”“有礼小")).toBe(true);
    const withMarkers = seed("002").articles.filter((x) => x.continuation);
    expect(withMarkers.map((x) => x.title)).toEqual(["区十届政府 召开第6次常务会议", "由“泛”到“精” “它经济”撬动共富新“引擎”"]);
    expect(seed("002").articles.every((x) => !x.text.includes("下转"))).toBe(true);
  });

  it("drops an e-paper's bare 上接第1版 line: it is no headline (dev d29, http://daily.cnnb.com.cn/fhrb/html/2024-01/03/content_1386210.htm?div=-1)", () => {
    const text = ["奉化日报  2024年01月03日 星期三  第A2版", "", "上接第1版", "", "2021年至2022年,周村列入我区全域国土空间综合整治试点村。在周村党总支的努力下,该村顺利完成1100亩土地流转签约、157亩土地征收等工作。", ""].join("\n");
    const parsed = parseIssue(text, { fileName: "d29.txt" });
    expect(parsed.articles.map((a) => a.title)).not.toContain("上接第1版");
    expect(parsed.articles.every((a) => !a.text.includes("上接"))).toBe(true);
    // inside prose the words stay
    const prose = parseIssue("标题一行\n\n他说上接第1版的内容在这里继续写下去,这一段文字足够长,可以算作一篇文章的正文内容了。\n", { fileName: "x.txt" });
    expect(prose.articles.some((a) => a.text.includes("上接第1版"))).toBe(true);
  });

  it("makes a photo item of a headline, a caption and a （吴菲 摄） credit (seed 002)", () => {
    const a = article("002", "疫情防控严督查");
    expect(a).toMatchObject({ kind: "photo", byline: "（吴菲 摄）", reporters: [{ role: "其他", name: "吴菲" }] });
    expect(a.text).toMatch(/^日前，新新街道乐业社区联合团联社志愿者走访辖区沿街商铺/);
    expect(a.text).not.toContain("摄");
  });

  it("reads the editor from 责任编辑 and never makes an article of it (seed 002)", () => {
    expect(seed("002").editor).toBe("董玲");
    expect(seed("002").articles.some((a) => a.text.includes("责任编辑"))).toBe(false);
  });

  it("reorders the scrambled interview paragraphs: introduction, 一是, 二是, 三是 (seed 003)", () => {
    const a = article("003", "抢抓政策机遇 助推项目建设");
    expect(paragraphs(a.text).map((p) => p.slice(0, 2))).toEqual(["区发", "全力", "一是", "二是", "三是"]);
    expect(a.reporters).toEqual([]);
  });

  it("rejoins an interview paragraph cut at the column end with the column top (seed 003)", () => {
    expect(article("003", "找准定位 谋出特色").text).toContain("找准石梁发展定位，重点做好三方面谋划：一是抓好运动休闲产业");
    expect(paragraphs(article("003", "立足大健康 展现大担当").text).map((p) => p.slice(0, 2))).toEqual(["区卫", "区委", "一要", "二要", "三要"]);
    expect(article("003", "立足大健康 展现大担当").text).toContain("深化卫生健康数字化改革。全面推行");
    expect(article("003", "聚焦乡村振兴 助力共同富裕").text).toContain("华墅乡将把全域土地综合整治作为缩小“三个差距”的重要抓手");
  });

  it("starts each interview with its interviewee line as printed, before the reordered paragraphs (seed 003)", () => {
    for (const a of seed("003").articles.filter((x) => x.kind === "interview")) {
      // As printed: 任文俊： with a colon, 郑迅舟 (the last one) without.
      expect(paragraphs(a.text)[0].replace(/：$/, "")).toBe(a.interviewee);
      expect(a.text).not.toContain(a.title);
    }
    expect(paragraphs(article("003", "抢抓政策机遇 助推项目建设").text)[0]).toBe("区发改局党组书记、局长 任文俊：");
  });

  it("keeps the editor's note text without its 编者按 label (seed 003)", () => {
    expect(seed("003").articles[0].text).toMatch(/^8月11日上午，中共衢州市柯城区委八届十次全体（扩大）会议召开。/);
  });
});

describe("segmentArticles on plain text", () => {
  it("takes a short head inside a bylined story as a section head", () => {
    const text = [
      "柯城：文明浸润 有礼之城",
      "",
      "本报讯（记者 楼郁馨）斑马线上，车辆礼让行人蔚然成风；餐饮店内，公筷公勺已成标配。",
      "",
      "志愿服务聚人心",
      "",
      "近日，荷花街道新荷社区荷苑小区，“红色娘子军”行动队队员在小区捡拾果皮纸屑等垃圾。",
    ].join("\n");
    const { articles } = segmentArticles(text);
    expect(articles).toHaveLength(1);
    // The lead paragraph "斑马线上，…已成标配。" is 30 characters, then "\n".
    expect(articles[0].sectionHeads).toEqual([{ text: "志愿服务聚人心", start: 31, end: 38 }]);
    expect(articles[0].text.split("\n")).toHaveLength(3);
  });

  it("titles a story printed without a headline by its first sentence", () => {
    const { articles } = segmentArticles("本报讯（记者 周云奇）7月27日下午，柯城区十届人大常委会举行第四次会议。区人大常委会主任徐登富出席。");
    expect(articles[0].title).toBe("7月27日下午，柯城区十届人大常委会举行第四次会议");
    expect(articles[0].byline).toBe("本报讯（记者 周云奇）");
  });

  it("puts a headline stack with no body after it into the banners", () => {
    const { articles, banners } = segmentArticles("会议还研究了其他事项，并作出部署。\n\n奋进新征程 建功新时代\n\n探索共同富裕一年间");
    expect(articles.map((a) => a.title)).toEqual(["会议还研究了其他事项，并作出部署"]);
    expect(banners).toEqual(["奋进新征程 建功新时代", "探索共同富裕一年间"]);
  });
});
