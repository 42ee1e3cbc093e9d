// Worker thread of lib/ingest/process-pool.ts: prepares issues (read → decode → parse → extract) off the main thread,
// which meanwhile writes the previous ones to the database.
import { parentPort } from "node:worker_threads";
import { prepareIssue, type IngestInput, type PrepareOptions } from "./prepare-issue";

export type PrepareJob = { id: number; input: IngestInput; options: PrepareOptions };

parentPort?.on("message", (job: PrepareJob) => {
  parentPort!.postMessage({ id: job.id, prepared: prepareIssue(job.input, job.options) });
});
