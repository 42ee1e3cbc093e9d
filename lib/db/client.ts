import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { readEnv } from "../validations/env";
import { resolveDatabaseUrl } from "./database-url";

export type Db = PrismaClient;

// One client per process, kept on globalThis so Next's dev reloads do not open a new connection each time.
const globalForPrisma = globalThis as unknown as { zhibiaoPrisma?: { url: string; client: PrismaClient } };

export function createPrismaClient(databaseUrl: string): PrismaClient {
  const target = resolveDatabaseUrl(databaseUrl);
  if (target.provider !== "sqlite") {
    throw new Error("PostgreSQL support is not built yet: set DATABASE_URL=file:./data/zhibiao.db");
  }
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: target.url }) });
}

export function getDb(): PrismaClient {
  const url = readEnv().DATABASE_URL;
  const cached = globalForPrisma.zhibiaoPrisma;
  if (cached && cached.url === url) return cached.client;
  const client = createPrismaClient(url);
  globalForPrisma.zhibiaoPrisma = { url, client };
  return client;
}
