import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chartPoints, e2eDb, overflowsHorizontally } from "./overview-support";
import { launchBrowser, screenshot, watchConsole } from "./support/browser";

describe("overview", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the five issues' totals, their date range, the latest issue and a sourced timeline", async () => {
    const db = e2eDb();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    const errors = watchConsole(page);
    await page.goto(`${inject("baseURL")}/`);
    await expect(page.getByRole("heading", { name: "总览", level: 1 }).isVisible()).resolves.toBe(true);

    const value = (id: string) => page.getByTestId(`${id}-value`).innerText();
    await expect(value("total-issues")).resolves.toBe("5");
    await expect(value("total-articles")).resolves.toBe(String(await db.article.count({ where: { kind: { not: "banner" } } })));
    await expect(value("total-indicators")).resolves.toBe(String(await db.indicator.count({ where: { review: { not: "rejected" } } })));
    await expect(value("total-goals")).resolves.toBe(String(await db.goal.count({ where: { review: { not: "rejected" } } })));
    await expect(value("total-campaigns")).resolves.toBe(String(await db.campaign.count()));

    const dates = (await db.issue.findMany({ select: { date: true }, orderBy: { date: "asc" } })).map((i) => i.date!);
    const coverage = await page.getByTestId("coverage").innerText();
    expect(coverage).toContain(`${dates[0]} 至 ${dates.at(-1)}`);
    await expect(page.getByTestId("latest-issue").innerText()).resolves.toContain(dates.at(-1)!);

    // One point per issue date, each a dated issue, and the chart names its sources on itself.
    const points = await chartPoints(page, "timeline-chart");
    expect(points.dates).toEqual(dates);
    const caption = await page.getByTestId("timeline-chart").getByTestId("chart-sources").innerText();
    expect(caption).toContain("2022-04-13 第1937期");
    expect(caption).toContain("2022-05-25 第1953期");
    // The paper is named only where a masthead named it: 000/003/004 (2021, 2022-07 inferred) carry no 今日柯城 masthead.
    expect(coverage).toContain("《今日柯城》");
    expect(caption).not.toMatch(/《今日柯城》\d{4}-\d{2}-\d{2}（推断）/);

    // The top campaigns link to their pages; the newest numbers link to their sentences.
    await expect(page.getByTestId("top-campaigns").locator('a[href^="/campaigns/"]').count()).resolves.toBeGreaterThan(0);
    const numbers = page.getByTestId("recent-number");
    await expect(numbers.count()).resolves.toBeGreaterThan(0);
    await expect(numbers.first().getAttribute("href")).resolves.toMatch(/^\/articles\/\d+#m-indicator-\d+$/);

    await screenshot(page, "overview-1280");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a number's sentence from the overview", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    await page.goto(`${inject("baseURL")}/`);
    const first = page.getByTestId("recent-number").first();
    const href = (await first.getAttribute("href"))!;
    const id = href.split("#m-indicator-")[1];
    await first.click();
    await page.waitForURL(new RegExp(`/articles/\\d+#m-indicator-${id}$`));
    await page.locator(`#m-indicator-${id}`).waitFor();
    await page.close();
  });

  it("stays readable on a phone", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "zh-CN" });
    const errors = watchConsole(page);
    await page.goto(`${inject("baseURL")}/`);
    await chartPoints(page, "timeline-chart");
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, "overview-390");
    expect(errors).toEqual([]);
    await page.close();
  });
});
