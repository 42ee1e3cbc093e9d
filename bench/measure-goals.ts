import os from "node:os";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { linkingBench } from "../lib/ingest/link-goals";
import "./server-only-shim";
import { measureIngestion, type IngestionCheckpoint } from "./measure-ingestion";
import { explain, type QueryPlanLine } from "./measure-queries";
import { captureSql } from "./sql-capture";
import { percentile, timeRepeated } from "./stats";
import type { TempDatabase } from "./temp-database";

// Issue #11 §4: at 10,000 issues the target ledger and a goal's page stay within p95 ≤ 50 ms, and linking adds at most
// 20% to ingestion time.
//  (a) the same corpus is ingested twice into fresh databases, once with goal linking turned off (linkingBench.enabled,
//      bench only) and once with it on; linking's cost is the difference, by CPU time (the machine is shared: wall
//      time moves with other work, CPU time much less) and by wall time;
//  (b) on the linked database, at each checkpoint, the ledger's and the goal page's loaders (lib/data/goals/,
//      called by their exported names) are timed: p50/p95 over repeated calls after a warm-up;
//  (c) linking's work per issue at each checkpoint (index key reads, goal–article pairs handed to the matcher): flat as
//      the archive grows means it is bounded per issue, not compared with the whole archive.

// plans: EXPLAIN QUERY PLAN of the ledger's statements (SQLite only), as the loader bound them.
export type LoaderLatency = { name: string; call: string; runs: number; p50: number; p95: number; max: number; rows?: number; error?: string; plans?: QueryPlanLine[] };

export type GoalsCheckpoint = {
  issues: number;
  goals: number;
  evidence: number;
  linkedGoals: number;
  keyReadsPerIssue: number; // since the previous checkpoint
  pairsPerIssue: number;
  load: number[];
  latencies: LoaderLatency[];
};

export type GoalsResult = {
  issues: number;
  withoutLinking: IngestionCheckpoint;
  withLinking: IngestionCheckpoint;
  cpuOverhead: number; // (with − without) / without, by CPU seconds
  wallOverhead: number;
  loadBefore: number[];
  loadBetween: number[];
  loadAfter: number[];
  checkpoints: GoalsCheckpoint[];
};

type GoalLoaders = typeof import("../lib/data/goals/list-ledger-goals") &
  typeof import("../lib/data/goals/get-goal-page") &
  typeof import("../lib/data/goals/get-goal-overview") &
  typeof import("../lib/data/goals/list-entity-goals");
let ledgerModule: Promise<[GoalLoaders, typeof import("../lib/validations/goal-filters")]> | undefined;

// Imported once at the start (after the server-only shim), as measure-queries.ts does.
export function loadGoalLoaders() {
  ledgerModule ??= Promise.all([
    Promise.all([
      import("../lib/data/goals/list-ledger-goals"),
      import("../lib/data/goals/get-goal-page"),
      import("../lib/data/goals/get-goal-overview"),
      import("../lib/data/goals/list-entity-goals"),
    ]).then(([a, b, c, d]) => ({ ...a, ...b, ...c, ...d })),
    import("../lib/validations/goal-filters"),
  ]);
  return ledgerModule;
}

const load = () => os.loadavg().map((x) => Math.round(x * 10) / 10);

