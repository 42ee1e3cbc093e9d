import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chartPoints, e2eDb, overflowsHorizontally } from "./overview-support";
import { launchBrowser, screenshot, watchConsole } from "./support/browser";

describe("townships, departments and issue pages", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists the 18 townships and opens 石梁镇 with its indicators, each linking to its sentence", async () => {
    const db = e2eDb();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    const errors = watchConsole(page);
    await page.goto(`${inject("baseURL")}/townships`);
    await expect(page.getByTestId("township-row").count()).resolves.toBe(18);
    await page.getByRole("link", { name: "石梁镇", exact: true }).click();
    await page.waitForURL(/\/townships\/(%E7%9F%B3%E6%A2%81%E9%95%87|石梁镇)$/);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toContain("石梁镇");

    const place = await db.place.findUniqueOrThrow({ where: { name: "石梁镇" } });
    const expected = await db.indicator.findMany({ where: { townshipId: place.id, review: { not: "rejected" } }, select: { id: true, text: true } });
    expect(expected.length).toBeGreaterThan(0);
    const rows = page.getByTestId("indicator-row");
    // The page streams its sections (<Suspense>): poll until they have arrived instead of counting once.
    await expect.poll(() => rows.count()).toBe(expected.length);
    const table = await page.getByTestId("indicator-table").innerText();
    for (const indicator of expected) expect(table).toContain(indicator.text);
    await expect(rows.first().locator("a").first().getAttribute("href")).resolves.toMatch(/^\/articles\/\d+#m-indicator-\d+$/);
    await chartPoints(page, "activity-chart");
    await expect(page.getByTestId("activity-chart").getByTestId("chart-sources").innerText()).resolves.toContain("数据来源");
    await screenshot(page, "township-shiliang-1280");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows 石梁镇 on a phone without sideways scrolling", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "zh-CN" });
    await page.goto(`${inject("baseURL")}/townships/${encodeURIComponent("石梁镇")}`);
    await page.getByTestId("indicator-row").first().waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, "township-shiliang-390");
    await page.close();
  });

  it("lists departments and opens 区发改局", async () => {
    const db = e2eDb();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    const errors = watchConsole(page);
    await page.goto(`${inject("baseURL")}/departments`);
    await expect(page.getByTestId("department-row").count()).resolves.toBe(await db.department.count());
    await page.getByRole("link", { name: "区发改局", exact: true }).click();
    await page.waitForURL(/\/departments\/.+$/);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toContain("区发改局");
    await expect.poll(() => page.getByTestId("source-row").count()).toBeGreaterThan(0);
    await screenshot(page, "department-fagaiju");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows an issue's masthead facts and its articles with their items", async () => {
    const db = e2eDb();
    const issue = await db.issue.findFirstOrThrow({
      where: { number: 1953 },
      include: { _count: { select: { articles: { where: { kind: { not: "banner" } } } } } },
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    const errors = watchConsole(page);
    await page.goto(`${inject("baseURL")}/issues`);
    await page.getByRole("link", { name: "2022-05-25" }).click();
    await page.waitForURL(new RegExp(`/issues/${issue.id}$`));
    const facts = await page.getByTestId("issue-facts").innerText();
    for (const fact of ["2022-05-25", "第1953期", "星期三", "四月廿五", "董玲"]) expect(facts).toContain(fact);
    // The articles stream in after the facts (<Suspense>): poll until they have arrived.
    await expect.poll(() => page.getByTestId("issue-article").count()).toBe(issue._count.articles);
    const indicator = page.getByTestId("issue-indicator").first();
    await expect(indicator.getAttribute("href")).resolves.toMatch(/^\/articles\/\d+#m-indicator-\d+$/);
    await expect(page.getByTestId("issue-banners").innerText()).resolves.toContain("六治六提");
    await screenshot(page, "issue-1953");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("answers 404 for a missing issue, township or department", async () => {
    const page = await browser.newPage({ locale: "zh-CN" });
    for (const path of ["/issues/999999", "/issues/abc", `/townships/${encodeURIComponent("不存在镇")}`, `/departments/${encodeURIComponent("区不存在局")}`]) {
      const response = await page.goto(`${inject("baseURL")}${path}`);
      expect(response?.status(), path).toBe(404);
      await page.getByText("找不到这个页面").waitFor({ state: "visible", timeout: 15_000 }); // the not-found page streams in after the status
    }
    await page.close();
  });
});
