// Scores goal → evidence linking and proposed statuses (issue #11 §3) against a hand-made gold file: the seeds plus
// follow-up issues written in the paper's style (tests/gold/followups/). Runs the same pure pieces ingestion runs
// (goal tokens, index keys, matcher, status), with candidates narrowed by shared keys as the GoalKey/ArticleKey index
// narrows them; tests/track/link-goals-db.test.ts checks that ingestion in any order stores the same links.

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { processIssue, type ProcessedIssue } from "../ingest/process-issue";
import { candidateRule } from "../track/candidate-rule";
import { matchEvidence, type EvidenceMatch, type GoalForMatch } from "../track/link-evidence";
import { proposeStatus, PROPOSED_STATUSES } from "../track/propose-status";
import { articleForLinking, goalKeys, goalTracking } from "../track/track-keys";
import type { SubjectTokens } from "../track/subject-tokens";

export const ZLinkGoldSchema = z.object({
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  // Every goal a link is expected for, and the goals whose status is checked. A goal not listed must have no link.
  goals: z.array(
    z.object({
      file: z.string(), // the issue file the goal is in (seeds/ or the follow-ups)
      goal: z.string().min(2), // words of the goal's text (the goal's text contains them)
      status: z.enum(PROPOSED_STATUSES).optional(),
      links: z.array(z.object({ file: z.string(), article: z.string().min(2), relation: z.string().optional() })).default([]),
      note: z.string().optional(),
    }),
  ),
});
export type TLinkGold = z.infer<typeof ZLinkGoldSchema>;

export type PredictedLink = { goalFile: string; goalText: string; file: string; article: string } & EvidenceMatch;

export type LinkScore = {
  asOf: string;
  goalsFound: number; // gold goals the extractor produced
  goalsListed: number;
  links: { tp: number; fp: number; fn: number; fnGoalMissing: number; precision: number; recall: number; recallFoundGoals: number };
  status: { correct: number; total: number; accuracy: number };
  falsePositives: PredictedLink[];
  missed: { goalFile: string; goal: string; file: string; article: string; goalFound: boolean }[];
  wrongStatus: { file: string; goal: string; expected: string; got: string | null }[];
};

type IssueInput = { file: string; issue: ProcessedIssue };

type GoalEntry = { file: string; text: string; match: GoalForMatch; keys: Set<string> };

export function predictLinks(issues: readonly IssueInput[]): { goals: GoalEntry[]; links: PredictedLink[] } {
  const goals: GoalEntry[] = [];
  const articles: { file: string; title: string; keys: Set<string>; article: Parameters<typeof matchEvidence>[1] }[] = [];
  for (const { file, issue } of issues) {
    const issueDate = issue.parsed.date?.date ?? null;
    if (!issueDate) continue;
    for (const { article, extraction } of issue.articles) {
      if (article.kind === "banner") continue;
      for (const goal of extraction.goals) {
        const tracked = goalTracking(article, goal, issueDate);
        const tokens = JSON.parse(tracked.tokens) as SubjectTokens;
        goals.push({
          file,
          text: goal.text,
          // the stored subject (goalTracking's: the extractor's, or the object of the clause before the goal)
          keys: new Set(goalKeys({ text: goal.text, tokens, campaign: goal.campaign, subject: tracked.subject, targetUnit: goal.targetUnit, township: goal.township })),
          match: {
            text: goal.text,
            issueDate,
            deadlineDate: tracked.deadlineDate,
            targetValue: goal.targetValue,
            targetUnit: goal.targetUnit,
            targetBound: goal.targetBound,
            campaign: goal.campaign,
            township: goal.township,
            subject: tracked.subject,
            tokens,
          },
        });
      }
      const linked = articleForLinking(article, extraction, issueDate);
      articles.push({ file, title: article.title, keys: new Set(linked.keys), article: linked.evidence });
    }
  }
  const links: PredictedLink[] = [];
  const datedGoals = goals.map((g) => ({ keys: g.keys, issueDate: g.match.issueDate }));
  const datedArticles = articles.map((a) => ({ keys: a.keys, issueDate: a.article.issueDate }));
  // only the pairs ingestion compares (the candidate rule), so this scores the links the product stores
  const admits = candidateRule(datedGoals, datedArticles);
  for (const [gi, goal] of goals.entries()) {
    for (const [ai, candidate] of articles.entries()) {
      if (!admits(datedGoals[gi], datedArticles[ai])) continue;
      const found = matchEvidence(goal.match, candidate.article);
      if (found) links.push({ goalFile: goal.file, goalText: goal.text, file: candidate.file, article: candidate.title, ...found });
    }
  }
  return { goals, links };
}

