import { backfillTextHashesPostgres, backfillTextHashesSqlite } from "./backfill-text-hash";
import { resolveDatabaseUrl } from "./database-url";
import { backfillIndicatorSearchSqlite } from "./indicator-search";
import { migratePostgres, migrateSqlite, type MigrationResult } from "./migrate";

// Brings the database named by DATABASE_URL to the current schema. Safe to call on every start, and from several
// processes at once (the migrators serialise on the database's own lock).
// Async because PostgreSQL is reached over the network; SQLite's migrator stays synchronous underneath.
export async function prepareDatabase(databaseUrl: string): Promise<MigrationResult> {
  const target = resolveDatabaseUrl(databaseUrl);
  if (target.provider === "postgresql") {
    const result = await migratePostgres(target.url);
    await backfillTextHashesPostgres(target.url);
    return result;
  }
  const result = migrateSqlite(target.filePath);
  backfillTextHashesSqlite(target.filePath);
  backfillIndicatorSearchSqlite(target.filePath);
  return result;
}
