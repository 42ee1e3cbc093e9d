import path from "node:path";

export type DatabaseTarget = { provider: "sqlite"; url: string; filePath: string } | { provider: "postgresql"; url: string };

// Resolves DATABASE_URL. SQLite paths are relative to the working directory (the project root for every npm script).
export function resolveDatabaseUrl(url: string, cwd: string = process.cwd()): DatabaseTarget {
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return { provider: "postgresql", url };
  if (!url.startsWith("file:")) throw new Error(`Unsupported DATABASE_URL "${url}": use file:<path> or postgresql://…`);
  const raw = url.slice("file:".length);
  if (raw === ":memory:") throw new Error("DATABASE_URL file::memory: is not supported: the app and the CLI share one file");
  const filePath = path.resolve(cwd, raw);
  return { provider: "sqlite", url: `file:${filePath}`, filePath };
}
