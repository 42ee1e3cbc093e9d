import type { Page } from "playwright-core";
import { inject } from "vitest";
import { getDb } from "../../lib/db/client";

// The e2e database (seeded by the global setup), read directly so that assertions compare the page with the rows.
export function e2eDb() {
  process.env.DATABASE_URL = inject("databaseUrl");
  return getDb();
}

// A phone-width page must not scroll sideways: tables scroll inside their own box.
export async function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

export async function chartPoints(page: Page, testId: string): Promise<{ dates: string[]; rendered: number }> {
  const chart = page.getByTestId(testId).first();
  await chart.locator("[data-chart-point]").first().waitFor();
  const dates = await chart.locator("[data-chart-point]").evaluateAll((els) => els.map((el) => el.getAttribute("data-date") ?? ""));
  return { dates, rendered: dates.length };
}
