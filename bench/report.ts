import { cliMegabytesPerSecond, type CliRun } from "./measure-cli";
import type { IngestProfile } from "./measure-ingest-profile";
import { extractionVerdict, type ExtractionResult } from "./measure-extraction";
import type { IngestionCheckpoint } from "./measure-ingestion";
import type { QueryLatency } from "./measure-queries";
import type { SideBySide } from "./measure-side-by-side";
import type { F1Row } from "./measure-f1";
import type { GoalsResult } from "./measure-goals";
import type { MachineInfo } from "./machine";
import { fmt, fmtBytes, MB, table } from "./stats";

export type BenchResults = {
  command: string;
  database: { dialect: "sqlite" | "postgresql"; server?: string }; // server: PostgreSQL's version and settings
  machine: MachineInfo;
  corpus: { issues: number; seed: string; bytes?: number };
  extraction?: ExtractionResult;
  ingestion?: IngestionCheckpoint[];
  cli?: CliRun;
  queries?: { issues: number; latencies: QueryLatency[] }[];
  goals?: GoalsResult;
  profile?: IngestProfile;
  sideBySide?: SideBySide;
  f1?: { rows: F1Row[]; issues: number } | { skipped: string };
  totalSeconds?: number;
  loadAtEnd?: number[];
};

