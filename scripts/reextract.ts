// npm run reextract — re-runs extraction over every stored issue with the current rules, keeping editors' decisions.
import { getDb } from "../lib/db/client";
import { prepareDatabase } from "../lib/db/prepare-database";
import { reextractIssues } from "../lib/ingest/reextract-issues";
import { readEnv } from "../lib/validations/env";

await prepareDatabase(readEnv().DATABASE_URL);
const db = getDb();
const results = await reextractIssues(db);
for (const result of results) {
  console.log(`${result.status === "failed" ? "✗" : "✓"} ${result.fileName}${result.message ? `: ${result.message}` : ""}`);
}
const failed = results.filter((r) => r.status === "failed").length;
console.log(`re-extracted ${results.length - failed} issues, ${failed} failed`);
await db.$disconnect();
process.exit(failed ? 1 : 0);
