import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { activeHolders } from "./database-holders";

// Backups of the embedded SQLite database, safe while the server and ingestion run.
// - Backup: `VACUUM INTO` writes a consistent snapshot (one read transaction: every commit before it, none after) into a
//   new, compacted file. A plain `cp` of a WAL database copies the main file without the commits still in the -wal
//   file, and a copy taken during a checkpoint can be torn.
// - Restore: checked first (a real SQLite file, integrity ok, a Zhibiao database), refused while any process holds the
//   database (lib/db/database-holders.ts), then swapped in by rename (atomic on one file system); the current file is
//   kept beside it as `<database>.before-restore-<time>`. PostgreSQL deployments use pg_dump / pg_restore (README).

export class BackupError extends Error {}

export type BackupResult = { file: string; bytes: number; issues: number };

export function backupSqlite(databasePath: string, targetPath: string): BackupResult {
  const target = path.resolve(targetPath);
  if (!existsSync(databasePath)) throw new BackupError(`${databasePath}: no database to back up`);
  if (existsSync(target)) throw new BackupError(`${target}: already exists; choose a new file name (a backup never overwrites)`);
  const db = new Database(databasePath, { readonly: true, fileMustExist: true, timeout: 30_000 });
  try {
    db.prepare("VACUUM INTO ?").run(target);
  } finally {
    db.close();
  }
  const summary = checkZhibiaoDatabase(target);
  return { file: target, bytes: statSync(target).size, issues: summary.issues };
}

export type RestoreResult = { restored: string; issues: number; previous: string | null };

export function restoreSqlite(databasePath: string, backupPath: string, now: Date = new Date()): RestoreResult {
  const source = path.resolve(backupPath);
  if (!existsSync(source)) throw new BackupError(`${source}: no such backup file`);
  const { issues } = checkZhibiaoDatabase(source);
  const holders = activeHolders(databasePath);
  if (holders.length) {
    const who = holders.map((h) => `${h.role} (pid ${h.pid})`).join(", ");
    throw new BackupError(`${databasePath} is in use by ${who}: stop it first, then restore (nothing was changed)`);
  }
  // Copy next to the database first, so the final step is a rename within one folder.
  const staging = `${databasePath}.restore-${process.pid}`;
  rmSync(staging, { force: true });
  const copy = new Database(source, { readonly: true, fileMustExist: true });
  try {
    copy.prepare("VACUUM INTO ?").run(staging);
  } finally {
    copy.close();
  }
  const fd = openSync(staging, "r");
  fsyncSync(fd);
  closeSync(fd);

  let previous: string | null = null;
  if (existsSync(databasePath)) {
    // Fold the current database's -wal into it before putting it aside, so the kept copy is whole.
    const current = new Database(databasePath, { fileMustExist: true, timeout: 30_000 });
    try {
      current.pragma("wal_checkpoint(TRUNCATE)");
    } finally {
      current.close();
    }
    previous = `${databasePath}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
    renameSync(databasePath, previous);
  }
  // A -wal or -shm left beside the path would be replayed onto the restored file: they belong to the old one.
  for (const suffix of ["-wal", "-shm"]) rmSync(`${databasePath}${suffix}`, { force: true });
  renameSync(staging, databasePath);
  return { restored: databasePath, issues, previous };
}

// A file is restorable when SQLite can read it whole and it carries Zhibiao's migrations table and issues.
export function checkZhibiaoDatabase(file: string): { issues: number } {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${file}: not a readable SQLite database (${(error as Error).message})`);
  }
  try {
    const check = db.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new BackupError(`${file}: damaged database (quick_check: ${String(check)})`);
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
    if (!tables.has("_zhibiao_migrations") || !tables.has("Issue")) throw new BackupError(`${file}: not a Zhibiao database (no migrations table)`);
    const row = db.prepare(`SELECT COUNT(*) AS n FROM "Issue"`).get() as { n: number };
    return { issues: Number(row.n) };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file}: not a readable SQLite database (${(error as Error).message})`);
  } finally {
    db.close();
  }
}
