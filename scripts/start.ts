// npm start: migrate the database, ingest the bundled seeds when it is empty, build when the sources changed, serve.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { getDb } from "../lib/db/client";
import { holdDatabase } from "../lib/db/database-holders";
import { resolveDatabaseUrl } from "../lib/db/database-url";
import { prepareDatabase } from "../lib/db/prepare-database";
import { ingestPaths } from "../lib/ingest/ingest-paths";
import { readEnv } from "../lib/validations/env";
import { isBuildCurrent, recordBuild } from "./build-stamp";
import { keepAliveArgs } from "./keep-alive";

const root = process.cwd();
const env = readEnv();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

const migration = await prepareDatabase(env.DATABASE_URL);
// While it serves, `npm run db:restore` refuses to swap the database file under it (lib/db/database-holders.ts).
const target = resolveDatabaseUrl(env.DATABASE_URL);
if (target.provider === "sqlite") holdDatabase(target.filePath, "server");
if (migration.applied.length) console.log(`database: applied ${migration.applied.join(", ")}`);

const db = getDb();
if ((await db.issue.count()) === 0) {
  console.log("database is empty: ingesting the bundled seeds/ …");
  const summary = await ingestPaths(db, [path.join(root, "seeds")], { source: "seed" });
  console.log(`seeds: ${summary.stored} issues, ${summary.articles} articles, ${summary.items} items, ${summary.failed} failed`);
  for (const failure of summary.results.filter((r) => r.status === "failed")) console.error(`  ${failure.message}`);
}
await db.$disconnect();

if (!isBuildCurrent(root)) {
  console.log("building the dashboard (next build) …");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: childEnv });
  if (build.status !== 0) process.exit(build.status ?? 1);
  recordBuild(root);
}

console.log(`serving on http://localhost:${env.PORT}`);
const server = spawn(process.execPath, [nextBin, "start", ...keepAliveArgs, "-p", String(env.PORT), ...(process.env.HOST ? ["-H", process.env.HOST] : [])], {
  stdio: "inherit",
  env: childEnv,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
