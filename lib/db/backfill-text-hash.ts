import Database from "better-sqlite3";
import pg from "pg";
import { textIdentityHash } from "../text/text-identity";

// Issues stored before the text identity existed get theirs once, at start (migrations are SQL and cannot hash).
// Idempotent: only rows without a hash are read; a database that has them all costs one indexed lookup.

export function backfillTextHashesSqlite(filePath: string): number {
  const db = new Database(filePath, { timeout: 120_000 });
  try {
    const rows = db.prepare(`SELECT "id", "rawText" FROM "Issue" WHERE "textHash" IS NULL`).all() as { id: number; rawText: string }[];
    if (rows.length === 0) return 0;
    const update = db.prepare(`UPDATE "Issue" SET "textHash" = ? WHERE "id" = ?`);
    db.transaction(() => {
      for (const row of rows) update.run(textIdentityHash(row.rawText), row.id);
    }).immediate();
    return rows.length;
  } finally {
    db.close();
  }
}

export async function backfillTextHashesPostgres(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number; rawText: string }>(`SELECT "id", "rawText" FROM "Issue" WHERE "textHash" IS NULL`);
    if (rows.length === 0) return 0;
    await client.query("BEGIN");
    try {
      for (const row of rows) await client.query(`UPDATE "Issue" SET "textHash" = $1 WHERE "id" = $2`, [textIdentityHash(row.rawText), row.id]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
    return rows.length;
  } finally {
    await client.end();
  }
}
