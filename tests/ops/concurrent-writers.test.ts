import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { migrateSqlite } from "@/lib/db/migrate";
import { SEED_FILES } from "../ingest/support";

// Several processes writing one SQLite database at once: they wait for each other instead of failing.
const tsx = path.resolve("node_modules/.bin/tsx");
const dir = mkdtempSync(path.join(tmpdir(), "zhibiao-concurrent-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Exit = { code: number | null; stdout: string; stderr: string };
function run(script: string, args: string[], databaseFile: string): Promise<Exit> {
  return new Promise((resolve) => {
    const child = spawn(tsx, [script, ...args], { env: { ...process.env, DATABASE_URL: `file:${databaseFile}` } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function count(databaseFile: string, table: string): number {
  const db = new Database(databaseFile, { readonly: true });
  try {
    return Number((db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n);
  } finally {
    db.close();
  }
}

describe("concurrent writers on SQLite", () => {
  it("a Prisma transaction takes the write lock at BEGIN, so a second writer waits rather than failing later", async () => {
    const file = path.join(dir, "lock.db");
    migrateSqlite(file);
    const db = createPrismaClient(`file:${file}`);
    const other = new Database(file, { timeout: 0 });
    try {
      let otherCouldWrite: boolean | undefined;
      await db.$transaction(async (tx) => {
        await tx.issue.count(); // a read only: under a deferred BEGIN this would hold no write lock yet
        try {
          other.exec("BEGIN IMMEDIATE");
          other.exec("ROLLBACK");
          otherCouldWrite = true;
        } catch (error) {
          otherCouldWrite = false;
          expect(String(error)).toMatch(/locked|busy/i);
        }
      });
      expect(otherCouldWrite).toBe(false);
    } finally {
      other.close();
      await db.$disconnect();
    }
  });

  it("8 concurrent first runs ingesting the same file store it once, and every process exits 0", async () => {
    const file = path.join(dir, "same.db"); // not migrated: the eight migrators race too
    const runs = await Promise.all(Array.from({ length: 8 }, () => run("scripts/ingest.ts", [SEED_FILES[1]], file)));
    for (const exit of runs) expect(exit.code, exit.stderr).toBe(0);
    expect(runs.filter((exit) => exit.stdout.includes("1 stored")).length).toBe(1);
    expect(runs.filter((exit) => exit.stdout.includes("1 already stored")).length).toBe(7);
    expect(count(file, "Issue")).toBe(1);
  }, 180_000);

  it("4 concurrent folder ingests store every file", async () => {
    const file = path.join(dir, "folders.db");
    migrateSqlite(file);
    const folders = [0, 1, 2, 3].map((i) => {
      const folder = path.join(dir, `folder-${i}`);
      mkdirSync(folder);
      // One seed per folder plus the same shared seed in all four (stored once).
      copyFileSync(SEED_FILES[i], path.join(folder, `own-${i}.txt`));
      copyFileSync(SEED_FILES[4], path.join(folder, `shared.txt`));
      return folder;
    });
    const runs = await Promise.all(folders.map((folder) => run("scripts/ingest.ts", [folder], file)));
    for (const exit of runs) expect(exit.code, exit.stderr).toBe(0);
    expect(count(file, "Issue")).toBe(5);
  }, 180_000);
});
