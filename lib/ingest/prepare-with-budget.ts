import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { inputName, prepareIssue, type IngestInput, type PrepareOptions, type PreparedIssue } from "./prepare-issue";
import type { PrepareJob } from "./process-worker";

// Uploads are prepared (decode → parse → extract) in a worker thread with a time budget, so that the web server's own
// thread only stores and answers requests: one file, however hostile, cannot stall other visitors. Past the budget the
// worker is stopped (terminate() ends even a regular expression mid-match) and the file refused with a message naming
// it; the next upload gets a fresh worker. One worker is kept warm (loading the extractor costs ~1 s), jobs queue.
// The budget counts preparation only, from the moment the worker has loaded: under load a fresh worker took more than
// the whole budget to load, so counting its loading refused every upload after the first timeout (32 of 35 in
// bench/probe-writers.ts at load 18). Loading has its own, generous limit.
const LOAD_LIMIT_MS = 120_000;

// What warming up gives: the thread of the loaded worker that the next upload will use, or why it could not load.
export type WarmResult = { ok: true; threadId: number } | { ok: false; problem: string };

export type BudgetedPreparer = {
  prepare(input: IngestInput, options: PrepareOptions & { budgetMs: number }): Promise<PreparedIssue>;
  // Starts the worker now, if none is running, and resolves once it has loaded: the server calls it at start so the
  // first upload does not pay for the loading (it made one /issues answer take 4 s, bench/RESULTS.md §9). Never rejects.
  warm(): Promise<WarmResult>;
  close(): Promise<void>;
};

type Job = {
  id: number;
  message: PrepareJob;
  budgetMs: number;
  file: string;
  resolve: (prepared: PreparedIssue) => void;
};

