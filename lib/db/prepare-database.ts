import { resolveDatabaseUrl } from "./database-url";
import { migrateSqlite, type MigrationResult } from "./migrate";

// Brings the database named by DATABASE_URL to the current schema. Safe to call on every start.
export function prepareDatabase(databaseUrl: string): MigrationResult {
  const target = resolveDatabaseUrl(databaseUrl);
  if (target.provider !== "sqlite") throw new Error("PostgreSQL migrations are not built yet");
  return migrateSqlite(target.filePath);
}
