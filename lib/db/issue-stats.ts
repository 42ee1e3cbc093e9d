import { addCampaignLinkTotals, subtractCampaignLinkTotals } from "./campaign-link-totals";
import type { SqlRunner } from "./sql-runner";
import { placeholders } from "./statement-chunks";
import { LINK_TABLES, STAT_TABLES } from "./stat-tables";

// The summary tables of prisma/schema.prisma (IssueStat and the *IssueStat / *Stat pairs), kept in step with the
// detail rows: refreshIssueStats rebuilds one issue's rows from its articles and items. Identifiers come from
// lib/db/stat-tables.ts and the specs below only; values are always bound parameters.
// Runs on every stored issue, so it must stay cheap: a dozen statements through the ingest transaction's SqlRunner,
// each reading only the issue's own rows or the entities it names (~1 ms per issue, bench/RESULTS.md §3).
// The rule for counts kept with the data (README "Counts kept with the data"): a count tied to an issue is rebuilt
// here, in the transaction that changed the issue's rows. GoalLedgerCount is the one exception, kept by triggers on
// Goal, because goals change one by one outside their issue's transaction (a later issue's links rewrite their
// evidence summary); per-row triggers for these tables would fire for every item and mention of a stored issue.

type EntityStats = {
  ledger: string; // per-issue rows
  totals: string; // per-entity sums of the ledger
  key: string; // the entity column of both, and of Indicator and Goal
  mentions: string; // the issue's mentions as ("key", "articleId") rows; one parameter: the issue id
};

const ENTITY_STATS: EntityStats[] = [
  {
    ...STAT_TABLES.campaign,
    // Banner pseudo-articles are articles of the issue too: their mentions count.
    mentions: `
      SELECT m."campaignId" AS "key", m."articleId" AS "articleId"
      FROM "Article" a JOIN "CampaignMention" m ON m."articleId" = a."id" WHERE a."issueId" = ?`,
  },
  {
    ...STAT_TABLES.township,
    // A village or community is counted for its township, as the township pages do.
    mentions: `
      SELECT COALESCE(p."townshipId", p."id") AS "key", m."articleId" AS "articleId"
      FROM "Article" a JOIN "PlaceMention" m ON m."articleId" = a."id" JOIN "Place" p ON p."id" = m."placeId"
      WHERE a."issueId" = ?`,
  },
  {
    ...STAT_TABLES.department,
    mentions: `
      SELECT m."departmentId" AS "key", m."articleId" AS "articleId"
      FROM "Article" a JOIN "DepartmentMention" m ON m."articleId" = a."id" WHERE a."issueId" = ?`,
  },
];

// Rebuilds one issue's summary rows from its current articles and items; call it in the transaction that changed
// them (storing, re-extracting or reviewing). The totals first lose the issue's old rows, then gain the new ones.
export async function refreshIssueStats(sql: SqlRunner, issueId: number): Promise<void> {
  const [known] = await sql.all(`SELECT 1 AS "x" FROM "IssueStat" WHERE "issueId" = ?`, [issueId]);
  // Entities whose first or last date may have moved because the issue's old rows go (none for a new issue).
  const previous = new Map<EntityStats, number[]>();
  if (known) {
    for (const spec of ENTITY_STATS) {
      const rows = await sql.all<{ key: number }>(`SELECT "${spec.key}" AS "key" FROM "${spec.ledger}" WHERE "issueId" = ?`, [issueId]);
      previous.set(spec, rows.map((row) => row.key));
      await addToTotals(sql, spec, issueId, -1);
    }
    await subtractCampaignLinkTotals(sql, issueId); // reads the link ledger rows, so before they are deleted
    for (const table of [...ENTITY_STATS.map((s) => s.ledger), ...LINK_TABLES.map((s) => s.ledger), "IssueStat"]) {
      await sql.run(`DELETE FROM "${table}" WHERE "issueId" = ?`, [issueId]);
    }
  }

  await sql.run(
    `INSERT INTO "IssueStat" ("issueId", "date", "number", "fileName", "articles", "indicators", "coreIndicators", "goals")
     SELECT i."id", i."date", i."number", i."fileName",
            (SELECT COUNT(*) FROM "Article" a WHERE a."issueId" = i."id" AND a."kind" <> 'banner'),
            (SELECT COUNT(*) FROM "Article" a JOIN "Indicator" x ON x."articleId" = a."id" WHERE a."issueId" = i."id" AND x."review" <> 'rejected'),
            (SELECT COUNT(*) FROM "Article" a JOIN "Indicator" x ON x."articleId" = a."id" WHERE a."issueId" = i."id" AND x."review" <> 'rejected' AND x."core"),
            (SELECT COUNT(*) FROM "Article" a JOIN "Goal" x ON x."articleId" = a."id" WHERE a."issueId" = i."id" AND x."review" <> 'rejected')
     FROM "Issue" i WHERE i."id" = ?`,
    [issueId],
  );
  for (const spec of ENTITY_STATS) {
    await insertLedger(sql, spec, issueId);
    await addToTotals(sql, spec, issueId, 1);
    const gone = previous.get(spec);
    if (gone?.length) await recomputeDates(sql, spec, gone);
  }
  // Campaign items that also name a township or department: the "involved" tallies of the campaign and entity pages.
  for (const spec of LINK_TABLES) await insertLinks(sql, spec.ledger, spec.column, issueId);
  await addCampaignLinkTotals(sql, issueId);
}

