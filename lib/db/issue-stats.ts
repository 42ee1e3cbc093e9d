import { Prisma, type PrismaClient } from "../generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

// The summary tables of prisma/schema.prisma (IssueStat and the *IssueStat / *Stat pairs), kept in step with the
// detail rows: refreshIssueStats rebuilds one issue's rows from its articles and items. Identifiers come from the
// fixed specs below only; values never enter the SQL text.

type EntityStats = {
  ledger: string; // per-issue rows
  totals: string; // per-entity sums of the ledger
  key: string; // the entity column of both
  itemColumn: string; // the same entity on Indicator and Goal
  mentions: (issueId: number) => Prisma.Sql; // the issue's mentions as ("key", "articleId") rows
};

const ENTITY_STATS: EntityStats[] = [
  {
    ledger: "CampaignIssueStat",
    totals: "CampaignStat",
    key: "campaignId",
    itemColumn: "campaignId",
    // Banner pseudo-articles are articles of the issue too: their mentions count.
    mentions: (issueId) => Prisma.sql`
      SELECT m."campaignId" AS "key", m."articleId" AS "articleId"
      FROM "Article" a JOIN "CampaignMention" m ON m."articleId" = a."id" WHERE a."issueId" = ${issueId}`,
  },
  {
    ledger: "TownshipIssueStat",
    totals: "TownshipStat",
    key: "townshipId",
    itemColumn: "townshipId",
    // A village or community is counted for its township, as the township pages do.
    mentions: (issueId) => Prisma.sql`
      SELECT COALESCE(p."townshipId", p."id") AS "key", m."articleId" AS "articleId"
      FROM "Article" a JOIN "PlaceMention" m ON m."articleId" = a."id" JOIN "Place" p ON p."id" = m."placeId"
      WHERE a."issueId" = ${issueId}`,
  },
  {
    ledger: "DepartmentIssueStat",
    totals: "DepartmentStat",
    key: "departmentId",
    itemColumn: "departmentId",
    mentions: (issueId) => Prisma.sql`
      SELECT m."departmentId" AS "key", m."articleId" AS "articleId"
      FROM "Article" a JOIN "DepartmentMention" m ON m."articleId" = a."id" WHERE a."issueId" = ${issueId}`,
  },
];

// Campaign items that also name a township or department: the "involved" tallies of the campaign and entity pages.
const LINK_STATS = [
  { ledger: "CampaignTownshipIssueStat", column: "townshipId" },
  { ledger: "CampaignDepartmentIssueStat", column: "departmentId" },
] as const;

const id = (name: string) => Prisma.raw(`"${name}"`);

// Rebuilds one issue's summary rows from its current articles and items; call it in the transaction that changed
// them (storing, re-extracting or reviewing). The totals first lose the issue's old rows, then gain the new ones.
// A fixed number of small statements per issue: each reads only the issue's own rows and the totals' indexes.
export async function refreshIssueStats(tx: Db, issueId: number): Promise<void> {
  const known = await tx.$queryRaw<unknown[]>`SELECT 1 AS "x" FROM "IssueStat" WHERE "issueId" = ${issueId}`;
  if (known.length > 0) {
    for (const spec of ENTITY_STATS) await addToTotals(tx, spec, issueId, -1);
    for (const table of [...ENTITY_STATS.map((s) => s.ledger), ...LINK_STATS.map((s) => s.ledger), "IssueStat"]) {
      await tx.$executeRaw`DELETE FROM ${id(table)} WHERE "issueId" = ${issueId}`;
    }
  }

  await tx.$executeRaw`
    INSERT INTO "IssueStat" ("issueId", "date", "number", "fileName", "articles", "indicators", "goals")
    SELECT i."id", i."date", i."number", i."fileName",
           (SELECT COUNT(*) FROM "Article" a WHERE a."issueId" = i."id" AND a."kind" <> 'banner'),
           (SELECT COUNT(*) FROM "Article" a JOIN "Indicator" x ON x."articleId" = a."id" WHERE a."issueId" = i."id" AND x."review" <> 'rejected'),
           (SELECT COUNT(*) FROM "Article" a JOIN "Goal" x ON x."articleId" = a."id" WHERE a."issueId" = i."id" AND x."review" <> 'rejected')
    FROM "Issue" i WHERE i."id" = ${issueId}`;
  for (const spec of ENTITY_STATS) {
    await insertLedger(tx, spec, issueId);
    await addToTotals(tx, spec, issueId, 1);
    await refreshDates(tx, spec);
  }
  for (const spec of LINK_STATS) await insertLinks(tx, spec.ledger, spec.column, issueId);
}

