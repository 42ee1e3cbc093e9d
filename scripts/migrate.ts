// npm run db:migrate — applies pending migrations to DATABASE_URL (npm start does this by itself).
import { prepareDatabase } from "../lib/db/prepare-database";
import { readEnv } from "../lib/validations/env";

const result = await prepareDatabase(readEnv().DATABASE_URL);
console.log(result.applied.length ? `applied: ${result.applied.join(", ")}` : "database is up to date");
