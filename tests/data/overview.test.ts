import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshIssueStats } from "../../lib/db/issue-stats";
import { sqlRunner } from "../../lib/db/sql-runner";
import { getOverview } from "../../lib/data/overview/get-overview";
import { buildIndicatorSeries, countSeries, issueLabel, issueTitle, itemHref, papersPhrase, toIssueRef } from "../../lib/data/source-refs";
import { createSeededDb, type SeededDb } from "./overview-seed-db";

let seeded: SeededDb;

beforeAll(async () => {
  seeded = await createSeededDb();
});
afterAll(async () => {
  await seeded?.cleanup();
});

describe("getOverview on the five seed issues", () => {
  it("counts issues, articles, indicators, goals and campaigns as stored", async () => {
    const { db } = seeded;
    const overview = await getOverview();
    expect(overview.totals.issues).toBe(5);
    expect(overview.totals).toEqual({
      issues: 5,
      articles: await db.article.count({ where: { kind: { not: "banner" } } }),
      indicators: await db.indicator.count({ where: { review: { not: "rejected" } } }),
      goals: await db.goal.count({ where: { review: { not: "rejected" } } }),
      campaigns: await db.campaign.count(),
    });
    expect(overview.totals.articles).toBeGreaterThanOrEqual(5);
    expect(overview.totals.indicators).toBeGreaterThan(0);
  });

  it("covers the first to the last issue date and names the latest issue", async () => {
    const dates = (await seeded.db.issue.findMany({ select: { date: true } })).map((i) => i.date).filter(Boolean).sort();
    const overview = await getOverview();
    expect(overview.coverage).toMatchObject({ first: dates[0], last: dates.at(-1), undated: 5 - dates.length });
    // Seeds 000, 003 and 004 have no masthead: their dates are inferred from the text.
    expect(overview.coverage.inferred).toBe(3);
    expect(overview.latestIssue?.date).toBe(dates.at(-1));
    // The two mastheads give dates and numbers the overview must carry through.
    expect(dates).toContain("2022-04-13");
    expect(dates).toContain("2022-05-25");
    const latest = await seeded.db.issue.findFirst({
      where: { date: dates.at(-1) },
      include: { _count: { select: { articles: { where: { kind: { not: "banner" } } } } } },
    });
    expect(overview.latestIssue?.articleCount).toBe(latest?._count.articles);
  });

  it("names the papers the mastheads gave, and counts the issues whose file named none", async () => {
    const overview = await getOverview();
    // 001 and 002 carry the 今日柯城 masthead; 000, 003 and 004 have none.
    expect(overview.coverage).toMatchObject({ papers: ["今日柯城"], unnamed: 3 });
    expect(papersPhrase(overview.coverage.papers, overview.coverage.unnamed)).toBe("《今日柯城》及未注明报名的报纸共 ");
  });

  it("plots indicators per issue date: one point per dated issue, summing to the total, each linking to its issue", async () => {
    const overview = await getOverview();
    const points = overview.timeline.points;
    const dates = points.map((p) => p.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(points.length);
    expect(points.length).toBe(5 - overview.coverage.undated);
    const undatedIndicators = await seeded.db.indicator.count({ where: { issueDate: null, review: { not: "rejected" } } });
    expect(points.reduce((n, p) => n + p.value, 0)).toBe(overview.totals.indicators - undatedIndicators);
    for (const point of points) expect(point.href).toMatch(/^\/issues\/\d+$/);
    expect(overview.timeline.sources.map((s) => s.date)).toEqual(dates);
    expect(overview.timeline.sources.some((s) => s.label === "2022-04-13 第1937期")).toBe(true);
  });

  it("ranks campaigns by how many issues mention them, then by mentions, with counts that match the table", async () => {
    const overview = await getOverview({ campaigns: 50 });
    const top = overview.topCampaigns;
    expect(top.length).toBeGreaterThan(0);
    for (let i = 1; i < top.length; i++) {
      const [a, b] = [top[i - 1], top[i]];
      expect(a.issues > b.issues || (a.issues === b.issues && a.mentions >= b.mentions)).toBe(true);
    }
    for (const campaign of top.slice(0, 5)) {
      expect(campaign.mentions).toBe(await seeded.db.campaignMention.count({ where: { campaignId: campaign.id } }));
      if (campaign.firstDate && campaign.lastDate) expect(campaign.firstDate <= campaign.lastDate).toBe(true);
    }
    expect((await getOverview({ campaigns: 3 })).topCampaigns).toHaveLength(Math.min(3, top.length));
  });

  it("lists the newest numbers grouped by sentence, each linking to its sentence", async () => {
    const overview = await getOverview({ sentences: 6 });
    expect(overview.recentSentences.length).toBeGreaterThan(0);
    expect(overview.recentSentences.length).toBeLessThanOrEqual(6);
    const dates = overview.recentSentences.map((s) => s.issue.date ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
    const keys = overview.recentSentences.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const group of overview.recentSentences) {
      for (const number of group.numbers) {
        expect(number.href).toBe(`/articles/${group.articleId}#m-indicator-${number.id}`);
        const row = await seeded.db.indicator.findUniqueOrThrow({ where: { id: number.id }, include: { article: true } });
        expect(row.article.text.slice(row.sentenceStart, row.sentenceEnd).replace(/\s+/g, " ")).toContain(
          group.sentence.replace(/…$/, ""),
        );
      }
    }
  });

  it("leaves out indicators a reviewer rejected", async () => {
    const before = await getOverview();
    const victim = await seeded.db.indicator.findFirstOrThrow({
      where: { issueDate: { not: null } },
      orderBy: { id: "asc" },
      include: { article: { select: { issueId: true } } },
    });
    // A write outside lib/review refreshes the issue's summaries itself, as reviewIndicator does.
    await seeded.db.indicator.update({ where: { id: victim.id }, data: { review: "rejected" } });
    await refreshIssueStats(sqlRunner(seeded.db, seeded.db), victim.article.issueId);
    try {
      const after = await getOverview({ sentences: 1000 });
      expect(after.totals.indicators).toBe(before.totals.indicators - 1);
      const point = (o: typeof before) => o.timeline.points.find((p) => p.date === victim.issueDate)!.value;
      expect(point(after)).toBe(point(before) - 1);
      expect(after.recentSentences.flatMap((s) => s.numbers).some((n) => n.id === victim.id)).toBe(false);
    } finally {
      await seeded.db.indicator.update({ where: { id: victim.id }, data: { review: victim.review } });
      await refreshIssueStats(sqlRunner(seeded.db, seeded.db), victim.article.issueId);
    }
  });
});

describe("getOverview's latest numbers (issue #11 §2)", () => {
  it("leaves out incidental numbers (ages, story durations, one person's count) unless asked for", async () => {
    const incidental = await seeded.db.indicator.findMany({ where: { core: false, review: { not: "rejected" } }, select: { id: true, unit: true } });
    expect(incidental.length).toBeGreaterThan(0); // the seeds hold 15天, 30年, 1名物业经理 …
    const ids = new Set(incidental.map((i) => i.id));
    const core = await getOverview({ sentences: 1000 });
    expect(core.recentSentences.flatMap((s) => s.numbers).filter((n) => ids.has(n.id))).toEqual([]);
    const all = await getOverview({ sentences: 1000, incidental: true });
    expect(all.recentSentences.flatMap((s) => s.numbers).some((n) => ids.has(n.id))).toBe(true);
  });
});

describe("source references", () => {
  const masthead = { id: 2, date: "2022-04-13", number: 1937, fileName: "001_f3ebb2c24e7ad66b.txt" };
  const inferred = { id: 1, date: "2021-11-16", number: null, fileName: "000_fb4c6968b8fc0955.txt" };
  const undated = { id: 9, date: null, number: null, fileName: "x.txt" };

  it("names an issue by date and number, or by its date marked 推断, never by its file name (issue #11 §4)", () => {
    expect(issueLabel(masthead)).toBe("2022-04-13 第1937期");
    expect(issueLabel(inferred)).toBe("2021-11-16（推断）");
    expect(issueLabel({ ...inferred, dateSource: "inferred" })).toBe("2021-11-16（推断）");
    expect(issueLabel({ ...inferred, dateSource: "masthead" })).toBe("2021-11-16");
    expect(issueLabel({ ...inferred, dateSource: "user" })).toBe("2021-11-16（编辑指定）");
    expect(issueLabel(undated)).toBe("日期未知");
    for (const issue of [masthead, inferred, undated]) expect(issueLabel(issue)).not.toContain(".txt");
    expect(itemHref("indicator", 12, 345)).toBe("/articles/12#m-indicator-345");
  });

  it("names an issue by the paper its masthead gave, or by its label alone; never a paper it was not", () => {
    expect(issueTitle(toIssueRef({ ...masthead, paper: "今日柯城" }))).toBe("《今日柯城》2022-04-13 第1937期");
    expect(issueTitle(toIssueRef({ ...masthead, paper: "人民日报" }))).toBe("《人民日报》2022-04-13 第1937期");
    expect(issueTitle(toIssueRef({ ...inferred, paper: null }))).toBe("2021-11-16（推断）");
    const series = countSeries([{ issue: { ...masthead, paper: "今日房县" }, count: 2 }, { issue: inferred, count: 1 }], { key: "k", label: "l", unit: "条" });
    expect(series.sources.map(issueTitle)).toEqual(["2021-11-16（推断）", "《今日房县》2022-04-13 第1937期"]);
    expect(papersPhrase(["今日柯城"], 0)).toBe("《今日柯城》");
    expect(papersPhrase([], 4)).toBe(" ");
    expect(papersPhrase(["今日柯城", "人民日报"], 0)).toBe("《今日柯城》、《人民日报》共 ");
    expect(papersPhrase(["甲日报", "乙日报", "丙日报", "丁日报"], 0)).toBe("《甲日报》、《乙日报》、《丙日报》等共 ");
  });

  it("sums counts of issues that share a date and leaves undated issues off the time axis", () => {
    const twin = { ...masthead, id: 3, number: 1938 };
    const series = countSeries(
      [
        { issue: masthead, count: 2 },
        { issue: undated, count: 7 },
        { issue: twin, count: 3 },
        { issue: inferred, count: 1 },
      ],
      { key: "mentions", label: "提及次数", unit: "次" },
    );
    const { points } = series;
    expect(points.map((p) => [p.date, p.value, p.text, p.href])).toEqual([
      ["2021-11-16", 1, "1次", "/issues/1"],
      ["2022-04-13", 5, "5次", "/issues/2"],
    ]);
    expect(points[1].sourceLabel).toBe("2022-04-13 第1937期、2022-04-13 第1938期");
    // The caption lists each dated issue once, in date order.
    expect(series.sources.map((s) => [s.id, s.label])).toEqual([
      [1, "2021-11-16（推断）"],
      [2, "2022-04-13 第1937期"],
      [3, "2022-04-13 第1938期"],
    ]);
  });

  it("makes one series per metric and unit, in date order, with the issues each draws from", () => {
    // 早田公司: 保供量由原来的每天1车15吨增加到每天2车30吨 (seed 001), and a later report of the same metric.
    const later = { id: 5, date: "2022-07-31", number: null, fileName: "004_5eb91cea166d3069.txt" };
    const base = { articleTitle: "早田公司每天30吨蔬菜保供上海", metric: "保供量" };
    const series = buildIndicatorSeries([
      { ...base, id: 3, articleId: 7, text: "30吨", value: 30, unit: "吨", issue: masthead },
      { ...base, id: 9, articleId: 20, text: "45吨", value: 45, unit: "吨", issue: later },
      { ...base, id: 2, articleId: 7, text: "15吨", value: 15, unit: "吨", issue: masthead },
      { ...base, id: 4, articleId: 7, text: "2车", value: 2, unit: "车", issue: masthead },
    ]);
    expect(series.map((s) => s.label)).toEqual(["保供量（吨）", "保供量（车）"]);
    expect(series[0].points.map((p) => [p.date, p.value])).toEqual([
      ["2022-04-13", 15],
      ["2022-04-13", 30],
      ["2022-07-31", 45],
    ]);
    expect(series[0].points[0].href).toBe("/articles/7#m-indicator-2");
    expect(series[0].sources.map((s) => s.label)).toEqual(["2022-04-13 第1937期", "2022-07-31（推断）"]);
  });
});
