import Database from "better-sqlite3";
import type { PrismaClient } from "../lib/generated/prisma/client";
import "./server-only-shim";
import { captureSql } from "./sql-capture";
import { percentile, timeRepeated } from "./stats";

export type QueryPlanLine = { sql: string; plan: string[]; indexes: string[]; fullScans: string[] };

export type QueryLatency = {
  name: string;
  call: string; // the data-layer function measured
  runs: number;
  p50: number;
  p95: number;
  max: number;
  error?: string;
  statements: number | null; // SQL statements one call sends (SQLite only)
  plans: QueryPlanLine[];
};

type DashboardQuery = { name: string; call: string; run: () => Promise<unknown> };

// lib/data is imported once, at the start of a run (after the server-only shim; a static import would be linked before
// the shim runs), so a data-layer file being edited during a long run cannot break it halfway.
let dataLayer:
  | Promise<
      [
        typeof import("../lib/data/indicators/list-indicators") & typeof import("../lib/data/indicators/read-all-indicators-in-slices"),
        typeof import("../lib/data/campaigns/get-campaign") & typeof import("../lib/data/campaigns/list-campaigns"),
        typeof import("../lib/data/overview/get-overview"),
        typeof import("../lib/data/townships/get-township") & typeof import("../lib/data/townships/list-townships"),
        typeof import("../lib/data/departments/get-department") & typeof import("../lib/data/departments/list-departments"),
      ]
    >
  | undefined;

export function loadDataLayer() {
  dataLayer ??= Promise.all([
    Promise.all([import("../lib/data/indicators/list-indicators"), import("../lib/data/indicators/read-all-indicators-in-slices")]).then(([page, all]) => ({ ...page, ...all })),
    Promise.all([import("../lib/data/campaigns/get-campaign"), import("../lib/data/campaigns/list-campaigns")]).then(([get, list]) => ({ ...get, ...list })),
    import("../lib/data/overview/get-overview"),
    Promise.all([import("../lib/data/townships/get-township"), import("../lib/data/townships/list-townships")]).then(([get, list]) => ({ ...get, ...list })),
    Promise.all([import("../lib/data/departments/get-department"), import("../lib/data/departments/list-departments")]).then(([get, list]) => ({ ...get, ...list })),
  ]);
  return dataLayer;
}

// The dashboard's main reads, through the real data layer (lib/data), on the database as it stands.
async function dashboardQueries(db: PrismaClient): Promise<DashboardQuery[]> {
  const [{ listIndicators, readAllIndicatorsInSlices }, { getCampaign, listCampaigns }, { getOverview }, { getTownship, listTownships }, { getDepartment, listDepartments }] =
    await loadDataLayer();
  // The busiest township, campaign and department: the worst case a user can click on.
  const [township] = await db.$queryRaw<{ name: string }[]>`
    SELECT p."name" AS name FROM "Indicator" i JOIN "Place" p ON p."id" = i."townshipId"
    GROUP BY p."id" ORDER BY COUNT(*) DESC LIMIT 1`;
  const [campaign] = await db.$queryRaw<{ id: number }[]>`
    SELECT "campaignId" AS id FROM "CampaignMention" GROUP BY "campaignId" ORDER BY COUNT(*) DESC LIMIT 1`;
  const [department] = await db.$queryRaw<{ name: string }[]>`
    SELECT d."name" AS name FROM "DepartmentMention" m JOIN "Department" d ON d."id" = m."departmentId"
    GROUP BY d."id" ORDER BY COUNT(*) DESC LIMIT 1`;

  const queries: DashboardQuery[] = [
    { name: "explorer, all indicators (page 1, with count)", call: "listIndicators({})", run: () => listIndicators({}, db) },
    // One character common to most labels (户, households): the widest text filter a user types (issue #13 §3).
    { name: "explorer, text filter q=户 (page 1, with count)", call: 'listIndicators({ q: "户" })', run: () => listIndicators({ q: "户" }, db) },
    {
      // What the CSV export reads: the count, then every slice in turn (listAllIndicators before session 6; the rows
      // are no longer gathered into one array, as the export never did).
      name: "explorer CSV, every row matching q=户",
      call: 'readAllIndicatorsInSlices({ q: "户" }), every slice',
      run: async () => {
        const { slices } = await readAllIndicatorsInSlices({ q: "户" }, db);
        let rows = 0;
        for await (const slice of slices) rows += slice.length;
        return rows;
      },
    },
  ];
  if (township) {
    queries.push({
      name: `explorer filtered by township ${township.name} (page 1 of 50, with count)`,
      call: `listIndicators({ township: "${township.name}" })`,
      run: () => listIndicators({ township: township.name }, db),
    });
  }
  if (campaign) {
    const id = Number(campaign.id);
    queries.push({
      name: "campaign page + chart (mentions per issue date, its indicators and goals)",
      call: `getCampaign(${id})`,
      run: () => getCampaign(id),
    });
  }
  queries.push({ name: "overview (totals, top campaigns, recent numbers, timeline)", call: "getOverview()", run: () => getOverview() });
  queries.push(
    { name: "campaign list (counts, townships and departments involved)", call: "listCampaigns()", run: () => listCampaigns() },
    { name: "township list (counts per township)", call: "listTownships()", run: () => listTownships() },
    { name: "department list (counts per department)", call: "listDepartments()", run: () => listDepartments() },
  );
  if (township) {
    queries.push({ name: `township page ${township.name}`, call: `getTownship("${township.name}")`, run: () => getTownship(township.name) });
  }
  if (department) {
    queries.push({ name: `department page ${department.name}`, call: `getDepartment("${department.name}")`, run: () => getDepartment(department.name) });
  }
  return queries;
}

