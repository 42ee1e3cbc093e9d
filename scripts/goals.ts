// npm run --silent goals -- --json [--as-of YYYY-MM-DD]
// Prints every goal in the database with its evidence and its status as of a date (default today, UTC).
import { getDb } from "../lib/db/client";
import { readGoalRows } from "../lib/data/goals/goal-rows";
import { prepareDatabase } from "../lib/db/prepare-database";
import { ZGoalsArgsSchema, ZGoalsOutputSchema, type TGoalsOutput } from "../lib/validations/goals-output";
import { readEnv } from "../lib/validations/env";
import { parseCli } from "./cli-args";

const args = parseCli(
  process.argv.slice(2),
  { json: { type: "boolean" }, "as-of": { type: "string" } },
  ZGoalsArgsSchema,
  (values) => ({ json: values.json, asOf: values["as-of"] }),
);

await prepareDatabase(readEnv().DATABASE_URL);
const db = getDb();
const asOf = args.asOf ?? new Date().toISOString().slice(0, 10);
const rows = await readGoalRows({ asOf }, db);
const output: TGoalsOutput = ZGoalsOutputSchema.parse({
  asOf,
  goals: rows.map((g) => ({
    id: g.id,
    issueDate: g.issueDate,
    articleTitle: g.articleTitle,
    text: g.text,
    kind: g.kind,
    targetValue: g.targetValue,
    targetUnit: g.targetUnit,
    deadline: g.deadline,
    deadlineText: g.deadlineText,
    campaign: g.campaign,
    township: g.township,
    department: g.department,
    status: g.status,
    statusSource: g.statusSource,
    evidence: g.evidence.map((e) => ({
      issueDate: e.issueDate,
      articleTitle: e.articleTitle,
      text: e.text,
      value: e.value,
      unit: e.unit,
      relation: e.relation,
      score: e.score,
    })),
  })),
});
if (args.json) process.stdout.write(JSON.stringify(output, null, 2) + "\n");
else {
  for (const goal of output.goals) {
    const source = goal.statusSource === "editor" ? "（编辑）" : "";
    console.log(`${goal.status}${source}  ${goal.issueDate ?? "-"}  ${goal.text}${goal.deadline ? `  截止 ${goal.deadline}` : ""}`);
    for (const e of goal.evidence) console.log(`    ${e.relation} ${e.score.toFixed(2)}  ${e.issueDate}  ${e.text}`);
  }
  console.log(`${output.goals.length} goals as of ${output.asOf}`);
}
await db.$disconnect();
