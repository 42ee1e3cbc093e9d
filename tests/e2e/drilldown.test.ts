import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, screenshot, watchConsole } from "./support/browser";

async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  });
}

// From a number in the explorer to its sentence in the article, highlighted and in view.
describe("drill-down to the source sentence", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("clicking the 100% of 入户调查完成率 opens the article with that highlight in view", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    const errors = watchConsole(page);
    await page.goto(`${inject("baseURL")}/indicators?q=${encodeURIComponent("入户调查完成率")}`);
    const row = page.getByTestId("indicator-row").filter({ has: page.getByTestId("indicator-value").getByText("100%", { exact: true }) });
    await expect(row.count()).resolves.toBeGreaterThan(0);
    const id = await row.first().getAttribute("data-indicator-id");
    await row.first().getByTestId("indicator-value").click();
    await page.waitForURL(new RegExp(`/articles/\\d+#m-indicator-${id}$`));

    const mark = `mark#m-indicator-${id}`;
    await page.locator(mark).waitFor();
    await expect(page.locator(mark).innerText()).resolves.toBe("100%");
    await expect(page.locator(mark).getAttribute("data-kind")).resolves.toBe("indicator");
    await page.waitForFunction((selector) => document.querySelector(selector)?.getAttribute("data-focused") === "true", mark);
    expect(await inViewport(page, mark)).toBe(true);
    // The sentence around it is the source: 入户调查完成率达100%.
    const paragraph = await page.locator(mark).evaluate((el) => el.closest("p")?.textContent ?? "");
    expect(paragraph).toContain("入户调查完成率达100%");
    await expect(page.getByTestId("article-title").innerText()).resolves.toContain("入户调查完成100%");
    await expect(page.getByTestId("article-meta").innerText()).resolves.toContain("2021-11-16");
    await expect(page.getByTestId("legend").isVisible()).resolves.toBe(true);
    await screenshot(page, "drilldown-survey-100pct");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a deep link far down a long article scrolls the item into view on load, on a phone too", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 700 }, locale: "zh-CN" });
    const errors = watchConsole(page);
    // The last indicator of the longest list, sorted by date ascending, is far from the top of its article.
    await page.goto(`${inject("baseURL")}/indicators?q=${encodeURIComponent("临时工")}`);
    const link = page.getByTestId("indicator-value").last();
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/articles\/\d+#m-indicator-\d+$/);
    await page.goto(`${inject("baseURL")}${href}`);
    const mark = `mark#${href!.split("#")[1]}`;
    await page.waitForFunction((selector) => document.querySelector(selector)?.getAttribute("data-focused") === "true", mark);
    expect(await inViewport(page, mark)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await screenshot(page, "drilldown-phone");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("side-list links jump to their highlight, and every mark id is unique", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    const errors = watchConsole(page);
    await page.goto(`${inject("baseURL")}/indicators?q=${encodeURIComponent("入户调查完成率")}`);
    const href = await page.getByTestId("indicator-value").first().getAttribute("href");
    await page.goto(`${inject("baseURL")}${href!.split("#")[0]}`);
    const ids = await page.locator("mark[id]").evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    const kinds = new Set(await page.locator("mark[data-kind]").evaluateAll((els) => els.map((e) => e.getAttribute("data-kind"))));
    expect(kinds.has("indicator")).toBe(true);
    expect(kinds.has("place")).toBe(true);

    const goal = page.getByTestId("side-goals").locator("a").first();
    if ((await goal.count()) > 0) {
      const target = (await goal.getAttribute("href"))!;
      await goal.click();
      await page.waitForFunction((selector) => document.querySelector(selector)?.getAttribute("data-focused") === "true", `mark${target}`);
      expect(await inViewport(page, `mark${target}`)).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("answers 404 for a missing or malformed article id", async () => {
    for (const id of ["999999", "abc", "0", "1.5"]) {
      const response = await fetch(`${inject("baseURL")}/articles/${id}`);
      expect(response.status, id).toBe(404);
      expect(await response.text()).toContain("找不到这个页面");
    }
  });
});
