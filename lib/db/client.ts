import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
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
  if (target.provider === "sqlite") return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: target.url }) });
  const client = new Postgres.PrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) });
  return client as unknown as PrismaClient;
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
