import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { getDb } from "../lib/db/client";
import type { Dialect } from "../lib/db/dialect";
import { migrateSqlite } from "../lib/db/migrate";
import { prepareDatabase } from "../lib/db/prepare-database";
import { psql, type PostgresCluster } from "../tests/support/postgres-cluster";

export type TempDatabase = {
  dialect: Dialect;
  url: string;
  file?: string; // SQLite: the database file (EXPLAIN QUERY PLAN reads it)
  db: PrismaClient;
  size(): Promise<number>;
  cleanup(): Promise<void>;
};

// A fresh migrated SQLite file made the process's DATABASE_URL, so lib/data's getDb() reads the same database.
// extraSql (a file of statements, e.g. CREATE or DROP INDEX statements to try) runs after the migrations: what-if schema changes.
export function createTempDatabase(options: { parent?: string; name?: string; extraSql?: string } = {}): TempDatabase {
  // --db-dir may name a folder that does not exist yet.
  if (options.parent) mkdirSync(options.parent, { recursive: true });
  const dir = mkdtempSync(path.join(options.parent ?? tmpdir(), "zhibiao-bench-"));
  const file = path.join(dir, options.name ?? "bench.db");
  migrateSqlite(file);
  if (options.extraSql) {
    const sqlite = new Database(file);
    sqlite.exec(readFileSync(options.extraSql, "utf8"));
    sqlite.close();
  }
  const url = `file:${file}`;
  process.env.DATABASE_URL = url;
  const db = getDb();
  return {
    dialect: "sqlite",
    url,
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

let databases = 0;

// The same on PostgreSQL: a new database in the bench's cluster, migrated with the app's own migrator.
export async function createTempPostgresDatabase(cluster: PostgresCluster, options: { extraSql?: string } = {}): Promise<TempDatabase> {
  const { url, drop } = createEmptyPostgresDatabase(cluster);
  await prepareDatabase(url);
  if (options.extraSql) psql(cluster.bin, url, readFileSync(options.extraSql, "utf8"));
  process.env.DATABASE_URL = url;
  const db = getDb();
  return {
    dialect: "postgresql",
    url,
    db,
    async size() {
      const [row] = await db.$queryRawUnsafe<{ bytes: bigint | number }[]>(`SELECT pg_database_size(current_database()) AS "bytes"`);
      return Number(row.bytes);
    },
    async cleanup() {
      await db.$disconnect();
      drop();
    },
  };
}

// An empty database (no migrations) for a command that migrates by itself, e.g. the CLI.
export function createEmptyPostgresDatabase(cluster: PostgresCluster): { url: string; drop(): void } {
  const name = `zhibiao_bench_${process.pid}_${++databases}`;
  psql(cluster.bin, cluster.adminUrl, `CREATE DATABASE "${name}"`);
  return {
    url: cluster.adminUrl.replace(/\/postgres$/, `/${name}`),
    drop: () => psql(cluster.bin, cluster.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
