// The goal ledger's view rules (issue #11 §4), pure so that the page, its CSV and the overview agree and tests can
// check them without a database: which goals are overdue or due soon, the URL filters that are not columns, the
// deadline sort and the overview's counts.

export type LedgerStatusRow = {
  id: number;
  status: string;
  deadline: string | null; // ISO date
  issueDate: string | null;
  evidence: readonly { issueDate: string; relation: string }[];
};

export const LEDGER_STATUS_ORDER = ["逾期", "未完成", "进行中", "无法判断", "已完成"] as const;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

// The deadline has passed and the goal is not done (an editor's 已完成 counts as done too).
export function isOverdue(row: LedgerStatusRow, asOf: string): boolean {
  return row.deadline != null && row.deadline < asOf && row.status !== "已完成";
}

// The deadline falls within [asOf, asOf + days] and the goal is not done.
export function isDueWithin(row: LedgerStatusRow, asOf: string, days: number): boolean {
  return row.deadline != null && row.deadline >= asOf && row.deadline <= addDays(asOf, days) && row.status !== "已完成";
}

export type LedgerViewOptions = { asOf: string; status?: string; overdue?: boolean; due?: number; sort?: "deadline" | "issue"; dir?: "asc" | "desc" };

// Filters that need the status (computed per goal, not a column), then the order: by deadline (goals without one last,
// whatever the direction), or by the issue that set the goal.
export function applyLedgerView<T extends LedgerStatusRow>(rows: readonly T[], options: LedgerViewOptions): T[] {
  const kept = rows.filter(
    (row) =>
      (!options.status || row.status === options.status) &&
      (!options.overdue || isOverdue(row, options.asOf)) &&
      (options.due == null || isDueWithin(row, options.asOf, options.due)),
  );
  const sign = options.dir === "desc" ? -1 : 1;
  const key = (row: T) => (options.sort === "issue" ? row.issueDate : row.deadline);
  return kept.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) {
      if (ka == null) return 1;
      if (kb == null) return -1;
      return sign * (ka < kb ? -1 : 1);
    }
    return a.id - b.id;
  });
}

export type LedgerSummary<T> = {
  total: number;
  byStatus: { status: string; count: number }[];
  dueSoon: T[]; // within `dueDays`, nearest deadline first
  overdue: T[]; // most recently overdue first
  overdueCount: number;
  recentlyMet: T[]; // 已完成, latest evidence first
};

// The overview's target-first block. Lists are cut to `limit`; counts are over every goal.
export function summariseLedger<T extends LedgerStatusRow>(rows: readonly T[], options: { asOf: string; dueDays?: number; limit?: number }): LedgerSummary<T> {
  const limit = options.limit ?? 5;
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  const overdue = applyLedgerView(rows, { asOf: options.asOf, overdue: true, sort: "deadline", dir: "desc" });
  const lastEvidence = (row: T) => row.evidence.reduce((latest, e) => (e.issueDate > latest ? e.issueDate : latest), "");
  return {
    total: rows.length,
    byStatus: statusCounts(counts),
    dueSoon: applyLedgerView(rows, { asOf: options.asOf, due: options.dueDays ?? 30, sort: "deadline" }).slice(0, limit),
    overdue: overdue.slice(0, limit),
    overdueCount: overdue.length,
    recentlyMet: rows
      .filter((row) => row.status === "已完成")
      .sort((a, b) => lastEvidence(b).localeCompare(lastEvidence(a)) || b.id - a.id)
      .slice(0, limit),
  };
}

// Counts by status in the overview's order: the five statuses (zero when none), then any other an editor set, in the
// order given (first met).
export function statusCounts(counts: ReadonlyMap<string, number>): { status: string; count: number }[] {
  const known = new Set<string>(LEDGER_STATUS_ORDER);
  return [
    ...LEDGER_STATUS_ORDER.map((status) => ({ status, count: counts.get(status) ?? 0 })),
    ...[...counts].filter(([status]) => !known.has(status)).map(([status, count]) => ({ status, count })),
  ];
}
