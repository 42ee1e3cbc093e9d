import Database from "better-sqlite3";
import type { Page } from "playwright-core";

// The e2e server runs with this editor password (tests/e2e/global-setup.ts), so editing is enabled.
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
