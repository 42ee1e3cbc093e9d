import { resolveDatabaseUrl } from "./database-url";
import { migratePostgres, migrateSqlite, type MigrationResult } from "./migrate";

// Brings the database named by DATABASE_URL to the current schema. Safe to call on every start.
// Async because PostgreSQL is reached over the network; SQLite's migrator stays synchronous underneath.
export async function prepareDatabase(databaseUrl: string): Promise<MigrationResult> {
  const target = resolveDatabaseUrl(databaseUrl);
  if (target.provider === "postgresql") return migratePostgres(target.url);
  return migrateSqlite(target.filePath);
}
