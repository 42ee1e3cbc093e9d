import { describe, expect, it } from "vitest";
import { checkGoldAgainstText, checkIndicatorOccurrences } from "@/lib/eval/check-gold-text";
import { ZGoldIssueSchema, type TGoldIssue } from "@/lib/eval/gold-schema";
import { scoreArticles } from "@/lib/eval/score-articles";
import { metricsAgree, scoreDate, scoreDepartments, scoreGoals, scoreIndicators, scoreIssue, scorePlaces, summarise } from "@/lib/eval/score";
import { locateNear, onWordBoundaries } from "@/lib/eval/word-boundaries";
import { article, gold, prediction } from "./support";

// The held-out extensions of the scorer (issue #10 §1, #11 §1): labels, roles, goal kinds and deadline dates, places
// inside and outside the county, other places' bodies, articles recovered whole, dates that may be unknown.

const ind = (text: string, value: number, unit: string, context: string, extra: Partial<TGoldIssue["indicators"][number]> = {}) => ({
  text,
  value,
  valueMax: null,
  unit,
  approx: "exact" as const,
  context,
  ...extra,
});

describe("metric labels", () => {
  it("finds word boundaries with ICU's segmenter: a label cut inside a word fails", () => {
    const text = "谦国际二期地块圆满完成签约";
    expect(onWordBoundaries(text, 1, 7)).toBe(true); // 国际二期地块
    expect(onWordBoundaries(text, 2, 7)).toBe(false); // 际二期地块: starts inside 国际
    expect(onWordBoundaries("口县支付宝用户", 2, 4)).toBe(true); // 支付
    expect(onWordBoundaries("口县支付宝用户", 0, 3)).toBe(false); // 口县支: ends inside 支付
  });

  it("does not let a label start on the unit of the number before it", () => {
    const text = "2020年地方财政收入实现2496万元";
    expect(onWordBoundaries(text, 5, 11)).toBe(true); // 地方财政收入
    expect(onWordBoundaries(text, 4, 11)).toBe(false); // 年地方财政收入: 2020年 is one word
    expect(onWordBoundaries("新招2名工人", 4, 6)).toBe(true); // 工人
    expect(onWordBoundaries("新招2名工人", 3, 6)).toBe(false); // 名工人
    expect(onWordBoundaries("共有65岁以上老人", 4, 7)).toBe(false); // 岁以上
  });

  it("locates a label at its occurrence nearest to the number", () => {
    const text = "产量增长。全区产量达到30吨。";
    expect(locateNear(text, "产量", 11, 14)).toEqual({ start: 7, end: 9 });
    expect(locateNear(text, "税收", 11, 14)).toBeNull();
  });

  it("counts labels on and off word boundaries over every reported indicator", () => {
    const text = "入户调查完成率达到98%，口县支付宝用户5000户。";
    const s = scoreIndicators(
      gold({}),
      prediction([
        article({
          text,
          indicators: [
            { text: "98%", value: 98, unit: "%", metric: "入户调查完成率", start: 9 },
            { text: "5000户", value: 5000, unit: "户", metric: "县支付宝用", start: 20 },
            { text: "3个", value: 3, unit: "个", metric: "调查总数", start: 0 },
          ],
        }),
      ]),
    );
    expect(s.labels).toMatchObject({ labelled: 3, located: 2, onBoundary: 1 });
    expect(s.labels.offBoundary).toEqual(["县支付宝用 (5000户)"]); // ends inside 用户
  });

  it("calls a label good when it equals the gold one or shares at least half of the longer", () => {
    expect(metricsAgree("签约率", "签约率")).toBe(true);
    expect(metricsAgree("签约率", "签约")).toBe(true);
    expect(metricsAgree("签约率", "谦国际二期地块圆满完成签约率")).toBe(false);
    expect(metricsAgree("入户调查完成率", "完成率")).toBe(false);
    expect(metricsAgree("GDP增速", "ＧＤＰ")).toBe(true);
    expect(metricsAgree("签约农户", "签约的农户")).toBe(true); // 的 is not part of the label
    expect(metricsAgree("“跑吧”", "跑吧")).toBe(true);
    expect(metricsAgree("村", "村实现")).toBe(false); // a verb glued on is still a different label
    expect(metricsAgree("签约率", null)).toBe(false);
  });

  it("judges metric and role on matched pairs, pairing equal values by their context", () => {
    const text = "去年签约100户。今年力争签约100户。";
    const g = gold({
      indicators: [
        ind("100户", 100, "户", "去年签约100户", { metric: "签约", role: "baseline" }),
        ind("100户", 100, "户", "今年力争签约100户", { metric: "签约", role: "target" }),
      ],
    });
    const s = scoreIndicators(
      g,
      prediction([
        article({
          text,
          indicators: [
            { text: "100户", value: 100, unit: "户", metric: "力争签约", role: "target", start: 15 },
            { text: "100户", value: 100, unit: "户", metric: "签约", role: "actual", start: 4 },
          ],
        }),
      ]),
    );
    expect(s.matchedGold).toBe(2);
    expect(s.roles).toMatchObject({ agree: 1, of: 2 });
    expect(s.roles.wrong).toEqual([{ text: "去年签约100户", gold: "baseline", predicted: "actual" }]);
    expect(s.metricGood).toMatchObject({ agree: 2, of: 2 });
  });
});

