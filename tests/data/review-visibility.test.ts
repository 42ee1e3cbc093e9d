import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import { getArticle } from "../../lib/data/articles/get-article";
import { listIndicators } from "../../lib/data/indicators/list-indicators";
import { listReviewOptions } from "../../lib/data/review/list-review-options";
import { indicatorFiltersToQuery, parseIndicatorFilters } from "../../lib/validations/indicator-filters";
import { createFixtureDb, type Fixture } from "./indicators-fixture";

// What readers see of review decisions: rejected items hidden unless asked for, and every item's review state.
let fixture: Fixture;

beforeAll(async () => {
  fixture = await createFixtureDb(getDb);
});
afterAll(async () => {
  await fixture?.cleanup();
});

describe("rejected items", () => {
  it("are left out of an article by default, counted, and listed with their state when asked for", async () => {
    const hidden = await getArticle({ id: fixture.articleIds.zaotian });
    expect(hidden?.indicators.map((i) => i.text)).not.toContain("20万元");
    expect(hidden?.rejected).toEqual({ indicators: 1, goals: 0 });
    expect(new Set(hidden?.indicators.map((i) => i.review))).toEqual(new Set(["machine"]));

    const shown = await getArticle({ id: fixture.articleIds.zaotian, includeRejected: true });
    expect(shown?.indicators.find((i) => i.text === "20万元")?.review).toBe("rejected");
    expect(shown?.indicators).toHaveLength(hidden!.indicators.length + 1);
    expect(shown?.rejected).toEqual({ indicators: 1, goals: 0 });
  });

  it("carry a goal's status, evidence and review state", async () => {
    const article = await getArticle({ id: fixture.articleIds.survey });
    expect(article?.goals[0]).toMatchObject({ text: "计划下月启动房屋征收签约工作", status: "未评估", statusEvidence: null, review: "machine" });
  });

  it("are left out of the explorer unless rejected=show, which the URL keeps", async () => {
    const all = fixture.indicators.length;
    const rejected = fixture.indicators.filter((i) => i.review === "rejected").length;
    expect(rejected).toBe(1);
    const parsed = parseIndicatorFilters(new URLSearchParams("rejected=show&q=20万元"));
    if (!parsed.success) throw new Error(parsed.problems.join("; "));
    // q matches the whole sentence, so the other numbers of that sentence come back too.
    const shown = await listIndicators(parsed.filters);
    expect(shown.rows.filter((r) => r.text === "20万元").map((r) => r.review)).toEqual(["rejected"]);
    const hidden = await listIndicators({ q: "20万元" });
    expect(hidden.rows.some((r) => r.text === "20万元")).toBe(false);
    expect(hidden.total).toBe(shown.total - 1);
    expect((await listIndicators({ rejected: "show" })).total).toBe(all);
    expect((await listIndicators({})).total).toBe(all - rejected);
    expect(indicatorFiltersToQuery(parsed.filters, { page: 2 })).toContain("rejected=show");
  });

  it("refuses an unknown rejected= value with a readable problem", () => {
    const parsed = parseIndicatorFilters(new URLSearchParams("rejected=all"));
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.problems.join()).toContain("已拒绝");
  });
});

describe("listReviewOptions", () => {
  it("offers township-level places only, with departments and campaigns, sorted", async () => {
    const options = await listReviewOptions();
    expect(options.townships).toContain("石梁镇");
    expect(options.townships).not.toContain("梅山村");
    expect(options.departments).toContain("区经信局");
    expect(options.campaigns).toContain("保供上海");
    expect(options.townships).toEqual([...options.townships].sort((a, b) => a.localeCompare(b, "zh-CN")));
  });
});
