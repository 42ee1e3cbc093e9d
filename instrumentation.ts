// Next.js calls register() once when a server starts, in the Node.js runtime and in the edge runtime. In Node.js it
// starts the upload worker (lib/ingest/prepare-with-budget.ts) so that its loading — tsx compiling the extractor in a
// worker thread — happens at start rather than during the first upload, when it made another visitor's /issues answer
// take 4 s (bench/RESULTS.md §9). Nothing is awaited: the server answers while the worker loads, and a warm-up that
// fails is only logged (uploads are then prepared on the server thread).
export function register(): void {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  import("./lib/ingest/prepare-with-budget")
    .then(({ warmUploadPreparer }) => warmUploadPreparer())
    .catch((error: unknown) => console.error(`upload worker warm-up failed: ${error instanceof Error ? error.message : String(error)}`));
}
