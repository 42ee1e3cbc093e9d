// Runs `prisma generate` without letting the CLI download its native schema engine.
// The client generator does not need that engine, but the CLI checks that one exists before it starts;
// pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file satisfies the check, so nothing is fetched
// from outside the npm registry. Migrations never use the CLI (see lib/db/migrate.ts).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync(process.execPath, [prismaCli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
