import type { SqlRunner, SqlValue } from "./sql-runner";
import { placeholders, powerOfTwoChunks } from "./statement-chunks";


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
  const summaries: SqlValue[][] = [];
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
    summaries.push([goalId, state, last, lastOutcome]);
  }
  // A few statements instead of one per goal (an issue touches ~25 earlier goals): each statement execution on Goal
  // opens a statement journal for its ledger-count trigger, which cost several times the row's own update. Chunks of
  // 2^k goals, so the cached statements have a few shapes; the goal id is cast for PostgreSQL, which types the other
  // VALUES columns as text, as the columns are.
  for (const chunk of powerOfTwoChunks(summaries, GOALS_PER_UPDATE, 4 /* id, state, last, outcome */)) {
    const values = chunk.map(() => "(CAST(? AS INTEGER), ?, ?, ?)").join(", ");
    await sql.run(
      `WITH "summary"("id", "state", "last", "outcome") AS (VALUES ${values})
       UPDATE "Goal" SET "evidenceState" = "summary"."state", "evidenceDate" = "summary"."last", "outcomeDate" = "summary"."outcome"
       FROM "summary" WHERE "Goal"."id" = "summary"."id"`,
      chunk.flat(),
    );
  }
}

const GOALS_PER_UPDATE = 64;
