import type { SqlRunner } from "./sql-runner";

const placeholders = (values: readonly unknown[]) => values.map(() => "?").join(", ");

function groupKeys(rows: [number, string][]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const [id, key] of rows) out.set(id, [...(out.get(id) ?? []), key]);
  return out;
}

// A goal's evidence summary (Goal.evidenceState/evidenceDate/outcomeDate) from its live links: what the ledger filters on without
// reading every link. met wins; otherwise the latest outcome (progress, partial, missed) wins over older ones, the
// latest being the last by (issueDate, id) as in lib/track/propose-status.ts: the ledger's SQL (lib/data/goals/
// ledger-sql.ts) proposes statuses from this summary, so both must pick the same link among same-day outcomes.
export async function refreshEvidenceState(sql: SqlRunner, goalIds: number[]): Promise<void> {
  if (goalIds.length === 0) return;
  const rows = await sql.all<{ goalId: number; relation: string; issueDate: string }>(
    `SELECT "goalId", "relation", "issueDate" FROM "GoalEvidence" WHERE "goalId" IN (${placeholders(goalIds)}) AND "review" <> 'rejected' ORDER BY "goalId", "issueDate", "id"`,
    goalIds,
  );
  const byGoal = groupKeys(rows.map((r) => [r.goalId, `${r.issueDate}|${r.relation}`]));
  for (const goalId of goalIds) {
    const links = (byGoal.get(goalId) ?? []).map((s) => ({ issueDate: s.slice(0, s.indexOf("|")), relation: s.slice(s.indexOf("|") + 1) })).sort((a, b) => a.issueDate.localeCompare(b.issueDate));
    let state: string | null = null;
    if (links.some((l) => l.relation === "met")) state = "met";
    else {
      const outcomes = links.filter((l) => l.relation !== "mention");
      state = outcomes.length ? outcomes[outcomes.length - 1].relation : links.length ? "mention" : null;
    }
    const last = links.length ? links[links.length - 1].issueDate : null;
    // The latest outcome's date: a partial result published after a passed deadline is 未完成, before it 逾期.
    const lastOutcome = links.filter((l) => l.relation !== "mention").at(-1)?.issueDate ?? null;
    await sql.run(`UPDATE "Goal" SET "evidenceState" = ?, "evidenceDate" = ?, "outcomeDate" = ? WHERE "id" = ?`, [state, last, lastOutcome, goalId]);
  }
}
