import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import type { Dialect } from "@/lib/db/dialect";
import { migrateSqlite } from "@/lib/db/migrate";
import pg from "pg";
import { runSqlSync } from "./postgres-cluster";

// The database the data-layer tests run against. The same test files run in two vitest projects: "unit" (SQLite, a
// file in a temporary folder) and "postgresql" (a fresh database in the throwaway cluster of postgres-global-setup.ts).
export function testDialect(): Dialect {
  return inject("postgres") ? "postgresql" : "sqlite";
}

export type TestDatabase = { dialect: Dialect; url: string; dir: string; cleanup: () => Promise<void> };

// An empty database of the test's dialect, migrated to the current schema unless `migrated` is false.
// Synchronous (runSqlSync for PostgreSQL) so that callers like tests/ingest/support.ts stay synchronous.
export function createTestDatabase(options: { migrated?: boolean } = {}): TestDatabase {
  const migrated = options.migrated ?? true;
  const dir = mkdtempSync(path.join(tmpdir(), "zhibiao-test-"));
  const postgres = inject("postgres");
  if (!postgres) {
    const file = path.join(dir, "test.db");
    if (migrated) migrateSqlite(file);
    return { dialect: "sqlite", url: `file:${file}`, dir, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  if (migrated) {
    const base = idleDatabases.pop() ?? newDatabase(postgres, postgres.template);
    // A URL of its own for each use, so getDb()'s per-URL cache never hands out the previous test's closed client.
    const url = `${base}?application_name=zhibiao_test_${++uses}`;
    return {
      dialect: "postgresql",
      url,
      dir,
      cleanup: async () => {
        await emptyDatabase(base);
        idleDatabases.push(base);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = newDatabase(postgres, "template0");
  return {
    dialect: "postgresql",
    url,
    dir,
    cleanup: async () => {
      // FORCE ends connections a failed test left open.
      await runSql(postgres.adminUrl, `DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Postgres = NonNullable<ReturnType<typeof inject<"postgres">>>;

// Migrated databases this worker has finished with, emptied for the next test. Copying a database takes 0.1-1 s,
// emptying one ~30 ms, and a test cannot tell the difference: every table is truncated and its ids restart at 1.
const idleDatabases: string[] = [];
let uses = 0;

function newDatabase(postgres: Postgres, template: string): string {
  const name = `zhibiao_test_${randomBytes(6).toString("hex")}`;
  runSqlSync(postgres.adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return postgres.adminUrl.replace(/\/postgres$/, `/${name}`);
}

// Cleanups are asynchronous: they run SQL in this process, without runSqlSync's child process.
async function runSql(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function emptyDatabase(url: string): Promise<void> {
  // Connections a failed test left open could hold locks that TRUNCATE would wait for.
  await runSql(
    url,
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid();
     DO $$ BEGIN
       EXECUTE (SELECT 'TRUNCATE ' || string_agg(format('%I', tablename), ', ') || ' RESTART IDENTITY CASCADE'
                FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_zhibiao_migrations');
     END $$;`,
  );
}
