// npm run db:restore -- <file>: puts a backup in place of the SQLite database; refuses while the database is in use.
import { BackupError, restoreSqlite } from "../lib/db/backup";
import { resolveDatabaseUrl } from "../lib/db/database-url";
import { ZRestoreArgsSchema } from "../lib/validations/cli";
import { readEnv } from "../lib/validations/env";
import { parseCli } from "./cli-args";

const args = parseCli(process.argv.slice(2), {}, ZRestoreArgsSchema, (_values, positionals) => ({ file: positionals[0] ?? "" }));
const target = resolveDatabaseUrl(readEnv().DATABASE_URL);
if (target.provider === "postgresql") {
  console.error('error: DATABASE_URL is PostgreSQL: restore with pg_restore (pg_restore --clean -d "$DATABASE_URL" <file>), see README');
  process.exit(2);
}
try {
  const result = restoreSqlite(target.filePath, args.file);
  console.log(`restored ${result.issues} issues into ${result.restored}`);
  if (result.previous) console.log(`the database it replaced is kept as ${result.previous}`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`error: ${error.message}`);
  process.exit(1);
}
