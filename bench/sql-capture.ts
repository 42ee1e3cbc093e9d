import Database from "better-sqlite3";
import { cpuMs } from "./stats";

// Records every statement run on a better-sqlite3 connection while a capture is active (SQL, bound arguments, time
// spent running it), whether Prisma's adapter prepared it or lib/db/sql-runner.ts ran a cached one, so a bench
// can count statements per issue and EXPLAIN the exact SQL a data-layer function sends. One entry per execution.

export type CapturedStatement = { sql: string; args: unknown[]; ms: number; cpuMs: number };

type Recorder = { statements: CapturedStatement[] };

let active: Recorder | undefined;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  // Every statement shares this prototype, so patching it once covers statements prepared before the capture too.
  const probe = new Database(":memory:");
  const proto = Object.getPrototypeOf(probe.prepare("SELECT 1")) as Record<string, (...args: unknown[]) => unknown>;
  probe.close();
  const boundArgs = new WeakMap<object, unknown[]>();
  const originalBind = proto.bind;
  proto.bind = function bind(this: object, ...args: unknown[]) {
    boundArgs.set(this, args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args);
    return originalBind.apply(this, args);
  };
  for (const method of ["run", "all", "get", "iterate"] as const) {
    const original = proto[method];
    proto[method] = function (this: { source: string }, ...args: unknown[]) {
      const recorder = active;
      if (!recorder) return original.apply(this, args);
      const given = args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
      const entry: CapturedStatement = { sql: this.source, args: given.length ? given : (boundArgs.get(this) ?? []), ms: 0, cpuMs: 0 };
      recorder.statements.push(entry);
      const started = performance.now();
      const cpuStarted = cpuMs();
      try {
        return original.apply(this, args);
      } finally {
        entry.ms += performance.now() - started;
        entry.cpuMs += cpuMs() - cpuStarted;
      }
    };
  }
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
