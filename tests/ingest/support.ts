import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getDb } from "@/lib/db/client";
import { migrateSqlite } from "@/lib/db/migrate";

export const SEEDS = path.resolve("seeds");
export const SEED_FILES = [
  "000_fb4c6968b8fc0955.txt",
  "001_f3ebb2c24e7ad66b.txt",
  "002_733030cbff99bc12.txt",
  "003_9948b18cc7536563.txt",
  "004_5eb91cea166d3069.txt",
].map((name) => path.join(SEEDS, name));

// A migrated SQLite database in a temporary folder, made the process's DATABASE_URL so getDb() uses it.
export function useTempDatabase() {
  const dir = mkdtempSync(path.join(tmpdir(), "zhibiao-test-"));
  const file = path.join(dir, "test.db");
  migrateSqlite(file);
  process.env.DATABASE_URL = `file:${file}`;
  const db = getDb();
  return {
    dir,
    file,
    db,
    async cleanup() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function countRows(db: ReturnType<typeof getDb>) {
  const [issues, articles, indicators, goals, campaigns, runs] = await Promise.all([
    db.issue.count(),
    db.article.count(),
    db.indicator.count(),
    db.goal.count(),
    db.campaignMention.count(),
    db.ingestRun.count(),
  ]);
  return { issues, articles, indicators, goals, campaigns, runs };
}
