// Refiners that run after every rule file: overlap removal (a "number" inside a campaign, place or department name is
// not a quantity) and entity linking (the township, department and campaign an indicator, goal or campaign mention
// concerns). Linking looks at the same clause first, then the sentence, then the headline; a scope that names several
// candidates stops the search there: we do not guess. The body of the article is never a scope of its own.

import { NUMBERED_NAMES } from "@/lib/gazetteer";
import { unitAround, type TextUnits } from "@/lib/text/sentences";
import { buildTrie, scanLongest } from "@/lib/text/trie";
import { unitsFor } from "./context";
import { extractCampaigns } from "./extract-campaigns";
import { extractDepartments, isCountyDepartment } from "./extract-departments";
import { extractIndicators } from "./extract-indicators";
import { findPlaces } from "./extract-places";
import { removeOverlapping } from "./remove-overlaps";
import type {
  ExtractContext,
  ExtractedCampaign,
  ExtractedDepartment,
  ExtractedGoal,
  ExtractedIndicator,
  ExtractedPlace,
  Span,
} from "./types";

const NUMBERED_TRIE = buildTrie(NUMBERED_NAMES.map((n) => [n, n] as const));

// ---------------------------------------------------------------------------------------------------------------
// Overlap removal

export type OverlapInput = {
  text: string;
  campaigns: ExtractedCampaign[];
  places: ExtractedPlace[];
  departments: ExtractedDepartment[];
};

// Spans inside which no quantity can stand: campaign names (六治六提, “510”管理工程), places (七里三村, 九华乡),
// departments (区九届政府) and numbered names outside the district (山区26县, 四省边际).
export function nameSpans({ text, campaigns, places, departments }: OverlapInput): Span[] {
  const numbered = scanLongest(NUMBERED_TRIE, text).map(({ start, end }) => ({ start, end }));
  return [...campaigns, ...places, ...departments, ...numbered]
    .map(({ start, end }) => ({ start, end }))
    .sort((a, b) => a.start - b.start);
}

export function removeNameOverlaps<T extends Span>(items: T[], blockers: Span[], onDrop?: (item: T, by: Span) => void): T[] {
  return removeOverlapping(items, blockers, onDrop);
}

// ---------------------------------------------------------------------------------------------------------------
// Scopes

// Sentences and clauses as consecutive units, a closing quote or bracket staying with the unit it closes.
type Scopes = { sentenceEnds: readonly number[]; clauseEnds: readonly number[] };

function buildScopes(units: TextUnits): Scopes {
  return { sentenceEnds: units.unitEnds("sentence"), clauseEnds: units.unitEnds("clauseOrColon") };
}

function scopeOf(ends: readonly number[], item: Span): Span {
  const first = unitAround(ends, item.start);
  const last = unitAround(ends, Math.max(item.start, item.end - 1));
  return { start: first.start, end: last.end };
}

// A scope may exclude document titles the item is not in: 审议《关于推进航埠镇…的若干意见》《…“大综合一体化”行政执法改革的
// 实施方案》 names 航埠镇 in a different document from the reform.
type Scope = Span & { exclude?: Span[] };

// `list` is sorted by start (every extractor emits left to right): binary search to the scope, then walk it.
function inside<T extends Span>(list: T[], scope: Scope): T[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < scope.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < list.length && list[i].start < scope.end; i++) {
    const x = list[i];
    if (x.end > scope.end) continue;
    if (scope.exclude?.some((t) => x.start >= t.start && x.end <= t.end)) continue;
    out.push(x);
  }
  return out;
}

function documentTitles(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/《[^《》\n]*》/g)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Candidates per scope

type Pick = { found: boolean; value?: string };

const NONE: Pick = { found: false };

function unique(values: (string | undefined)[]): Pick {
  const set = new Set(values.filter((v): v is string => !!v));
  if (set.size === 0) return NONE;
  return set.size === 1 ? { found: true, value: [...set][0] } : { found: true };
}

