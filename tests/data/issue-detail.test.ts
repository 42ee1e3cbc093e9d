import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findEditor } from "../../lib/data/issues/get-issue-head";
import { getIssueDetail } from "../../lib/data/issues/get-issue-detail";
import { createSeededDb, type SeededDb } from "./overview-seed-db";

let seeded: SeededDb;

beforeAll(async () => {
  seeded = await createSeededDb();
});
afterAll(async () => {
  await seeded?.cleanup();
});

async function issueId(fileName: string): Promise<number> {
  return (await seeded.db.issue.findFirstOrThrow({ where: { fileName } })).id;
}

describe("getIssueDetail", () => {
  it("shows the masthead of 2022-05-25 (第1953期) with its weekday, lunar date and editor", async () => {
    const issue = await getIssueDetail(await issueId("002_733030cbff99bc12.txt"));
    expect(issue).toMatchObject({
      date: "2022-05-25",
      number: 1953,
      dateSource: "masthead",
      weekday: "星期三",
      editor: "董玲",
      label: "2022-05-25 第1953期",
    });
    expect(issue!.lunarDate).toContain("四月廿五");
  });

  it("shows the column banner apart from the articles, with the campaigns it names", async () => {
    const issue = (await getIssueDetail(await issueId("002_733030cbff99bc12.txt")))!;
    expect(issue.articles.every((a) => a.kind !== "banner")).toBe(true);
    // Seed 002, lines 45–46: **转作风 讲担当 抓落实 / 六治六提 六比六晒**.
    const names = issue.banners.flatMap((b) => b.campaigns.map((c) => c.detail ?? c.text));
    expect(names).toContain("六治六提");
    expect(issue.totals.campaigns).toBe(
      await seeded.db.campaignMention.count({ where: { article: { issueId: issue.id } } }),
    );
  });

  it("keeps an inferred date's evidence and confidence", async () => {
    const issue = (await getIssueDetail(await issueId("003_9948b18cc7536563.txt")))!;
    expect(issue.dateSource).toBe("inferred");
    expect(issue.dateEvidence).toContain("8月11日");
    expect(issue.dateConfidence).toBeGreaterThan(0);
    expect(issue.dateConfidence).toBeLessThan(1);
    expect(issue.number).toBeNull();
  });

  it("lists the articles in paper order with counts that match their items", async () => {
    const id = await issueId("001_f3ebb2c24e7ad66b.txt");
    const issue = (await getIssueDetail(id))!;
    expect(issue.articles.length).toBe(await seeded.db.article.count({ where: { issueId: id, kind: { not: "banner" } } }));
    expect(issue.articles.map((a) => a.position)).toEqual(issue.articles.map((_, i) => i));
    for (const article of issue.articles) {
      expect(article.counts.indicators).toBe(article.indicators.length);
      expect(article.counts.goals).toBe(article.goals.length);
      expect(article.counts.places).toBe(article.places.length);
      for (const item of article.indicators) expect(item.href).toBe(`/articles/${article.id}#m-indicator-${item.id}`);
    }
    const indicators = await seeded.db.indicator.count({ where: { article: { issueId: id }, review: { not: "rejected" } } });
    expect(issue.totals.indicators).toBe(indicators);
    // 早田公司日供新鲜蔬菜30吨 (seed 001, line 91).
    expect(issue.articles.flatMap((a) => a.indicators.map((i) => i.text))).toContain("30吨");
  });

  it("links to the issues before and after it by date", async () => {
    const issue = (await getIssueDetail(await issueId("002_733030cbff99bc12.txt")))!;
    expect(issue.previous?.label).toBe("2022-04-13 第1937期");
    const after = await seeded.db.issue.findFirst({ where: { date: { gt: "2022-05-25" } }, orderBy: { date: "asc" } });
    expect(issue.next?.id ?? null).toBe(after?.id ?? null);
  });

  it("returns null for an issue that does not exist", async () => {
    await expect(getIssueDetail(999_999)).resolves.toBeNull();
  });
});

describe("findEditor", () => {
  it("reads 责任编辑 from the page footer", () => {
    expect(findEditor("……\n\n责任编辑：董玲\n")).toBe("董玲");
    expect(findEditor("责任编辑: 王思 吴怡婧")).toBe("王思 吴怡婧");
    expect(findEditor("本报讯（记者 方心怡）")).toBeNull();
  });
});
