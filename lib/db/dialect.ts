import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { readEnv } from "../validations/env";
import { resolveDatabaseUrl } from "./database-url";

// The two databases Zhibiao runs on. Prisma's query API is the same on both; only raw SQL differs, so code that
// writes raw SQL asks for the dialect and keeps one small function per dialect (see lib/db/article-search.ts), or
// uses a fragment from here. Portable raw SQL: quote every identifier and every alias ("firstDate": PostgreSQL folds
// unquoted names to lower case), and expect COUNT(*) as bigint on PostgreSQL (wrap it in Number()).
export type Dialect = "sqlite" | "postgresql";

// The dialect of DATABASE_URL: what getDb() connects to.
export function dialect(databaseUrl: string = readEnv().DATABASE_URL): Dialect {
  return resolveDatabaseUrl(databaseUrl).provider;
}

// The dialect of a given client or interactive-transaction client, which may not be getDb()'s (tests, scripts).
// Prisma keeps the generated client's provider in `_activeProvider` (its own raw-query code reads it) and the
// transaction client forwards it. It is not public API, so an upgrade that drops it fails here, loudly, and
// tests/db/article-search.test.ts catches that on both databases.
export function dialectOf(db: PrismaClient | Prisma.TransactionClient): Dialect {
  const provider = (db as unknown as { _activeProvider?: unknown })._activeProvider;
  if (provider === "sqlite" || provider === "postgresql") return provider;
  throw new Error(`Cannot tell the database of this Prisma client (_activeProvider = ${String(provider)})`);
}

// `haystack` contains `needle` literally (no LIKE wildcards to escape): instr() on SQLite, strpos() on PostgreSQL.
export function sqlContains(db: PrismaClient | Prisma.TransactionClient, haystack: Prisma.Sql, needle: string): Prisma.Sql {
  return dialectOf(db) === "postgresql" ? Prisma.sql`strpos(${haystack}, ${needle}) > 0` : Prisma.sql`instr(${haystack}, ${needle}) > 0`;
}
