import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { LIST_LIMIT } from "../../lib/data/entities/entity-items";
import { chartPoints, e2eDb, overflowsHorizontally } from "./overview-support";
import { launchBrowser, screenshot, watchConsole } from "./support/browser";

async function mentionDates(campaignId: number): Promise<string[]> {
  const rows = await e2eDb().campaignMention.findMany({
    where: { campaignId, issueDate: { not: null } },
    select: { issueDate: true },
    distinct: ["issueDate"],
    orderBy: { issueDate: "asc" },
  });
  return rows.map((r) => r.issueDate!);
}

// The campaign whose mentions fall on the most issue dates.
async function widestCampaign() {
  const db = e2eDb();
  const campaigns = await db.campaign.findMany({ select: { id: true, name: true } });
  let best = { id: 0, name: "", dates: [] as string[] };
  for (const campaign of campaigns) {
    const dates = await mentionDates(campaign.id);
    if (dates.length > best.dates.length) best = { ...campaign, dates };
  }
  return best;
}

describe("campaigns", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists every campaign with its first and last issue dates and links to its page", async () => {
    const db = e2eDb();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    const errors = watchConsole(page);
    await page.goto(`${inject("baseURL")}/campaigns`);
    await expect(page.getByTestId("campaign-row").count()).resolves.toBe(await db.campaign.count());
    const row = page.getByTestId("campaign-row").filter({ has: page.getByRole("link", { name: "六治六提", exact: true }) });
    await expect(row.count()).resolves.toBe(1);
    const dates = await mentionDates((await db.campaign.findUniqueOrThrow({ where: { name: "六治六提" } })).id);
    await expect(row.innerText()).resolves.toContain(dates[0]);
    await screenshot(page, "campaigns-1280");
    await row.getByRole("link", { name: "六治六提", exact: true }).click();
    await page.waitForURL(/\/campaigns\/\d+$/);
    await expect(page.getByRole("heading", { name: "六治六提", level: 1 }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("charts 六治六提, which runs through two issues, with a point at each issue date", async () => {
    const db = e2eDb();
    const campaign = await db.campaign.findUniqueOrThrow({ where: { name: "六治六提" } });
    const dates = await mentionDates(campaign.id);
    // Seed 002 (2022-05-25) carries it in the column banner 转作风 讲担当 抓落实 / 六治六提 六比六晒; seed 004 in two articles.
    expect(dates).toEqual(expect.arrayContaining(["2022-05-25", "2022-07-31"]));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    const errors = watchConsole(page);
    await page.goto(`${inject("baseURL")}/campaigns/${campaign.id}`);
    const points = await chartPoints(page, "mentions-chart");
    expect(points.dates).toEqual(dates);
    await expect(page.getByTestId("mentions-chart").getAttribute("data-chart-dates")).resolves.toBe(String(dates.length));
    const caption = await page.getByTestId("mentions-chart").getByTestId("chart-sources").innerText();
    for (const date of dates) expect(caption).toContain(date);
    // The page streams its sections (<Suspense>): poll until the mentions list has arrived and no skeleton is left.
    const mentionCount = await db.campaignMention.count({ where: { campaignId: campaign.id } });
    expect(mentionCount).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId("campaign-mentions").locator("li").count()).toBe(Math.min(mentionCount, LIST_LIMIT));
    await expect.poll(() => page.getByTestId("section-skeleton").count()).toBe(0);
    await expect(page.getByTestId("campaign-mentions").innerText()).resolves.toContain("六治六提");
    await screenshot(page, "campaign-liuzhi-liuti");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("charts a campaign that runs through several issues with a point per date, sourced and clickable", async () => {
    const widest = await widestCampaign();
    expect(widest.dates.length).toBeGreaterThan(1);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    const errors = watchConsole(page);
    await page.goto(`${inject("baseURL")}/campaigns/${widest.id}`);
    const points = await chartPoints(page, "mentions-chart");
    expect(points.rendered).toBe(widest.dates.length);
    expect(points.dates).toEqual(widest.dates);

    // The data table under the chart has a row per date linking to its issue.
    const rows = page.getByTestId("mentions-chart").getByTestId("chart-table-row");
    await expect(rows.count()).resolves.toBe(widest.dates.length);
    await expect(rows.first().locator("a").getAttribute("href")).resolves.toMatch(/^\/issues\/\d+$/);

    // Hovering a point shows its number and its source; clicking it opens that issue.
    const dot = page.getByTestId("mentions-chart").locator(`[data-chart-point][data-date="${widest.dates[1]}"]`);
    await dot.hover();
    await page.locator(".recharts-tooltip-wrapper").getByText("来源").first().waitFor();
    await expect(page.locator(".recharts-tooltip-wrapper").innerText()).resolves.toContain(widest.dates[1]);
    await screenshot(page, "campaign-widest");
    await dot.click();
    await page.waitForURL(/\/issues\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toContain(widest.dates[1]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("answers 404 for a campaign that does not exist and fits a phone screen", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "zh-CN" });
    const response = await page.goto(`${inject("baseURL")}/campaigns/999999`);
    expect(response?.status()).toBe(404);
    const widest = await widestCampaign();
    await page.goto(`${inject("baseURL")}/campaigns/${widest.id}`);
    await chartPoints(page, "mentions-chart");
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, "campaign-widest-390");
    await page.close();
  });
});
