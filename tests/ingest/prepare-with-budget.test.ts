import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createBudgetedPreparer, warmUploadPreparer, type BudgetedPreparer } from "@/lib/ingest/prepare-with-budget";
import { MAX_LINE_CHARS } from "@/lib/text/limits";

const seedName = readdirSync("seeds").find((f) => f.endsWith(".txt"))!;
const seed = { fileName: seedName, bytes: new Uint8Array(readFileSync(`seeds/${seedName}`)) };

let preparer: BudgetedPreparer | undefined;
afterEach(async () => {
  await preparer?.close();
  preparer = undefined;
});

describe("uploads prepared in a worker with a time budget", () => {
  it("prepares a file off the main thread: the server's event loop keeps running meanwhile", async () => {
    preparer = createBudgetedPreparer();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    const prepared = await preparer.prepare(seed, { budgetMs: 60_000 });
    clearInterval(ticker);
    expect(prepared.ok).toBe(true);
    if (prepared.ok) expect(prepared.processed.articles.length).toBeGreaterThan(3);
    // Loading the extractor in the worker takes hundreds of milliseconds: on the main thread no tick could fire.
    expect(ticks).toBeGreaterThan(5);
  }, 60_000);

  it("stops the worker past the budget, refuses the file by name, and serves the next file with a fresh worker", async () => {
    preparer = createBudgetedPreparer();
    const late = await preparer.prepare({ fileName: "slow.txt", bytes: seed.bytes }, { budgetMs: 1 });
    expect(late).toMatchObject({ ok: false, code: "timeout", file: "slow.txt" });
    if (!late.ok) expect(late.message).toMatch(/^slow\.txt: preparing the file took longer than/);
    const next = await preparer.prepare(seed, { budgetMs: 60_000 });
    expect(next.ok).toBe(true);
  }, 60_000);

  it("queues files and answers each (refusals included) in order", async () => {
    preparer = createBudgetedPreparer();
    const oneLine = new TextEncoder().encode(`今日柯城\n${"柯".repeat(MAX_LINE_CHARS + 1)}\n`);
    const [a, b] = await Promise.all([
      preparer.prepare({ fileName: "long-line.txt", bytes: oneLine }, { budgetMs: 60_000 }),
      preparer.prepare(seed, { budgetMs: 60_000 }),
    ]);
    expect(a).toMatchObject({ ok: false, code: "line-too-long", file: "long-line.txt" });
    if (!a.ok) expect(a.message).toMatch(/^long-line\.txt: line 2 has 20001 characters \(limit 20000\)/);
    expect(b.ok).toBe(true);
  }, 60_000);

  it("counts preparation against the budget, not the worker's loading", async () => {
    // The fixture worker takes 1.5 s to load and then answers at once; a 500 ms budget must be enough. Counting the
    // loading refused every upload on a loaded server (each refusal starts a fresh worker that loads again).
    preparer = createBudgetedPreparer({ workerModule: path.resolve("tests/ingest/fixtures/slow-loading-worker.ts") });
    const first = await preparer.prepare({ fileName: "first.txt", bytes: seed.bytes }, { budgetMs: 500 });
    expect(first).toMatchObject({ file: "first.txt", code: "empty", message: "first.txt: answered by the fixture" });
  }, 60_000);
});

describe("warming the upload worker when the server starts", () => {
  const threadReporting = () => createBudgetedPreparer({ workerModule: path.resolve("tests/ingest/fixtures/thread-reporting-worker.ts") });

  it("leaves a loaded worker that the first upload reuses, and starts no second one when warmed again", async () => {
    preparer = threadReporting();
    const warmed = await preparer.warm();
    expect(warmed.ok).toBe(true);
    if (!warmed.ok) return;
    expect(await preparer.warm()).toEqual(warmed);
    const first = await preparer.prepare({ fileName: "first.txt", bytes: seed.bytes }, { budgetMs: 60_000 });
    expect(first).toMatchObject({ file: "first.txt", message: `first.txt: thread ${warmed.threadId}` });
  }, 60_000);

  it("an upload during the warm-up waits for that worker instead of starting another", async () => {
    preparer = threadReporting();
    const warming = preparer.warm();
    const first = preparer.prepare({ fileName: "early.txt", bytes: seed.bytes }, { budgetMs: 60_000 });
    const warmed = await warming;
    expect(warmed.ok).toBe(true);
    if (warmed.ok) expect(await first).toMatchObject({ message: `early.txt: thread ${warmed.threadId}` });
  }, 60_000);

  it("a worker that cannot load is logged, not thrown, and uploads are then prepared on the server thread", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      preparer = createBudgetedPreparer({ workerModule: path.resolve("tests/ingest/fixtures/no-such-worker.ts") });
      const warmed = await warmUploadPreparer(preparer);
      expect(warmed.ok).toBe(false);
      if (!warmed.ok) expect(warmed.problem).toMatch(/no-such-worker/);
      expect(logged.mock.calls.map((call) => String(call[0])).join("\n")).toMatch(/upload worker warm-up failed: .*no-such-worker/);
      const next = await preparer.prepare(seed, { budgetMs: 60_000 });
      expect(next.ok).toBe(true);
    } finally {
      logged.mockRestore();
    }
  }, 60_000);
});
