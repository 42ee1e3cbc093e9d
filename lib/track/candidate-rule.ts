// Which goal is compared with which later article (issue #11 §4, the candidate rule), as a pure function over the
// material's keys and dates. Ingestion applies it in SQL (lib/ingest/candidate-rule-sql.ts); the eval applies
// this definition in memory, so the eval scores the links the product stores, not the links it would store without
// the rule. tests/ingest/link-goals.test.ts checks the two agree.
//
// A goal (dated g) and a later article (dated a) are compared when they share a key k such that fewer than
// `limitOf(k)` articles with k and fewer than that many goals with k stand strictly between g and a (same-day
// material never stands between). Exported mutable for the order test and bench/probe-link-cost.ts, which set it.
export const linkingLimits = { between: 5, betweenTrigram: 3 };

// Trigram keys ("o:老旧小") are met by many more articles than names are, so fewer of them may stand between.
export const limitOf = (key: string) => (key.startsWith("o:") ? linkingLimits.betweenTrigram : linkingLimits.between);

type Keyed = { keys: ReadonlySet<string>; issueDate: string };

// What may stand between a goal and an article: the articles and the goals with the key, each counted on its own.
export const STANDING_MATERIAL = ["articles", "goals"] as const;
export type StandingMaterial = (typeof STANDING_MATERIAL)[number];

// The rule on one shared key, given how many of each material stand strictly between the goal and the article (a count
// may stop at limitOf(key): more says nothing new). Ingestion's SQL (lib/ingest/candidate-rule-sql.ts) reads the counts
// from its index tables, one per material.
export const fewEnoughBetween = (key: string, between: (material: StandingMaterial) => number): boolean =>
  STANDING_MATERIAL.every((material) => between(material) < limitOf(key));

// The dates each key was seen on, sorted, for counting what stands between two dates.
function datesByKey(items: readonly Keyed[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const item of items) for (const key of item.keys) (out.get(key) ?? out.set(key, []).get(key)!).push(item.issueDate);
  for (const dates of out.values()) dates.sort();
  return out;
}

// The number of dates d in a sorted list with from < d < to.
function countStrictlyBetween(sorted: readonly string[], from: string, to: string): number {
  const firstAbove = (value: string, inclusive: boolean) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (inclusive ? sorted[mid] < value : sorted[mid] <= value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return Math.max(0, firstAbove(to, true) - firstAbove(from, false));
}

// Builds the rule over a whole set of goals and articles: admits(goal, article) says whether the pair is compared.
export function candidateRule(goals: readonly Keyed[], articles: readonly Keyed[]): (goal: Keyed, article: Keyed) => boolean {
  const dates: Record<StandingMaterial, Map<string, string[]>> = { articles: datesByKey(articles), goals: datesByKey(goals) };
  return (goal, article) => {
    if (!(article.issueDate > goal.issueDate)) return false;
    for (const key of goal.keys) {
      if (!article.keys.has(key)) continue;
      if (fewEnoughBetween(key, (material) => countStrictlyBetween(dates[material].get(key) ?? [], goal.issueDate, article.issueDate))) return true;
    }
    return false;
  };
}