// A place whose township is unknown (城北片区, 严村) still counts as a candidate: next to 衢化片区 it makes the scope
// ambiguous rather than letting 衢化街道 win by default.
function townshipIn(places: ExtractedPlace[], scope: Scope): Pick {
  const pick = unique(inside(places, scope).map((p) => p.township ?? `?${p.name}`));
  return pick.value?.startsWith("?") ? { found: true } : pick;
}

function skipLead(text: string, from: number): number {
  let i = from;
  while (i < text.length && /[\s“”‘’（）()—…、，。；：]/.test(text[i])) i++;
  return i;
}

// Departments that open a clause of the scope and are not the head of a list (区人大机关、区政协机关…等11家单位):
// the subjects of the sentence (…，区发改局将深入贯彻落实区委…精神).
function subjects(text: string, found: ExtractedDepartment[], clauseEnds: readonly number[]): ExtractedDepartment[] {
  return found.filter(
    (d) => d.start === skipLead(text, unitAround(clauseEnds, d.start).start) && !"、和与及".includes(text[d.end] ?? ""),
  );
}

// In the clause any department counts; in the sentence only its subject does (an object such as 落实区委…精神
// says nothing about who acts), so a sentence without a subject falls through to the article.
function departmentInClause(departments: ExtractedDepartment[], scope: Scope): Pick {
  return unique(inside(departments, scope).map((d) => d.name));
}

function departmentInSentence(text: string, departments: ExtractedDepartment[], scope: Scope, clauseEnds: readonly number[]): Pick {
  return unique(subjects(text, inside(departments, scope), clauseEnds).map((d) => d.name));
}

function campaignIn(campaigns: ExtractedCampaign[], scope: Scope, self?: Span): Pick {
  const others = inside(campaigns, scope).filter((c) => !self || c.start !== self.start || c.end !== self.end);
  const keys = unique(others.map((c) => c.key));
  if (!keys.value) return keys;
  return { found: true, value: others.find((c) => c.key === keys.value)!.name };
}

// ---------------------------------------------------------------------------------------------------------------
// Article-level defaults: only the headline stack and the interviewee line speak for the whole article (issue #10 §3).
// A campaign, township or department the body names somewhere is not a link for every number of the article: an
// article about the 征收 of two villages also reports the district's 数字化改革, and one township named in three
// sentences does not own the numbers of the others.

type ArticleDefaults = { township?: string; department?: string; campaign?: string };

function headerText(ctx: ExtractContext): string {
  return [ctx.kicker, ctx.title, ctx.subtitle, ctx.interviewee].filter(Boolean).join("\n");
}

function articleDefaults(ctx: ExtractContext): ArticleDefaults {
  const header = headerText(ctx);
  if (!header) return {};
  const whole = { start: 0, end: header.length };
  const headerPlaces = findPlaces(header);
  const headerTownship = townshipIn(headerPlaces.places, whole);
  // The interviewee line is a title (区发改局党组书记、局长 任文俊) and names the speaker's body; a headline such as
  // 区委书记蒋国强调研… does not make the article the 区委's.
  const headline = [ctx.kicker, ctx.title, ctx.subtitle].filter(Boolean).join("\n");
  const headerDepartment = unique([
    // without an interviewee line the headline is the header, whose places are found already
    ...extractDepartments(headline, headline === header ? { places: headerPlaces } : {}),
    ...extractDepartments(ctx.interviewee ?? "", { includeTitles: true }),
  ].filter(isCountyDepartment).map((d) => d.name));
  const headerCampaign = campaignIn(extractCampaigns(header), whole);
  return { township: headerTownship.value, department: headerDepartment.value, campaign: headerCampaign.value };
}

// ---------------------------------------------------------------------------------------------------------------
// Linking

export type LinkInput = {
  text: string;
  ctx?: ExtractContext;
  indicators: ExtractedIndicator[];
  goals: ExtractedGoal[];
  campaigns: ExtractedCampaign[];
  places: ExtractedPlace[];
  departments: ExtractedDepartment[];
};

export type LinkOutput = {
  indicators: ExtractedIndicator[];
  goals: ExtractedGoal[];
  campaigns: ExtractedCampaign[];
};

type Links = { township?: string; department?: string; campaign?: string };