// The run as markdown: one table per measure, with the machine and the command that produced it.
export function formatReport(r: BenchResults): string {
  const m = r.machine;
  const out: string[] = [
    `## ${r.corpus.issues.toLocaleString("en-US")} issues — ${m.date}`,
    "",
    `Command: \`${r.command}\` on code ${m.code}  `,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB RAM, Node ${m.node}, ${m.os}  `,
    `Database: ${r.database.dialect === "sqlite" ? "SQLite (better-sqlite3), a file in the temporary folder" : `PostgreSQL on 127.0.0.1, ${r.database.server}`}  `,
    `Load average at start: ${m.loadAverage.join(" / ")} (1 / 5 / 15 min)` + (r.loadAtEnd ? `; at end: ${r.loadAtEnd.join(" / ")}` : "") + "  ",
    `Corpus: synthetic, seed "${r.corpus.seed}"${r.corpus.bytes ? `, ${fmtBytes(r.corpus.bytes)} of UTF-8 text` : ""}` +
      (r.totalSeconds ? `; whole run ${fmt(r.totalSeconds / 60, 1)} min` : ""),
    "",
  ];

  if (r.extraction) {
    const e = r.extraction;
    out.push(
      "### Extraction throughput (processIssue: decode → parse → extract, one core, no database)",
      "",
      table(
        ["issues", "text", "wall time", "MB/s (wall)", "issues/s (wall)", "CPU time", "MB/s (CPU)", "articles", "indicators", "failed", "peak RSS"],
        [
          [
            e.issues,
            fmtBytes(e.bytes),
            `${fmt(e.seconds)} s`,
            fmt(e.mbPerSecond, 2),
            fmt(e.issuesPerSecond),
            `${fmt(e.cpuSeconds)} s`,
            fmt(e.cpuMbPerSecond, 2),
            e.articles,
            e.indicators,
            e.failed,
            fmtBytes(e.peakRss),
          ],
        ],
      ),
      e.firstError ? `\nFirst failure: ${e.firstError}` : "",
      "",
      extractionVerdict(e),
      "",
    );
  }

  if (r.ingestion?.length) {
    out.push(
      `### Ingestion into ${r.database.dialect === "sqlite" ? "SQLite" : "PostgreSQL"} (ingestMany, as \`npm run ingest\` does: issues prepared in worker threads, stored in batches of transactions with one savepoint per issue, IngestRun rows; fresh database)`,
      "",
      table(
        ["issues", "stored", "failed", "items", "wall time", "issues/s (cumulative)", "issues/s (this segment)", "MB/s", "issues/s by CPU time (all threads)", "database size", "peak RSS"],
        r.ingestion.map((c) => [
          c.issues,
          c.stored,
          c.failed,
          c.items.toLocaleString("en-US"),
          `${fmt(c.seconds)} s`,
          fmt(c.issuesPerSecond),
          fmt(c.segmentIssuesPerSecond),
          fmt(c.mbPerSecond, 2),
          c.cpuIssuesPerSecond === undefined ? "–" : fmt(c.cpuIssuesPerSecond),
          fmtBytes(c.dbBytes),
          fmtBytes(c.peakRss),
        ]),
      ),
      r.ingestion.find((c) => c.firstError) ? `\nFirst failure: ${r.ingestion.find((c) => c.firstError)!.firstError}` : "",
      "",
    );
  }

  if (r.cli) {
    const c = r.cli;
    out.push(
      "### `npm run ingest <folder>` on the same issues written as files (fresh process, fresh database)",
      "",
      table(
        ["issues", "text", "wall time (start-up included)", "issues/s", "MB/s", "peak RSS of the process (VmHWM)", "exit code", "its summary line"],
        [[c.issues, fmtBytes(c.corpusBytes), `${fmt(c.seconds)} s`, fmt(c.issuesPerSecond), fmt(cliMegabytesPerSecond(c), 2), c.peakRss === null ? "–" : fmtBytes(c.peakRss), String(c.exitCode), c.summary]],
      ),
      "",
    );
  }

  if (r.profile) {
    const p = r.profile;
    out.push(
      `### Where an ingested issue's time goes (${p.issues} issues through processIssue + storeIssue, one transaction per issue, on one thread, every SQL statement captured)`,
      "",
      "By CPU time of this process (all its threads, GC included; wall time also depends on what else the machine runs):",
      "",
      table(
        ["processIssue CPU ms/issue", "storeIssue CPU ms/issue", "of which in SQLite", "Prisma + adapter + JS", "statements/issue", "items/issue", "issues/s (CPU time)", "issues/s (wall)"],
        [
          [
            fmt(p.processCpuMsPerIssue, 2),
            fmt(p.storeCpuMsPerIssue, 2),
            fmt(p.sqliteCpuMsPerIssue, 2),
            fmt(p.storeCpuMsPerIssue - p.sqliteCpuMsPerIssue, 2),
            fmt(p.statementsPerIssue, 1),
            fmt(p.itemsPerIssue, 1),
            fmt(1000 / p.cpuMsPerIssue, 1),
            fmt(1000 / (p.processMsPerIssue + p.storeMsPerIssue), 1),
          ],
        ],
      ),
      "",
      table(
        ["statement", "per issue", "SQLite CPU ms per issue"],
        p.groups.map((g) => [g.kind, fmt(g.perIssue, 1), fmt(g.cpuMsPerIssue, 3)]),
      ),
      "",
    );
  }

  for (const q of r.queries ?? []) {
    out.push(
      `### Dashboard query latency at ${q.issues.toLocaleString("en-US")} issues (lib/data functions, warm, sequential)`,
      "",
      table(
        ["query", "call", "runs", "p50 ms", "p95 ms", "max ms", "SQL statements"],
        q.latencies.map((l) => [l.name, `\`${l.call}\``, l.runs, fmt(l.p50), fmt(l.p95), fmt(l.max), l.statements ?? "–"]),
      ),
      ...q.latencies.filter((l) => l.error).map((l) => `\n${l.call} failed: ${l.error}`),
      "",
    );
  }
  const g = r.goals;
  if (g) {
    const row = (label: string, c: IngestionCheckpoint) => [label, c.issues, `${fmt(c.seconds)} s`, fmt(c.issuesPerSecond), `${fmt(c.cpuSeconds)} s`, fmt(c.cpuIssuesPerSecond), c.failed];
    out.push(
      `### Goal linking: ingestion with and without it, ${g.issues.toLocaleString("en-US")} issues (issue #11 §4: at most +20%)`,
      "",
      table(
        ["ingestMany", "issues", "wall time", "issues/s (wall)", "CPU time", "issues/s (CPU)", "failed"],
        [row("linking off", g.withoutLinking), row("linking on", g.withLinking)],
      ),
      "",
      `Linking adds **${fmt(g.cpuOverhead * 100)}% CPU time** (${fmt(g.wallOverhead * 100)}% wall). Load average before / between / after: ` +
        `${g.loadBefore.join(" / ")}; ${g.loadBetween.join(" / ")}; ${g.loadAfter.join(" / ")}.`,
      "",
      "#### Linking's work per issue and the ledger's latency at the checkpoints (lib/data/goals/, warm, sequential)",
      "",
      table(
        ["issues", "goals", "evidence links", "goals with evidence", "key reads / issue", "pairs matched / issue", "load (1/5/15)"],
        g.checkpoints.map((c) => [c.issues, c.goals, c.evidence, c.linkedGoals, fmt(c.keyReadsPerIssue), fmt(c.pairsPerIssue), c.load.join(" / ")]),
      ),
      "",
      table(
        ["issues", "loader", "call", "rows", "runs", "p50 ms", "p95 ms", "max ms"],
        g.checkpoints.flatMap((c) => c.latencies.map((l) => [c.issues, l.name, `\`${l.call}\``, l.rows ?? "–", l.runs, fmt(l.p50), fmt(l.p95), fmt(l.max)])),
      ),
      ...g.checkpoints.flatMap((c) => c.latencies.filter((l) => l.error).map((l) => `\n${c.issues} issues: ${l.call} failed: ${l.error}`)),
      "",
    );
    const last = g.checkpoints.at(-1);
    for (const l of last?.latencies.filter((x) => x.plans?.length) ?? []) {
      out.push(`#### EXPLAIN QUERY PLAN of ${l.call} at ${last!.issues.toLocaleString("en-US")} issues`, "");
      for (const plan of l.plans!) out.push(`- \`${clipSql(plan.sql)}\` — ${plan.indexes.length ? `indexes: ${plan.indexes.join(", ")}` : "no index"}${plan.fullScans.length ? `; full scans: ${plan.fullScans.join("; ")}` : ""}`, "  ```", ...plan.plan.map((d) => `  ${d}`), "  ```");
      out.push("");
    }
  }

  const lastQueries = r.queries?.at(-1);
  if (lastQueries) {
    out.push(`#### EXPLAIN QUERY PLAN at ${lastQueries.issues.toLocaleString("en-US")} issues`, "");
    for (const l of lastQueries.latencies) {
      out.push(`**${l.call}**`, "");
      for (const plan of l.plans) {
        const flags = [
          plan.indexes.length ? `indexes: ${plan.indexes.join(", ")}` : "no index",
          plan.fullScans.length ? `full scans: ${plan.fullScans.join("; ")}` : "",
        ].filter(Boolean);
        out.push(`- \`${clipSql(plan.sql)}\` — ${flags.join("; ")}`, "  ```", ...plan.plan.map((d) => `  ${d}`), "  ```");
      }
      out.push("");
    }
  }

  const s = r.sideBySide;
  if (s && "skipped" in s) out.push("### Side by side with Recognizers-Text", "", `Skipped: ${s.skipped}`, "");
  if (s && "rows" in s) {
    const ours = s.rows[1];
    const theirs = s.rows[2];
    out.push(
      `### Side by side with Microsoft Recognizers-Text 1.3.1 (Culture.Chinese), same article texts, ${s.issues} issues`,
      "",
      table(
        ["system", "input", "text", "time", "MB/s", "raw results"],
        s.rows.map((row) => [row.system, row.input, fmtBytes(row.bytes), `${fmt(row.seconds, 2)} s`, fmt(row.mbPerSecond, 3), row.items]),
      ),
      "",
      `Extraction stage vs Recognizers: ${fmt(ours.mbPerSecond / theirs.mbPerSecond, 0)}× the throughput.`,
      "",
      table(
        ["Recognizers model", "seconds", "results", "MB/s alone"],
        s.perModel.map((p) => [p.model, fmt(p.seconds, 2), p.results, fmt(theirs.bytes / MB / p.seconds, 3)]),
      ),
      "",
    );
  }

  const f = r.f1;
  if (f && "rows" in f) {
    out.push(
      `### Indicator F1 against tests/gold (${f.issues} seed issues, lib/eval/score.ts: multiset match on value, valueMax, unit)`,
      "",
      table(
        ["system", "gold", "predicted", "matched", "precision", "recall", "F1"],
        f.rows.map((row) => [row.system, row.gold, row.predicted, row.matchedGold, fmt(row.precision, 3), fmt(row.recall, 3), fmt(row.f1, 3)]),
      ),
      "",
    );
  }
  if (f && "skipped" in f) out.push("### Indicator F1", "", `Skipped: ${f.skipped}`, "");
  const checks = targetChecks(r);
  if (checks.length) out.push("### The throughput targets of bench/RESULTS.md's summary (issue #6)", "", ...checks.map((line) => `- ${line}`), "");
  return out.join("\n");
}

