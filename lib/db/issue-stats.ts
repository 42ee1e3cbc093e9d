import { subtractCampaignLinkTotals, upsertLinkTotals } from "./campaign-link-totals";
import type { Dialect } from "./dialect";
import type { SqlRunner, Statement } from "./sql-runner";
import { placeholders } from "./statement-chunks";
import { LINK_TABLES, STAT_TABLES } from "./stat-tables";

// The summary tables of prisma/schema.prisma (IssueStat and the *IssueStat / *Stat pairs), kept in step with the
// detail rows: refreshIssueStats rebuilds one issue's rows from its articles and items. Identifiers come from
// lib/db/stat-tables.ts and the specs below only; values are always bound parameters.
// Runs on every stored issue, so it must stay cheap: each statement reads only the issue's own rows or the entities it
// names (~1 ms per issue, bench/RESULTS.md §3). SQLite runs the inserts as a dozen statements through the ingest
// transaction's SqlRunner; PostgreSQL, where each is a round trip, as one (insertStatsStatement).
// The rule for counts kept with the data (README "Counts kept with the data"): a count tied to an issue is rebuilt
// here, in the transaction that changed the issue's rows. GoalLedgerCount is the one exception, kept by triggers on
// Goal, because goals change one by one outside their issue's transaction (a later issue's links rewrite their
// evidence summary); per-row triggers for these tables would fire for every item and mention of a stored issue.

// The rows of `table` (alias `x`) in the articles of one issue, as `<from> WHERE <condition>`; `extraJoins` joins more
// tables to x; `issue` is the issue id's SQL (a `?` takes one parameter). SQLite joins Article by its issueId index.
// PostgreSQL reads the issue's article ids first and then the table's articleId index: written as a join, its
// planner chose a hash join over the whole item table while the table's statistics were those of a smaller database
// (every table grows from empty during an ingest), and read every row of it for each stored issue.
function itemsOfIssue(table: string, alias: string, dialect: Dialect, options: { extraJoins?: string; issue?: string } = {}): string {
  const { extraJoins = "", issue = "?" } = options;
  return dialect === "postgresql"
    ? `"${table}" ${alias}${extraJoins} WHERE ${alias}."articleId" = ANY(ARRAY(SELECT "id" FROM "Article" WHERE "issueId" = ${issue}))`
    : `"Article" a JOIN "${table}" ${alias} ON ${alias}."articleId" = a."id"${extraJoins} WHERE a."issueId" = ${issue}`;
}

type EntityStats = {
  ledger: string; // per-issue rows
  totals: string; // per-entity sums of the ledger
  key: string; // the entity column of both, and of Indicator and Goal
  mentions: (dialect: Dialect) => string; // the issue's mentions as ("key", "articleId") rows; one parameter: the issue id
};

const ENTITY_STATS: EntityStats[] = [
  {
    ...STAT_TABLES.campaign,
    // Banner pseudo-articles are articles of the issue too: their mentions count.
    mentions: (dialect) => `
      SELECT m."campaignId" AS "key", m."articleId" AS "articleId" FROM ${itemsOfIssue("CampaignMention", "m", dialect)}`,
  },
  {
    ...STAT_TABLES.township,
    // A village or community is counted for its township, as the township pages do.
    mentions: (dialect) => `
      SELECT COALESCE(p."townshipId", p."id") AS "key", m."articleId" AS "articleId"
      FROM ${itemsOfIssue("PlaceMention", "m", dialect, { extraJoins: ` JOIN "Place" p ON p."id" = m."placeId"` })}`,
  },
  {
    ...STAT_TABLES.department,
    mentions: (dialect) => `
      SELECT m."departmentId" AS "key", m."articleId" AS "articleId" FROM ${itemsOfIssue("DepartmentMention", "m", dialect)}`,
  },
];

