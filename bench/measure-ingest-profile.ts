import { processIssue } from "../lib/ingest/process-issue";
import { storeIssue } from "../lib/ingest/store-issue";
import { corpusFiles } from "./corpus";
import { captureSql } from "./sql-capture";
import { cpuMs } from "./stats";
import type { TempDatabase } from "./temp-database";

export type StatementGroup = { kind: string; perIssue: number; msPerIssue: number; cpuMsPerIssue: number };

export type IngestProfile = {
  issues: number;
  processMsPerIssue: number; // decode → parse → extract
  cpuMsPerIssue: number; // process + store, by CPU time
  processCpuMsPerIssue: number;
  storeCpuMsPerIssue: number;
  sqliteCpuMsPerIssue: number;
  storeMsPerIssue: number; // storeIssue, whole transaction
  sqliteMsPerIssue: number; // of which inside SQLite (statement run time)
  statementsPerIssue: number;
  itemsPerIssue: number;
  groups: StatementGroup[]; // statements by kind, most frequent first
  rows: Record<string, number>; // rows per table afterwards
};

// Where an ingested issue's time goes: the pipeline, SQLite itself, and what is left (Prisma's query engine,
// the adapter, one awaited round trip per statement). Statements are grouped as "INSERT Indicator", "SELECT Place" …
export async function profileIngestion(options: {
  issues: number;
  seed: string;
  database: TempDatabase;
}): Promise<IngestProfile> {
  const { db } = options.database;
  let processMs = 0;
  let cpu = 0;
  let processCpu = 0;
  let sqliteCpu = 0;
  let storeMs = 0;
  let sqliteMs = 0;
  let statements = 0;
  let items = 0;
  const groups = new Map<string, { count: number; ms: number; cpuMs: number }>();
  for (const issue of corpusFiles(options)) {
    const t0 = performance.now();
    const c0 = cpuMs();
    const processed = processIssue(issue.bytes, { fileName: issue.fileName });
    const t1 = performance.now();
    processCpu += cpuMs() - c0;
    const { result, statements: sent } = await captureSql(() => storeIssue(db, processed));
    storeMs += performance.now() - t1;
    cpu += cpuMs() - c0;
    processMs += t1 - t0;
    items += result.items;
    statements += sent.length;
    for (const statement of sent) {
      sqliteMs += statement.ms;
      sqliteCpu += statement.cpuMs;
      const kind = statementKind(statement.sql);
      const group = groups.get(kind) ?? { count: 0, ms: 0, cpuMs: 0 };
      group.count += 1;
      group.ms += statement.ms;
      group.cpuMs += statement.cpuMs;
      groups.set(kind, group);
    }
  }
  const n = options.issues;
  return {
    issues: n,
    processMsPerIssue: processMs / n,
    cpuMsPerIssue: cpu / n,
    processCpuMsPerIssue: processCpu / n,
    storeCpuMsPerIssue: (cpu - processCpu) / n,
    sqliteCpuMsPerIssue: sqliteCpu / n,
    storeMsPerIssue: storeMs / n,
    sqliteMsPerIssue: sqliteMs / n,
    statementsPerIssue: statements / n,
    itemsPerIssue: items / n,
    groups: [...groups.entries()]
      .map(([kind, g]) => ({ kind, perIssue: g.count / n, msPerIssue: g.ms / n, cpuMsPerIssue: g.cpuMs / n }))
      .sort((a, b) => b.perIssue - a.perIssue),
    rows: await countRows(options.database),
  };
}

const TABLES = ["Issue", "Article", "ArticleSearch", "Indicator", "Goal", "Progress", "CampaignMention", "PlaceMention", "DepartmentMention", "Campaign", "Place", "Department"];

async function countRows(database: TempDatabase): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await database.db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM "${table}"`);
    rows[table] = Number(row.n);
  }
  return rows;
}

export function statementKind(sql: string): string {
  const verb = sql.trim().split(/\s+/)[0].toUpperCase();
  const table = /(?:INTO|FROM|UPDATE)\s+(?:`?"?main"?`?\.)?[`"]?(\w+)[`"]?/i.exec(sql)?.[1];
  return table ? `${verb} ${table}` : verb;
}
