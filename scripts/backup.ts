// npm run db:backup -- <file>: a consistent copy of the SQLite database, safe while the server and ingestion run.
import { BackupError, backupSqlite } from "../lib/db/backup";
import { resolveDatabaseUrl } from "../lib/db/database-url";
import { ZBackupArgsSchema } from "../lib/validations/cli";
import { readEnv } from "../lib/validations/env";
import { parseCli } from "./cli-args";

const args = parseCli(process.argv.slice(2), {}, ZBackupArgsSchema, (_values, positionals) => ({ file: positionals[0] ?? "" }));
const target = resolveDatabaseUrl(readEnv().DATABASE_URL);
if (target.provider === "postgresql") {
  console.error('error: DATABASE_URL is PostgreSQL: back it up with pg_dump (pg_dump -Fc "$DATABASE_URL" -f <file>), see README');
  process.exit(2);
}
try {
  const result = backupSqlite(target.filePath, args.file);
  console.log(`backup written: ${result.file} (${(result.bytes / 1024 / 1024).toFixed(1)} MB, ${result.issues} issues)`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`error: ${error.message}`);
  process.exit(1);
}