// `root`: the project folder, where lib/ingest/process-worker.ts and tsx are found. It is not import.meta.url: inside
// the Next.js server bundle that points into .next/, not at the sources.
// `workerModule`: what the worker runs, lib/ingest/process-worker.ts unless a test gives its own.
export function createBudgetedPreparer(options: { root?: string; workerModule?: string } = {}): BudgetedPreparer {
  const root = options.root ?? process.cwd();
  const workerModule = options.workerModule ?? path.join(root, "lib", "ingest", "process-worker.ts");
  const loaded = new WeakSet<Worker>();
  const stoppedOnPurpose = new WeakSet<Worker>();
  const queue: Job[] = [];
  let worker: Worker | null = null;
  let running: { job: Job; timer: NodeJS.Timeout; worker: Worker; budgetStarted: boolean } | null = null;
  let nextId = 0;
  let unavailable: Error | null = null; // the worker cannot load at all: prepare on this thread, and say so once
  let closed = false;

  const finish = (job: Job, prepared: PreparedIssue) => {
    if (running?.job !== job) return;
    clearTimeout(running.timer);
    running = null;
    job.resolve(prepared);
    pump();
  };

  const refuse = (job: Job, code: "timeout" | "internal", problem: string): PreparedIssue => ({
    file: job.file,
    ms: job.budgetMs,
    ok: false,
    code,
    message: `${job.file}: ${problem}`,
    contentHash: null,
  });

  const start = (): Worker => {
    const w = new Worker(bootstrap(root, workerModule), { eval: true });
    let ready = false;
    w.on("message", (message: { ready?: true; id?: number; prepared?: PreparedIssue }) => {
      if (message.ready) {
        ready = true;
        loaded.add(w);
        if (running?.worker === w && !running.budgetStarted) startBudget(running.job, w);
        return;
      }
      if (running && message.id === running.job.message.id && message.prepared) finish(running.job, message.prepared);
    });
    const stopped = (error: Error) => {
      if (worker === w) worker = null;
      if (closed || stoppedOnPurpose.has(w)) return; // budget exceeded, load limit, close
      if (!ready) {
        // It never loaded (tsx or the sources missing), whether a job or a warm-up started it: prepare on this thread
        // from now on rather than refuse everything.
        if (!unavailable) {
          unavailable = error;
          console.error(`upload worker unavailable, preparing uploads on the server thread: ${error.message}`);
        }
        if (running?.worker !== w) return;
        const { job } = running;
        clearTimeout(running.timer);
        running = null;
        job.resolve(prepareIssue(job.message.input, job.message.options));
        pump();
        return;
      }
      if (running?.worker !== w) return; // a loaded worker that stopped while idle: the next job starts a fresh one
      const { job } = running;
      finish(job, refuse(job, "internal", `the extraction worker stopped (${error.message}); nothing was stored`));
    };
    w.on("error", stopped);
    w.on("exit", (code) => stopped(new Error(`exit code ${code}`)));
    return w;
  };

  const pump = () => {
    if (running || closed) return;
    const job = queue.shift();
    if (!job) return;
    if (unavailable) {
      job.resolve(prepareIssue(job.message.input, job.message.options));
      pump();
      return;
    }
    worker ??= start();
    const current = worker;
    // Until the worker has loaded, only the load limit runs; the budget starts when it is ready.
    const timer = setTimeout(() => stop(job, current, "internal", "the extraction worker did not load in time; nothing was stored"), LOAD_LIMIT_MS);
    running = { job, timer, worker: current, budgetStarted: false };
    if (loaded.has(current)) startBudget(job, current);
    current.postMessage(job.message);
  };

  const startBudget = (job: Job, current: Worker) => {
    if (running?.job !== job) return;
    clearTimeout(running.timer);
    running.budgetStarted = true;
    const seconds = Math.round(job.budgetMs / 100) / 10;
    running.timer = setTimeout(() => stop(job, current, "timeout", `preparing the file took longer than ${seconds} s and was stopped; nothing was stored`), job.budgetMs);
  };

  const stop = (job: Job, current: Worker, code: "timeout" | "internal", problem: string) => {
    if (running?.job !== job) return;
    if (worker === current) worker = null;
    stoppedOnPurpose.add(current);
    void current.terminate();
    finish(job, refuse(job, code, problem));
  };

  return {
    prepare(input, { budgetMs, ...prepareOptions }) {
      return new Promise((resolve) => {
        queue.push({ id: nextId, message: { id: nextId++, input, options: prepareOptions }, budgetMs, file: inputName(input), resolve });
        pump();
      });
    },
    warm() {
      if (closed) return Promise.resolve({ ok: false, problem: "the preparer is closed" });
      if (unavailable) return Promise.resolve({ ok: false, problem: unavailable.message });
      worker ??= start();
      const current = worker;
      if (loaded.has(current)) return Promise.resolve({ ok: true, threadId: current.threadId });
      return new Promise<WarmResult>((resolve) => {
        const onMessage = (message: { ready?: true }) => {
          if (!message.ready) return;
          current.off("exit", onExit);
          current.off("message", onMessage);
          resolve({ ok: true, threadId: current.threadId });
        };
        const onExit = (code: number) => {
          current.off("message", onMessage);
          resolve({ ok: false, problem: unavailable?.message ?? `the worker stopped before it had loaded (exit code ${code})` });
        };
        current.on("message", onMessage);
        current.once("exit", onExit);
      });
    },
    async close() {
      closed = true;
      if (running) clearTimeout(running.timer);
      await worker?.terminate();
      worker = null;
    },
  };
}

// The worker runs lib/ingest/process-worker.ts (TypeScript) through tsx's ESM hooks, as lib/ingest/process-pool.ts does.
function bootstrap(root: string, workerPath: string): string {
  const requireFromRoot = createRequire(path.join(root, "package.json"));
  const tsxEsmApi = pathToFileURL(requireFromRoot.resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  const workerModule = pathToFileURL(workerPath).href;
  return `
import { parentPort } from "node:worker_threads";
import(${JSON.stringify(tsxEsmApi)})
  .then(({ register }) => register())
  .then(() => import(${JSON.stringify(workerModule)}))
  .then(() => parentPort.postMessage({ ready: true }));
`;
}

// The web server's one preparer, kept across requests (and Next.js dev reloads) on globalThis.
const globalForPreparer = globalThis as unknown as { zhibiaoUploadPreparer?: BudgetedPreparer };
export function uploadPreparer(): BudgetedPreparer {
  globalForPreparer.zhibiaoUploadPreparer ??= createBudgetedPreparer();
  return globalForPreparer.zhibiaoUploadPreparer;
}

// Called once when the server starts (instrumentation.ts), without awaiting: the server answers meanwhile, and a worker
// that cannot load is only logged (uploads are then prepared on the server thread, as before).
export async function warmUploadPreparer(preparer: BudgetedPreparer = uploadPreparer()): Promise<WarmResult> {
  const result = await preparer.warm();
  if (!result.ok) console.error(`upload worker warm-up failed: ${result.problem}`);
  return result;
}
