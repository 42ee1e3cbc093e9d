// Runs the SQL read from standard input against the database URL given as the only argument, and prints the rows of
// the last statement, one per line, columns joined by "|" (as `psql -A -t` does). postgres-cluster.ts's runSqlSync
// runs it in a child process: the npm PostgreSQL server ships no psql, and the test helpers calling it are synchronous.
import pg from "pg";

const url = process.argv[2];
if (!url) {
  console.error("usage: node run-sql.mjs <postgresql://…> < statements.sql");
  process.exit(2);
}
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const sql = Buffer.concat(chunks).toString("utf8");

const client = new pg.Client({ connectionString: url });
try {
  await client.connect();
  // Several statements in one string go through the simple query protocol, as psql -c sends them.
  const results = await client.query(sql);
  const last = Array.isArray(results) ? results.at(-1) : results;
  for (const row of last?.rows ?? []) process.stdout.write(`${Object.values(row).map((value) => String(value ?? "")).join("|")}\n`);
} catch (error) {
  console.error(`${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await client.end().catch(() => {});
}
