import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { BackupError, backupSqlite, checkZhibiaoDatabase, restoreSqlite } from "@/lib/db/backup";
import { activeHolders, holdDatabase } from "@/lib/db/database-holders";
import { migrateSqlite } from "@/lib/db/migrate";
import { SEEDS } from "../ingest/support";

const tsx = path.resolve("node_modules/.bin/tsx");
const dir = mkdtempSync(path.join(tmpdir(), "zhibiao-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const issues = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return Number((db.prepare(`SELECT COUNT(*) AS n FROM "Issue"`).get() as { n: number }).n);
  } finally {
    db.close();
  }
};

describe("db:backup and db:restore (SQLite)", () => {
  it("backs up consistently while an ingest writes, and restores into a database nobody holds", async () => {
    const live = path.join(dir, "live.db");
    migrateSqlite(live);
    // Five seeds in a folder are stored issue by issue; backups are taken while that runs.
    const ingest = spawn(tsx, ["scripts/ingest.ts", SEEDS], { env: { ...process.env, DATABASE_URL: `file:${live}` } });
    const done = new Promise<number | null>((resolve) => ingest.on("close", resolve));
    const backups: string[] = [];
    let finished = false;
    void done.then(() => (finished = true));
    while (!finished && backups.length < 20) {
      const file = path.join(dir, `during-${backups.length}.db`);
      backupSqlite(live, file);
      backups.push(file);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    expect(await done).toBe(0);
    // Every snapshot is a whole database: readable, integrity ok, each issue complete with its articles.
    for (const file of backups) {
      const { issues: count } = checkZhibiaoDatabase(file);
      const db = new Database(file, { readonly: true });
      const orphans = db.prepare(`SELECT COUNT(*) AS n FROM "Issue" i WHERE NOT EXISTS (SELECT 1 FROM "Article" a WHERE a."issueId" = i."id")`).get() as {
        n: number;
      };
      db.close();
      expect(orphans.n).toBe(0);
      expect(count).toBeLessThanOrEqual(5);
    }
    const final = path.join(dir, "final.db");
    backupSqlite(live, final);
    expect(issues(final)).toBe(5);

    // Restore an early backup over the live file: the old file is kept aside, the restored one is what opens.
    const early = backups[0];
    const result = restoreSqlite(live, early);
    expect(issues(live)).toBe(issues(early));
    expect(result.previous && existsSync(result.previous)).toBe(true);
    expect(issues(result.previous!)).toBe(5);
  }, 120_000);

  it("refuses to restore while another process holds the database, and changes nothing", () => {
    const live = path.join(dir, "held.db");
    migrateSqlite(live);
    const backup = path.join(dir, "held-backup.db");
    backupSqlite(live, backup);
    // A child process registers as the server and stays alive while we try.
    const holder = spawn(process.execPath, [
      "-e",
      `require("node:fs").mkdirSync(${JSON.stringify(live + ".holders")}, {recursive:true});` +
        `require("node:fs").writeFileSync(${JSON.stringify(live + ".holders/")} + process.pid + "-server", "");` +
        `setTimeout(() => {}, 30000)`,
    ]);
    try {
      const deadline = Date.now() + 10_000;
      while (activeHolders(live).length === 0 && Date.now() < deadline) spawnSync("sleep", ["0.1"]);
      expect(() => restoreSqlite(live, backup)).toThrow(/in use by server/);
      expect(existsSync(`${live}.restore-${process.pid}`)).toBe(false);
    } finally {
      holder.kill();
    }
    // This process's own hold does not block itself (a restore CLI is not a server).
    const release = holdDatabase(live, "ingest");
    release();
  });

  it("refuses what is not a Zhibiao backup, and never overwrites a file with a backup", () => {
    const live = path.join(dir, "plain.db");
    migrateSqlite(live);
    const junk = path.join(dir, "junk.db");
    writeFileSync(junk, "not a database at all, just text");
    expect(() => restoreSqlite(live, junk)).toThrow(BackupError);
    expect(() => restoreSqlite(live, path.join(dir, "missing.db"))).toThrow(/no such backup/);
    const existing = path.join(dir, "exists.db");
    writeFileSync(existing, "x");
    expect(() => backupSqlite(live, existing)).toThrow(/already exists/);
  });

  it("the CLI names PostgreSQL's own tools instead of copying a server database", () => {
    const out = spawnSync(tsx, ["scripts/backup.ts", path.join(dir, "pg.dump")], {
      env: { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" },
      encoding: "utf8",
    });
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("pg_dump");
  });
});
