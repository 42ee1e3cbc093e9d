import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { getDb } from "../lib/db/client";
import { migrateSqlite } from "../lib/db/migrate";

export type TempDatabase = { dir: string; file: string; db: PrismaClient; size(): Promise<number>; cleanup(): Promise<void> };

// A fresh migrated SQLite file made the process's DATABASE_URL, so lib/data's getDb() reads the same database.
// extraSql (a file of statements, e.g. CREATE or DROP INDEX statements to try) runs after the migrations: what-if schema changes.
export function createTempDatabase(options: { parent?: string; name?: string; extraSql?: string } = {}): TempDatabase {
  const dir = mkdtempSync(path.join(options.parent ?? tmpdir(), "zhibiao-bench-"));
  const file = path.join(dir, options.name ?? "bench.db");
  migrateSqlite(file);
  if (options.extraSql) {
    const sqlite = new Database(file);
    sqlite.exec(readFileSync(options.extraSql, "utf8"));
    sqlite.close();
  }
  process.env.DATABASE_URL = `file:${file}`;
  const db = getDb();
  return {
    dir,
    file,
    db,
    // Folds the WAL into the main file first, so the size is the database's, not its pending writes.
    async size() {
      await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
      const sizeOf = (f: string) => {
        try {
          return statSync(f).size;
        } catch {
          return 0;
        }
      };
      return sizeOf(file) + sizeOf(`${file}-wal`);
    },
    async cleanup() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