describe("goals: kind and deadline date", () => {
  const g = gold({
    goals: [
      { text: "计划下月启动房屋征收签约工作", verb: "计划", deadline: "下月", kind: "target", deadlineDate: "2021-12-31" },
      { text: "不得低于60%", verb: "不得低于", deadline: null, kind: "requirement", deadlineDate: null },
      { text: "确保年底前完成全部拆除", verb: "确保", deadline: "年底", kind: "target", deadlineDate: "2021-12-31" },
    ],
  });

  it("counts kinds and deadline dates on matched goals, a missing field as wrong", () => {
    const s = scoreGoals(
      g,
      prediction([
        article({
          goals: [
            { text: "计划下月启动房屋征收签约工作", kind: "task", deadlineDate: "2021-12-31" },
            { text: "不得低于60%", kind: "requirement", deadlineDate: null },
            { text: "确保年底前完成全部拆除" },
          ],
        }),
      ]),
    );
    expect(s.kinds).toEqual({ agree: 1, of: 3 });
    expect(s.deadlineDates).toEqual({ agree: 1, of: 2 }); // 不得低于60% states no deadline
    expect(s.wrongDates).toEqual(["确保年底前完成全部拆除: none ≠ 2021-12-31"]);
    expect(s.wrongKinds).toEqual(["计划下月启动房屋征收签约工作: task ≠ target", "确保年底前完成全部拆除: none ≠ target"]);
  });
});

describe("places inside and outside the county", () => {
  const g = gold({
    places: [
      { name: "严村", level: "village", township: "航埠镇" },
      { name: "碗窑村", level: "village", township: "沟溪乡" },
      { name: "崇仁镇", level: "township", township: null, outside: true, county: "嵊州市" },
      { name: "上虞区", level: "county", township: null, outside: true, county: "上虞区" },
    ],
  });

  it("resolves the county's villages to their township and catches places elsewhere given a county township", () => {
    const s = scorePlaces(
      g,
      prediction([
        article({
          places: [
            { name: "严村", level: "village", township: "航埠镇" },
            { name: "碗窑村委会", level: "village", township: "石梁镇" },
            { name: "崇仁镇", level: "township", township: "石梁镇" },
            { name: "上虞区", level: "county", outside: true },
          ],
        }),
      ]),
    );
    expect([s.matchedGold, s.gold, s.predicted]).toEqual([4, 4, 4]);
    expect(s.villages).toEqual({ resolved: 1, of: 2, wrong: ["碗窑村"] });
    expect(s.outsideLinked).toEqual(["崇仁镇"]);
  });

  it("does not count a place marked outside among the county's townships", () => {
    const s = scoreIssue(gold({ townships: [] }), prediction([article({ places: [{ name: "崇仁镇", level: "township", township: "崇仁镇", outside: true }] })]));
    expect(s.townships.predicted).toBe(0);
  });
});

