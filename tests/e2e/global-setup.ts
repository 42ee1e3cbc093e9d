import { fileURLToPath } from "node:url";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildIfNeeded, startAppServer } from "./support/app-server";
import { ensureChromium } from "./support/browser";
import { EDITOR_PASSWORD } from "./support/editor";

const here = path.dirname(fileURLToPath(import.meta.url));

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    databaseUrl: string;
  }
}

// One production build and one server for all browser tests, on a temporary database holding the five seeds.
export default async function setup(project: TestProject) {
  ensureChromium(); // before the build, so a missing browser fails (or is installed) in seconds, not minutes
  const dir = mkdtempSync(path.join(tmpdir(), "zhibiao-e2e-"));
  const databaseUrl = `file:${path.join(dir, "e2e.db")}`;
  process.env.DATABASE_URL = databaseUrl;

  const { prepareDatabase } = await import("../../lib/db/prepare-database");
  const { getDb } = await import("../../lib/db/client");
  const { ingestPaths } = await import("../../lib/ingest/ingest-paths");
  await prepareDatabase(databaseUrl);
  const db = getDb();
  const summary = await ingestPaths(db, [path.resolve(here, "../../seeds")], { source: "seed" });
  await db.$disconnect();
  if (summary.failed > 0) throw new Error(`seed ingestion failed: ${summary.results.map((r) => ("message" in r ? r.message : "")).join("; ")}`);

  buildIfNeeded();
  // Editing enabled (zz-editors.test.ts signs in); plain-http cookies, since the test server has no TLS.
  const server = await startAppServer({ DATABASE_URL: databaseUrl, ZHIBIAO_EDITOR_PASSWORD: EDITOR_PASSWORD, ZHIBIAO_SECURE_COOKIES: "0" });
  project.provide("baseURL", server.baseURL);
  project.provide("databaseUrl", databaseUrl);

  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
