import { describe, expect, it } from "vitest";
import { dateFromFileName, findEventDates, findYearClues, inferIssueDate } from "@/lib/text/infer-date";
import { extractIndicators } from "@/lib/extract/extract-indicators";
import { normaliseText } from "@/lib/text/normalise-text";
import { repairPageBreaks } from "@/lib/text/repair-page-breaks";
import { seedText } from "./load-seed";

const prepared = (prefix: string) => repairPageBreaks(normaliseText(seedText(prefix))).text;
const daysBetween = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

describe("inferIssueDate on the seeds without a masthead", () => {
  it("000: events of 11月15日, “十四五”开局之年 → 2021-11-16", () => {
    const date = inferIssueDate(prepared("000"))!;
    expect(date).toMatchObject({ date: "2021-11-16", source: "inferred" });
    expect(date.evidence).toContain("11月15日");
    expect(date.evidence).toContain("“十四五”开局之年");
    expect(date.confidence).toBeGreaterThan(0.4);
    expect(date.confidence).toBeLessThan(1);
  });

  it("003: the 区委八届十次全会 of 8月11日 → 2021-08-12", () => {
    const date = inferIssueDate(prepared("003"))!;
    expect(date).toMatchObject({ date: "2021-08-12", source: "inferred" });
    expect(date.evidence).toContain("区委八届十次全会");
    expect(date.evidence).toContain("8月11日");
  });

  it("004: events up to 7月30日, 2022年上半年 and 省第十五次党代会 → 2022-07-31", () => {
    const date = inferIssueDate(prepared("004"))!;
    expect(date).toMatchObject({ date: "2022-07-31", source: "inferred" });
    expect(date.evidence).toContain("7月30日");
    expect(date.evidence).toContain("2022年上半年");
    expect(date.evidence).toContain("省第十五次党代会");
  });

  it("lands in the week of the masthead date for the seeds that have one", () => {
    // The masthead lines do not take part: inference works on the prose alone.
    expect(daysBetween(inferIssueDate(prepared("001"))!.date, "2022-04-13")).toBeLessThanOrEqual(3);
    expect(daysBetween(inferIssueDate(prepared("002"))!.date, "2022-05-25")).toBeLessThanOrEqual(3);
  });
});

describe("inferIssueDate rules", () => {
  it("ignores plans and deadlines when looking for the latest event", () => {
    const text = "2022年上半年，全区经济稳中有进。7月28日上午，区委召开会议，要求计划8月20日完成签约，9月30日前全面交付。";
    expect(inferIssueDate(text)?.date).toBe("2022-07-29");
  });

  it("takes the date itself when the text says 今天", () => {
    const text = "今年是“十四五”开局之年。今天（11月16日）上午，区委召开会议。11月15日，调研组走访了企业。";
    expect(inferIssueDate(text)?.date).toBe("2021-11-16");
  });

  it("rolls over the year after a 12月31日 event", () => {
    expect(inferIssueDate("今年是“十四五”开局之年。12月31日，区委召开会议。")?.date).toBe("2022-01-01");
  });

  it("gives up without any year evidence", () => {
    expect(inferIssueDate("11月15日上午，区委召开会议。")).toBeUndefined();
  });

  it("lets fixed events outweigh a bare historical year", () => {
    const clues = findYearClues("2018年，荷苑小区成立行动队。今年是“十四五”开局之年。");
    expect(clues.map((c) => [c.year, c.label])).toEqual([
      [2021, "“十四五”开局之年"],
      [2018, "2018年"],
    ]);
    expect(inferIssueDate("2018年，荷苑小区成立行动队。今年是“十四五”开局之年。11月15日，区委召开会议。")?.date).toBe("2021-11-16");
  });

  it("finds month-day event dates such as 截至11月15日22时", () => {
    const dates = findEventDates("截至11月15日22时，入户调查完成率达100%。11月1日，入户调查工作正式启动。");
    expect(dates.map((d) => `${d.month}-${d.day}`)).toEqual(["11-15", "11-1"]);
  });
});

describe("dateFromFileName", () => {
  it.each([
    ["2022-04-13.txt", "2022-04-13"],
    ["uploads/20220413.txt", "2022-04-13"],
    ["2022年4月13日.txt", "2022-04-13"],
    ["今日柯城_2022_5_25.txt", "2022-05-25"],
  ])("%s → %s", (name, date) => {
    expect(dateFromFileName(name)).toMatchObject({ date, source: "user", confidence: 1 });
  });

  it.each(["000_fb4c6968b8fc0955.txt", "20221340.txt", "issue-1937.txt", "120220413.txt"])("%s has no date", (name) => {
    expect(dateFromFileName(name)).toBeUndefined();
  });
});

// HELDOUT-CATEGORIES.md "Dates": a notice signed with a date line in Chinese numerals and no other date (invented text).
describe("a date line in Chinese numerals", () => {
  const notice = (dateLine: string) =>
    `某镇召开春耕生产部署会，要求各村抓紧做好春耕备耕工作。\n\n某镇人民政府\n${dateLine}\n`;
  it.each([
    ["二○一九年三月五日", "2019-03-05"],
    ["二〇二一年十一月十六日", "2021-11-16"],
    ["（二零二二年十月三十一日）", "2022-10-31"],
    ["二○二○年二月二十日", "2020-02-20"],
  ])("%s → %s", (line, date) => {
    const inferred = inferIssueDate(notice(line));
    expect(inferred?.date).toBe(date);
    expect(inferred?.evidence).toContain("落款日期");
  });
  it("refuses impossible dates and dates inside running text", () => {
    expect(inferIssueDate(notice("二○一九年二月三十日"))).toBeUndefined();
    expect(inferIssueDate(notice("二○一九年十三月五日"))).toBeUndefined();
    expect(inferIssueDate(notice("二○一九年三月十十日"))).toBeUndefined(); // not day 20: 十十 is no number
    expect(inferIssueDate("会议于二○一九年三月五日召开，部署春耕备耕工作。")).toBeUndefined();
  });
  it("never reads the year's last digit as a duration", () => {
    expect(extractIndicators(notice("二○一九年三月五日"), {})).toEqual([]);
    expect(extractIndicators("二○一九年全县共有9个村。", {}).map((i) => i.text)).toEqual(["9个"]);
  });
});
