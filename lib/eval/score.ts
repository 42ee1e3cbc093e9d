import type { TGoldIndicator, TGoldIssue } from "./gold-schema";
import type { TExtractOutput } from "../validations/extract-output";
import { normaliseCampaignName, normaliseDepartment, normaliseGoalText, normaliseTownship, normaliseUnit } from "./normalise";
import { overlapRatio } from "./overlap";

// Scores one issue's extraction against its gold annotation. Pure: no fs, no extractor imports.

export type TKind = "indicators" | "goals" | "campaigns" | "townships" | "departments";
export const KINDS: TKind[] = ["indicators", "goals", "campaigns", "townships", "departments"];

export type TCounts = { gold: number; predicted: number; matchedGold: number; matchedPredicted: number };
export type TPrf = TCounts & { precision: number; recall: number; f1: number };

type TPredIndicator = { text: string; value: number; valueMax: number | null; unit: string; approx: string; article: string };

export type TIndicatorScore = TPrf & {
  missed: TGoldIndicator[];
  spurious: TPredIndicator[];
  nonQuantities: Array<{ text: string; unit: string; excluded: string; why: string; article: string }>;
  approxAgreement: { agree: number; of: number };
};
// kinds: matched goals whose kind agrees (gold files that annotate kinds); deadlineDates: matched goals whose gold
// states a deadline, right when the resolved date equals the gold's (null for 按时按期 included).
export type TAgreement = { agree: number; of: number };
export type TGoalScore = TPrf & { missed: string[]; spurious: string[]; kinds: TAgreement; deadlineDates: TAgreement; wrongKinds: string[]; wrongDates: string[] };
export type TCampaignScore = TPrf & {
  missed: string[];
  spurious: string[];
  merged: Array<{ predicted: string; gold: string[] }>; // one predicted campaign covering several gold ones
  split: Array<{ gold: string; predicted: string[] }>; // one gold campaign reported as several predicted ones
};
export type TSetScore = TPrf & { missed: string[]; spurious: string[] };
export type TDateScore = { gold: string; predicted: string | null; rule: "exact" | "window"; window?: [string, string]; ok: boolean; exact: boolean };

export type TIssueScore = {
  file: string;
  date: TDateScore;
  indicators: TIndicatorScore;
  goals: TGoalScore;
  campaigns: TCampaignScore;
  townships: TSetScore;
  departments: TSetScore;
};

export type TSummary = {
  issues: number;
  kinds: Record<TKind, TPrf>;
  dates: { ok: number; exact: number; of: number };
  nonQuantities: number;
  approxAgreement: { agree: number; of: number };
  merged: number;
  split: number;
  goalKinds: TAgreement;
  goalDeadlineDates: TAgreement;
};

export const GOAL_OVERLAP = 0.5;
const MIN_CONTAINED_CAMPAIGN = 4; // shorter names ("示范区", "擂台赛") must match exactly

