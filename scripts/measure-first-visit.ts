// What a first visit to a page transfers: builds the app when needed (as the browser tests do), serves it with
// `next start` on a temporary database holding the bundled seeds, opens the page in headless Chromium with an empty
// cache and adds up every response: bytes on the wire (compressed bodies plus headers) and decoded body bytes, by kind.
//
//   npx tsx scripts/measure-first-visit.ts [path, default /]
//
// The numbers for the overview, before and after the self-hosted font, are in README ("Fonts").
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureChromium, launchBrowser } from "../tests/e2e/support/browser";
import { buildIfNeeded, startAppServer } from "../tests/e2e/support/app-server";

type Row = { requests: number; wire: number; body: number };

async function main(): Promise<void> {
  const pagePath = process.argv[2] ?? "/";
  ensureChromium();
  const dir = mkdtempSync(path.join(tmpdir(), "zhibiao-measure-"));
  const databaseUrl = `file:${path.join(dir, "measure.db")}`;
  process.env.DATABASE_URL = databaseUrl;
  const { prepareDatabase } = await import("../lib/db/prepare-database");
  const { getDb } = await import("../lib/db/client");
  const { ingestPaths } = await import("../lib/ingest/ingest-paths");
  await prepareDatabase(databaseUrl);
  const db = getDb();
  await ingestPaths(db, [path.resolve("seeds")], { source: "seed" });
  await db.$disconnect();
  buildIfNeeded();
  const server = await startAppServer({ DATABASE_URL: databaseUrl });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const rows = new Map<string, Row>();
    const pending: Promise<void>[] = [];
    page.on("requestfinished", (request) => {
      pending.push(
        (async () => {
          const sizes = await request.sizes();
          const response = await request.response();
          const body = response ? (await response.body().catch(() => Buffer.alloc(0))).length : 0;
          const kind = request.resourceType();
          const row = rows.get(kind) ?? { requests: 0, wire: 0, body: 0 };
          row.requests += 1;
          row.wire += sizes.responseBodySize + sizes.responseHeadersSize;
          row.body += body;
          rows.set(kind, row);
        })(),
      );
    });
    await page.goto(`${server.baseURL}${pagePath}`, { waitUntil: "networkidle" });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await Promise.all(pending);
    const total: Row = { requests: 0, wire: 0, body: 0 };
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(`first visit to ${pagePath} (empty cache)`);
    console.log("kind         requests   on the wire   decoded");
    for (const [kind, row] of [...rows].sort((a, b) => b[1].wire - a[1].wire)) {
      console.log(`${kind.padEnd(12)} ${String(row.requests).padStart(8)} ${kb(row.wire).padStart(13)} ${kb(row.body).padStart(9)}`);
      total.requests += row.requests;
      total.wire += row.wire;
      total.body += row.body;
    }
    console.log(`${"total".padEnd(12)} ${String(total.requests).padStart(8)} ${kb(total.wire).padStart(13)} ${kb(total.body).padStart(9)}`);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
