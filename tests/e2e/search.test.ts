import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, screenshot, watchConsole } from "./support/browser";

describe("full-text search", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("searching 征收 lists the matching articles with the word highlighted", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    const errors = watchConsole(page);
    await page.goto(`${inject("baseURL")}/search`);
    await page.getByRole("searchbox").fill("征收");
    await Promise.all([page.waitForURL(/\/search\?q=/), page.getByRole("button", { name: "搜索" }).click()]);

    const results = page.getByTestId("search-result");
    const count = await results.count();
    expect(count).toBeGreaterThanOrEqual(2);
    await expect(page.getByTestId("search-total").innerText()).resolves.toContain(`${count}`);
    for (let i = 0; i < count; i++) {
      const marks = await results.nth(i).locator("mark").allInnerTexts();
      expect(marks.length).toBeGreaterThan(0);
      expect(new Set(marks)).toEqual(new Set(["征收"]));
    }
    const titles = await results.locator("h2").allInnerTexts();
    expect(titles.some((t) => t.includes("入户调查完成100%"))).toBe(true);
    expect(titles.some((t) => t.includes("国有土地上房屋征收动员会"))).toBe(true);
    await screenshot(page, "search-zhengshou");

    await results.first().locator("h2 a").click();
    await page.waitForURL(/\/articles\/\d+$/);
    await expect(page.getByTestId("article-text").innerText()).resolves.toContain("征收");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("uses the trigram index for longer words and says when nothing matches", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    const errors = watchConsole(page);
    await page.goto(`${inject("baseURL")}/search?q=${encodeURIComponent("共同富裕")}`);
    await expect(page.getByTestId("search-result").count()).resolves.toBeGreaterThan(0);
    await expect(page.getByTestId("search-total").innerText()).resolves.toContain("相关度");
    await page.goto(`${inject("baseURL")}/search?q=${encodeURIComponent("没有这个词语")}`);
    await expect(page.getByTestId("search-empty").isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