// PASS/FAIL lines for the throughput rows of RESULTS.md's summary that this run measured. Ingestion by wall time, as
// its rows are stated (the CPU figure beside it says how much of a FAIL the machine's load explains).
export function targetChecks(r: BenchResults): string[] {
  const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
  const lines: string[] = [];
  if (r.extraction) lines.push(extractionVerdict(r.extraction)); // judged on CPU time (bench/measure-extraction.ts)
  const last = r.ingestion?.at(-1);
  if (last && r.database.dialect === "sqlite") {
    lines.push(
      `${verdict(last.issuesPerSecond >= 100)} ingestion into SQLite ≥ 100 issues/s: ${fmt(last.issuesPerSecond)} issues/s at ${last.issues.toLocaleString("en-US")} issues ` +
        `(${fmt(last.cpuIssuesPerSecond)} issues per CPU-second, all threads)`,
    );
  }
  if (r.cli && r.database.dialect === "sqlite") lines.push(`${verdict(r.cli.issuesPerSecond >= 100)} \`npm run ingest <folder>\` ≥ 100 issues/s: ${fmt(r.cli.issuesPerSecond)} issues/s`);
  return lines;
}

function clipSql(sql: string): string {
  const flat = sql.replace(/\s+/g, " ").trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}…` : flat;
}