async function insertLedger(tx: Db, spec: EntityStats, issueId: number): Promise<void> {
  const item = id(spec.itemColumn);
  const items = (table: string) => Prisma.sql`
    SELECT x.${item} AS "key", COUNT(*) AS "n"
    FROM "Article" a JOIN ${id(table)} x ON x."articleId" = a."id"
    WHERE a."issueId" = ${issueId} AND x.${item} IS NOT NULL AND x."review" <> 'rejected'
    GROUP BY x.${item}`;
  await tx.$executeRaw`
    INSERT INTO ${id(spec.ledger)} (${id(spec.key)}, "issueId", "issueDate", "mentions", "articles", "indicators", "goals")
    SELECT x."key", s."issueId", s."date", SUM(x."mentions"), SUM(x."articles"), SUM(x."indicators"), SUM(x."goals")
    FROM (
      SELECT m."key" AS "key", COUNT(*) AS "mentions", COUNT(DISTINCT m."articleId") AS "articles", 0 AS "indicators", 0 AS "goals"
      FROM (${spec.mentions(issueId)}) m GROUP BY m."key"
      UNION ALL SELECT n."key", 0, 0, n."n", 0 FROM (${items("Indicator")}) n
      UNION ALL SELECT g."key", 0, 0, 0, g."n" FROM (${items("Goal")}) g
    ) x
    JOIN "IssueStat" s ON s."issueId" = ${issueId}
    GROUP BY x."key", s."issueId", s."date"`;
}

// Adds (sign 1) or subtracts (sign -1) the issue's ledger rows to the entity totals.
async function addToTotals(tx: Db, spec: EntityStats, issueId: number, sign: 1 | -1): Promise<void> {
  const s = Prisma.raw(sign === 1 ? "1" : "-1");
  const totals = id(spec.totals);
  const sum = (column: string) => Prisma.raw(`"${column}" = ${`"${spec.totals}"`}."${column}" + excluded."${column}"`);
  // WHERE before ON CONFLICT: SQLite would otherwise read ON as a join constraint.
  await tx.$executeRaw`
    INSERT INTO ${totals} (${id(spec.key)}, "mentions", "articles", "issues", "indicators", "goals")
    SELECT ${id(spec.key)}, ${s} * "mentions", ${s} * "articles", ${s} * (CASE WHEN "mentions" > 0 THEN 1 ELSE 0 END),
           ${s} * "indicators", ${s} * "goals"
    FROM ${id(spec.ledger)} WHERE "issueId" = ${issueId}
    ON CONFLICT (${id(spec.key)}) DO UPDATE SET
      ${Prisma.join(["mentions", "articles", "issues", "indicators", "goals"].map(sum), ", ")}`;
}

// First and last issue dates cannot be subtracted: they are looked up again for every entity, two index seeks each
// on the ledger's (entity, issueDate, mentions) index (a few dozen campaigns, 18 townships' worth of places).
async function refreshDates(tx: Db, spec: EntityStats): Promise<void> {
  const pick = (order: Prisma.Sql) => Prisma.sql`(
    SELECT s."issueDate" FROM ${id(spec.ledger)} s
    WHERE s.${id(spec.key)} = ${id(spec.totals)}.${id(spec.key)} AND s."mentions" > 0 AND s."issueDate" IS NOT NULL
    ORDER BY s."issueDate" ${order} LIMIT 1)`;
  await tx.$executeRaw`
    UPDATE ${id(spec.totals)} SET "firstDate" = ${pick(Prisma.raw("ASC"))}, "lastDate" = ${pick(Prisma.raw("DESC"))}`;
}

async function insertLinks(tx: Db, ledger: string, column: string, issueId: number): Promise<void> {
  const entity = id(column);
  const items = (table: string, filter: Prisma.Sql) => Prisma.sql`
    SELECT x."campaignId", x.${entity}, a."issueId" FROM "Article" a JOIN ${id(table)} x ON x."articleId" = a."id"
    WHERE a."issueId" = ${issueId} AND x."campaignId" IS NOT NULL AND x.${entity} IS NOT NULL ${filter}`;
  const notRejected = Prisma.sql`AND x."review" <> 'rejected'`;
  await tx.$executeRaw`
    INSERT INTO ${id(ledger)} ("campaignId", ${entity}, "issueId", "items")
    SELECT y."campaignId", y.${entity}, y."issueId", COUNT(*)
    FROM (
      ${items("CampaignMention", Prisma.empty)}
      UNION ALL ${items("Indicator", notRejected)}
      UNION ALL ${items("Goal", notRejected)}
    ) y
    GROUP BY y."campaignId", y.${entity}, y."issueId"`;
}