describe("departments of other places", () => {
  const g = gold({ departments: ["区委", "上虞区政府", "市委"], departmentsOutside: ["上虞区政府", "市委"] });

  it("counts a county body found inside another place's body as mapped to the county", () => {
    const text = "区委书记指出，上虞区政府近日出台办法。";
    const s = scoreDepartments(
      g,
      prediction([
        article({
          text,
          departments: [
            { name: "区委", canonical: "中共衢州市柯城区委员会", start: 0 },
            { name: "区政府", canonical: "柯城区人民政府", start: 9 },
            { name: "市委", canonical: "中共衢州市委", start: 0 },
          ],
        }),
      ]),
    );
    expect(s.outsideMapped).toEqual(["区政府 → 柯城区人民政府"]);
    expect(s.spurious).toEqual(["区政府"]);
  });

  it("never counts a body the extractor marks as another place's as mapped to the county", () => {
    const s = scoreDepartments(g, prediction([article({ departments: ["区委", { name: "上虞区政府", canonical: "上虞区人民政府", outside: true }] })]));
    expect([s.matchedGold, s.predicted, s.outsideMapped]).toEqual([2, 2, []]);
  });

  it("counts any county body in an issue whose gold has only other places' bodies", () => {
    const foreign = gold({ departments: ["杏花岭区人大常委会"], departmentsOutside: ["杏花岭区人大常委会"] });
    const s = scoreDepartments(foreign, prediction([article({ departments: [{ name: "区人大常委会", canonical: "柯城区人大常委会" }] })]));
    expect(s.outsideMapped).toHaveLength(1);
  });

  it("does not count a body left as written (unresolved) as mapped to the county", () => {
    const foreign = gold({ departments: ["区农经局"], departmentsOutside: ["区农经局"] });
    const kept = scoreDepartments(foreign, prediction([article({ departments: [{ name: "区农经局", canonical: "区农经局" }] })]));
    expect([kept.outsideMapped, kept.matchedGold]).toEqual([[], 1]);
    const mapped = scoreDepartments(foreign, prediction([article({ departments: [{ name: "区农经局", canonical: "柯城区农业农村局" }] })]));
    expect(mapped.outsideMapped).toEqual(["区农经局 → 柯城区农业农村局"]);
  });

  it("rejects an outside department the gold does not list", () => {
    const bad = ZGoldIssueSchema.safeParse({ ...gold({ departments: ["区委"] }), departmentsOutside: ["市委"] });
    expect(bad.success).toBe(false);
  });
});

describe("articles recovered whole", () => {
  const source = [
    "新民晚报 2024年3月1日",
    "村里建起共富工坊",
    "□ 记者 张三",
    "本报讯 村里的共富工坊开工了。工坊吸纳就业50人。今年计划再建两家。",
    "乡镇完成征迁任务！",
    "记者从区里获悉，征迁签约率达100%。拆除工作下月启动。",
  ].join("\n");
  const titles = ["村里建起共富工坊", "乡镇完成征迁任务！"];

  it("counts an article whose text starts at its lead (byline dropped) and ends at its last sentence", () => {
    const s = scoreArticles(titles, source, [
      { title: "村里建起共富工坊", text: "本报讯 村里的共富工坊开工了。工坊吸纳就业50人。今年计划再建两家。" },
      { title: "乡镇完成征迁任务！", text: "记者从区里获悉，征迁签约率达100%。拆除工作下月启动。" },
    ]);
    expect(s).toEqual({ of: 2, titled: 2, whole: 2, problems: [] });
  });

  it("fails an article glued to the next headline, and one that lost its lead", () => {
    const s = scoreArticles(titles, source, [
      { title: "村里建起共富工坊", text: "本报讯 村里的共富工坊开工了。工坊吸纳就业50人。今年计划再建两家。乡镇完成征迁任务！记者从区里获悉，征迁签约率达100%。拆除工作下月启动。" },
      { title: "征迁签约率达100%", text: "拆除工作下月启动。" },
    ]);
    expect(s.titled).toBe(1);
    expect(s.whole).toBe(0);
    expect(s.problems).toEqual([expect.stringMatching(/村里建起共富工坊.*ends outside/), "no article titled “乡镇完成征迁任务！”"]);
  });

  it("fails an article whose text starts after its first sentence", () => {
    const s = scoreArticles(titles.slice(0, 1), source, [{ title: "村里建起共富工坊", text: "工坊吸纳就业50人。今年计划再建两家。" }]);
    expect(s.whole).toBe(0);
    expect(s.problems[0]).toMatch(/starts after its first sentence/);
  });
});