async function insertLedger(sql: SqlRunner, spec: EntityStats, issueId: number): Promise<void> {
  const items = (table: string) => `
    SELECT x."${spec.key}" AS "key", COUNT(*) AS "n"
    FROM "Article" a JOIN "${table}" x ON x."articleId" = a."id"
    WHERE a."issueId" = ? AND x."${spec.key}" IS NOT NULL AND x."review" <> 'rejected'
    GROUP BY x."${spec.key}"`;
  await sql.run(
    `INSERT INTO "${spec.ledger}" ("${spec.key}", "issueId", "issueDate", "mentions", "articles", "indicators", "goals")
     SELECT x."key", s."issueId", s."date", SUM(x."mentions"), SUM(x."articles"), SUM(x."indicators"), SUM(x."goals")
     FROM (
       SELECT m."key" AS "key", COUNT(*) AS "mentions", COUNT(DISTINCT m."articleId") AS "articles", 0 AS "indicators", 0 AS "goals"
       FROM (${spec.mentions}) m GROUP BY m."key"
       UNION ALL SELECT n."key", 0, 0, n."n", 0 FROM (${items("Indicator")}) n
       UNION ALL SELECT g."key", 0, 0, 0, g."n" FROM (${items("Goal")}) g
     ) x
     JOIN "IssueStat" s ON s."issueId" = ?
     GROUP BY x."key", s."issueId", s."date"`,
    [issueId, issueId, issueId, issueId],
  );
}

// Adds (sign 1) or subtracts (sign -1) the issue's ledger rows to the entity totals. Adding also widens the first and
// last dates to the issue's date where it mentions the entity; subtracting cannot narrow them (see recomputeDates).
async function addToTotals(sql: SqlRunner, spec: EntityStats, issueId: number, sign: 1 | -1): Promise<void> {
  const counters = ["mentions", "articles", "issues", "indicators", "goals"];
  const sum = (column: string) => `"${column}" = "${spec.totals}"."${column}" + excluded."${column}"`;
  const current = (column: string) => `"${spec.totals}"."${column}"`;
  // NULL (no dated mention) never wins; portable CASE instead of SQLite's min()/max() or PostgreSQL's LEAST/GREATEST.
  const widen = (column: string, newer: "<" | ">") =>
    `"${column}" = CASE WHEN ${current(column)} IS NULL OR excluded."${column}" ${newer} ${current(column)} ` +
    `THEN COALESCE(excluded."${column}", ${current(column)}) ELSE ${current(column)} END`;
  const dated = sign === 1 ? `CASE WHEN "mentions" > 0 THEN "issueDate" END` : "NULL";
  // WHERE before ON CONFLICT: SQLite would otherwise read ON as a join constraint.
  await sql.run(
    `INSERT INTO "${spec.totals}" ("${spec.key}", "mentions", "articles", "issues", "indicators", "goals", "firstDate", "lastDate")
     SELECT "${spec.key}", ${sign} * "mentions", ${sign} * "articles", ${sign} * (CASE WHEN "mentions" > 0 THEN 1 ELSE 0 END),
            ${sign} * "indicators", ${sign} * "goals", ${dated}, ${dated}
     FROM "${spec.ledger}" WHERE "issueId" = ?
     ON CONFLICT ("${spec.key}") DO UPDATE SET ${counters.map(sum).join(", ")}, ${widen("firstDate", "<")}, ${widen("lastDate", ">")}`,
    [issueId],
  );
}

// First and last issue dates cannot be subtracted: when an issue's rows are replaced, they are looked up again for
// the entities it named before, two index seeks each on the ledger's (entity, issueDate, mentions) index.
async function recomputeDates(sql: SqlRunner, spec: EntityStats, keys: number[]): Promise<void> {
  const pick = (order: "ASC" | "DESC") => `(
    SELECT s."issueDate" FROM "${spec.ledger}" s
    WHERE s."${spec.key}" = "${spec.totals}"."${spec.key}" AND s."mentions" > 0 AND s."issueDate" IS NOT NULL
    ORDER BY s."issueDate" ${order} LIMIT 1)`;
  await sql.run(
    `UPDATE "${spec.totals}" SET "firstDate" = ${pick("ASC")}, "lastDate" = ${pick("DESC")}
     WHERE "${spec.key}" IN (${placeholders(keys)})`,
    keys,
  );
}

async function insertLinks(sql: SqlRunner, ledger: string, column: string, issueId: number): Promise<void> {
  const items = (table: string, filter: string) => `
    SELECT x."campaignId", x."${column}", a."issueId" FROM "Article" a JOIN "${table}" x ON x."articleId" = a."id"
    WHERE a."issueId" = ? AND x."campaignId" IS NOT NULL AND x."${column}" IS NOT NULL ${filter}`;
  const notRejected = `AND x."review" <> 'rejected'`;
  await sql.run(
    `INSERT INTO "${ledger}" ("campaignId", "${column}", "issueId", "items")
     SELECT y."campaignId", y."${column}", y."issueId", COUNT(*)
     FROM (
       ${items("CampaignMention", "")}
       UNION ALL ${items("Indicator", notRejected)}
       UNION ALL ${items("Goal", notRejected)}
     ) y
     GROUP BY y."campaignId", y."${column}", y."issueId"`,
    [issueId, issueId, issueId],
  );
}
