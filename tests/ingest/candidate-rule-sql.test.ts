import Database from "better-sqlite3";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import type { Dialect } from "@/lib/db/dialect";
import { admittedReads, pairCheck, type SqlRead } from "@/lib/ingest/candidate-rule-sql";
import { candidateRule, linkingLimits } from "@/lib/track/candidate-rule";
import { createTestDatabase, testDialect } from "../support/test-database";

// Ingestion states the candidate rule in SQL twice: as a range cut (which rows on one side of an issue are admitted)
// and as a count (is one stored pair still admitted). Both must say what the pure rule says, for every pair, on both
// limits (names and trigram keys), including same-day material and keys with fewer rows than the limit. The range cut
// has a PostgreSQL form of its own (one JSON array of keys, LATERAL branches): this file also runs in the "postgresql"
// project, on an empty database of the throwaway cluster, and checks that form there.
type Item = { id: number; keys: ReadonlySet<string>; issueDate: string };

// A small deterministic generator (the archive's shape: few keys, many items on each, several on one day).
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const KEYS = ["t:下刘", "t:四都", "c:柯城", "o:老旧小", "o:征收签"];

function material(seed: number, count: number, firstId: number): Item[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, k) => ({
    id: firstId + k,
    issueDate: `2022-01-${String(1 + Math.floor(next() * 20)).padStart(2, "0")}`,
    keys: new Set(KEYS.filter(() => next() < 0.4)),
  }));
}

type KeyTables = { dialect: Dialect; run: (read: SqlRead) => Promise<Record<string, unknown>[]>; close: () => Promise<void> };

// The two index tables alone (no foreign keys: the rule reads only these), in memory on SQLite, in a database of its own
// on PostgreSQL, with ? numbered as the ingestion's SqlRunner numbers it there.
async function keyTables(): Promise<KeyTables> {
  const schema = `CREATE TABLE "GoalKey" ("key" TEXT, "goalId" INTEGER, "issueDate" TEXT, PRIMARY KEY ("key", "issueDate", "goalId"));
    CREATE TABLE "ArticleKey" ("key" TEXT, "articleId" INTEGER, "issueDate" TEXT, PRIMARY KEY ("key", "issueDate", "articleId"))`;
  if (testDialect() === "sqlite") {
    const db = new Database(":memory:");
    db.exec(schema);
    const run = async (read: SqlRead) => {
      const statement = db.prepare(read.sql);
      if (statement.reader) return statement.all(...read.params) as Record<string, unknown>[];
      statement.run(...read.params);
      return [];
    };
    return { dialect: "sqlite", run, close: async () => void db.close() };
  }
  const database = createTestDatabase({ migrated: false });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(schema);
  const numbered = (sql: string) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  };
  return {
    dialect: "postgresql",
    run: async (read) => (await client.query(numbered(read.sql), read.params as unknown[])).rows as Record<string, unknown>[],
    close: async () => {
      await client.end();
      await database.cleanup();
    },
  };
}

describe("the candidate rule's SQL (lib/ingest/candidate-rule-sql.ts)", () => {
  const saved = { ...linkingLimits };
  afterEach(() => {
    Object.assign(linkingLimits, saved);
  });

  for (const limits of [saved, { between: 2, betweenTrigram: 1 }]) {
    it(`admits the pairs the pure rule admits, by the range cut and by the count (limits ${limits.between}/${limits.betweenTrigram})`, async () => {
      Object.assign(linkingLimits, limits);
      const goals = material(7, 60, 1);
      const articles = material(11, 80, 1);
      const db = await keyTables();
      const run = db.run;
      const insert = async (table: string, column: string, items: Item[]) => {
        for (const item of items) {
          for (const key of item.keys) await run({ sql: `INSERT INTO "${table}" ("key", "${column}", "issueDate") VALUES (?, ?, ?)`, params: [key, item.id, item.issueDate] });
        }
      };
      await insert("GoalKey", "goalId", goals);
      await insert("ArticleKey", "articleId", articles);
      const admittedOn = async (side: "earlier" | "later", item: Item) => {
        const rows = await Promise.all(admittedReads(side, [...item.keys], item.issueDate, db.dialect).map(run));
        return new Set(rows.flat().map((row) => `${row.key}|${row.id}`));
      };

      // The pure rule on one key: the material as if that key were its only one.
      const ruleOn = new Map(
        KEYS.map((key) => {
          const only = (items: Item[]) => items.map((item) => ({ ...item, keys: new Set([...item.keys].filter((k) => k === key)) }));
          return [key, candidateRule(only(goals), only(articles))];
        }),
      );
      const earlierOf = new Map<number, Set<string>>();
      for (const article of articles) earlierOf.set(article.id, await admittedOn("earlier", article));
      const disagreements: string[] = [];
      let admitted = 0;
      let refused = 0;
      for (const goal of goals) {
        const later = await admittedOn("later", goal);
        for (const article of articles) {
          if (!(article.issueDate > goal.issueDate)) continue;
          const earlier = earlierOf.get(article.id)!;
          for (const key of goal.keys) {
            if (!article.keys.has(key)) continue;
            const one = new Set([key]);
            const rule = ruleOn.get(key)!({ keys: one, issueDate: goal.issueDate }, { keys: one, issueDate: article.issueDate });
            const check = pairCheck(key, goal.issueDate, article.issueDate);
            const counted = check.admits((await run(check))[0] as Record<"articles" | "goals", unknown>);
            const cutLater = later.has(`${key}|${article.id}`);
            const cutEarlier = earlier.has(`${key}|${goal.id}`);
            if (rule) admitted++;
            else refused++;
            if (counted !== rule || cutLater !== rule || cutEarlier !== rule) {
              disagreements.push(`goal ${goal.id} (${goal.issueDate}) article ${article.id} (${article.issueDate}) ${key}: rule ${rule}, count ${counted}, cut later ${cutLater}, cut earlier ${cutEarlier}`);
            }
          }
        }
      }
      await db.close();
      expect(disagreements).toEqual([]);
      // The material makes the rule bind both ways, so the comparison means something.
      expect(admitted).toBeGreaterThan(50);
      expect(refused).toBeGreaterThan(50);
    });
  }
});