export async function measureGoals(options: {
  issues: number;
  seed: string;
  checkpoints: number[];
  freshDatabase: () => Promise<TempDatabase>;
  workers?: number;
  batchSize?: number;
  log?: (message: string) => void;
  runs?: number;
  budgetMs?: number;
}): Promise<GoalsResult> {
  const log = options.log ?? (() => {});
  await loadGoalLoaders();
  const loadBefore = load();

  // Without linking first, then with: the same corpus, the same path (ingestMany), fresh databases.
  const off = await options.freshDatabase();
  linkingBench.enabled = false;
  let withoutLinking: IngestionCheckpoint;
  try {
    log(`goals: ${options.issues} issues without linking`);
    withoutLinking = (await measureIngestion({ ...options, database: off, checkpoints: [] })).at(-1)!;
  } finally {
    linkingBench.enabled = true;
    await off.cleanup();
  }
  const loadBetween = load();

  const on = await options.freshDatabase();
  const checkpoints: GoalsCheckpoint[] = [];
  let previous = { issues: 0, keyReads: linkingBench.keyReads, pairs: linkingBench.pairs };
  log(`goals: ${options.issues} issues with linking`);
  const withLinking = (
    await measureIngestion({
      ...options,
      database: on,
      onCheckpoint: async (db, checkpoint) => {
        const linked = linkingBench.issues - previous.issues;
        const keyReads = linkingBench.keyReads - previous.keyReads;
        const pairs = linkingBench.pairs - previous.pairs;
        previous = { issues: linkingBench.issues, keyReads: linkingBench.keyReads, pairs: linkingBench.pairs };
        log(`goals: ${checkpoint.issues} issues linked; timing the ledger and the goal page`);
        const counts = await db.$queryRawUnsafe<{ goals: number; evidence: number; linked: number }[]>(
          `SELECT (SELECT COUNT(*) FROM "Goal") AS "goals", (SELECT COUNT(*) FROM "GoalEvidence") AS "evidence",
                  (SELECT COUNT(DISTINCT "goalId") FROM "GoalEvidence") AS "linked"`,
        );
        checkpoints.push({
          issues: checkpoint.issues,
          goals: Number(counts[0].goals),
          evidence: Number(counts[0].evidence),
          linkedGoals: Number(counts[0].linked),
          keyReadsPerIssue: linked ? keyReads / linked : 0,
          pairsPerIssue: linked ? pairs / linked : 0,
          load: load(),
          latencies: await measureLoaders(db, { ...options, dbFile: on.file }),
        });
      },
    })
  ).at(-1)!;
  await on.cleanup();

  return {
    issues: options.issues,
    withoutLinking,
    withLinking,
    cpuOverhead: withLinking.cpuSeconds / withoutLinking.cpuSeconds - 1,
    wallOverhead: withLinking.seconds / withoutLinking.seconds - 1,
    loadBefore,
    loadBetween,
    loadAfter: load(),
    checkpoints,
  };
}

