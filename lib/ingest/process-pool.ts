import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { prepareIssue, type IngestInput, type PrepareOptions, type PreparedIssue } from "./prepare-issue";
import type { PrepareJob } from "./process-worker";

// Prepares issues (read → decode → parse → extract) in worker threads, so that on a machine with two cores or more the
// CPU-bound extraction of the next issues runs while the main thread stores the previous ones. With size 0 it runs
// inline, which is what single files and uploads use (starting a worker costs more than one issue).
export interface ProcessPool {
  readonly size: number;
  prepare(input: IngestInput, options: PrepareOptions): Promise<PreparedIssue>;
  close(): Promise<void>;
}

// One core stays with the main thread (it stores); a few workers are enough to keep it busy.
export function defaultWorkerCount(): number {
  return Math.max(0, Math.min(3, availableParallelism() - 1));
}

export function createProcessPool(size: number): ProcessPool {
  return size > 0 ? new WorkerPool(size) : new InlinePool();
}

class InlinePool implements ProcessPool {
  readonly size = 0;
  async prepare(input: IngestInput, options: PrepareOptions) {
    return prepareIssue(input, options);
  }
  async close() {}
}

type Pending = { resolve: (prepared: PreparedIssue) => void; reject: (error: Error) => void };

type PoolWorker = { worker: Worker; pending: Map<number, Pending>; failure?: Error };

export class WorkerPool implements ProcessPool {
  private readonly workers: PoolWorker[];
  private nextId = 0;
  private closing = false;

  constructor(readonly size: number) {
    this.workers = Array.from({ length: size }, () => {
      const entry: PoolWorker = { worker: new Worker(WORKER_BOOTSTRAP, { eval: true }), pending: new Map() };
      entry.worker.on("message", ({ id, prepared }: { id: number; prepared: PreparedIssue }) => {
        entry.pending.get(id)?.resolve(prepared);
        entry.pending.delete(id);
      });
      // A worker that fails or stops fails the jobs it held and every later one: the caller reports them as failed
      // files rather than waiting forever.
      const fail = (error: Error) => {
        entry.failure ??= error;
        for (const job of entry.pending.values()) job.reject(entry.failure);
        entry.pending.clear();
      };
      entry.worker.on("error", fail);
      entry.worker.on("exit", (code) => {
        if (!this.closing) fail(new Error(`the extraction worker stopped (exit code ${code})`));
      });
      return entry;
    });
  }

  // To the healthy worker with the fewest jobs. With none left (every one crashed, or tsx could not be loaded), the
  // issue is prepared on the main thread: slower, never lost.
  prepare(input: IngestInput, options: PrepareOptions): Promise<PreparedIssue> {
    const healthy = this.workers.filter((w) => !w.failure);
    if (healthy.length === 0) return Promise.resolve(prepareIssue(input, options));
    const target = healthy.reduce((least, w) => (w.pending.size < least.pending.size ? w : least));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      try {
        target.worker.postMessage({ id, input, options } satisfies PrepareJob);
      } catch (error) {
        target.pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  // Stops one worker as a crash would (tests use it to check that the others, or the main thread, take over).
  async stopWorker(index: number): Promise<void> {
    await this.workers[index].worker.terminate();
  }

  async close() {
    this.closing = true;
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}

// The worker runs process-worker.ts, which is TypeScript. Node 20 does not apply tsx's `--import` loader to a
// worker's entry module, so a two-line bootstrap registers tsx's ESM hooks in the worker, then imports it.
// (tsx's CommonJS build of that API fails to load its ESM half under Node 20, hence the .mjs next to it.)
const tsxEsmApi = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
const WORKER_BOOTSTRAP = `
import(${JSON.stringify(tsxEsmApi)})
  .then(({ register }) => register())
  .then(() => import(${JSON.stringify(new URL("./process-worker.ts", import.meta.url).href)}));
`;
