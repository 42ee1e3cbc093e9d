import path from "node:path";
import { getDb } from "@/lib/db/client";
import { createTestDatabase } from "../support/test-database";

export const SEEDS = path.resolve("seeds");
export const SEED_FILES = [
  "000_fb4c6968b8fc0955.txt",
  "001_f3ebb2c24e7ad66b.txt",
  "002_733030cbff99bc12.txt",
  "003_9948b18cc7536563.txt",
  "004_5eb91cea166d3069.txt",
].map((name) => path.join(SEEDS, name));

// A migrated database of the test project's dialect (SQLite, or PostgreSQL in the "postgresql" project), made the
// process's DATABASE_URL so getDb() uses it; `dir` is a temporary folder for files the test writes.
export function useTempDatabase() {
  const database = createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const db = getDb();
  return {
    dir: database.dir,
    url: database.url,
    dialect: database.dialect,
    db,
    async cleanup() {
      await db.$disconnect();
      await database.cleanup();
    },
  };
}

export async function countRows(db: ReturnType<typeof getDb>) {
  const [issues, articles, indicators, goals, campaigns, runs] = await Promise.all([
    db.issue.count(),
    db.article.count({ where: { kind: { not: "banner" } } }),
    db.indicator.count(),
    db.goal.count(),
    db.campaignMention.count(),
    db.ingestRun.count(),
  ]);
  return { issues, articles, indicators, goals, campaigns, runs };
}