// Rebuilds one issue's summary rows from its current articles and items; call it in the transaction that changed
// them (storing, re-extracting or reviewing). The totals first lose the issue's old rows, then gain the new ones.
// `isNew`: the caller has just created the issue, so it has no summary rows yet (saves a read; were there any, the
// IssueStat insert would fail on its primary key rather than count the issue twice).
export async function refreshIssueStats(sql: SqlRunner, issueId: number, options: { isNew?: boolean } = {}): Promise<void> {
  const [known] = options.isNew ? [] : await sql.all(`SELECT 1 AS "x" FROM "IssueStat" WHERE "issueId" = ?`, [issueId]);
  // Entities whose first or last date may have moved because the issue's old rows go (none for a new issue).
  const previous = new Map<EntityStats, number[]>();
  if (known) {
    for (const spec of ENTITY_STATS) {
      const rows = await sql.all<{ key: number }>(`SELECT "${spec.key}" AS "key" FROM "${spec.ledger}" WHERE "issueId" = ?`, [issueId]);
      previous.set(spec, rows.map((row) => row.key));
      const subtract = addToTotals(spec, issueId, -1);
      await sql.run(subtract.sql, subtract.params);
    }
    await subtractCampaignLinkTotals(sql, issueId); // reads the link ledger rows, so before they are deleted
    for (const table of [...ENTITY_STATS.map((s) => s.ledger), ...LINK_TABLES.map((s) => s.ledger), "IssueStat"]) {
      await sql.run(`DELETE FROM "${table}" WHERE "issueId" = ?`, [issueId]);
    }
  }

  if (sql.dialect === "postgresql") {
    const statement = insertStatsStatement(issueId);
    await sql.run(statement.sql, statement.params);
  } else {
    for (const { statement } of insertStatsSteps(issueId, sql.dialect)) await sql.run(statement.sql, statement.params);
  }
  for (const spec of ENTITY_STATS) {
    const gone = previous.get(spec);
    if (gone?.length) await recomputeDates(sql, spec, gone);
  }
}

// An issue's new summary rows, in order: IssueStat; per entity its ledger rows, then their sums added to its totals;
// per link table likewise. A step that reads an earlier step's rows reads them from `source(table)`: the table itself
// when the steps run one by one, the earlier step's RETURNING rows when they are one statement.
type Step = { writes: string; returning: boolean; statement: Statement };

function insertStatsSteps(issueId: number, dialect: Dialect, source: (table: string) => string = (table) => `"${table}"`): Step[] {
  const steps: Step[] = [
    {
      writes: "IssueStat",
      returning: true,
      statement: {
        sql: `INSERT INTO "IssueStat" ("issueId", "date", "number", "fileName", "articles", "indicators", "coreIndicators", "goals")
     SELECT i."id", i."date", i."number", i."fileName",
            (SELECT COUNT(*) FROM "Article" a WHERE a."issueId" = i."id" AND a."kind" <> 'banner'),
            (SELECT COUNT(*) FROM ${itemsOfIssue("Indicator", "x", dialect, { issue: `i."id"` })} AND x."review" <> 'rejected'),
            (SELECT COUNT(*) FROM ${itemsOfIssue("Indicator", "x", dialect, { issue: `i."id"` })} AND x."review" <> 'rejected' AND x."core"),
            (SELECT COUNT(*) FROM ${itemsOfIssue("Goal", "x", dialect, { issue: `i."id"` })} AND x."review" <> 'rejected')
     FROM "Issue" i WHERE i."id" = ?`,
        params: [issueId],
      },
    },
  ];
  for (const spec of ENTITY_STATS) {
    steps.push({ writes: spec.ledger, returning: true, statement: insertLedger(spec, issueId, dialect, source("IssueStat")) });
    steps.push({ writes: spec.totals, returning: false, statement: addToTotals(spec, issueId, 1, source(spec.ledger)) });
  }
  // Campaign items that also name a township or department: the "involved" tallies of the campaign and entity pages.
  for (const spec of LINK_TABLES) {
    steps.push({ writes: spec.ledger, returning: true, statement: insertLinks(spec.ledger, spec.column, issueId, dialect) });
    steps.push({ writes: spec.totals, returning: false, statement: upsertLinkTotals(spec, issueId, 1, source(spec.ledger)) });
  }
  return steps;
}

// PostgreSQL: the steps as one statement of data-modifying CTEs, one round trip instead of a dozen. The parts of one
// statement share a snapshot, so a step cannot read what an earlier one wrote from the table: it reads the earlier
// step's RETURNING rows instead (the CTE named after the table). Foreign keys are checked at the statement's end.
export function insertStatsStatement(issueId: number): Statement {
  const cte = (table: string) => `"written_${table}"`;
  const steps = insertStatsSteps(issueId, "postgresql", cte);
  return {
    sql: `WITH ${steps
      .map(({ writes, returning, statement }) => `${cte(writes)} AS (${statement.sql}${returning ? " RETURNING *" : ""})`)
      .join(",\n")}\nSELECT 1`,
    params: steps.flatMap(({ statement }) => statement.params),
  };
}

