import { listEntityGoals } from "@/lib/data/goals/list-entity-goals";
import { EntityGoalLedger } from "./goal-ledger-parts";

// A township's or department's goals with their status: the heaviest read of those pages (every goal of the entity
// with its evidence), so the pages stream it inside <Suspense> after their summary.
export async function EntityGoalsSection(props: { township?: string; department?: string }) {
  const goals = await listEntityGoals({ township: props.township, department: props.department });
  const query = props.township ? `township=${encodeURIComponent(props.township)}` : `department=${encodeURIComponent(props.department ?? "")}`;
  return <EntityGoalLedger goals={goals} ledgerHref={`/goals?${query}`} />;
}
