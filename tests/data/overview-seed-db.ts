// The five seed issues ingested through the real pipeline into a temporary database (SQLite, or PostgreSQL in the
// "postgresql" project), for the overview, campaign, township, department and issue-detail reads.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getDb, type Db } from "../../lib/db/client";
import { ingestPaths } from "../../lib/ingest/ingest-paths";
import { createTestDatabase } from "../support/test-database";

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../seeds");

export type SeededDb = { db: Db; cleanup: () => Promise<void> };

export async function createSeededDb(): Promise<SeededDb> {
  const database = createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const db = getDb();
  const summary = await ingestPaths(db, [SEEDS], { source: "seed" });
  if (summary.failed > 0 || summary.stored !== 5) {
    throw new Error(`seed ingestion: ${summary.stored} stored, ${summary.failed} failed`);
  }
  return {
    db,
    async cleanup() {
      await db.$disconnect();
      await database.cleanup();
    },
  };
}

// Distinct issue dates of a campaign's mentions, straight from the table: what the chart must plot.
export async function campaignMentionDates(db: Db, campaignId: number): Promise<string[]> {
  const rows = await db.campaignMention.findMany({
    where: { campaignId, issueDate: { not: null } },
    select: { issueDate: true },
    distinct: ["issueDate"],
    orderBy: { issueDate: "asc" },
  });
  return rows.map((row) => row.issueDate!);
}
