// The candidate rule of lib/track/candidate-rule.ts in SQL, over ingestion's key index (GoalKey and ArticleKey, primary
// key (key, issueDate, id)): the only place ingestion states it, so the stored links and the eval's cannot drift apart.
// Two forms, both built from `keyRows` (what "strictly after / before / between" means) and from the rule's limits
// (limitOf) and materials (STANDING_MATERIAL):
// - admittedReads, the range cut: per key, every row on one side of an issue that the rule admits, as bounded index
//   ranges (what linking reads);
// - pairCheck, the count: whether the rule still admits one stored goal–article pair on one key (what the drop of
//   crowded links asks).
import type { Dialect } from "../db/dialect";
import type { SqlValue } from "../db/sql-runner";
import { powerOfTwoChunks } from "../db/statement-chunks";
import { fewEnoughBetween, limitOf, STANDING_MATERIAL, type StandingMaterial } from "../track/candidate-rule";

// Each material of the rule is counted in its own index table.
const TABLE_OF: Record<StandingMaterial, "ArticleKey" | "GoalKey"> = { articles: "ArticleKey", goals: "GoalKey" };

// The rows of an index table with key ? (or the given key expression), dated strictly after ? and/or strictly before ?
// (parameters in that order).
const keyRows = (table: string, bounds: { after?: boolean; before?: boolean }, key = "?") =>
  `FROM "${table}" WHERE "key" = ${key}${bounds.after ? ` AND "issueDate" > ?` : ""}${bounds.before ? ` AND "issueDate" < ?` : ""}`;

export type SqlRead = { sql: string; params: SqlValue[] };

// The sides of an issue: goals before it (from GoalKey), articles after it (from ArticleKey). `none` stands for the
// n-th nearest row when a key has fewer: no cut.
const SIDE = {
  earlier: { material: "goals", id: "goalId", bounds: { before: true }, cut: ">=", nearestFirst: "DESC", none: "" },
  later: { material: "articles", id: "articleId", bounds: { after: true }, cut: "<=", nearestFirst: "ASC", none: "9999-12-31" },
} as const;
export type Side = keyof typeof SIDE;

// The statements go to SQLite as a few UNION ALL of one branch per key instead of one statement per key: 2^k keys each,
// at most KEYS_PER_STATEMENT (lib/db/statement-chunks.ts), so the statement cache holds at most eight shapes per side
// and limit whatever the key count.
const KEYS_PER_STATEMENT = 128;

// Per key, the rows the rule admits on one side of an issue dated `issueDate`, as read statements (rows: id, key,
// issueDate). Fewer than n of a material stand strictly between the issue and a row on its side exactly when the row
// lies no farther out than the n-th nearest row of that material on that side: so each branch is one range of the
// primary key, cut at the n-th nearest article's and goal's date (two index seeks), and what it costs is bounded by
// the limit, not by how often a subject recurs in the archive.
// On PostgreSQL the keys of one limit go as one JSON array parameter, each branch a LATERAL subquery of its element:
// the UNION ALL of 128 branches (three index ranges each) cost PostgreSQL more to parse and plan than to run (it plans
// every statement it is sent; ~20 ms a statement under load, 7 statements per issue), and it was the largest part of
// storing's time there (bench/RESULTS.md §19). The rows are the same; only their order differs, and no reader uses it.
export function admittedReads(side: Side, keys: readonly string[], issueDate: string, dialect: Dialect = "sqlite"): SqlRead[] {
  const s = SIDE[side];
  const byLimit = new Map<number, string[]>();
  for (const key of keys) {
    const n = limitOf(key);
    const ofLimit = byLimit.get(n);
    if (ofLimit) ofLimit.push(key);
    else byLimit.set(n, [key]);
  }
  const reads: SqlRead[] = [];
  for (const [n, ofLimit] of byLimit) {
    if (dialect === "postgresql") {
      const nth = (material: StandingMaterial) =>
        `COALESCE((SELECT "issueDate" ${keyRows(TABLE_OF[material], s.bounds, `k."key"`)} ORDER BY "issueDate" ${s.nearestFirst} LIMIT 1 OFFSET ${n - 1}), '${s.none}')`;
      reads.push({
        sql: `SELECT r."id", k."key", r."issueDate" FROM json_array_elements_text(CAST(? AS json)) AS k("key") CROSS JOIN LATERAL (
          SELECT "${s.id}" AS "id", "issueDate" ${keyRows(TABLE_OF[s.material], s.bounds, `k."key"`)}
          ${STANDING_MATERIAL.map((material) => `AND "issueDate" ${s.cut} ${nth(material)}`).join(" ")}) AS r`,
        params: [JSON.stringify(ofLimit), ...Array<string>(1 + STANDING_MATERIAL.length).fill(issueDate)],
      });
      continue;
    }
    const nth = (material: StandingMaterial) =>
      `COALESCE((SELECT "issueDate" ${keyRows(TABLE_OF[material], s.bounds)} ORDER BY "issueDate" ${s.nearestFirst} LIMIT 1 OFFSET ${n - 1}), '${s.none}')`;
    const branch = `SELECT "${s.id}" AS "id", "key", "issueDate" ${keyRows(TABLE_OF[s.material], s.bounds)}
      ${STANDING_MATERIAL.map((material) => `AND "issueDate" ${s.cut} ${nth(material)}`).join(" ")}`;
    const ranges = 1 + STANDING_MATERIAL.length; // the branch's and each cut's, a key and the issue's date each
    for (const chunk of powerOfTwoChunks(ofLimit, KEYS_PER_STATEMENT, 2 * ranges)) {
      reads.push({ sql: chunk.map(() => branch).join(" UNION ALL "), params: chunk.flatMap((key) => Array<SqlValue[]>(ranges).fill([key, issueDate]).flat()) });
    }
  }
  return reads;
}

// Whether the rule admits a stored goal (dated goalDate) and a later article (dated articleDate) on one key they
// share: the count of each material strictly between them, stopped at the limit. `admits` reads the statement's row.
export function pairCheck(key: string, goalDate: string, articleDate: string): SqlRead & { admits: (row: Record<StandingMaterial, unknown>) => boolean } {
  const n = limitOf(key);
  const count = (material: StandingMaterial) =>
    `(SELECT COUNT(*) FROM (SELECT 1 ${keyRows(TABLE_OF[material], { after: true, before: true })} LIMIT ?) AS "c") AS "${material}"`;
  return {
    sql: `SELECT ${STANDING_MATERIAL.map(count).join(", ")}`,
    params: STANDING_MATERIAL.flatMap(() => [key, goalDate, articleDate, n]),
    // Counts may come back as bigint (COUNT on PostgreSQL).
    admits: (row) => fewEnoughBetween(key, (material) => Number(row[material])),
  };
}
