// Retries a write transaction that failed only because another writer held the database. With BEGIN IMMEDIATE and a
// busy timeout (lib/db/client.ts) SQLite already waits; this covers what waiting cannot: a timeout under a long
// writer, a lock upgrade refused to a stale snapshot, and PostgreSQL's serialization failures and deadlocks. The whole
// transaction runs again, so the function must be safe to repeat (ours are: they roll back whole on failure).

const BUSY_PATTERNS = [/SQLITE_BUSY/i, /database is locked/i, /SQLITE_LOCKED/i];
// PostgreSQL: serialization_failure, deadlock_detected.
const PG_RETRY_CODES = new Set(["40001", "40P01"]);

export function isBusyError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 6; depth++) {
    if (typeof current !== "object") return typeof current === "string" && BUSY_PATTERNS.some((p) => p.test(current as string));
    const record = current as { code?: unknown; message?: unknown; cause?: unknown; meta?: unknown };
    if (typeof record.code === "string" && (record.code.startsWith("SQLITE_BUSY") || PG_RETRY_CODES.has(record.code))) return true;
    if (typeof record.message === "string" && BUSY_PATTERNS.some((p) => p.test(record.message as string))) return true;
    const meta = record.meta as { code?: unknown; message?: unknown } | undefined;
    if (meta && typeof meta.code === "string" && PG_RETRY_CODES.has(meta.code)) return true;
    if (meta && typeof meta.message === "string" && BUSY_PATTERNS.some((p) => p.test(meta.message as string))) return true;
    current = record.cause;
  }
  return false;
}

export type RetryOptions = { attempts?: number; baseDelayMs?: number; sleep?: (ms: number) => Promise<void> };

export async function retryWhenBusy<T>(write: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 6;
  const base = options.baseDelayMs ?? 50;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= attempts || !isBusyError(error)) throw error;
      // Exponential backoff with jitter, so writers that collided do not collide again in step.
      await sleep(base * 2 ** (attempt - 1) * (0.5 + Math.random()));
    }
  }
}
