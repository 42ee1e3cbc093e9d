import path from "node:path";

export type DatabaseTarget = { provider: "sqlite"; url: string; filePath: string } | { provider: "postgresql"; url: string };

// Resolves DATABASE_URL. SQLite paths are relative to the working directory (the project root for every npm script).
export function resolveDatabaseUrl(url: string, cwd: string = process.cwd()): DatabaseTarget {
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return { provider: "postgresql", url: checkPostgresUrl(url) };
  if (!url.startsWith("file:")) throw new Error(`Unsupported DATABASE_URL "${url}": use file:<path> or postgresql://…`);
  const raw = url.slice("file:".length);
  if (raw === ":memory:") throw new Error("DATABASE_URL file::memory: is not supported: the app and the CLI share one file");
  const filePath = path.resolve(cwd, raw);
  return { provider: "sqlite", url: `file:${filePath}`, filePath };
}

// Tables live in the database's default schema (public). Prisma-style URLs often carry ?schema=…; `pg` would ignore
// it silently and write elsewhere than asked, so any schema but public is refused with a message instead.
function checkPostgresUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error("DATABASE_URL is not a valid postgresql:// URL (percent-encode special characters in the password)");
  }
  const schema = parsed.searchParams.get("schema");
  if (schema !== null && schema !== "public") {
    throw new Error(`DATABASE_URL asks for schema "${schema}": Zhibiao uses the database's public schema; give it its own database instead`);
  }
  return url;
}
