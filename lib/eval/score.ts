import { COUNTY_TOWNSHIPS } from "./county-townships";
import { DEFAULT_COUNTY, type TGoldIndicator, type TGoldIssue } from "./gold-schema";
import type { TExtractOutput } from "../validations/extract-output";
import {
  normaliseCampaignName,
  normaliseDepartment,
  normaliseGoalText,
  normaliseMetric,
  normalisePlace,
  normaliseTownship,
  normaliseUnit,
} from "./normalise";
import { longestCommonSubstring, overlapRatio } from "./overlap";
import { scoreArticles, type TArticleScore } from "./score-articles";
import { locateNear, onWordBoundaries } from "./word-boundaries";

// Scores one issue's extraction against its gold annotation. Pure: no fs, no extractor imports.

export type TKind = "indicators" | "goals" | "campaigns" | "townships" | "places" | "departments";
export const KINDS: TKind[] = ["indicators", "goals", "campaigns", "townships", "places", "departments"];

export type TCounts = { gold: number; predicted: number; matchedGold: number; matchedPredicted: number };
export type TPrf = TCounts & { precision: number; recall: number; f1: number };

type TPredIndicator = {
  text: string;
  value: number;
  valueMax: number | null;
  unit: string;
  approx: string;
  article: string;
  metric: string | null;
  role: string;
  start: number;
  end: number;
  articleText?: string;
};

export type TAgreement = { agree: number; of: number };
// Metric labels of every reported indicator: located = found verbatim in its article near the number (labels that
// are not, e.g. a normalised series name, cannot be judged for boundaries and are counted apart).
export type TLabelScore = { labelled: number; located: number; onBoundary: number; offBoundary: string[] };

export type TIndicatorScore = TPrf & {
  missed: TGoldIndicator[];
  spurious: TPredIndicator[]; // articleText cleared: the JSON report stays small
  nonQuantities: Array<{ text: string; unit: string; excluded: string; why: string; article: string }>;
  approxAgreement: TAgreement;
  labels: TLabelScore;
  metricGood: TAgreement & { bad: Array<{ text: string; gold: string; predicted: string | null }> };
  roles: TAgreement & { wrong: Array<{ text: string; gold: string; predicted: string }> };
};
// kinds: matched goals whose kind agrees (gold files that annotate kinds); deadlineDates: matched goals whose gold
// states a deadline, right when the resolved date equals the gold's (null for 按时按期 included).
export type TGoalScore = TPrf & { missed: string[]; spurious: string[]; kinds: TAgreement; deadlineDates: TAgreement; wrongKinds: string[]; wrongDates: string[] };
export type TCampaignScore = TPrf & {
  missed: string[];
  spurious: string[];
  merged: Array<{ predicted: string; gold: string[] }>; // one predicted campaign covering several gold ones
  split: Array<{ gold: string; predicted: string[] }>; // one gold campaign reported as several predicted ones
};
export type TSetScore = TPrf & { missed: string[]; spurious: string[] };
export type TPlaceScore = TSetScore & {
  villages: { resolved: number; of: number; wrong: string[] }; // the county's villages/communities → right township
  outsideLinked: string[]; // places elsewhere that a prediction links to one of the county's townships (must be none)
};
export type TDepartmentScore = TSetScore & { outsideMapped: string[] }; // bodies of other places mapped to the county
export type TDateScore = {
  gold: string;
  predicted: string | null;
  rule: "exact" | "window";
  window?: [string, string];
  ok: boolean;
  exact: boolean;
  unknown: boolean; // the extractor answered no date
  wrongByMonth: boolean; // a date 30 days or more from the real one
};

export type TIssueScore = {
  file: string;
  date: TDateScore;
  indicators: TIndicatorScore;
  goals: TGoalScore;
  campaigns: TCampaignScore;
  townships: TSetScore;
  places: TPlaceScore;
  departments: TDepartmentScore;
  articles: TArticleScore | null; // null when the gold lists no headlines (the seeds)
};

export type TSummary = {
  issues: number;
  kinds: Record<TKind, TPrf>;
  dates: { ok: number; exact: number; unknown: number; wrongByMonth: number; of: number };
  nonQuantities: number;
  approxAgreement: TAgreement;
  merged: number;
  split: number;
  labels: { labelled: number; located: number; onBoundary: number; offBoundary: number };
  metricGood: TAgreement;
  roles: TAgreement;
  goalKinds: TAgreement;
  goalDeadlineDates: TAgreement;
  villages: { resolved: number; of: number };
  outsideLinked: number;
  outsideMapped: number;
  articles: { whole: number; titled: number; of: number };
};

// A body the extractor reports as another place's (departments[].outside on the gazetteer branch's contract); read
// leniently so that an output without the flag still scores.
const isOutsideBody = (d: TExtractOutput["articles"][number]["departments"][number]) => (d as { outside?: boolean }).outside === true;

