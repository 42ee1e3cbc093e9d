// The database both probes run against: a temporary SQLite file with the seeds and an editor session. DATABASE_URL
// and the editor password are set before lib/db is imported, as the server the probe starts reads them too.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const PROBE_PASSWORD = "probe-password";

export async function seededProbeDatabase(prefix: string) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const databaseUrl = `file:${path.join(dir, "probe.db")}`;
  process.env.DATABASE_URL = databaseUrl;
  process.env.ZHIBIAO_EDITOR_PASSWORD = PROBE_PASSWORD;
  const { prepareDatabase } = await import("../lib/db/prepare-database");
  const { getDb } = await import("../lib/db/client");
  const { ingestPaths } = await import("../lib/ingest/ingest-paths");
  const { openSession } = await import("../lib/auth/session-store");
  await prepareDatabase(databaseUrl);
  const db = getDb();
  await ingestPaths(db, [path.resolve(import.meta.dirname, "..", "seeds")], { source: "seed" });
  const token = await openSession(db, { password: PROBE_PASSWORD }, "probe");
  return { dir, databaseUrl, db, token };
}
