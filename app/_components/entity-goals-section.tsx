import { listEntityGoals } from "@/lib/data/goals/list-entity-goals";
import { EntityGoalLedger } from "./goal-ledger-parts";

// A township's or department's goals with their status, the most urgent first and at most a screenful (the rest is
// one click away in the ledger), so the pages stream it inside <Suspense> after their summary.
export async function EntityGoalsSection(props: { township?: string; department?: string }) {
  const { goals, total } = await listEntityGoals({ township: props.township, department: props.department });
  const query = props.township ? `township=${encodeURIComponent(props.township)}` : `department=${encodeURIComponent(props.department ?? "")}`;
  return <EntityGoalLedger goals={goals} total={total} ledgerHref={`/goals?${query}`} />;
}
