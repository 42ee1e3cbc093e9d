import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import * as Sqlite from "../generated/prisma/client";
import * as Postgres from "../generated/prisma-postgresql/client";
import { readEnv } from "../validations/env";
import { resolveDatabaseUrl } from "./database-url";

const { PrismaClient } = Sqlite;
type PrismaClient = Sqlite.PrismaClient;

export type Db = PrismaClient;

// One client per process, kept on globalThis so Next's dev reloads do not open a new connection each time.
const globalForPrisma = globalThis as unknown as { zhibiaoPrisma?: { url: string; client: PrismaClient } };

// Both clients are generated from prisma/schema.prisma (scripts/prisma-generate.mjs) and differ only in the provider.
// The rest of the code is typed against the SQLite client: its model delegates, rows and raw-query methods are the
// same on PostgreSQL (the row types are checked equal below); PostgreSQL only adds options we do not use
// (`mode: "insensitive"`, more isolation levels), so everything typed for SQLite is valid there too.
export function createPrismaClient(databaseUrl: string): PrismaClient {
  const target = resolveDatabaseUrl(databaseUrl);
  if (target.provider === "sqlite") {
    const adapter = new SqliteAdapterFactory({ url: target.url, timeout: SQLITE_BUSY_TIMEOUT_MS });
    const client = new PrismaClient({ adapter });
    sqliteAdapters.set(client, adapter);
    return client;
  }
  const client = new Postgres.PrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) });
  return client as unknown as PrismaClient;
}

// The SQLite driver adapter, keeping hold of the better-sqlite3 connection it opens. Two reasons:
// - `synchronous = NORMAL`: in WAL mode (lib/db/migrate.ts) SQLite documents it as safe from corruption; a power cut
//   may lose the last commits, never half of one. It removes an fsync per commit, i.e. per ingested issue.
// - Ingestion's writes (lib/db/sql-runner.ts) go straight to that connection with cached prepared statements.
//   Prisma's query path costs ~0.5 ms of JS per statement and prepares raw SQL anew each time, more than SQLite's own
//   work (bench/RESULTS.md §3). The connection is the one Prisma's transaction runs on, so such writes belong to it.
// The adapter does not expose the connection: it is read from the adapter's `client` field, checked at run time; if a
// future adapter version moves it, `sqliteConnectionOf` returns null and writes go through Prisma as before
// (tests/ingest/ingest-many.test.ts fails in that case, so the slowdown does not go unnoticed).
// - Writers wait for each other instead of failing: every transaction Prisma opens takes the write lock up front
//   (BEGIN IMMEDIATE, see beginImmediately) and waits up to SQLITE_BUSY_TIMEOUT_MS for it. A deferred BEGIN reads first
//   and then fails at once with SQLITE_BUSY when another process committed in between: no busy handler can help a
//   read snapshot that went stale, so two concurrent writers used to fail each other.
class SqliteAdapterFactory extends PrismaBetterSqlite3 {
  connection: Database.Database | null = null;

  async connect() {
    const adapter = await super.connect();
    const connection = (adapter as unknown as { client?: unknown }).client;
    this.connection = connection instanceof Database ? connection : null;
    if (this.connection) {
      this.connection.pragma("synchronous = NORMAL");
      beginImmediately(this.connection);
    }
    return adapter;
  }
}

// How long a writer waits for another process's write transaction (a 25-issue ingest batch holds it for well under a
// second; a backup does not hold it at all).
export const SQLITE_BUSY_TIMEOUT_MS = 30_000;

// The adapter starts its transactions with `prepare("BEGIN")` on the connection (checked at run time by
// tests/db/concurrent-writers.test.ts, which fails if an upgrade changes it): that one statement becomes BEGIN IMMEDIATE.
// Every Prisma transaction here writes, so taking the lock at its start costs nothing and makes waiting possible.
function beginImmediately(connection: Database.Database): void {
  const prepare = connection.prepare.bind(connection);
  connection.prepare = ((source: string) => prepare(source === "BEGIN" ? "BEGIN IMMEDIATE" : source)) as typeof connection.prepare;
}

const sqliteAdapters = new WeakMap<PrismaClient, SqliteAdapterFactory>();

// The open better-sqlite3 connection behind a SQLite client (null for PostgreSQL, or before the first query).
export function sqliteConnectionOf(db: PrismaClient): Database.Database | null {
  const connection = sqliteAdapters.get(db)?.connection ?? null;
  return connection?.open ? connection : null;
}

export function getDb(): PrismaClient {
  const url = readEnv().DATABASE_URL;
  const cached = globalForPrisma.zhibiaoPrisma;
  if (cached && cached.url === url) return cached.client;
  const client = createPrismaClient(url);
  globalForPrisma.zhibiaoPrisma = { url, client };
  return client;
}

// Compile-time guard for the cast above: every model's row type is the same on both clients (a field whose TS type
// differed by provider, e.g. a Decimal or Json column, would break the build here rather than at run time).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type RowsMatch = {
  Issue: Same<Sqlite.Issue, Postgres.Issue>;
  Article: Same<Sqlite.Article, Postgres.Article>;
  Indicator: Same<Sqlite.Indicator, Postgres.Indicator>;
  Progress: Same<Sqlite.Progress, Postgres.Progress>;
  Goal: Same<Sqlite.Goal, Postgres.Goal>;
  Campaign: Same<Sqlite.Campaign, Postgres.Campaign>;
  CampaignMention: Same<Sqlite.CampaignMention, Postgres.CampaignMention>;
  Place: Same<Sqlite.Place, Postgres.Place>;
  PlaceMention: Same<Sqlite.PlaceMention, Postgres.PlaceMention>;
  Department: Same<Sqlite.Department, Postgres.Department>;
  DepartmentMention: Same<Sqlite.DepartmentMention, Postgres.DepartmentMention>;
  IngestRun: Same<Sqlite.IngestRun, Postgres.IngestRun>;
  ReviewDecision: Same<Sqlite.ReviewDecision, Postgres.ReviewDecision>;
  AuditLog: Same<Sqlite.AuditLog, Postgres.AuditLog>;
  Models: Same<Sqlite.Prisma.ModelName, Postgres.Prisma.ModelName>;
};
export const rowTypesMatch: { [K in keyof RowsMatch]: true } = {} as RowsMatch;
