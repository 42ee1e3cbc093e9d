import Database from "better-sqlite3";
import { cpuMs } from "./stats";

// Records every statement the Prisma better-sqlite3 adapter prepares (SQL, bound arguments, time spent running it),
// so a bench can count statements per issue and EXPLAIN the exact SQL a data-layer function sends.

export type CapturedStatement = { sql: string; args: unknown[]; ms: number; cpuMs: number };

type Recorder = { statements: CapturedStatement[] };

let active: Recorder | undefined;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const proto = Database.prototype as unknown as { prepare: (sql: string) => Record<string, unknown> };
  const originalPrepare = proto.prepare;
  proto.prepare = function prepare(this: unknown, sql: string) {
    const statement = originalPrepare.call(this, sql) as Record<string, (...args: unknown[]) => unknown>;
    const recorder = active;
    if (!recorder) return statement;
    const entry: CapturedStatement = { sql, args: [], ms: 0, cpuMs: 0 };
    recorder.statements.push(entry);
    const originalBind = statement.bind;
    statement.bind = (...args: unknown[]) => {
      entry.args = args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
      return originalBind.apply(statement, args);
    };
    for (const method of ["run", "all", "get", "iterate"] as const) {
      const original = statement[method];
      statement[method] = (...args: unknown[]) => {
        const started = performance.now();
        const cpuStarted = cpuMs();
        try {
          return original.apply(statement, args);
        } finally {
          entry.ms += performance.now() - started;
          entry.cpuMs += cpuMs() - cpuStarted;
        }
      };
    }
    return statement;
  };
}

// Runs fn and returns what it sent to SQLite. Only one capture at a time (the bench is sequential).
export async function captureSql<T>(fn: () => Promise<T>): Promise<{ result: T; statements: CapturedStatement[] }> {
  install();
  const recorder: Recorder = { statements: [] };
  active = recorder;
  try {
    const result = await fn();
    return { result, statements: recorder.statements };
  } finally {
    active = undefined;
  }
}