function insertLedger(spec: EntityStats, issueId: number, dialect: Dialect, issueStat: string): Statement {
  const items = (table: string) => `
    SELECT x."${spec.key}" AS "key", COUNT(*) AS "n"
    FROM ${itemsOfIssue(table, "x", dialect)} AND x."${spec.key}" IS NOT NULL AND x."review" <> 'rejected'
    GROUP BY x."${spec.key}"`;
  return {
    sql: `INSERT INTO "${spec.ledger}" ("${spec.key}", "issueId", "issueDate", "mentions", "articles", "indicators", "goals")
     SELECT x."key", s."issueId", s."date", SUM(x."mentions"), SUM(x."articles"), SUM(x."indicators"), SUM(x."goals")
     FROM (
       SELECT m."key" AS "key", COUNT(*) AS "mentions", COUNT(DISTINCT m."articleId") AS "articles", 0 AS "indicators", 0 AS "goals"
       FROM (${spec.mentions(dialect)}) m GROUP BY m."key"
       UNION ALL SELECT n."key", 0, 0, n."n", 0 FROM (${items("Indicator")}) n
       UNION ALL SELECT g."key", 0, 0, 0, g."n" FROM (${items("Goal")}) g
     ) x
     JOIN ${issueStat} s ON s."issueId" = ?
     GROUP BY x."key", s."issueId", s."date"`,
    params: [issueId, issueId, issueId, issueId],
  };
}

// Adds (sign 1) or subtracts (sign -1) the issue's ledger rows, read from `ledger`, to the entity totals. Adding also
// widens the first and last dates to the issue's date where it mentions the entity; subtracting cannot narrow them
// (see recomputeDates).
function addToTotals(spec: EntityStats, issueId: number, sign: 1 | -1, ledger = `"${spec.ledger}"`): Statement {
  const counters = ["mentions", "articles", "issues", "indicators", "goals"];
  const sum = (column: string) => `"${column}" = "${spec.totals}"."${column}" + excluded."${column}"`;
  const current = (column: string) => `"${spec.totals}"."${column}"`;
  // NULL (no dated mention) never wins; portable CASE instead of SQLite's min()/max() or PostgreSQL's LEAST/GREATEST.
  const widen = (column: string, newer: "<" | ">") =>
    `"${column}" = CASE WHEN ${current(column)} IS NULL OR excluded."${column}" ${newer} ${current(column)} ` +
    `THEN COALESCE(excluded."${column}", ${current(column)}) ELSE ${current(column)} END`;
  const dated = sign === 1 ? `CASE WHEN "mentions" > 0 THEN "issueDate" END` : "NULL";
  // WHERE before ON CONFLICT: SQLite would otherwise read ON as a join constraint.
  return {
    sql: `INSERT INTO "${spec.totals}" ("${spec.key}", "mentions", "articles", "issues", "indicators", "goals", "firstDate", "lastDate")
     SELECT "${spec.key}", ${sign} * "mentions", ${sign} * "articles", ${sign} * (CASE WHEN "mentions" > 0 THEN 1 ELSE 0 END),
            ${sign} * "indicators", ${sign} * "goals", ${dated}, ${dated}
     FROM ${ledger} WHERE "issueId" = ?
     ON CONFLICT ("${spec.key}") DO UPDATE SET ${counters.map(sum).join(", ")}, ${widen("firstDate", "<")}, ${widen("lastDate", ">")}`,
    params: [issueId],
  };
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

function insertLinks(ledger: string, column: string, issueId: number, dialect: Dialect): Statement {
  // PostgreSQL's form of the items has no Article row to take the issue id from: it is bound (once more per branch).
  const issueColumn = dialect === "postgresql" ? "CAST(? AS INTEGER)" : `a."issueId"`;
  const items = (table: string, filter: string) => `
    SELECT x."campaignId", x."${column}", ${issueColumn} AS "issueId" FROM ${itemsOfIssue(table, "x", dialect)}
    AND x."campaignId" IS NOT NULL AND x."${column}" IS NOT NULL ${filter}`;
  const notRejected = `AND x."review" <> 'rejected'`;
  return {
    sql: `INSERT INTO "${ledger}" ("campaignId", "${column}", "issueId", "items")
     SELECT y."campaignId", y."${column}", y."issueId", COUNT(*)
     FROM (
       ${items("CampaignMention", "")}
       UNION ALL ${items("Indicator", notRejected)}
       UNION ALL ${items("Goal", notRejected)}
     ) y
     GROUP BY y."campaignId", y."${column}", y."issueId"`,
    params: Array<number>(dialect === "postgresql" ? 6 : 3).fill(issueId),
  };
}
