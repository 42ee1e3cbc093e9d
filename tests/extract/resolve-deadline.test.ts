import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEADLINE_SOURCE,
  DEADLINE_WORDS,
  completionYearIn,
  headingYearOf,
  lastDayOfMonth,
  parseIsoDay,
  planYearAt,
  planYearOfArticle,
  resolveDeadline,
  resolveDeadlineWithoutDate,
} from "@/lib/extract/resolve-deadline";
import { extractAll } from "@/lib/extract";
import { extractGoals } from "@/lib/extract/extract-goals";

// Deadline phrases as the seeds and issue #11 §1 write them, with the date a supervisor would enter.
const CASES: Array<[phrase: string, issueDate: string, expected: string | null]> = [
  ["下月", "2021-11-17", "2021-12-31"], // 000: 计划下月启动房屋征收签约工作
  ["下月", "2021-12-05", "2022-01-31"],
  ["下个月", "2024-01-10", "2024-02-29"],
  ["今年", "2021-11-17", "2021-12-31"], // 000: 确保今年目标“保5争3抢1”
  ["全年", "2022-04-13", "2022-12-31"], // 001: 确保圆满完成全年目标任务
  ["年内", "2022-08-01", "2022-12-31"],
  ["年底前", "2022-08-01", "2022-12-31"],
  ["今年底", "2022-08-01", "2022-12-31"],
  ["明年", "2021-11-17", "2022-12-31"], // 000: 积极谋划明年未来乡村建设
  ["2025年", "2022-08-01", "2025-12-31"],
  ["到2025年", "2022-08-01", "2025-12-31"],
  ["2025年底", "2022-08-01", "2025-12-31"],
  ["2023年6月底前", "2022-08-01", "2023-06-30"],
  ["一季度", "2022-01-05", "2022-03-31"],
  ["二季度", "2022-05-25", "2022-06-30"], // 002: 全力实现二季度争先创优目标
  ["三季度末", "2022-05-25", "2022-09-30"],
  ["一季度", "2022-05-25", "2023-03-31"], // already over: the next one
  ["上半年", "2022-04-13", "2022-06-30"],
  ["下半年", "2022-08-01", "2022-12-31"],
  ["6月底", "2022-04-13", "2022-06-30"],
  ["6月底前", "2022-08-01", "2023-06-30"], // June already past in August: next year's June
  ["11月底", "2021-11-17", "2021-11-30"], // this month's end is still ahead
  ["十月前", "2022-08-01", "2022-10-31"],
  ["今年10月底前", "2022-08-01", "2022-10-31"],
  ["今年6月底前", "2022-08-01", "2022-06-30"], // the text names a past date: kept
  ["2月底", "2023-01-03", "2023-02-28"],
  ["本月", "2022-02-10", "2022-02-28"],
  ["下月中旬", "2020-11-28", "2020-12-20"],
  ["3月上旬", "2022-05-25", "2023-03-10"],
  ["12月下旬", "2022-05-25", "2022-12-31"],
  ["春节前", "2021-11-17", "2022-01-31"], // Spring Festival 2022-02-01
  ["春节前", "2022-03-01", "2023-01-21"],
  ["国庆前", "2022-08-01", "2022-09-30"],
  ["按时按期", "2021-11-17", null],
  ["汛期前", "2022-03-01", null], // the flood season opens on each province's own day: no date
  ["主汛期来临前", "2022-03-01", null],
  ["每年3月前", "2010-09-07", null], // dev d53: a recurring schedule sets no one date
  ["每月10日前", "2010-09-07", null],
  ["每季度末前", "2010-09-07", null],
  ["按时", "2021-08-16", null],
  ["", "2021-08-16", null],
  ["下月", "not a date", null],
];

