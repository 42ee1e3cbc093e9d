import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { admittedReads, pairCheck } from "@/lib/ingest/candidate-rule-sql";
import { candidateRule, linkingLimits } from "@/lib/track/candidate-rule";

// Ingestion states the candidate rule in SQL twice: as a range cut (which rows on one side of an issue are admitted)
// and as a count (is one stored pair still admitted). Both must say what the pure rule says, for every pair, on both
// limits (names and trigram keys), including same-day material and keys with fewer rows than the limit.
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

describe("the candidate rule's SQL (lib/ingest/candidate-rule-sql.ts)", () => {
  const saved = { ...linkingLimits };
  afterEach(() => {
    Object.assign(linkingLimits, saved);
  });

  for (const limits of [saved, { between: 2, betweenTrigram: 1 }]) {
    it(`admits the pairs the pure rule admits, by the range cut and by the count (limits ${limits.between}/${limits.betweenTrigram})`, () => {
      Object.assign(linkingLimits, limits);
      const goals = material(7, 60, 1);
      const articles = material(11, 80, 1);
      const db = new Database(":memory:");
      db.exec(`CREATE TABLE "GoalKey" ("key" TEXT, "goalId" INTEGER, "issueDate" TEXT, PRIMARY KEY ("key", "issueDate", "goalId"));
               CREATE TABLE "ArticleKey" ("key" TEXT, "articleId" INTEGER, "issueDate" TEXT, PRIMARY KEY ("key", "issueDate", "articleId"))`);
      const insert = (table: string, column: string, items: Item[]) => {
        const statement = db.prepare(`INSERT INTO "${table}" ("key", "${column}", "issueDate") VALUES (?, ?, ?)`);
        for (const item of items) for (const key of item.keys) statement.run(key, item.id, item.issueDate);
      };
      insert("GoalKey", "goalId", goals);
      insert("ArticleKey", "articleId", articles);
      const run = (read: { sql: string; params: unknown[] }) => db.prepare(read.sql).all(...read.params) as Record<string, unknown>[];
      const admittedOn = (side: "earlier" | "later", item: Item) =>
        new Set(admittedReads(side, [...item.keys], item.issueDate).flatMap(run).map((row) => `${row.key}|${row.id}`));

      // The pure rule on one key: the material as if that key were its only one.
      const ruleOn = new Map(
        KEYS.map((key) => {
          const only = (items: Item[]) => items.map((item) => ({ ...item, keys: new Set([...item.keys].filter((k) => k === key)) }));
          return [key, candidateRule(only(goals), only(articles))];
        }),
      );
      const earlierOf = new Map(articles.map((article) => [article.id, admittedOn("earlier", article)]));
      const disagreements: string[] = [];
      let admitted = 0;
      let refused = 0;
      for (const goal of goals) {
        const later = admittedOn("later", goal);
        for (const article of articles) {
          if (!(article.issueDate > goal.issueDate)) continue;
          const earlier = earlierOf.get(article.id)!;
          for (const key of goal.keys) {
            if (!article.keys.has(key)) continue;
            const one = new Set([key]);
            const rule = ruleOn.get(key)!({ keys: one, issueDate: goal.issueDate }, { keys: one, issueDate: article.issueDate });
            const check = pairCheck(key, goal.issueDate, article.issueDate);
            const counted = check.admits(run(check)[0] as Record<"articles" | "goals", unknown>);
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
      db.close();
      expect(disagreements).toEqual([]);
      // The material makes the rule bind both ways, so the comparison means something.
      expect(admitted).toBeGreaterThan(50);
      expect(refused).toBeGreaterThan(50);
    });
  }
});
