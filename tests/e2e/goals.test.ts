// The target ledger (issue #11 §4) on the five seeds plus the tracking helper's follow-up issues (tests/gold/followups/,
// later issues reporting outcomes of the seeds' targets). The follow-ups add issues, so this file runs on a server and
// database of its own (startEditorApp): the shared e2e database must keep exactly the five seeds.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type Database from "better-sqlite3";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { overflowsHorizontally } from "./overview-support";
import { launchBrowser, screenshot, watchConsole } from "./support/browser";
import { openDatabase, startEditorApp, type EditorApp } from "./support/editor";

const FOLLOWUPS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../gold/followups");

describe("goal ledger", () => {
  let browser: Browser;
  let app: EditorApp;
  let db: Database.Database;
  const url = (p: string) => `${app.baseURL}${p}`;
  const goalId = (words: string) => (db.prepare(`SELECT "id" FROM "Goal" WHERE instr("text", ?) > 0 ORDER BY "id"`).get(words) as { id: number } | undefined)?.id;

  beforeAll(async () => {
    app = await startEditorApp({ extra: [FOLLOWUPS] });
    browser = await launchBrowser();
    db = openDatabase(app.databaseUrl);
  });
  afterAll(async () => {
    db?.close();
    await browser?.close();
    await app?.stop();
  });

  async function open(p: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale: "zh-CN" });
    const errors = watchConsole(page);
    await page.goto(url(p));
    return { page, errors };
  }

  const row = (page: Page, id: number) => page.locator(`[data-testid="goal-ledger-row"][data-goal-id="${id}"]`);

  it("shows a goal met in a later issue as 已完成 (proposed), its evidence sentence one click away", async () => {
    // Seed 000 (2021-11-16): 计划下月启动房屋征收签约工作; follow-up f01 (2021-12-22) reports the signing started.
    const id = goalId("计划下月启动房屋征收签约工作");
    expect(id).toBeDefined();
    const { page, errors } = await open("/goals");
    await expect(page.getByRole("heading", { name: "目标台账", level: 1 }).isVisible()).resolves.toBe(true);
    const status = row(page, id!).getByTestId("goal-status");
    await expect(status.getAttribute("data-status")).resolves.toBe("已完成");
    await expect(status.getAttribute("data-status-source")).resolves.toBe("machine");
    await expect(status.innerText()).resolves.toContain("机器建议");
    await screenshot(page, "goals-ledger-1280");

    const evidence = row(page, id!).getByTestId("evidence-link");
    const href = (await evidence.getAttribute("href"))!;
    const sentence = (await evidence.getAttribute("title"))!;
    expect(href).toMatch(/^\/articles\/\d+#m-evidence-\d+$/);
    await evidence.click();
    await page.waitForURL((u) => u.pathname === href.split("#")[0]);
    // The article highlights the very sentence the ledger showed, and brings it into view.
    const mark = page.locator(`#${href.split("#")[1]}`);
    await mark.waitFor();
    await expect(mark.getAttribute("data-kind")).resolves.toBe("evidence");
    const squash = (t: string) => t.replace(/\s+/g, "");
    expect(squash(sentence)).toContain(squash(await mark.innerText()).slice(0, 12));
    await expect.poll(() => mark.getAttribute("data-focused")).toBe("true");
    await screenshot(page, "goals-evidence-highlight");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a goal whose deadline passed with nothing reported as 逾期, and the overdue filter keeps it", async () => {
    // 确保今年目标“保5争3抢1” (seed 000): never mentioned again.
    const id = goalId("保5争3抢1");
    expect(id).toBeDefined();
    const evidence = (db.prepare(`SELECT count(*) AS n FROM "GoalEvidence" WHERE "goalId" = ?`).get(id) as { n: number }).n;
    expect(evidence).toBe(0);
    const { page, errors } = await open("/goals?overdue=1");
    await expect(row(page, id!).getByTestId("goal-status").getAttribute("data-status")).resolves.toBe("逾期");
    const statuses = await page.getByTestId("goal-status").evaluateAll((els) => els.map((el) => el.getAttribute("data-status")));
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s !== "已完成")).toBe(true);

    // Its page says nothing was found, and its sentence links to the highlight in the article.
    await page.goto(url(`/goals/${id}`));
    await expect(page.getByTestId("goal-facts").getByTestId("goal-status").getAttribute("data-status")).resolves.toBe("逾期");
    await expect(page.getByTestId("no-evidence").isVisible()).resolves.toBe(true);
    await expect(page.getByTestId("goal-sentence").locator("a").getAttribute("href")).resolves.toMatch(new RegExp(`^/articles/\\d+#m-goal-${id}$`));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("narrows the ledger to a township chosen in the filter form, and the CSV holds the same rows", async () => {
    const { page, errors } = await open("/goals");
    const all = await page.getByTestId("goal-ledger-row").count();
    const options = await page.getByTestId("goal-filter-township").locator("option").evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value).filter(Boolean));
    expect(options.length).toBeGreaterThan(0);
    const township = options[0];
    await page.getByTestId("goal-filter-township").selectOption(township);
    await page.getByRole("button", { name: "筛选" }).click();
    await page.waitForURL((u) => u.searchParams.get("township") === township);
    const shown = await page.getByTestId("goal-ledger-row").count();
    const expected = (
      db.prepare(`SELECT count(*) AS n FROM "Goal" g JOIN "Place" p ON p."id" = g."townshipId" WHERE p."name" = ? AND g."review" <> 'rejected'`).get(township) as { n: number }
    ).n;
    expect(shown).toBe(expected);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);

    const csvHref = (await page.getByTestId("goal-csv-link").getAttribute("href"))!;
    expect(csvHref).toContain(`township=${encodeURIComponent(township)}`);
    const csv = await (await fetch(url(csvHref))).text();
    const lines = csv.trim().split("\r\n");
    expect(lines.length - 1).toBe(shown);
    expect(lines[0]).toContain("进展原句");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("pages by the rows' cursors: 下一页 reads on after the last row, 上一页 goes back", async () => {
    const live = (db.prepare(`SELECT count(*) AS n FROM "Goal" WHERE "review" <> 'rejected'`).get() as { n: number }).n;
    expect(live).toBeGreaterThan(100); // more than one page of 100
    const { page, errors } = await open("/goals");
    const ids = async () => page.getByTestId("goal-ledger-row").evaluateAll((els) => els.map((el) => el.getAttribute("data-goal-id")));
    const first = await ids();
    expect(first.length).toBe(100);
    const next = page.getByTestId("pagination").getByRole("link", { name: "下一页" });
    const lastId = first.at(-1);
    await expect(next.getAttribute("href")).resolves.toMatch(new RegExp(`[?&]after=(?:\\d{4}-\\d{2}-\\d{2}|none)\\.${lastId}(?:&|$)`));
    await next.click();
    await page.waitForURL((u) => u.searchParams.get("page") === "2" && !!u.searchParams.get("after"));
    const second = await ids();
    expect(second.length).toBe(Math.min(100, live - 100));
    expect(second.filter((id) => first.includes(id))).toEqual([]);
    await expect(page.getByTestId("pagination").locator('[aria-current="page"]').innerText()).resolves.toBe("2");
    await screenshot(page, "goals-ledger-page-2");
    await page.getByTestId("pagination").getByRole("link", { name: "上一页" }).click();
    await page.waitForURL((u) => !u.searchParams.get("page"));
    expect(await ids()).toEqual(first);
    // A cursor that is no cursor is refused with the field named, not an error page.
    await page.goto(url("/goals?page=2&after=abc"));
    await expect(page.getByText("翻页位置").first().isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws the goal's target as a reference line on its chart, with the deadline marked", async () => {
    // A goal with evidence values in its unit: a stated target, or one to complete (完成) reported as a rate, whose
    // target is 100%. 争取全面完成覆盖率 (seed 000) is one: f01 reports the coverage at 100%.
    const candidates = db
      .prepare(
        `SELECT g."id", coalesce(g."targetValue", 100) AS "target" FROM "Goal" g WHERE g."review" <> 'rejected' AND EXISTS (
           SELECT 1 FROM "GoalEvidence" e WHERE e."goalId" = g."id" AND e."value" IS NOT NULL AND e."review" <> 'rejected'
             AND (e."unit" = g."targetUnit" OR (g."targetValue" IS NULL AND e."unit" = '%' AND (instr(g."text", '完成') > 0 OR instr(g."text", '实现') > 0))))
         ORDER BY g."id"`,
      )
      .all() as { id: number; target: number }[];
    expect(candidates.length).toBeGreaterThan(0);
    const id = candidates[0].id;
    const { page, errors } = await open(`/goals/${id}`);
    const chart = page.getByTestId("goal-chart");
    await chart.locator("[data-chart-point]").first().waitFor();
    await expect(chart.getAttribute("data-chart-target")).resolves.toBe(String(candidates[0].target));
    // recharts draws a ReferenceLine as <g class="recharts-reference-line chart-target-line"><line …/></g>.
    // A horizontal <line> has an empty box, which Playwright calls hidden: attached is what "drawn" means here.
    await chart.locator(".chart-target-line .recharts-reference-line-line").waitFor({ state: "attached" });
    const deadline = (db.prepare(`SELECT "deadlineDate" AS d FROM "Goal" WHERE "id" = ?`).get(id) as { d: string | null }).d;
    if (deadline) await chart.locator(".chart-deadline-line .recharts-reference-line-line").waitFor({ state: "attached" });
    await expect(chart.innerText()).resolves.toContain("目标");
    await screenshot(page, "goal-detail-1280");
    expect(errors).toEqual([]);

    // A phone: the ledger and the goal page do not scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await chart.locator("[data-chart-point]").first().waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, "goal-detail-390");
    await page.goto(url("/goals"));
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, "goals-ledger-390");
    await page.goto(url("/"));
    await page.getByTestId("overview-goals").waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, "overview-goals-390");
    await page.close();
  });

  it("leads the overview with the targets: counts by status add up to every goal, and no issue is named by its file", async () => {
    const { page, errors } = await open("/");
    const counts = await page.getByTestId("goal-status-count").evaluateAll((els) => els.map((el) => Number(el.querySelector(".text-xl")?.textContent ?? "0")));
    const goals = (db.prepare(`SELECT count(*) AS n FROM "Goal" WHERE "review" <> 'rejected'`).get() as { n: number }).n;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(goals);
    await expect(page.getByTestId("goals-recently-met").locator("li").count()).resolves.toBeGreaterThan(0);
    expect(await page.locator("main").innerText()).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
    await screenshot(page, "overview-goals-1280");
    expect(errors).toEqual([]);
    await page.close();
  });
});