export function scoreLinks(issues: readonly IssueInput[], gold: TLinkGold): LinkScore {
  const { goals, links } = predictLinks(issues);
  const goldOf = (file: string, text: string) => gold.goals.find((g) => g.file === file && text.includes(g.goal));
  const found = new Map(gold.goals.map((g) => [g, goals.find((goal) => goal.file === g.file && goal.text.includes(g.goal))]));

  let tp = 0;
  const falsePositives: PredictedLink[] = [];
  const hit = new Set<string>();
  for (const link of links) {
    const entry = goldOf(link.goalFile, link.goalText);
    const expected = entry?.links.find((l) => l.file === link.file && link.article.includes(l.article));
    if (entry && expected) {
      tp += 1;
      hit.add(`${gold.goals.indexOf(entry)}|${entry.links.indexOf(expected)}`);
    } else falsePositives.push(link);
  }
  const missed: LinkScore["missed"] = [];
  let fnGoalMissing = 0;
  gold.goals.forEach((entry, gi) =>
    entry.links.forEach((l, li) => {
      if (hit.has(`${gi}|${li}`)) return;
      const goalFound = !!found.get(entry);
      if (!goalFound) fnGoalMissing += 1;
      missed.push({ goalFile: entry.file, goal: entry.goal, file: l.file, article: l.article, goalFound });
    }),
  );

  const wrongStatus: LinkScore["wrongStatus"] = [];
  let correct = 0;
  const checked = gold.goals.filter((g) => g.status);
  for (const entry of checked) {
    const goal = found.get(entry);
    const got = goal
      ? proposeStatus({
          deadlineDate: goal.match.deadlineDate,
          asOf: gold.asOf,
          evidence: links
            .filter((l) => l.goalFile === goal.file && l.goalText === goal.text)
            .map((l) => ({ relation: l.relation, issueDate: dateOfFile(issues, l.file) })),
        })
      : null;
    if (got === entry.status) correct += 1;
    else wrongStatus.push({ file: entry.file, goal: entry.goal, expected: entry.status!, got });
  }
  const fn = missed.length;
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  return {
    asOf: gold.asOf,
    goalsFound: [...found.values()].filter(Boolean).length,
    goalsListed: gold.goals.length,
    links: {
      tp,
      fp: falsePositives.length,
      fn,
      fnGoalMissing,
      precision: ratio(tp, tp + falsePositives.length),
      recall: ratio(tp, tp + fn),
      recallFoundGoals: ratio(tp, tp + fn - fnGoalMissing),
    },
    status: { correct, total: checked.length, accuracy: ratio(correct, checked.length) },
    falsePositives,
    missed,
    wrongStatus,
  };
}

function dateOfFile(issues: readonly IssueInput[], file: string): string {
  return issues.find((i) => i.file === file)?.issue.parsed.date?.date ?? "";
}

// `label` names the follow-up set ("follow-ups dev", "follow-ups test"); details only with `verbose`, which the caller
// withholds for the held-out set so tuners see its totals only.
export function formatLinkScore(score: LinkScore, verbose = false, label = "follow-up issues"): string {
  const lines = [
    `Goal tracking (${label}, status as of ${score.asOf}; gold goals found by the extractor ${score.goalsFound}/${score.goalsListed})`,
    `  links    precision ${score.links.precision.toFixed(3)}  recall ${score.links.recall.toFixed(3)}  (tp ${score.links.tp}, fp ${score.links.fp}, fn ${score.links.fn}; recall over goals found ${score.links.recallFoundGoals.toFixed(3)})`,
    `  status   accuracy ${score.status.accuracy.toFixed(3)}  (${score.status.correct}/${score.status.total})`,
  ];
  if (verbose) {
    for (const l of score.falsePositives) lines.push(`  FP  ${l.goalFile} “${l.goalText}” → ${l.file} ${l.article}: ${l.relation} ${l.score} ${l.text}`);
    for (const m of score.missed) lines.push(`  FN  ${m.goalFile} “${m.goal}” → ${m.file} ${m.article}${m.goalFound ? "" : " (goal not extracted)"}`);
    for (const w of score.wrongStatus) lines.push(`  STATUS ${w.file} “${w.goal}”: expected ${w.expected}, got ${w.got ?? "(goal not extracted)"}`);
  }
  return lines.join("\n");
}

// The whole evaluation from files: the seeds and the follow-ups are read and extracted, `links.json` is the gold.
export function scoreFollowups(options: { seeds: string; followups: string }): LinkScore {
  const files = [
    ...readdirSync(options.seeds).filter((f) => f.endsWith(".txt")).map((f) => path.join(options.seeds, f)),
    ...readdirSync(options.followups).filter((f) => f.endsWith(".txt")).map((f) => path.join(options.followups, f)),
  ];
  const issues = files.map((file) => ({ file: path.basename(file), issue: processIssue(readFileSync(file), { fileName: path.basename(file) }) }));
  const goldFile = path.join(options.followups, "links.json");
  const parsed = ZLinkGoldSchema.safeParse(JSON.parse(readFileSync(goldFile, "utf8")));
  if (!parsed.success) throw new Error(`${goldFile}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return scoreLinks(issues, parsed.data);
}