describe("dates: masthead exact, inferred in its week, unknown only where allowed", () => {
  it("accepts unknown only with dateUnknownOk and flags dates a month or more away", () => {
    const inferred = gold({ date: "2024-03-05", dateSource: "inferred", dateWindow: ["2024-03-04", "2024-03-10"] });
    expect(scoreDate(inferred, null)).toMatchObject({ ok: false, unknown: true, wrongByMonth: false });
    expect(scoreDate({ ...inferred, dateUnknownOk: true }, null).ok).toBe(true);
    expect(scoreDate(inferred, "2024-02-04")).toMatchObject({ ok: false, wrongByMonth: true });
    expect(scoreDate(inferred, "2024-02-05")).toMatchObject({ ok: false, wrongByMonth: false });
    expect(scoreDate(gold({ date: "2024-03-05", dateSource: "masthead" }), "2024-03-06").ok).toBe(false);
  });

  it("sums the new measures over issues", () => {
    const g = gold({ date: "2024-03-05", dateSource: "masthead", articles: [{ title: "甲" }] });
    const summary = summarise([scoreIssue(g, prediction([article({}, "甲")], "2025-03-05"), "甲\n正文。")]);
    expect(summary.dates).toMatchObject({ ok: 0, wrongByMonth: 1, of: 1 });
    expect(summary.articles).toEqual({ whole: 1, titled: 1, of: 1 }); // an output without texts is judged by titles
  });
});

describe("gold files must quote their issue text", () => {
  const text = "全区粮食产量达到2.65亿斤。\n力争年底前完成签约工作。";
  const good = gold({
    file: "dev-x.txt",
    indicators: [ind("2.65亿斤", 265000000, "斤", "粮食产量达到2.65亿斤")],
    goals: [{ text: "力争年底前完成签约工作", verb: "力争", deadline: "年底", kind: "target", deadlineDate: "2024-12-31" }],
    articles: [{ title: "全区粮食产量达到2.65亿斤。" }],
  });

  it("passes a gold file that quotes its text", () => {
    expect(checkGoldAgainstText(good, text)).toEqual([]);
    expect(checkIndicatorOccurrences(good, text)).toEqual([]);
  });

  it("fails a gold file whose contexts, goals or headlines are not in its text", () => {
    const bad = {
      ...good,
      indicators: [ind("2.65亿斤", 265000000, "斤", "粮食总产量达到2.65亿斤")],
      goals: [{ ...good.goals[0], text: "力争年内完成签约工作" }],
      articles: [{ title: "粮食丰收" }],
    };
    expect(checkGoldAgainstText(bad, text)).toEqual([
      "indicators[0].context not in dev-x.txt: “粮食总产量达到2.65亿斤”",
      "goals[0].text not in dev-x.txt: “力争年内完成签约工作”",
      "articles[0].title not in dev-x.txt after the previous headline: “粮食丰收”",
    ]);
  });

  it("fails a gold file that lists a number more or fewer times than the text states it", () => {
    const twice = { ...good, indicators: [...good.indicators, ...good.indicators] };
    expect(checkIndicatorOccurrences(twice, text)).toHaveLength(1);
  });
});
