import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, screenshot, watchConsole } from "./support/browser";

// The pages bring their own Chinese font (Noto Sans SC, self-hosted in unicode-range slices): the characters on the
// page are drawn with it whatever fonts the machine has, and only the slices the page needs are downloaded.
describe("self-hosted font", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the overview draws its Chinese with the app's own font and downloads only the slices it uses", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    const errors = watchConsole(page);
    const fonts: string[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "font") fonts.push(new URL(response.url()).pathname);
    });
    await page.goto(`${inject("baseURL")}/`, { waitUntil: "networkidle" });
    const state = await page.evaluate(async () => {
      await document.fonts.ready;
      const faces = [...document.fonts].filter((face) => face.family.replace(/["']/g, "") === "Noto Sans SC Variable");
      return {
        faces: faces.length,
        loaded: faces.filter((face) => face.status === "loaded").length,
        family: getComputedStyle(document.querySelector("header a span")!).fontFamily,
        // true only when every character of the heading can be drawn with the loaded faces of that family
        drawable: document.fonts.check('16px "Noto Sans SC Variable"', "指标今日柯城目标追踪"),
      };
    });
    expect(state.family.startsWith('"Noto Sans SC Variable"')).toBe(true);
    expect(state.drawable).toBe(true);
    expect(state.loaded).toBeGreaterThan(0);
    // Served by the app itself, woff2 only, and a fraction of the ~100 slices.
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^\/_next\/static\/media\/.+\.woff2$/);
    expect(fonts.length).toBeLessThan(state.faces / 2);
    await screenshot(page, "font-overview");
    expect(errors).toEqual([]);
    await page.close();
  });
});
