import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

// Which processes have a SQLite database open for serving or writing: one small file per process in
// `<database>.holders/`, named `<pid>-<role>`, removed when the process exits. A restore must not swap the file under a
// running server (its open descriptor would keep serving the old file, and a left-over -wal would be replayed onto the
// new one), and SQLite's own locks cannot tell an idle open connection from none, so holders say so themselves.
// A file whose process is gone (kill -9) is ignored and cleaned up by the next reader.

export type DatabaseRole = "server" | "ingest" | "reextract";

export type DatabaseHolder = { pid: number; role: string };

export function holdersDir(databasePath: string): string {
  return `${databasePath}.holders`;
}

// Registers this process as a holder until it exits. Returns a release function (idempotent).
export function holdDatabase(databasePath: string, role: DatabaseRole): () => void {
  const dir = holdersDir(databasePath);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${process.pid}-${role}`);
  writeFileSync(file, new Date().toISOString());
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    rmSync(file, { force: true });
  };
  process.once("exit", release);
  return release;
}

// The live holders of a database other than this process.
export function activeHolders(databasePath: string): DatabaseHolder[] {
  const dir = holdersDir(databasePath);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const holders: DatabaseHolder[] = [];
  for (const name of names) {
    const match = /^(\d+)-([a-z]+)$/.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid === process.pid) continue;
    if (isAlive(pid)) holders.push({ pid, role: match[2] });
    else rmSync(path.join(dir, name), { force: true });
  }
  return holders;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