export function prf(counts: TCounts): TPrf {
  const precision = counts.predicted === 0 ? (counts.gold === 0 ? 1 : 0) : counts.matchedPredicted / counts.predicted;
  const recall = counts.gold === 0 ? 1 : counts.matchedGold / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

export function scoreIssue(gold: TGoldIssue, predicted: TExtractOutput): TIssueScore {
  return {
    file: gold.file,
    date: scoreDate(gold, predicted.issue.date),
    indicators: scoreIndicators(gold, predicted),
    goals: scoreGoals(gold, predicted),
    campaigns: scoreCampaigns(gold, predicted),
    townships: scoreSet(gold.townships.map(normaliseTownship), predictedTownships(predicted)),
    departments: scoreSet(gold.departments.map(normaliseDepartment), predictedDepartments(predicted)),
  };
}

export function scoreDate(gold: TGoldIssue, predicted: string | null): TDateScore {
  const exact = predicted === gold.date;
  if (gold.dateSource === "masthead" || !gold.dateWindow) return { gold: gold.date, predicted, rule: "exact", ok: exact, exact };
  const [from, to] = gold.dateWindow;
  const ok = predicted !== null && from <= predicted && predicted <= to;
  return { gold: gold.date, predicted, rule: "window", window: gold.dateWindow, ok, exact };
}

const sameNumber = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function sameKey(g: TGoldIndicator, p: TPredIndicator): boolean {
  return sameNumber(g.value, p.value) && sameNumber(g.valueMax, p.valueMax) && normaliseUnit(g.unit) === normaliseUnit(p.unit);
}

// Multiset match on (value, valueMax, unit); among equal keys prefer the gold item written the same way.
export function scoreIndicators(gold: TGoldIssue, predicted: TExtractOutput): TIndicatorScore {
  const preds: TPredIndicator[] = predicted.articles.flatMap((a) =>
    a.indicators.map((i) => ({ text: i.text, value: i.value, valueMax: i.valueMax ?? null, unit: i.unit, approx: i.approx, article: a.title })),
  );
  const open = gold.indicators.map(() => true);
  const spurious: TPredIndicator[] = [];
  let agree = 0;
  let matched = 0;
  for (const p of preds) {
    const candidates = gold.indicators.map((g, i) => i).filter((i) => open[i] && sameKey(gold.indicators[i], p));
    if (candidates.length === 0) {
      spurious.push(p);
      continue;
    }
    const chosen = candidates.find((i) => gold.indicators[i].text === p.text) ?? candidates[0];
    open[chosen] = false;
    matched++;
    if (gold.indicators[chosen].approx === p.approx) agree++;
  }
  const nonQuantities = spurious.flatMap((p) => {
    const hit = findExcluded(gold, p.text);
    return hit ? [{ text: p.text, unit: p.unit, excluded: hit.text, why: hit.why, article: p.article }] : [];
  });
  return {
    ...prf({ gold: gold.indicators.length, predicted: preds.length, matchedGold: matched, matchedPredicted: matched }),
    missed: gold.indicators.filter((_, i) => open[i]),
    spurious,
    nonQuantities,
    approxAgreement: { agree, of: matched },
  };
}

// A reported item "is" an excluded non-quantity when either text contains the other.
function findExcluded(gold: TGoldIssue, text: string) {
  const t = text.trim();
  if (!t) return undefined;
  return gold.excluded.find((e) => e.text === t) ?? gold.excluded.find((e) => e.text.includes(t) || t.includes(e.text));
}

// One-to-one: pairs with overlap ≥ 50% of the shorter text, best pairs first.
export function scoreGoals(gold: TGoldIssue, predicted: TExtractOutput): TGoalScore {
  const goldTexts = gold.goals.map((g) => g.text);
  const preds = predicted.articles.flatMap((a) => a.goals);
  const predTexts = preds.map((g) => g.text);
  const pairs = matchOneToOne(goldTexts.map(normaliseGoalText), predTexts.map(normaliseGoalText), GOAL_OVERLAP);
  const goldHit = new Set(pairs.map(([g]) => g));
  const predHit = new Set(pairs.map(([, p]) => p));
  const kinds = { agree: 0, of: 0 };
  const deadlineDates = { agree: 0, of: 0 };
  const wrongKinds: string[] = [];
  const wrongDates: string[] = [];
  for (const [gi, pi] of pairs) {
    const [g, p] = [gold.goals[gi], preds[pi]];
    if (g.kind) {
      kinds.of++;
      if (p.kind === g.kind) kinds.agree++;
      else wrongKinds.push(`${g.text}: ${p.kind ?? "none"} ≠ ${g.kind}`);
    }
    if (g.deadline !== null && g.deadlineDate !== undefined) {
      deadlineDates.of++;
      if ((p.deadlineDate ?? null) === g.deadlineDate) deadlineDates.agree++;
      else wrongDates.push(`${g.text}: ${p.deadlineDate ?? "none"} ≠ ${g.deadlineDate ?? "none"}`);
    }
  }
  return {
    ...prf({ gold: goldTexts.length, predicted: predTexts.length, matchedGold: pairs.length, matchedPredicted: pairs.length }),
    missed: goldTexts.filter((_, i) => !goldHit.has(i)),
    spurious: predTexts.filter((_, i) => !predHit.has(i)),
    kinds,
    deadlineDates,
    wrongKinds,
    wrongDates,
  };
}

export function matchOneToOne(gold: string[], predicted: string[], threshold: number): Array<[number, number]> {
  const candidates: Array<[number, number, number]> = [];
  gold.forEach((g, i) =>
    predicted.forEach((p, j) => {
      const ratio = overlapRatio(g, p);
      if (ratio >= threshold) candidates.push([i, j, ratio]);
    }),
  );
  candidates.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [i, j] of candidates) {
    if (usedGold.has(i) || usedPred.has(j)) continue;
    usedGold.add(i);
    usedPred.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

// Which gold campaigns a written form names: exact alias first, else the longest alias contained either way.
export function matchCampaign(gold: TGoldIssue["campaigns"], written: string): number[] {
  const w = normaliseCampaignName(written);
  if (!w) return [];
  const keys = gold.map((c) => [c.name, ...c.aliases].map(normaliseCampaignName));
  const exact = keys.flatMap((k, i) => (k.includes(w) ? [i] : []));
  if (exact.length) return exact;
  let best = -1;
  let bestLength = 0;
  keys.forEach((k, i) =>
    k.forEach((alias) => {
      const shorter = Math.min(alias.length, w.length);
      if (shorter < MIN_CONTAINED_CAMPAIGN || !(alias.includes(w) || w.includes(alias))) return;
      if (shorter > bestLength) [best, bestLength] = [i, shorter];
    }),
  );
  return best >= 0 ? [best] : [];
}

// Predicted campaigns are grouped by their canonical name; each group is one predicted campaign of the issue.
export function scoreCampaigns(gold: TGoldIssue, predicted: TExtractOutput): TCampaignScore {
  const groups = new Map<string, Set<number>>();
  for (const c of predicted.articles.flatMap((a) => a.campaigns)) {
    const key = normaliseCampaignName(c.name) || normaliseCampaignName(c.text);
    const hits = groups.get(key) ?? new Set<number>();
    for (const i of [...matchCampaign(gold.campaigns, c.name), ...matchCampaign(gold.campaigns, c.text)]) hits.add(i);
    groups.set(key, hits);
  }
  const goldToGroups = new Map<number, string[]>();
  for (const [key, hits] of groups) for (const i of hits) goldToGroups.set(i, [...(goldToGroups.get(i) ?? []), key]);
  // Distinct campaigns count one-to-one: a split or a merge costs precision or recall, and is also reported by name.
  const matched = maximumMatching([...groups.values()].map((h) => [...h]));
  return {
    ...prf({ gold: gold.campaigns.length, predicted: groups.size, matchedGold: matched, matchedPredicted: matched }),
    missed: gold.campaigns.filter((_, i) => !goldToGroups.has(i)).map((c) => c.name),
    spurious: [...groups].filter(([, h]) => h.size === 0).map(([k]) => k),
    merged: [...groups]
      .filter(([, h]) => h.size > 1)
      .map(([k, h]) => ({ predicted: k, gold: [...h].sort((a, b) => a - b).map((i) => gold.campaigns[i].name) })),
    split: [...goldToGroups]
      .filter(([, keys]) => keys.length > 1)
      .sort(([a], [b]) => a - b)
      .map(([i, keys]) => ({ gold: gold.campaigns[i].name, predicted: keys })),
  };
}

// Size of a maximum bipartite matching (augmenting paths); edges[left] lists the right nodes it may take.
export function maximumMatching(edges: number[][]): number {
  const owner = new Map<number, number>();
  const tryAssign = (left: number, seen: Set<number>): boolean => {
    for (const right of edges[left]) {
      if (seen.has(right)) continue;
      seen.add(right);
      const current = owner.get(right);
      if (current === undefined || tryAssign(current, seen)) {
        owner.set(right, left);
        return true;
      }
    }
    return false;
  };
  return edges.reduce((n, _, left) => n + (tryAssign(left, new Set()) ? 1 : 0), 0);
}

export function scoreSet(gold: string[], predicted: string[]): TSetScore {
  const g = new Set(gold);
  const p = new Set(predicted);
  const hit = [...p].filter((x) => g.has(x)).length;
  return {
    ...prf({ gold: g.size, predicted: p.size, matchedGold: hit, matchedPredicted: hit }),
    missed: [...g].filter((x) => !p.has(x)),
    spurious: [...p].filter((x) => !g.has(x)),
  };
}

// Townships an issue mentions: township places, and the townships of villages, communities and areas.
export function predictedTownships(predicted: TExtractOutput): string[] {
  const names = predicted.articles.flatMap((a) =>
    a.places.flatMap((p) => [p.level === "township" ? p.name : null, p.township]).filter((n): n is string => !!n),
  );
  return [...new Set(names.map(normaliseTownship))];
}

export function predictedDepartments(predicted: TExtractOutput): string[] {
  return [...new Set(predicted.articles.flatMap((a) => a.departments.map((d) => normaliseDepartment(d.name))))];
}

// Micro-averaged over issues: counts are summed, then precision/recall/F1 computed once.
export function summarise(scores: TIssueScore[]): TSummary {
  const kinds = Object.fromEntries(
    KINDS.map((kind) => {
      const total: TCounts = { gold: 0, predicted: 0, matchedGold: 0, matchedPredicted: 0 };
      for (const s of scores) {
        total.gold += s[kind].gold;
        total.predicted += s[kind].predicted;
        total.matchedGold += s[kind].matchedGold;
        total.matchedPredicted += s[kind].matchedPredicted;
      }
      return [kind, prf(total)];
    }),
  ) as Record<TKind, TPrf>;
  return {
    issues: scores.length,
    kinds,
    dates: { ok: count(scores, (s) => s.date.ok), exact: count(scores, (s) => s.date.exact), of: scores.length },
    nonQuantities: scores.reduce((n, s) => n + s.indicators.nonQuantities.length, 0),
    approxAgreement: {
      agree: scores.reduce((n, s) => n + s.indicators.approxAgreement.agree, 0),
      of: scores.reduce((n, s) => n + s.indicators.approxAgreement.of, 0),
    },
    merged: scores.reduce((n, s) => n + s.campaigns.merged.length, 0),
    split: scores.reduce((n, s) => n + s.campaigns.split.length, 0),
    goalKinds: sumAgreement(scores.map((s) => s.goals.kinds)),
    goalDeadlineDates: sumAgreement(scores.map((s) => s.goals.deadlineDates)),
  };
}

const sumAgreement = (list: TAgreement[]): TAgreement =>
  list.reduce((t, a) => ({ agree: t.agree + a.agree, of: t.of + a.of }), { agree: 0, of: 0 });

const count = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length;
