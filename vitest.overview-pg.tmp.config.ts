import { defineConfig } from "vitest/config";
const root = "/work/main/";
export default defineConfig({
  root,
  resolve: { alias: { "@": root, "server-only": `${root}tests/support/server-only-stub.ts` } },
  test: {
    name: "overview-pg",
    include: ["tests/data/{overview,campaigns,townships,departments,issue-detail}.test.ts"],
    globalSetup: ["tests/support/postgres-global-setup.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
