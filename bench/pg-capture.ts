import pg from "pg";

// The PostgreSQL twin of bench/sql-capture.ts: records every statement Prisma's pg adapter sends while a capture is
// active (its SQL and the wall time until its result came back: the round trip, the server's work and the driver's
// parsing), so a bench can see where storing's time goes on PostgreSQL. One entry per execution.

export type CapturedPgStatement = { sql: string; values: unknown[]; ms: number };

let active: CapturedPgStatement[] | undefined;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function query(this: unknown, ...args: unknown[]) {
    const recorder = active;
    const result = original.apply(this, args);
    if (!recorder || !(result instanceof Promise)) return result;
    const first = args[0];
    const sql = typeof first === "string" ? first : ((first as { text?: string })?.text ?? "?");
    const values = typeof first === "string" ? ((args[1] as unknown[]) ?? []) : ((first as { values?: unknown[] })?.values ?? []);
    const entry: CapturedPgStatement = { sql, values, ms: 0 };
    recorder.push(entry);
    const started = performance.now();
    const done = () => (entry.ms = performance.now() - started);
    return result.then(
      (value: unknown) => (done(), value),
      (error: unknown) => {
        done();
        throw error;
      },
    );
  };
}

// Runs fn and returns what it sent to PostgreSQL. Only one capture at a time (the bench is sequential).
export async function capturePg<T>(fn: () => Promise<T>): Promise<{ result: T; statements: CapturedPgStatement[] }> {
  install();
  const recorder: CapturedPgStatement[] = [];
  active = recorder;
  try {
    const result = await fn();
    return { result, statements: recorder };
  } finally {
    active = undefined;
  }
}
