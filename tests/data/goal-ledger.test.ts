import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getGoalOverview } from "@/lib/data/goals/get-goal-overview";
import { getGoalChart } from "@/lib/data/goals/get-goal-chart";
import { getGoalPage } from "@/lib/data/goals/get-goal-page";
import { listEntityGoals } from "@/lib/data/goals/list-entity-goals";
import { listAllLedgerGoals, listLedgerGoals } from "@/lib/data/goals/list-ledger-goals";
import { ingestFile } from "@/lib/ingest/ingest-file";
import { parseGoalFilters } from "@/lib/validations/goal-filters";
import { useTempDatabase } from "../ingest/support";
import { ALL_FILES } from "../track/followups";

// The ledger's reads on the five seeds and the tracking follow-ups, as of the follow-ups' gold date.
const asOf = "2023-01-31";

describe("goal ledger reads", () => {
  let ctx: ReturnType<typeof useTempDatabase>;
  beforeAll(async () => {
    ctx = useTempDatabase();
    for (const file of ALL_FILES) await ingestFile(ctx.db, { path: file }, { source: "cli" });
  }, 300_000);
  afterAll(async () => {
    await ctx.cleanup();
  });

  const ledger = async (query: Record<string, string>) => {
    const parsed = parseGoalFilters({ asOf, ...query });
    expect(parsed.success).toBe(true);
    return (await listAllLedgerGoals({ filters: parsed.filters }, ctx.db)).goals;
  };

  it("lists every live goal, nearest deadline first, a met goal with its evidence one link from the sentence", async () => {
    const goals = await ledger({});
    expect(goals.length).toBe(await ctx.db.goal.count({ where: { review: { not: "rejected" } } }));
    const deadlines = goals.map((g) => g.deadline).filter((d): d is string => d != null);
    expect(deadlines).toEqual([...deadlines].sort());
    const signing = goals.find((g) => g.text === "计划下月启动房屋征收签约工作")!;
    expect(signing.status).toBe("已完成");
    expect(signing.statusSource).toBe("machine");
    expect(signing.latest?.href).toMatch(/^\/articles\/\d+#m-evidence-\d+$/);
    expect(signing.href).toBe(`/articles/${signing.articleId}#m-goal-${signing.id}`);
    // No issue is named by its file.
    for (const g of goals) expect(`${g.issue?.label} ${g.latest?.issue.label ?? ""}`).not.toContain(".txt");
  });

  it("filters by township, status, overdue and due window, all consistent with the status", async () => {
    const all = await ledger({});
    const township = all.find((g) => g.township)!.township!;
    const ofTownship = await ledger({ township });
    expect(ofTownship.length).toBeGreaterThan(0);
    expect(ofTownship.length).toBeLessThan(all.length);
    expect(ofTownship.every((g) => g.township === township)).toBe(true);

    const overdue = await ledger({ overdue: "1" });
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((g) => g.deadline! < asOf && g.status !== "已完成")).toBe(true);
    expect(overdue.some((g) => g.text.includes("保5争3抢1"))).toBe(true);

    const met = await ledger({ status: "已完成" });
    expect(met.map((g) => g.id).sort()).toEqual(all.filter((g) => g.status === "已完成").map((g) => g.id).sort());
    const due = await ledger({ due: "365", asOf: "2021-12-01" });
    expect(due.every((g) => g.deadline! >= "2021-12-01" && g.deadline! <= "2022-12-01")).toBe(true);
  });

  it("gives a goal page the sentence, the timeline with rejected links kept, and counts for the overview", async () => {
    const [signing] = (await ledger({})).filter((g) => g.text === "计划下月启动房屋征收签约工作");
    const page = (await getGoalPage({ id: signing.id, asOf }, ctx.db))!;
    expect(page.sentence).toContain("计划下月启动房屋征收签约工作");
    expect(page.goal.evidence.length).toBeGreaterThan(0);
    expect(page.goal.evidence.map((e) => e.issue.date)).toEqual(page.goal.evidence.map((e) => e.issue.date).sort());

    // 争取全面完成覆盖率 has no number of its own: f01's coverage of 100% is charted against an implied 100% target.
    const coverage = (await ledger({})).find((g) => g.text.includes("全面完成覆盖率"))!;
    const coveragePage = (await getGoalPage({ id: coverage.id, asOf }, ctx.db))!;
    const coverageChart = await getGoalChart({ goal: coveragePage.goal, asOf }, ctx.db);
    expect(coverageChart.series?.points.map((p) => p.value)).toContain(100);
    expect(coverageChart.target).toMatchObject({ value: 100, implied: true });

    const overview = await getGoalOverview({ asOf }, ctx.db);
    expect(overview.byStatus.reduce((n, s) => n + s.count, 0)).toBe(overview.total);
    expect(overview.recentlyMet.length).toBeGreaterThan(0);
    expect(overview.recentlyMet.every((g) => g.status === "已完成")).toBe(true);

    const entity = await listEntityGoals({ township: signing.township ?? undefined, asOf }, ctx.db);
    expect(entity.goals.some((g) => g.id === signing.id)).toBe(true);
  });

  it("pages the ledger in the CSV's order, the total counting every filtered row", async () => {
    const all = await ledger({});
    const first = await listLedgerGoals({ filters: parseGoalFilters({ asOf }).filters }, ctx.db);
    expect(first.total).toBe(all.length);
    expect(first.page).toBe(1);
    expect(first.pageCount).toBe(Math.max(1, Math.ceil(all.length / first.pageSize)));
    expect(first.goals.map((g) => g.id)).toEqual(all.slice(0, first.pageSize).map((g) => g.id));
    // A page past the last shows the last; a township's pages count only its goals.
    const last = await listLedgerGoals({ filters: parseGoalFilters({ asOf, page: "999" }).filters }, ctx.db);
    expect(last.page).toBe(last.pageCount);
    expect(last.goals.map((g) => g.id)).toEqual(all.slice((last.pageCount - 1) * last.pageSize).map((g) => g.id));
    const township = all.find((g) => g.township)!.township!;
    const ofTownship = await listLedgerGoals({ filters: parseGoalFilters({ asOf, township }).filters }, ctx.db);
    expect(ofTownship.total).toBe(all.filter((g) => g.township === township).length);
    expect(ofTownship.stored).toBe(ofTownship.total);
    expect(parseGoalFilters({ page: "0" }).success).toBe(false);
  });

  it("refuses a malformed filter with a readable message", () => {
    const parsed = parseGoalFilters({ due: "abc", kind: "wish", from: "2022-05-01", to: "2022-01-01" });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.problems.join("\n")).toMatch(/即将到期天数|类型/);
  });
});
