import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, screenshot, watchConsole } from "./support/browser";

describe("issue list", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists the five seed issues with their dates, date sources and article counts", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    const errors = watchConsole(page);
    await page.goto(`${inject("baseURL")}/issues`);
    await expect(page.getByRole("heading", { name: "报纸期次" }).isVisible()).resolves.toBe(true);

    const rows = page.getByTestId("issue-row");
    await expect(rows.count()).resolves.toBe(5);
    const text = await page.locator("table").innerText();
    expect(text).toContain("2022-04-13");
    expect(text).toContain("第1937期");
    expect(text).toContain("2022-05-25");
    expect(text).toContain("第1953期");
    await expect(page.locator('[data-date-source="masthead"]').count()).resolves.toBe(2);
    await expect(page.locator('[data-date-source="inferred"]').count()).resolves.toBe(3);
    const counts = await page.getByTestId("article-count").allInnerTexts();
    for (const count of counts) expect(Number(count)).toBeGreaterThan(0);

    await screenshot(page, "issues-list");
    expect(errors).toEqual([]);
    await page.close();
  });
});
