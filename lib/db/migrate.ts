import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { Dialect } from "./dialect";

// Applies the committed migrations in order, each once, recorded in a table of our own.
// Why not `prisma migrate deploy`: Prisma 7's CLI needs a native schema engine that it downloads from outside
// the npm registry, which is unreachable on our machines and CI. The SQL is Prisma's format, so a deployment
// that has the engine can still use Prisma Migrate on the same files.
//
// One folder per dialect with the same migration names: prisma/migrations (SQLite) and prisma/migrations-postgresql.
// Prisma cannot derive one dialect's SQL from the other's, and hand-written SQL per dialect keeps each database's
// features (fts5 on SQLite, pg_trgm on PostgreSQL). tests/db/migrate.test.ts checks both against prisma/schema.prisma.

export type MigrationResult = { applied: string[]; alreadyApplied: number };

type Migration = { name: string; sql: string; checksum: string };

const MIGRATIONS_TABLE = "_zhibiao_migrations";

export function migrationsDir(root: string = process.cwd(), dialect: Dialect = "sqlite"): string {
  return path.join(root, "prisma", dialect === "sqlite" ? "migrations" : "migrations-postgresql");
}

export function listMigrations(dir: string): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

// The migrations not yet recorded in `done`; refuses a migration whose file changed after it ran.
function pending(migrations: Migration[], done: Map<string, string>, where: string): Migration[] {
  return migrations.filter((migration) => {
    const previous = done.get(migration.name);
    if (previous === undefined) return true;
    if (previous !== migration.checksum) {
      throw new Error(`Migration ${migration.name} was changed after it was applied to ${where}; add a new migration instead`);
    }
    return false;
  });
}

// Concurrent first runs (two `npm run ingest` at once on a new database) are serialised by SQLite's write lock: the
// whole check-and-apply runs in one IMMEDIATE transaction, so the second migrator waits, then finds every migration
// recorded and applies none (it used to apply them again and fail with `table "Issue" already exists`).
export function migrateSqlite(filePath: string, options: { dir?: string } = {}): MigrationResult {
  mkdirSync(path.dirname(filePath), { recursive: true });
  const db = new Database(filePath, { timeout: MIGRATION_WAIT_MS });
  try {
    db.pragma("journal_mode = WAL");
    const migrations = listMigrations(options.dir ?? migrationsDir());
    return db
      .transaction(() => {
        db.exec(
          `CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TEXT NOT NULL)`,
        );
        const done = new Map(
          (db.prepare(`SELECT name, checksum FROM "${MIGRATIONS_TABLE}"`).all() as { name: string; checksum: string }[]).map(
            (row) => [row.name, row.checksum],
          ),
        );
        const applied: string[] = [];
        for (const migration of pending(migrations, done, filePath)) {
          db.exec(migration.sql);
          db.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" (name, checksum, appliedAt) VALUES (?, ?, ?)`).run(
            migration.name,
            migration.checksum,
            new Date().toISOString(),
          );
          applied.push(migration.name);
        }
        return { applied, alreadyApplied: done.size };
      })
      .immediate();
  } finally {
    db.close();
  }
}

// A first migration of a large database (backfills) can take a while; a second process waits for it that long.
const MIGRATION_WAIT_MS = 120_000;

// Any constant: the advisory lock that serialises concurrent migrators (two app instances starting at once).
const MIGRATION_LOCK = 74_217_001;

// PostgreSQL runs DDL inside transactions, so each migration and its bookkeeping row commit together, like SQLite.
export async function migratePostgres(url: string, options: { dir?: string } = {}): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TEXT NOT NULL)`,
    );
    const rows = await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM "${MIGRATIONS_TABLE}"`);
    const done = new Map(rows.rows.map((row) => [row.name, row.checksum]));
    const applied: string[] = [];
    for (const migration of pending(listMigrations(options.dir ?? migrationsDir(process.cwd(), "postgresql")), done, redact(url))) {
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(`INSERT INTO "${MIGRATIONS_TABLE}" (name, checksum, "appliedAt") VALUES ($1, $2, $3)`, [
          migration.name,
          migration.checksum,
          new Date().toISOString(),
        ]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${migration.name} failed on ${redact(url)}: ${(error as Error).message}`, { cause: error });
      }
      applied.push(migration.name);
    }
    return { applied, alreadyApplied: done.size };
  } finally {
    await client.end();
  }
}

// A URL fit for error messages: without its password.
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "the PostgreSQL database";
  }
}
