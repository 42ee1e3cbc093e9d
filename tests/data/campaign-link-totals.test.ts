// CampaignTownshipStat and CampaignDepartmentStat (lib/db/campaign-link-totals.ts) must always equal the per-issue
// link ledgers summed per pair (issue-stats.test.ts checks the ledgers against the detail rows): after ingesting the
// seeds, after a forced re-ingest, and after review decisions that move items between pairs. SQLite and PostgreSQL.
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { ingestPaths } from "../../lib/ingest/ingest-paths";
import { addIndicator, reviewGoal, reviewIndicator } from "../../lib/review/review-items";
import { createSeededDb, type SeededDb } from "./overview-seed-db";

let seeded: SeededDb;

beforeAll(async () => {
  seeded = await createSeededDb();
});
afterAll(async () => {
  await seeded?.cleanup();
});

function sumPerPair(rows: { campaignId: number; entity: number; items: number }[]): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const row of rows) {
    const key = `${row.campaignId}:${row.entity}`;
    sums[key] = (sums[key] ?? 0) + Number(row.items);
  }
  return sums;
}

async function expectTotalsMatchLedgers(db: Db) {
  const [townshipLedger, departmentLedger, townshipTotals, departmentTotals] = await Promise.all([
    db.campaignTownshipIssueStat.findMany(),
    db.campaignDepartmentIssueStat.findMany(),
    db.campaignTownshipStat.findMany(),
    db.campaignDepartmentStat.findMany(),
  ]);
  const expectedTownships = sumPerPair(townshipLedger.map((r) => ({ ...r, entity: r.townshipId })));
  const expectedDepartments = sumPerPair(departmentLedger.map((r) => ({ ...r, entity: r.departmentId })));
  // One row per pair: a pair whose last item went loses its row rather than keeping a zero.
  expect(sumPerPair(townshipTotals.map((r) => ({ ...r, entity: r.townshipId })))).toEqual(expectedTownships);
  expect(sumPerPair(departmentTotals.map((r) => ({ ...r, entity: r.departmentId })))).toEqual(expectedDepartments);
  expect(townshipTotals.every((r) => r.items > 0) && departmentTotals.every((r) => r.items > 0)).toBe(true);
  expect(Object.keys(expectedTownships).length + Object.keys(expectedDepartments).length).toBeGreaterThan(0);
}

describe("campaign link totals", () => {
  it("equal the per-issue ledgers after ingesting the seeds", async () => {
    await expectTotalsMatchLedgers(seeded.db);
  });

  it("equal the per-issue ledgers after a forced re-ingest", async () => {
    const seeds = path.resolve("seeds");
    const file = path.join(seeds, readdirSync(seeds).filter((f) => f.endsWith(".txt")).sort()[0]);
    const summary = await ingestPaths(seeded.db, [file], { source: "cli", force: true });
    expect(summary.failed).toBe(0);
    await expectTotalsMatchLedgers(seeded.db);
  });

  it("equal the per-issue ledgers after review decisions", async () => {
    const db = seeded.db;
    const linked = await db.indicator.findFirstOrThrow({
      where: { campaignId: { not: null }, townshipId: { not: null }, review: { not: "rejected" } },
      orderBy: { id: "asc" },
    });
    await reviewIndicator(db, "tester", { action: "reject", id: linked.id });
    await expectTotalsMatchLedgers(db);

    await reviewIndicator(db, "tester", { action: "correct", id: linked.id, fields: { township: "石梁镇", department: "区发改局" } });
    await expectTotalsMatchLedgers(db);

    const goal = await db.goal.findFirstOrThrow({ where: { campaignId: { not: null } }, orderBy: { id: "asc" } });
    await reviewGoal(db, "tester", { action: "reject", id: goal.id });
    await expectTotalsMatchLedgers(db);

    await reviewGoal(db, "tester", { action: "confirm", id: goal.id });
    await expectTotalsMatchLedgers(db);
  });

  it("drop a pair whose only item is rejected, and bring it back when the rejection is undone", async () => {
    const db = seeded.db;
    // A campaign and a township that no item links yet: the added number makes the pair, its rejection unmakes it.
    const paired = new Set((await db.campaignTownshipStat.findMany()).map((r) => `${r.campaignId}:${r.townshipId}`));
    const campaigns = await db.campaign.findMany({ orderBy: { id: "asc" } });
    const townships = await db.place.findMany({ where: { level: "township" }, orderBy: { id: "asc" } });
    const pair = campaigns.flatMap((c) => townships.map((t) => ({ campaign: c, township: t }))).find((p) => !paired.has(`${p.campaign.id}:${p.township.id}`))!;
    const article = await db.article.findFirstOrThrow({ where: { kind: { not: "banner" } }, orderBy: { id: "desc" } });
    const added = await addIndicator(db, "tester", {
      articleId: article.id,
      start: 0,
      end: 2,
      fields: { value: 7, unit: "个", township: pair.township.name, campaign: pair.campaign.name },
    });
    const row = () => db.campaignTownshipStat.findUnique({ where: { campaignId_townshipId: { campaignId: pair.campaign.id, townshipId: pair.township.id } } });
    expect((await row())?.items).toBe(1);
    await expectTotalsMatchLedgers(db);

    await reviewIndicator(db, "tester", { action: "reject", id: added.id });
    expect(await row()).toBeNull();
    await expectTotalsMatchLedgers(db);

    await reviewIndicator(db, "tester", { action: "confirm", id: added.id });
    expect((await row())?.items).toBe(1);
    await expectTotalsMatchLedgers(db);
  });
});
