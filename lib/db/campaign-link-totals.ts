import type { SqlRunner } from "./sql-runner";
import { LINK_TABLES } from "./stat-tables";

// CampaignTownshipStat and CampaignDepartmentStat: the per-issue link ledgers (CampaignTownshipIssueStat,
// CampaignDepartmentIssueStat, written by lib/db/issue-stats.ts) summed per campaign and township or department.
// Like the entity totals there, they gain an issue's ledger rows once those are written and lose them before they are
// deleted, so each call reads only the issue's own ledger rows (issueId index) and upserts a few rows by key.
// Identifiers come from lib/db/stat-tables.ts only; values are always bound parameters.

// After the issue's link ledger rows are inserted.
export async function addCampaignLinkTotals(sql: SqlRunner, issueId: number): Promise<void> {
  for (const spec of LINK_TABLES) await upsertTotals(sql, spec, issueId, 1);
}

// Before the issue's link ledger rows are deleted (an issue stored again, re-extracted or reviewed). A pair left with
// no items loses its row, so the totals hold exactly the pairs some item still links.
export async function subtractCampaignLinkTotals(sql: SqlRunner, issueId: number): Promise<void> {
  for (const spec of LINK_TABLES) {
    await upsertTotals(sql, spec, issueId, -1);
    await sql.run(
      `DELETE FROM "${spec.totals}" WHERE "items" <= 0 AND ("campaignId", "${spec.column}") IN (
         SELECT "campaignId", "${spec.column}" FROM "${spec.ledger}" WHERE "issueId" = ?)`,
      [issueId],
    );
  }
}

async function upsertTotals(sql: SqlRunner, spec: (typeof LINK_TABLES)[number], issueId: number, sign: 1 | -1): Promise<void> {
  // WHERE before ON CONFLICT: SQLite would otherwise read ON as a join constraint.
  await sql.run(
    `INSERT INTO "${spec.totals}" ("campaignId", "${spec.column}", "items")
     SELECT "campaignId", "${spec.column}", ${sign} * "items" FROM "${spec.ledger}" WHERE "issueId" = ?
     ON CONFLICT ("campaignId", "${spec.column}") DO UPDATE SET "items" = "${spec.totals}"."items" + excluded."items"`,
    [issueId],
  );
}
