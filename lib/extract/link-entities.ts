// Refiners that run after every rule file: overlap removal (a "number" inside a campaign, place or department name is
// not a quantity) and entity linking (the township, department and campaign an indicator, goal or campaign mention
// concerns). Linking looks at the same clause first, then the sentence, then the article; a scope that names several
// candidates stops the search there: we do not guess.

import { NUMBERED_NAMES, buildTrie, scanLongest } from "@/lib/gazetteer";
import { extractCampaigns } from "./extract-campaigns";
import { extractDepartments } from "./extract-departments";
import { extractPlaces } from "./extract-places";
import type {
  ExtractContext,
  ExtractedCampaign,
  ExtractedDepartment,
  ExtractedGoal,
  ExtractedIndicator,
  ExtractedPlace,
  ExtractedProgress,
  Span,
} from "./types";

const SENTENCE_END = new Set([..."。！？!?；;\n"]);
const CLAUSE_END = new Set([...SENTENCE_END, ..."，,：:"]);
const CLOSERS = new Set([..."”’」』）)"]);

const NUMBERED_TRIE = buildTrie(NUMBERED_NAMES.map((n) => [n, n] as const));

// ---------------------------------------------------------------------------------------------------------------
// Overlap removal

function overlapsAny(item: Span, blockers: Span[]): boolean {
  // blockers are sorted by start; spans are short, so a linear scan from the first candidate is enough.
  for (const b of blockers) {
    if (b.start >= item.end) break;
    if (item.start < b.end && b.start < item.end) return true;
  }
  return false;
}

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

export function removeNameOverlaps<T extends Span>(items: T[], blockers: Span[]): T[] {
  if (blockers.length === 0) return items;
  return items.filter((item) => !overlapsAny(item, blockers));
}

// ---------------------------------------------------------------------------------------------------------------
// Scopes

type Scopes = { sentenceEnds: number[]; clauseEnds: number[] };

function boundaries(text: string, ends: Set<string>): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!ends.has(text[i])) continue;
    let j = i + 1;
    while (j < text.length && CLOSERS.has(text[j])) j++;
    out.push(j);
    i = j - 1;
  }
  if (out[out.length - 1] !== text.length) out.push(text.length);
  return out;
}

function buildScopes(text: string): Scopes {
  return { sentenceEnds: boundaries(text, SENTENCE_END), clauseEnds: boundaries(text, CLAUSE_END) };
}

// The [start, end) of the unit (sentence or clause) containing position `pos`.
function unitAround(ends: number[], pos: number): Span {
  let lo = 0;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] > pos) hi = mid;
    else lo = mid + 1;
  }
  return { start: lo === 0 ? 0 : ends[lo - 1], end: ends[lo] };
}

function scopeOf(ends: number[], item: Span): Span {
  const first = unitAround(ends, item.start);
  const last = unitAround(ends, Math.max(item.start, item.end - 1));
  return { start: first.start, end: last.end };
}

function inside<T extends Span>(list: T[], scope: Span): T[] {
  return list.filter((x) => x.start >= scope.start && x.end <= scope.end);
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

function townshipIn(places: ExtractedPlace[], scope: Span): Pick {
  return unique(inside(places, scope).map((p) => p.township));
}

function skipLead(text: string, from: number): number {
  let i = from;
  while (i < text.length && /[\s“”‘’（）()—…、，。；：]/.test(text[i])) i++;
  return i;
}

// Several departments in one scope: the one that opens a clause is the subject (…，区发改局将深入贯彻落实区委…精神),
// provided no other department opens one.
function departmentIn(text: string, departments: ExtractedDepartment[], scope: Span, clauseEnds: number[]): Pick {
  const found = inside(departments, scope);
  const pick = unique(found.map((d) => d.name));
  if (!pick.found || pick.value) return pick;
  const openers = found.filter((d) => d.start === skipLead(text, unitAround(clauseEnds, d.start).start));
  const subject = unique(openers.map((d) => d.name));
  return subject.value ? subject : pick;
}

function campaignIn(campaigns: ExtractedCampaign[], scope: Span, self?: Span): Pick {
  const others = inside(campaigns, scope).filter((c) => !self || c.start !== self.start || c.end !== self.end);
  const keys = unique(others.map((c) => c.key));
  if (!keys.value) return keys;
  return { found: true, value: others.find((c) => c.key === keys.value)!.name };
}

// ---------------------------------------------------------------------------------------------------------------
// Article-level defaults: the headline and interviewee line first, then a township that dominates the body.

type ArticleDefaults = { township?: string; department?: string; campaign?: string };

function headerText(ctx: ExtractContext): string {
  return [ctx.kicker, ctx.title, ctx.subtitle, ctx.interviewee].filter(Boolean).join("\n");
}

function dominantTownship(places: ExtractedPlace[]): string | undefined {
  const counts = new Map<string, number>();
  for (const p of places) if (p.township) counts.set(p.township, (counts.get(p.township) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return undefined;
  const [top, second] = [ranked[0][1], ranked[1]?.[1] ?? 0];
  // 早田公司 article: 石梁镇 (and 梅山村) three times, 九华乡 once → 石梁镇.
  return top >= 2 && top >= 2 * second ? ranked[0][0] : undefined;
}

function articleDefaults(ctx: ExtractContext, places: ExtractedPlace[], campaigns: ExtractedCampaign[]): ArticleDefaults {
  const header = headerText(ctx);
  const whole = { start: 0, end: header.length };
  const headerTownship = townshipIn(extractPlaces(header), whole);
  const headerDepartment = unique(extractDepartments(header, { includeTitles: true }).map((d) => d.name));
  const headerCampaign = campaignIn(extractCampaigns(header), whole);
  const bodyCampaign = campaignIn(campaigns, { start: 0, end: Number.MAX_SAFE_INTEGER });
  return {
    township: headerTownship.found ? headerTownship.value : dominantTownship(places),
    department: headerDepartment.value,
    campaign: headerCampaign.found ? headerCampaign.value : bodyCampaign.value,
  };
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
  const { text, indicators, goals, campaigns, places, departments } = input;
  const scopes = buildScopes(text);
  const defaults = articleDefaults(input.ctx ?? {}, places, campaigns);

  const linksFor = (item: Span, self?: Span): Links => {
    const clause = scopeOf(scopes.clauseEnds, item);
    const sentence = scopeOf(scopes.sentenceEnds, item);
    const resolve = (pick: (scope: Span) => Pick, fallback?: string): string | undefined => {
      for (const scope of [clause, sentence]) {
        const p = pick(scope);
        if (p.found) return p.value;
      }
      return fallback;
    };
    return {
      township: resolve((s) => townshipIn(places, s), defaults.township),
      department: resolve((s) => departmentIn(text, departments, s, scopes.clauseEnds), defaults.department),
      campaign: resolve((s) => campaignIn(campaigns, s, self), self ? undefined : defaults.campaign),
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

// Keep what an earlier stage already decided; add only what is missing.
function fill<T extends Links>(item: T, links: Links): T {
  const out = { ...item };
  for (const key of ["township", "department", "campaign"] as const) {
    if (out[key] === undefined && links[key] !== undefined) out[key] = links[key];
  }
  return out;
}