// p50/p95 over repeated calls (after one warm-up call), bounded by a time budget per query so 10,000 issues stay quick.
export async function measureQueries(
  db: PrismaClient,
  options: { dbFile?: string; runs?: number; budgetMs?: number }, // dbFile: SQLite's, for EXPLAIN QUERY PLAN

): Promise<QueryLatency[]> {
  const runs = options.runs ?? 30;
  const budgetMs = options.budgetMs ?? 15_000;
  const results: QueryLatency[] = [];
  for (const query of await dashboardQueries(db)) {
    try {
      const { statements } = await captureSql(query.run); // also the warm-up
      const samples = await timeRepeated(query.run, runs, budgetMs);
      results.push({
        name: query.name,
        call: query.call,
        runs: samples.length,
        p50: percentile(samples, 50),
        p95: percentile(samples, 95),
        max: Math.max(...samples),
        // Statements are captured on SQLite's driver only: on PostgreSQL there is no count and no plan.
        statements: options.dbFile ? statements.filter((s) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(s.sql.trim())).length : null,
        plans: options.dbFile ? explain(options.dbFile, statements) : [],
      });
    } catch (error) {
      // A data-layer function being rewritten must not cost a 40-minute run its other numbers.
      const message = error instanceof Error ? error.message : String(error);
      results.push({ name: query.name, call: query.call, runs: 0, p50: NaN, p95: NaN, max: NaN, statements: null, plans: [], error: message });
    }
  }
  return results;
}

// EXPLAIN QUERY PLAN of each distinct statement, with the very arguments the data layer bound.
export function explain(dbFile: string, statements: { sql: string; args: unknown[] }[]): QueryPlanLine[] {
  const sqlite = new Database(dbFile, { readonly: true });
  try {
    const seen = new Set<string>();
    const lines: QueryPlanLine[] = [];
    for (const { sql, args } of statements) {
      // One plan per statement shape: IN (?,?,?) lists differ only in length.
      const shape = sql.replace(/\(\s*\?(?:\s*,\s*\?)*\s*\)/g, "(?…)");
      if (!/^\s*(SELECT|WITH)/i.test(sql) || seen.has(shape)) continue;
      seen.add(shape);
      const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(args as unknown[])) as { detail: string }[];
      const plan = rows.map((row) => row.detail);
      // Scanning a subquery's result (CO-ROUTINE sub, MATERIALIZE n) is not a table scan.
      const subqueries = new Set(plan.flatMap((d) => /^(?:CO-ROUTINE|MATERIALIZE) (\S+)/.exec(d)?.[1] ?? []));
      lines.push({
        sql,
        plan,
        indexes: [...new Set(plan.flatMap((d) => /USING (?:COVERING )?INDEX (\w+)/.exec(d)?.[1] ?? []))],
        // A SCAN without an index reads the whole table; a SCAN with a covering index reads the whole index.
        fullScans: plan.filter(
          (d) => /^SCAN /.test(d) && !/USING (?:COVERING )?INDEX|INTEGER PRIMARY KEY/.test(d) && !subqueries.has(d.split(" ")[1]),
        ),
      });
    }
    return lines;
  } finally {
    sqlite.close();
  }
}