export const GOAL_OVERLAP = 0.5;
const MIN_CONTAINED_CAMPAIGN = 4; // shorter names ("示范区", "擂台赛") must match exactly

export function prf(counts: TCounts): TPrf {
  const precision = counts.predicted === 0 ? (counts.gold === 0 ? 1 : 0) : counts.matchedPredicted / counts.predicted;
  const recall = counts.gold === 0 ? 1 : counts.matchedGold / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

// `source` is the issue file's text: needed for articles recovered whole, optional for the rest.
export function scoreIssue(gold: TGoldIssue, predicted: TExtractOutput, source?: string): TIssueScore {
  return {
    file: gold.file,
    date: scoreDate(gold, predicted.issue.date),
    indicators: scoreIndicators(gold, predicted),
    goals: scoreGoals(gold, predicted),
    campaigns: scoreCampaigns(gold, predicted),
    townships: scoreSet(gold.townships.map(normaliseTownship), predictedTownships(predicted)),
    places: scorePlaces(gold, predicted),
    departments: scoreDepartments(gold, predicted),
    articles: gold.articles && source !== undefined ? scoreArticles(gold.articles.map((a) => a.title), source, predicted.articles) : null,
  };
}

export const MONTH_DAYS = 30;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

// Masthead dates must be exact; inferred ones inside their week; "unknown" is right only where the gold allows it.
export function scoreDate(gold: TGoldIssue, predicted: string | null): TDateScore {
  const exact = predicted === gold.date;
  const unknown = predicted === null;
  const wrongByMonth = !unknown && Math.abs(dayNumber(predicted) - dayNumber(gold.date)) >= MONTH_DAYS;
  const unknownOk = unknown && gold.dateUnknownOk === true;
  if (gold.dateSource === "masthead" || !gold.dateWindow) {
    return { gold: gold.date, predicted, rule: "exact", ok: exact || unknownOk, exact, unknown, wrongByMonth };
  }
  const [from, to] = gold.dateWindow;
  const ok = (predicted !== null && from <= predicted && predicted <= to) || unknownOk;
  return { gold: gold.date, predicted, rule: "window", window: gold.dateWindow, ok, exact, unknown, wrongByMonth };
}

const sameNumber = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function sameKey(g: TGoldIndicator, p: TPredIndicator): boolean {
  return sameNumber(g.value, p.value) && sameNumber(g.valueMax, p.valueMax) && normaliseUnit(g.unit) === normaliseUnit(p.unit);
}

// A gold label and a predicted one agree ("good") when, after normalisation, they are equal or their longest common
// stretch covers at least half of the longer of the two: 签约 ~ 签约率, GDP增速 ~ GDP, but not 签约率 ~
// 谦国际二期地块圆满完成签约率 (a label that swallowed its clause) nor 完成率 ~ 入户调查完成率 (a label that lost its subject).
export const METRIC_OVERLAP = 0.5;
export function metricsAgree(gold: string, predicted: string | null): boolean {
  if (predicted === null) return false;
  const g = normaliseMetric(gold);
  const p = normaliseMetric(predicted);
  if (!g || !p) return false;
  return g === p || longestCommonSubstring(g, p) / Math.max(g.length, p.length) >= METRIC_OVERLAP;
}

// Does the predicted number sit inside the gold context? Breaks ties between equal values in different sentences.
function inContext(g: TGoldIndicator, p: TPredIndicator): boolean {
  if (!p.articleText) return false;
  const around = p.articleText.slice(Math.max(0, p.start - g.context.length), p.end + g.context.length);
  return around.includes(g.context);
}

// Multiset match on (value, valueMax, unit); among equal keys prefer the gold item in the same context, then the one
// written the same way.
export function scoreIndicators(gold: TGoldIssue, predicted: TExtractOutput): TIndicatorScore {
  const preds: TPredIndicator[] = predicted.articles.flatMap((a) =>
    a.indicators.map((i) => ({
      text: i.text,
      value: i.value,
      valueMax: i.valueMax ?? null,
      unit: i.unit,
      approx: i.approx,
      article: a.title,
      metric: i.metric,
      role: i.role,
      start: i.start,
      end: i.end,
      articleText: a.text,
    })),
  );
  const open = gold.indicators.map(() => true);
  const spurious: TPredIndicator[] = [];
  const pairs: Array<[TGoldIndicator, TPredIndicator]> = [];
  let agree = 0;
  let matched = 0;
  for (const p of preds) {
    const candidates = gold.indicators.map((g, i) => i).filter((i) => open[i] && sameKey(gold.indicators[i], p));
    if (candidates.length === 0) {
      spurious.push(p);
      continue;
    }
    const g = (i: number) => gold.indicators[i];
    const chosen =
      candidates.find((i) => inContext(g(i), p) && g(i).text === p.text) ??
      candidates.find((i) => inContext(g(i), p)) ??
      candidates.find((i) => g(i).text === p.text) ??
      candidates[0];
    open[chosen] = false;
    matched++;
    pairs.push([g(chosen), p]);
    if (g(chosen).approx === p.approx) agree++;
  }
  const withMetric = pairs.filter(([g]) => g.metric !== undefined);
  const badMetric = withMetric.filter(([g, p]) => !metricsAgree(g.metric!, p.metric));
  const withRole = pairs.filter(([g]) => g.role !== undefined);
  const wrongRole = withRole.filter(([g, p]) => g.role !== p.role);
  const nonQuantities = spurious.flatMap((p) => {
    const hit = findExcluded(gold, p.text);
    return hit ? [{ text: p.text, unit: p.unit, excluded: hit.text, why: hit.why, article: p.article }] : [];
  });
  return {
    ...prf({ gold: gold.indicators.length, predicted: preds.length, matchedGold: matched, matchedPredicted: matched }),
    missed: gold.indicators.filter((_, i) => open[i]),
    spurious: spurious.map((p) => ({ ...p, articleText: undefined })),
    nonQuantities,
    approxAgreement: { agree, of: matched },
    labels: scoreLabels(preds),
    metricGood: {
      agree: withMetric.length - badMetric.length,
      of: withMetric.length,
      bad: badMetric.map(([g, p]) => ({ text: g.context, gold: g.metric!, predicted: p.metric })),
    },
    roles: {
      agree: withRole.length - wrongRole.length,
      of: withRole.length,
      wrong: wrongRole.map(([g, p]) => ({ text: g.context, gold: g.role!, predicted: p.role })),
    },
  };
}

// Every reported label is checked, matched or not: a label cut through a word is wrong whatever the number.
function scoreLabels(preds: TPredIndicator[]): TLabelScore {
  const score: TLabelScore = { labelled: 0, located: 0, onBoundary: 0, offBoundary: [] };
  for (const p of preds) {
    if (!p.metric) continue;
    score.labelled++;
    const at = p.articleText ? locateNear(p.articleText, p.metric, p.start, p.end) : null;
    if (!at || !p.articleText) continue;
    score.located++;
    if (onWordBoundaries(p.articleText, at.start, at.end)) score.onBoundary++;
    else score.offBoundary.push(`${p.metric} (${p.text})`);
  }
  return score;
}

// A reported item "is" an excluded non-quantity when either text contains the other.
function findExcluded(gold: TGoldIssue, text: string) {
  const t = text.trim();
  if (!t) return undefined;
  return gold.excluded.find((e) => e.text === t) ?? gold.excluded.find((e) => e.text.includes(t) || t.includes(e.text));
}

// One-to-one: pairs with overlap ≥ 50% of the shorter text, best pairs first. Kind and deadline date are judged on
// the matched pairs whose gold states them (a prediction without the field counts as wrong).
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

// Townships of the county an issue mentions: township places, and the townships of villages, communities and areas.
// Places the extractor marks as outside the county are not the county's townships.
export function predictedTownships(predicted: TExtractOutput): string[] {
  const names = predicted.articles.flatMap((a) =>
    a.places
      .filter((p) => p.outside !== true)
      .flatMap((p) => [p.level === "township" ? p.name : null, p.township])
      .filter((n): n is string => !!n),
  );
  return [...new Set(names.map(normaliseTownship))];
}

// Places by name (suffixes normalised), inside and outside the county; then the two checks that matter for a county
// paper: its villages and communities resolved to the right township, and no place elsewhere given one of its townships.
export function scorePlaces(gold: TGoldIssue, predicted: TExtractOutput): TPlaceScore {
  const preds = predicted.articles.flatMap((a) => a.places);
  const byName = new Map<string, typeof preds>();
  for (const p of preds) byName.set(normalisePlace(p.name), [...(byName.get(normalisePlace(p.name)) ?? []), p]);
  const set = scoreSet(gold.places.map((p) => normalisePlace(p.name)), preds.map((p) => normalisePlace(p.name)));

  const local = gold.places.filter((p) => !p.outside && (p.level === "village" || p.level === "community") && p.township !== null);
  const wrong = local.filter(
    (g) => !(byName.get(normalisePlace(g.name)) ?? []).some((p) => p.township !== null && normaliseTownship(p.township) === normaliseTownship(g.township!)),
  );
  const townships = COUNTY_TOWNSHIPS[gold.county ?? DEFAULT_COUNTY]?.townships.map(normaliseTownship);
  // Linked: given one of the county's townships, whatever the place's own outside flag says.
  const linked = (p: (typeof preds)[number]) =>
    p.township !== null && (townships ? townships.includes(normaliseTownship(p.township)) : p.outside !== true);
  const outsideLinked = gold.places.filter((g) => g.outside && (byName.get(normalisePlace(g.name)) ?? []).some(linked)).map((g) => g.name);
  return { ...set, villages: { resolved: local.length - wrong.length, of: local.length, wrong: wrong.map((g) => g.name) }, outsideLinked };
}

export function predictedDepartments(predicted: TExtractOutput): string[] {
  const names = predicted.articles.flatMap((a) => a.departments.map((d) => normaliseDepartment(d.name)));
  return [...new Set(names)];
}

// A prediction maps a body to the county when its canonical name is one of the county's: it names the county
// (柯城区人民政府), or it is a county short key (区政府, 区发改局) that differs from what was written. A body left as
// written (区农经局 → 区农经局) is not mapped, merely unresolved.
const isCountyKey = (key: string) => key.startsWith("区");
function mapsToCounty(name: string, canonical: string, countyName: string | undefined): boolean {
  if (!canonical) return false;
  if (countyName && canonical.includes(countyName)) return true;
  return canonical !== name && isCountyKey(normaliseDepartment(canonical));
}

// Departments as a set of keys, and the bodies of other places mapped to the county: a mention mapped to a county body
// that the gold does not list for the county, when it was found inside the written name of another place's body
// (上虞区政府 read as 区政府 → 柯城区人民政府), or anywhere in an issue whose gold names only other places' bodies.
export function scoreDepartments(gold: TGoldIssue, predicted: TExtractOutput): TDepartmentScore {
  const set = scoreSet(gold.departments.map(normaliseDepartment), predictedDepartments(predicted));
  const outside = gold.departmentsOutside ?? [];
  const county = new Set(gold.departments.filter((d) => !outside.includes(d)).map(normaliseDepartment));
  const countyName = COUNTY_TOWNSHIPS[gold.county ?? DEFAULT_COUNTY]?.name;
  const foreignOnly = outside.length > 0 && county.size === 0;
  const mapped = new Set<string>();
  for (const a of predicted.articles) {
    for (const d of a.departments) {
      if (isOutsideBody(d) || !mapsToCounty(d.name, d.canonical, countyName) || county.has(normaliseDepartment(d.canonical))) continue;
      const inForeignName = outside.some((name) => {
        if (d.name.includes(name) || name === d.name) return true;
        if (!a.text || d.start === undefined || d.end === undefined) return false;
        for (let at = a.text.indexOf(name); at >= 0; at = a.text.indexOf(name, at + 1)) {
          if (at < d.end && d.start < at + name.length) return true;
        }
        return false;
      });
      if (inForeignName || foreignOnly) mapped.add(`${d.name} → ${d.canonical}`);
    }
  }
  return { ...set, outsideMapped: [...mapped] };
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
  const sum = (pick: (s: TIssueScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const agreement = (pick: (s: TIssueScore) => TAgreement): TAgreement => ({ agree: sum((s) => pick(s).agree), of: sum((s) => pick(s).of) });
  return {
    issues: scores.length,
    kinds,
    dates: {
      ok: count(scores, (s) => s.date.ok),
      exact: count(scores, (s) => s.date.exact),
      unknown: count(scores, (s) => s.date.unknown),
      wrongByMonth: count(scores, (s) => s.date.wrongByMonth),
      of: scores.length,
    },
    nonQuantities: scores.reduce((n, s) => n + s.indicators.nonQuantities.length, 0),
    approxAgreement: {
      agree: scores.reduce((n, s) => n + s.indicators.approxAgreement.agree, 0),
      of: scores.reduce((n, s) => n + s.indicators.approxAgreement.of, 0),
    },
    merged: scores.reduce((n, s) => n + s.campaigns.merged.length, 0),
    split: scores.reduce((n, s) => n + s.campaigns.split.length, 0),
    labels: {
      labelled: sum((s) => s.indicators.labels.labelled),
      located: sum((s) => s.indicators.labels.located),
      onBoundary: sum((s) => s.indicators.labels.onBoundary),
      offBoundary: sum((s) => s.indicators.labels.offBoundary.length),
    },
    metricGood: agreement((s) => s.indicators.metricGood),
    roles: agreement((s) => s.indicators.roles),
    goalKinds: agreement((s) => s.goals.kinds),
    goalDeadlineDates: agreement((s) => s.goals.deadlineDates),
    villages: { resolved: sum((s) => s.places.villages.resolved), of: sum((s) => s.places.villages.of) },
    outsideLinked: sum((s) => s.places.outsideLinked.length),
    outsideMapped: sum((s) => s.departments.outsideMapped.length),
    articles: {
      whole: sum((s) => s.articles?.whole ?? 0),
      titled: sum((s) => s.articles?.titled ?? 0),
      of: sum((s) => s.articles?.of ?? 0),
    },
  };
}

const count = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length;
