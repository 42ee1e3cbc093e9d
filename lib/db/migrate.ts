import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

// Applies prisma/migrations/*/migration.sql in order, each once, recorded in a table of our own.
// Why not `prisma migrate deploy`: Prisma 7's CLI needs a native schema engine that it downloads from outside
// the npm registry, which is unreachable on our machines and CI. The SQL is Prisma's format, so a deployment
// that has the engine can still use Prisma Migrate on the same files.

export type MigrationResult = { applied: string[]; alreadyApplied: number };

const MIGRATIONS_TABLE = "_zhibiao_migrations";

export function migrationsDir(root: string = process.cwd()): string {
  return path.join(root, "prisma", "migrations");
}

export function listMigrations(dir: string): { name: string; sql: string; checksum: string }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export function migrateSqlite(filePath: string, options: { dir?: string } = {}): MigrationResult {
  mkdirSync(path.dirname(filePath), { recursive: true });
  const db = new Database(filePath);
  try {
    db.pragma("journal_mode = WAL");
    db.exec(
      `CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TEXT NOT NULL)`,
    );
    const done = new Map(
      (db.prepare(`SELECT name, checksum FROM "${MIGRATIONS_TABLE}"`).all() as { name: string; checksum: string }[]).map(
        (row) => [row.name, row.checksum],
      ),
    );
    const applied: string[] = [];
    for (const migration of listMigrations(options.dir ?? migrationsDir())) {
      const previous = done.get(migration.name);
      if (previous !== undefined) {
        if (previous !== migration.checksum) {
          throw new Error(`Migration ${migration.name} was changed after it was applied to ${filePath}; add a new migration instead`);
        }
        continue;
      }
      db.transaction(() => {
        db.exec(migration.sql);
        db.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" (name, checksum, appliedAt) VALUES (?, ?, ?)`).run(
          migration.name,
          migration.checksum,
          new Date().toISOString(),
        );
      })();
      applied.push(migration.name);
    }
    return { applied, alreadyApplied: done.size };
  } finally {
    db.close();
  }
}