export function linkEntities(input: LinkInput): LinkOutput {
  const { text, indicators, goals } = input;
  const byStart = <T extends Span>(list: T[]) => [...list].sort((a, b) => a.start - b.start);
  const [campaigns, places, departments] = [byStart(input.campaigns), byStart(input.places), byStart(input.departments)];
  const scopes = buildScopes(unitsFor(text, input.ctx));
  const defaults = articleDefaults(input.ctx ?? {});

  const titles = documentTitles(text);

  const linksFor = (item: Span, self?: Span): Links => {
    const exclude = titles.length ? titles.filter((t) => !(item.start >= t.start && item.end <= t.end)) : undefined;
    // (not { ...scopeOf(), exclude }: V8's slow path for a spread followed by a property, see lib/extract/index.ts)
    const clause: Scope = Object.assign(scopeOf(scopes.clauseEnds, item), { exclude });
    const sentence: Scope = Object.assign(scopeOf(scopes.sentenceEnds, item), { exclude });
    // The sentence's pick is read only when the clause decides nothing (the picks are pure).
    const resolve = (picks: (() => Pick)[], fallback?: string): string | undefined => {
      for (const pick of picks) {
        const decided = pick();
        if (decided.found) return decided.value;
      }
      return fallback;
    };
    return {
      township: resolve([() => townshipIn(places, clause), () => townshipIn(places, sentence)], defaults.township),
      department: resolve(
        [() => departmentInClause(departments, clause), () => departmentInSentence(text, departments, sentence, scopes.clauseEnds)],
        defaults.department,
      ),
      campaign: self
        ? undefined
        : resolve([() => campaignIn(campaigns, clause, self), () => campaignIn(campaigns, sentence, self)], defaults.campaign),
    };
  };

  return {
    indicators: indicators.map((x) => fill(x, linksFor(x))),
    goals: goals.map((x) => fill(x, linksFor(x))),
    campaigns: campaigns.map((c) => {
      const { township, department } = linksFor(c, c);
      return fill(c, { township, department });
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Headline numbers (issue #10 §4): a number of the headline stack that the body repeats (入户调查完成100% … 入户调查完成率
// 达100%) is one indicator, the body's; a number only the headline gives is an indicator of its own, marked `headline`
// and linked by the headline alone. Its words are not in the article text, so its span and sentence are empty at 0.

const sameNumberKey = (i: ExtractedIndicator) => `${i.value}|${i.valueMax ?? ""}|${i.unit}`;

export function headlineNumbers(ctx: ExtractContext, body: ExtractedIndicator[]): ExtractedIndicator[] {
  const header = [ctx.kicker, ctx.title, ctx.subtitle].filter(Boolean).join("\n");
  if (!header) return [];
  // cheap first: most headlines give no number, or only the body's
  const inBody = new Map<string, number>();
  for (const i of body) inBody.set(sameNumberKey(i), (inBody.get(sameNumberKey(i)) ?? 0) + 1);
  const own = extractIndicators(header, { issueYear: ctx.issueYear }).filter((i) => {
    const left = inBody.get(sameNumberKey(i)) ?? 0;
    if (left > 0) inBody.set(sameNumberKey(i), left - 1);
    return left === 0;
  });
  if (own.length === 0) return [];
  const headerPlaces = findPlaces(header);
  const names = nameSpans({
    text: header,
    campaigns: extractCampaigns(header),
    places: headerPlaces.places,
    departments: extractDepartments(header, { places: headerPlaces }),
  });
  const kept = removeNameOverlaps(own, names);
  if (kept.length === 0) return [];
  const defaults = articleDefaults(ctx);
  return kept.map((i) => fill(Object.assign({}, i, { start: 0, end: 0, sentence: { start: 0, end: 0 }, headline: true as const }), defaults));
}

// Keep what an earlier stage already decided; add only what is missing.
function fill<T extends Links>(item: T, links: Links): T {
  const out = Object.assign({}, item); // not { ...item }: a spread copy given a property later is slow in V8 (index.ts)
  for (const key of ["township", "department", "campaign"] as const) {
    if (out[key] === undefined && links[key] !== undefined) out[key] = links[key];
  }
  return out;
}