// The ledger as /goals loads it (no filter, its last page, filtered by the township with most goals, by a status), and a
// goal's page for the goal with most evidence (the longest timeline and chart) and for a goal with none.
export async function measureLoaders(db: PrismaClient, options: { runs?: number; budgetMs?: number; dbFile?: string }): Promise<LoaderLatency[]> {
  const [{ listLedgerGoals, getGoalPage, getGoalOverview, listEntityGoals }, { parseGoalFilters }] = await loadGoalLoaders();
  const filters = parseGoalFilters({}).filters;
  const [township] = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT p."name" AS "name" FROM "Goal" g JOIN "Place" p ON p."id" = g."townshipId" GROUP BY p."id" ORDER BY COUNT(*) DESC LIMIT 1`,
  );
  const [busiest] = await db.$queryRawUnsafe<{ id: number }[]>(
    `SELECT "goalId" AS "id" FROM "GoalEvidence" GROUP BY "goalId" ORDER BY COUNT(*) DESC, "goalId" LIMIT 1`,
  );
  const [lonely] = await db.$queryRawUnsafe<{ id: number }[]>(
    `SELECT g."id" AS "id" FROM "Goal" g WHERE NOT EXISTS (SELECT 1 FROM "GoalEvidence" e WHERE e."goalId" = g."id") ORDER BY g."id" DESC LIMIT 1`,
  );
  const calls: { name: string; call: string; run: () => Promise<number>; explain?: boolean }[] = [
    { name: "target ledger /goals, no filter", call: "listLedgerGoals({ filters: {} })", run: async () => (await listLedgerGoals({ filters }, db)).goals.length, explain: true },
    {
      name: "target ledger /goals, no filter, last page",
      call: "listLedgerGoals({ filters: { page: 9999 } })",
      run: async () => (await listLedgerGoals({ filters: { ...filters, page: 9999 } }, db)).goals.length,
    },
    {
      name: "target ledger filtered by status 逾期",
      call: `listLedgerGoals({ filters: { status: "逾期" } })`,
      run: async () => (await listLedgerGoals({ filters: { ...filters, status: "逾期" } }, db)).goals.length,
      explain: true,
    },
    {
      name: "target ledger filtered by status 已完成",
      call: `listLedgerGoals({ filters: { status: "已完成" } })`,
      run: async () => (await listLedgerGoals({ filters: { ...filters, status: "已完成" } }, db)).goals.length,
    },
    {
      name: "target ledger filtered by status 已完成, last page",
      call: `listLedgerGoals({ filters: { status: "已完成", page: 9999 } })`,
      run: async () => (await listLedgerGoals({ filters: { ...filters, status: "已完成", page: 9999 } }, db)).goals.length,
    },
    { name: "target ledger, overdue", call: `listLedgerGoals({ filters: { overdue: "1" } })`, run: async () => (await listLedgerGoals({ filters: { ...filters, overdue: "1" } }, db)).goals.length },
    { name: "target ledger, due within 30 days", call: `listLedgerGoals({ filters: { due: 30 } })`, run: async () => (await listLedgerGoals({ filters: { ...filters, due: 30 } }, db)).goals.length },
    { name: "overview's goal block", call: "getGoalOverview()", run: async () => (await getGoalOverview({}, db)).total },
  ];
  // The middle page, where reading from the end does not help: by its number (OFFSET over half the ledger) and as
  // 下一页 reaches it, after the previous page's last row (keyset paging; s7, skipped for loaders without cursors).
  for (const status of [undefined, "已完成"] as const) {
    const base = { ...filters, ...(status ? { status } : {}) };
    const { pageCount } = await listLedgerGoals({ filters: base }, db);
    const middle = Math.max(1, Math.floor(pageCount / 2));
    const label = `target ledger${status ? ` filtered by status ${status}` : ", no filter"}, middle page ${middle}/${pageCount}`;
    calls.push({ name: `${label} by number`, call: `listLedgerGoals({ filters: { ${status ? `status: "${status}", ` : ""}page: ${middle} } })`, run: async () => (await listLedgerGoals({ filters: { ...base, page: middle } }, db)).goals.length });
    const before = (await listLedgerGoals({ filters: { ...base, page: middle - 1 } }, db)) as { last?: unknown };
    if (middle > 1 && before.last) {
      const after = before.last as NonNullable<typeof filters.after>;
      calls.push({
        name: `${label} by cursor (下一页)`,
        call: `listLedgerGoals({ filters: { ${status ? `status: "${status}", ` : ""}page: ${middle}, after: ${JSON.stringify(after)} } })`,
        run: async () => (await listLedgerGoals({ filters: { ...base, page: middle, after } }, db)).goals.length,
        explain: !status,
      });
    }
  }
  if (township) {
    calls.push({
      name: `township page's goals ${township.name}`,
      call: `listEntityGoals({ township: "${township.name}" })`,
      run: async () => {
        const listed = await listEntityGoals({ township: township.name }, db);
        return "goals" in listed ? listed.goals.length : (listed as unknown[]).length; // before s6 it returned every goal
      },
    });
    calls.push({
      name: `target ledger filtered by township ${township.name}`,
      call: `listLedgerGoals({ filters: { township: "${township.name}" } })`,
      run: async () => (await listLedgerGoals({ filters: { ...filters, township: township.name } }, db)).goals.length,
      explain: true,
    });
  }
  if (busiest) {
    const id = Number(busiest.id);
    calls.push({ name: "goal page /goals/[id], the goal with most evidence", call: `getGoalPage({ id: ${id} })`, run: async () => (await getGoalPage({ id }, db))?.goal.evidence.length ?? 0 });
  }
  if (lonely) {
    const id = Number(lonely.id);
    calls.push({ name: "goal page /goals/[id], a goal without evidence", call: `getGoalPage({ id: ${id} })`, run: async () => (await getGoalPage({ id }, db))?.goal.evidence.length ?? 0 });
  }
  const runs = options.runs ?? 30;
  const budgetMs = options.budgetMs ?? 15_000;
  const out: LoaderLatency[] = [];
  for (const c of calls) {
    try {
      const { result: rows, statements } = await captureSql(c.run); // warm-up
      const samples = await timeRepeated(c.run, runs, budgetMs);
      const plans = c.explain && options.dbFile ? explain(options.dbFile, statements) : undefined;
      out.push({ name: c.name, call: c.call, runs: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples), rows, plans });
    } catch (error) {
      out.push({ name: c.name, call: c.call, runs: 0, p50: NaN, p95: NaN, max: NaN, error: error instanceof Error ? error.message.slice(0, 200) : String(error) });
    }
  }
  return out;
}