describe("resolveDeadline", () => {
  it.each(CASES)("%s in an issue of %s → %s", (phrase, issueDate, expected) => {
    expect(resolveDeadline(phrase, issueDate)).toBe(expected);
  });

  it("every table entry resolves its own example (or says it names no date)", () => {
    for (const entry of DEADLINE_WORDS) {
      const resolved = resolveDeadline(entry.example, "2022-05-25");
      if (/按时|汛期|^每/.test(entry.source)) expect(resolved, entry.example).toBeNull();
      else expect(resolved, entry.example).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("the search regex finds deadline words in running text and leaves bare years alone", () => {
    const re = new RegExp(DEADLINE_SOURCE);
    expect(re.exec("力争到2025年，全区生产总值突破500亿元")?.[0]).toBe("2025年");
    expect(re.exec("2021年，面对“异军突起”的宠物市场")).toBeNull();
    expect(re.exec("今年以来，柯城区坚持高标准定位")).toBeNull();
    expect(re.exec("计划下月启动房屋征收签约工作")?.[0]).toBe("下月");
  });
});

// Issue dates 2000–2040 and phrases that name no year.
const issueDay = fc
  .record({ y: fc.integer({ min: 2000, max: 2040 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(Math.min(d, lastDayOfMonth(y, m))).padStart(2, "0")}`);
const cnMonth = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
const relativePhrase = fc.oneof(
  fc.constantFrom("今年", "年内", "年底", "年底前", "全年", "今年底", "明年", "本月", "月底", "下月", "下个月", "上半年", "下半年", "国庆前", "元旦前"),
  fc.constantFrom("一", "二", "三", "四").chain((q) => fc.constantFrom(`${q}季度`, `${q}季度末`)),
  fc.integer({ min: 1, max: 12 }).chain((m) => fc.constantFrom(`${m}月底`, `${m}月底前`, `${m}月前`, `${cnMonth[m - 1]}月底`)),
);

describe("resolveDeadline properties", () => {
  it("a deadline without a written year never falls before the issue date", () => {
    fc.assert(
      fc.property(relativePhrase, issueDay, (phrase, issue) => {
        const date = resolveDeadline(phrase, issue);
        expect(date).not.toBeNull();
        expect(date! >= issue).toBe(true);
      }),
    );
  });

  it("a resolved deadline is a real calendar date at the end of a month (or a holiday eve)", () => {
    fc.assert(
      fc.property(relativePhrase, issueDay, (phrase, issue) => {
        const date = resolveDeadline(phrase, issue)!;
        const day = parseIsoDay(date);
        expect(day).not.toBeNull();
        if (!phrase.includes("节")) expect(day!.d).toBe(lastDayOfMonth(day!.y, day!.m));
      }),
    );
  });

  it("a written year is kept, past or not", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2040 }), issueDay, (year, issue) => {
        expect(resolveDeadline(`${year}年底`, issue)).toBe(`${year}-12-31`);
        expect(resolveDeadline(`${year}年`, issue)).toBe(`${year}-12-31`);
      }),
    );
  });

  it("without a written year a deadline lies in the issue's year or the next", () => {
    fc.assert(
      fc.property(relativePhrase, issueDay, (phrase, issue) => {
        const date = resolveDeadline(phrase, issue)!;
        expect(Number(date.slice(0, 4)) - Number(issue.slice(0, 4))).toBeLessThanOrEqual(1);
      }),
    );
  });
});

// When the issue's date is unknown (no masthead, nothing to infer it from), only a phrase that writes its year has a
// date: a relative one stays empty rather than taking a guessed year (s6-link-recall, issue #11 §1 on undated issues).
describe("resolveDeadlineWithoutDate", () => {
  it.each([
    ["2019年3月底前", "2019-03-31"],
    ["到2030年", "2030-12-31"],
    ["2027年底", "2027-12-31"],
    ["“十四五”末", "2025-12-31"],
    ["年底前", null],
    ["今年", null],
    ["下月", null],
    ["6月底前", null],
    ["按时按期", null],
  ] as const)("%s → %s", (phrase, expected) => expect(resolveDeadlineWithoutDate(phrase)).toBe(expected));
  it("gives an undated issue's goal its written-year deadline and leaves a relative one empty", () => {
    const text = "会议要求，各镇要加快推进农房改造，确保2019年3月底前全部完工，力争年底前通过验收。";
    const goals = extractAll(text, { title: "农房改造推进会" }).goals;
    expect(goals.find((g) => g.deadline === "2019年3月底前")?.deadlineDate).toBe("2019-03-31");
    expect(goals.find((g) => g.deadline?.startsWith("年底"))?.deadlineDate).toBeUndefined();
  });
});

// Plan years and written years at the cue (HELDOUT-CATEGORIES.md "Deadline dates"; sentences invented, or dev-sourced
// where named): the year the figure is planned for decides, not the issue's.
describe("plan years at a 计划/预计 cue and written years", () => {
  const ctx = { issueDate: "2026-05-10", issueYear: 2026 };
  const goalOf = (text: string) => extractGoals(text, ctx)[0];
  it.each([
    ["该项目2027年计划投资3亿元，目前已完成1亿元。", "计划投资3亿元", "2027-12-31"],
    ["园区当年计划投资1.2亿元。", "计划投资1.2亿元", "2026-12-31"],
    ["全区重点项目年度计划投资5亿元。", "计划投资5亿元", "2026-12-31"],
    ["全区年计划投资20亿元。", "计划投资20亿元", "2026-12-31"],
    ["本年度计划开工项目25项。", "计划开工项目25项", "2026-12-31"], // dev d51's shape
    ["预计2027年投资总额达到105亿元。", "预计2027年投资总额达到105亿元", "2027-12-31"], // dev d52's shape
    ["要力争2027年年底建成投用。", "力争2027年年底建成投用", "2027-12-31"],
    ["要确保“十四五”规划任务全面完成。", "确保“十四五”规划任务全面完成", "2025-12-31"],
  ])("%s", (sentence, text, date) => {
    const goal = goalOf(sentence);
    expect(goal?.text).toBe(text);
    expect(goal?.deadlineDate).toBe(date);
  });
  it("finds the plan year at the cue of a goal text[start, end), before or after it", () => {
    const at = (text: string, goal: string) => {
      const start = text.indexOf(goal);
      return planYearAt(text, start, start + goal.length);
    };
    expect(at("该项目2027年计划投资3亿元。", "计划投资3亿元")).toBe("2027年");
    expect(at("园区当年计划投资1.2亿元。", "计划投资1.2亿元")).toBe("当年");
    expect(at("本年度计划开工项目25项。", "计划开工项目25项")).toBe("本年度");
    expect(at("预计2027年投资总额达到105亿元。", "预计2027年投资总额达到105亿元")).toBe("2027年");
    expect(at("该基金每年计划投资2亿元。", "计划投资2亿元")).toBeUndefined(); // 每年 is no plan year
    expect(at("预计2027年底建成。", "预计2027年底建成")).toBeUndefined(); // 2027年底 is a deadline word, found as one
    expect(at("该项目2027年力争投资3亿元。", "力争投资3亿元")).toBeUndefined(); // only at 计划/预计
  });
  it("预计年底 + a completion verb is a dated target", () => {
    const goal = extractGoals("综合楼主体已封顶，预计于年底投用。", ctx).find((g) => g.verb === "预计");
    expect(goal?.deadlineDate).toBe("2026-12-31");
  });
  it("每年/同年 are no plan years, and a share of the plan achieved is no goal", () => {
    expect(goalOf("该基金每年计划投资2亿元。")?.deadlineDate).toBeUndefined();
    expect(extractGoals("1-4月完成投资1.8亿元，占年计划投资的36%。", ctx)).toEqual([]);
    expect(extractGoals("目前已开工20项，完成年度计划开工的80%。", ctx)).toEqual([]);
  });
  it("resolves five-year plan periods by their last year", () => {
    expect(resolveDeadlineWithoutDate("“十三五”期间")).toBe("2020-12-31");
    expect(resolveDeadline("“十四五”", "2023-03-01")).toBe("2025-12-31");
    expect(resolveDeadline("2027年年底前", "2026-05-10")).toBe("2027-12-31");
    // dev d49's shape (计划明年6月份完成): the month of next year, not next year's end
    expect(resolveDeadline("明年6月份", "2020-04-26")).toBe("2021-06-30");
    expect(resolveDeadline("今年9月份前", "2020-04-26")).toBe("2020-09-30");
  });
});

// Days of a month, halves and quarters of a named year, and the year of the work a goal completes (s9-goals; the
// deadline forms of HELDOUT-CATEGORIES.md and dev d70/d72; sentences invented).
describe("days, named halves and quarters, completion years", () => {
  it.each([
    ["6月30日前", "2023-05-10", "2023-06-30"],
    ["11月30日前", "2023-05-10", "2023-11-30"],
    ["6月15日之前", "2023-05-10", "2023-06-15"],
    ["3月31日前", "2023-05-10", "2024-03-31"], // already past in May: next year's
    ["今年3月31日前", "2023-05-10", "2023-03-31"], // 今年 fixes the year
    ["明年3月1日前", "2023-05-10", "2024-03-01"],
    ["2025年6月15日前", "2023-05-10", "2025-06-15"],
    ["2025年6月30日", "2023-05-10", "2025-06-30"],
    ["本月20日前", "2023-05-10", "2023-05-20"],
    ["下月10日前", "2023-12-10", "2024-01-10"],
    ["2月30日前", "2023-01-10", "2023-02-28"], // a day past the month's end is its last day
    ["2025年上半年", "2023-05-10", "2025-06-30"],
    ["2025年下半年", "2023-05-10", "2025-12-31"],
    ["2026年一季度", "2023-05-10", "2026-03-31"],
    ["明年上半年", "2023-05-10", "2024-06-30"],
    ["明年一季度", "2023-05-10", "2024-03-31"],
    ["今年上半年", "2023-08-10", "2023-06-30"], // 今年 fixes the year even when the half is over
    ["“十四五”期末", "2023-05-10", "2025-12-31"],
    ["月底前", "2023-05-10", "2023-05-31"],
  ])("%s in an issue of %s → %s", (phrase, issueDate, expected) => {
    expect(resolveDeadline(phrase, issueDate)).toBe(expected);
  });

  it("finds a month-day only with 前: an event's date and 前往 are no deadlines", () => {
    const re = new RegExp(DEADLINE_SOURCE);
    expect(re.exec("确保11月30日前全部完成清理")?.[0]).toBe("11月30日前");
    expect(re.exec("11月9日，县长主持召开周例会")).toBeNull();
    expect(re.exec("6月5日前往北京参加培训")).toBeNull();
  });

  it("a “十四五” plan to compile is a name; its tasks end with the period", () => {
    const ctx = { issueDate: "2020-11-11", issueYear: 2020 };
    const compile = extractGoals("要精心编制我县“十四五”规划和各专项规划。", ctx)[0];
    expect(compile?.verb).toBe("编制");
    expect(compile?.deadlineDate).toBeUndefined();
    expect(extractGoals("要确保“十四五”规划任务全面完成。", ctx)[0]?.deadlineDate).toBe("2025-12-31");
  });

  it("dates a goal by the written year of the work it completes, not by a year it looks back from", () => {
    const ctx = { issueDate: "2018-09-10", issueYear: 2018 };
    expect(completionYearIn("确保完成2018年农村公厕新建、改造工作")).toBe("2018年");
    expect(completionYearIn("全面完成2024年度减贫任务")).toBe("2024年");
    expect(completionYearIn("完成2018年以来的遗留问题整改")).toBeUndefined();
    expect(completionYearIn("确保2018年底前完成")).toBeUndefined(); // a deadline word, found as one
    const goal = extractGoals("各镇要确保完成2019年农村公厕新建、改造工作。", ctx)[0];
    expect(goal?.deadlineDate).toBe("2019-12-31");
  });
});

// Years that head a goal's clause and year words that refer to them (s10-deadlines; HELDOUT-CATEGORIES.md "Deadline
// dates" 1–3 and Session 9; each case a real shape: dev d87, the categories' invented examples, or invented where named).
describe("years heading a goal's clause, and 当年/年度 of the article's year", () => {
  const dated = (issueDate: string | undefined) => (sentence: string) =>
    extractGoals(sentence, issueDate ? { issueDate, issueYear: Number(issueDate.slice(0, 4)) } : {}).map((g) => [g.text, g.deadlineDate ?? null]);
  it.each([
    // a year opening the sentence, as its own clause or before the subject
    ["2026-03-10", "2027年，全县计划实施重点项目50个，总投资120亿元。", "计划实施重点项目50个", "2027-12-31"],
    ["2026-03-10", "2027年全县计划实施重点项目50个。", "计划实施重点项目50个", "2027-12-31"],
    ["2026-03-10", "该项目2027年力争投资3亿元。", "力争投资3亿元", "2027-12-31"],
    ["2026-03-10", "力争2027年建成投用。", "力争2027年建成投用", "2027-12-31"],
    // the plan year before a target list applies to its items (Session 9: 建议<year>年…目标是:)
    ["2026-01-20", "建议2026年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%。", "目标是：地区生产总值增长6%左右", "2026-12-31"],
    // of two years the nearest clause head decides: the first reports, the second plans
    ["2026-01-20", "2025年全县生产总值增长6%，2026年力争增长7%。", "力争增长7%", "2026-12-31"],
    // 年底 after a written year heading the clause is that year's end
    ["2026-03-10", "2027年，该县力争年底前建成。", "该县力争年底前建成", "2027-12-31"],
    // 当年 refers back to the written year, even a year before the issue's
    ["2026-01-15", "2025年，该项目当年计划投资2亿元，实际完成2.1亿元。", "计划投资2亿元", "2025-12-31"],
  ])("%s: %s", (issueDate, sentence, text, date) => {
    expect(dated(issueDate)(sentence)).toContainEqual([text, date]);
  });

  it("gives 年度 the article's written year, also in a later paragraph and without an issue date (dev d87)", () => {
    const text =
      "2020年计划实施千万元以上重点建设项目71个,总投资337.13亿元,年度计划完成投资56.21亿元,1-6月份累计完成投资35.9亿元。\n\n" +
      "省市重点项目情况:省重点项目2个,总投资20亿元,年度计划完成投资9亿元,1-6月份累计完成投资7.9亿元。";
    for (const issueDate of [undefined, "2020-07-15"]) {
      const goals = dated(issueDate)(text);
      expect(goals).toContainEqual(["计划实施千万元以上重点建设项目71个", "2020-12-31"]);
      expect(goals).toContainEqual(["计划完成投资56.21亿元", "2020-12-31"]);
      expect(goals).toContainEqual(["计划完成投资9亿元", "2020-12-31"]);
    }
  });

  it("keeps 年度 the issue's year when the article's written year is far from it", () => {
    const goals = dated("2026-05-10")("2018年，该村建起合作社。\n\n今年，合作社年度计划投资800万元。");
    expect(goals).toContainEqual(["计划投资800万元", "2026-12-31"]);
  });

  it("takes no year from spans, dates, descriptions or a clause that reports before the goal", () => {
    const none = (issueDate: string, sentence: string) => dated(issueDate)(sentence).map(([, date]) => date);
    expect(none("2026-03-10", "2021年以来，全县计划投资5亿元。")).toEqual([null]);
    expect(none("2026-03-10", "2026年3月5日，县长提出要加快推进城南污水厂项目建设。")).toEqual([null]);
    expect(none("2026-03-10", "2025年是“十四五”规划收官之年，要确保完成各项目标任务。")).toEqual([null]);
    expect(none("2026-03-10", "2025年全县完成投资5亿元，增长10%，下一步将加快推进城南污水厂项目建设。")).toEqual([null]);
  });

  it("finds the heading year only with no clause between it and the goal, unless it heads a target list", () => {
    const at = (text: string, goal: string) => headingYearOf(text, 0, text.indexOf(goal));
    expect(at("2027年，全县计划实施重点项目50个", "计划")).toBe("2027年");
    expect(at("2027年全县生产总值增长6%，计划实施重点项目50个", "计划")).toBeUndefined();
    expect(at("建议2027年主要目标是：A增长6%；B增长5%", "B增长")).toBe("2027年");
    expect(at("比2025年增长10%，力争突破", "力争")).toBeUndefined();
  });

  it("reads 当年 back to any written year, 年度 only to one next to the issue's", () => {
    const text = "2018年，该村建起合作社。当年计划投资";
    expect(planYearOfArticle(text, text.length, "当年", 2026)).toBe(2018);
    expect(planYearOfArticle(text, text.length, "年度", 2026)).toBeUndefined();
    expect(planYearOfArticle(text, text.length, "年度", 2019)).toBe(2018);
    expect(planYearOfArticle(text, text.length, "年度", undefined)).toBe(2018);
  });
});

// 年前 is the eve of the (lunar) New Year; 三年前/多年前 are "years ago" and no deadline (s10-deadlines).
describe("年前", () => {
  it.each([
    ["力争年前完成签约", "2021-11-17", "2022-01-31"], // Spring Festival 2022-02-01
    ["确保在年前完工", "2026-03-10", "2027-02-05"], // the 2026 festival has passed: the next one
    ["赶在年之前交付", "2025-12-01", "2026-02-16"],
  ])("%s in an issue of %s → %s", (phrase, issueDate, expected) => {
    expect(resolveDeadline(phrase, issueDate)).toBe(expected);
  });
  it("is no deadline in 三年前 / 多年前 / 去年前", () => {
    const re = new RegExp(DEADLINE_SOURCE);
    for (const s of ["三年前，该村计划修路", "多年前就已建成", "2025年前完成", "去年前三季度"]) {
      expect(re.exec(s)?.[0] ?? null, s).not.toBe("年前");
    }
  });
});
