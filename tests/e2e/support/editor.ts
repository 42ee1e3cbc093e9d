import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { buildIfNeeded, startAppServer } from "./app-server";

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../seeds");

// Editing is enabled on the e2e servers with this password (tests/e2e/global-setup.ts and startEditorApp below).
export const EDITOR_PASSWORD = "e2e-editor-password";
export const EDITOR_NAME = "董玲";

// Signs in through the /login form, as a person would; lands on `next`.
export async function signIn(page: Page, baseURL: string, options: { next?: string; password?: string } = {}): Promise<void> {
  const next = options.next ?? "/ingest";
  await page.goto(`${baseURL}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("姓名").fill(EDITOR_NAME);
  await page.getByLabel("编辑密码").fill(options.password ?? EDITOR_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
}

// The e2e database, read-only: what a test compares before and after a request.
export function openDatabase(databaseUrl: string): Database.Database {
  return new Database(databaseUrl.replace(/^file:/, ""), { readonly: true, fileMustExist: true });
}

export type Counts = { issues: number; articles: number; indicators: number; goals: number; decisions: number; audit: number; reviewed: number; statuses: number };

export function countRows(db: Database.Database): Counts {
  const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    issues: one(`SELECT count(*) AS n FROM "Issue"`),
    articles: one(`SELECT count(*) AS n FROM "Article"`),
    indicators: one(`SELECT count(*) AS n FROM "Indicator"`),
    goals: one(`SELECT count(*) AS n FROM "Goal"`),
    decisions: one(`SELECT count(*) AS n FROM "ReviewDecision"`),
    audit: one(`SELECT count(*) AS n FROM "AuditLog"`),
    reviewed: one(`SELECT count(*) AS n FROM "Indicator" WHERE "review" <> 'machine'`),
    statuses: one(`SELECT count(*) AS n FROM "Goal" WHERE "status" <> '未评估' OR "review" <> 'machine'`),
  };
}

export type EditorApp = { baseURL: string; databaseUrl: string; stop: () => Promise<void> };

// A server of its own, on a fresh database holding the five seeds, for tests that write (upload, review, re-extract).
// The shared e2e server must keep the untouched seeds: other files count 5 issues, and vitest does not run files in
// name order, so "run last" cannot be arranged by naming.
export async function startEditorApp(options: { extra?: string[] } = {}): Promise<EditorApp> {
  const dir = mkdtempSync(path.join(tmpdir(), "zhibiao-e2e-editors-"));
  const databaseUrl = `file:${path.join(dir, "editors.db")}`;
  process.env.DATABASE_URL = databaseUrl;
  const { prepareDatabase } = await import("../../../lib/db/prepare-database");
  const { getDb } = await import("../../../lib/db/client");
  const { ingestPaths } = await import("../../../lib/ingest/ingest-paths");
  await prepareDatabase(databaseUrl);
  const db = getDb();
  // extra: later issue files (the tracking follow-ups) ingested after the seeds, for tests that need outcomes.
  const summary = await ingestPaths(db, [SEEDS, ...(options.extra ?? [])], { source: "seed" });
  await db.$disconnect();
  if (summary.failed > 0) throw new Error("seed ingestion failed for the editors' database");
  buildIfNeeded();
  const server = await startAppServer({ DATABASE_URL: databaseUrl, ZHIBIAO_EDITOR_PASSWORD: EDITOR_PASSWORD, ZHIBIAO_SECURE_COOKIES: "0" });
  return {
    baseURL: server.baseURL,
    databaseUrl,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
