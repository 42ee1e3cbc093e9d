import type { SqlRunner, Statement } from "./sql-runner";
import { LINK_TABLES } from "./stat-tables";

// CampaignTownshipStat and CampaignDepartmentStat: the per-issue link ledgers (CampaignTownshipIssueStat,
// CampaignDepartmentIssueStat, written by lib/db/issue-stats.ts) summed per campaign and township or department.
// Like the entity totals there, they gain an issue's ledger rows once those are written (upsertLinkTotals, a step of
// refreshIssueStats) and lose them before they are deleted, so each call reads only the issue's own ledger rows
// (issueId index) and upserts a few rows by key.
// Identifiers come from lib/db/stat-tables.ts only; values are always bound parameters.

// Before the issue's link ledger rows are deleted (an issue stored again, re-extracted or reviewed). A pair left with
// no items loses its row, so the totals hold exactly the pairs some item still links.
export async function subtractCampaignLinkTotals(sql: SqlRunner, issueId: number): Promise<void> {
  for (const spec of LINK_TABLES) {
    const subtract = upsertLinkTotals(spec, issueId, -1);
    await sql.run(subtract.sql, subtract.params);
    await sql.run(
      `DELETE FROM "${spec.totals}" WHERE "items" <= 0 AND ("campaignId", "${spec.column}") IN (
         SELECT "campaignId", "${spec.column}" FROM "${spec.ledger}" WHERE "issueId" = ?)`,
      [issueId],
    );
  }
}

// The issue's link ledger rows, read from `ledger` (the table, or rows an earlier part of the same statement wrote),
// added (sign 1) to or subtracted (sign -1) from the totals.
export function upsertLinkTotals(spec: (typeof LINK_TABLES)[number], issueId: number, sign: 1 | -1, ledger = `"${spec.ledger}"`): Statement {
  // WHERE before ON CONFLICT: SQLite would otherwise read ON as a join constraint.
  return {
    sql: `INSERT INTO "${spec.totals}" ("campaignId", "${spec.column}", "items")
     SELECT "campaignId", "${spec.column}", ${sign} * "items" FROM ${ledger} WHERE "issueId" = ?
     ON CONFLICT ("campaignId", "${spec.column}") DO UPDATE SET "items" = "${spec.totals}"."items" + excluded."items"`,
    params: [issueId],
  };
}
