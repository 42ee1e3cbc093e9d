// extractAll: the pipeline for one article, as data (issue #12 §3; chrono's parsers and refiners). PRODUCERS run in
// order, each reading what the ones before it found (departments read the places; goals read the numbers); a
// producer marked `insideNames` has its items that fall inside a campaign, place or department name removed by the
// one overlap refiner as soon as they are produced, so later producers see only real quantities. Then REFINERS run
// in order: linking each item to its township, department and campaign, goal subjects, headline numbers, series.
// One context per article carries its sentences (lib/text/sentences.ts) and, when asked, the rejection trace.

import { textUnits } from "@/lib/text/sentences";
import type { ParsedArticle } from "@/lib/text/types";
import { reject, unitsFor } from "./context";
import { extractCampaigns, headlineCampaigns } from "./extract-campaigns";
import { extractDepartments, isCountyDepartment } from "./extract-departments";
import { extractGoals } from "./extract-goals";
import { extractIndicators } from "./extract-indicators";
import { extractPlaces, findPlaces } from "./extract-places";
import { extractProgress } from "./extract-progress";
import { headerEntities } from "./header-entities";
import { headlineNumbers, linkEntities, nameSpans } from "./link-entities";
import { removeOverlapping } from "./remove-overlaps";
import { isCoreIndicator, seriesKey, seriesPlace } from "./series-key";
import type { ArticleExtraction, ExtractContext, ExtractedOutsidePlace, Span } from "./types";

// The context extractAll reads from a parsed article: its headline stack, interviewee line and sentences.
export function articleContext(article: ParsedArticle, issueYear?: number, issueDate?: string): ExtractContext {
  return {
    issueYear,
    issueDate,
    title: article.title,
    kicker: article.kicker,
    subtitle: article.subtitle,
    interviewee: article.interviewee,
    byline: article.byline,
    captions: article.captions,
    units: textUnits(article.text),
  };
}

// An interview's text starts with its interviewee line (区发改局党组书记、局长 任文俊：), printed as part of it: the body
// named there is the speaker's, so titles are allowed in that line only. Returns the line's end, 0 when there is none.
export function intervieweeLineEnd(text: string, ctx: ExtractContext): number {
  if (!ctx.interviewee || !text.startsWith(ctx.interviewee)) return 0;
  const newline = text.indexOf("\n");
  return newline < 0 ? text.length : newline;
}

// What the pipeline has found so far for one article.
export type PipelineState = Required<ArticleExtraction> & {
  readonly text: string;
  readonly ctx: ExtractContext; // with its units: one per article
  readonly header: string; // the headline stack: where a format's host or a headline number is named
};
type Slots = Partial<Required<ArticleExtraction>>;

export type Producer = {
  name: string;
  produce: (state: PipelineState) => Slots;
  // The kind of item the overlap refiner removes from this producer's output when it stands inside a name.
  insideNames?: { slot: "indicators" | "progress"; kind: "indicator" | "progress" };
};
export type Refiner = { name: string; refine: (state: PipelineState) => Slots };

// A division's full name written only as the first word of a body's name, a title or a credit (X市委农办, X省人大代表,
// X县融媒体中心供图): the body anchors on it, but the gold lists a place where it is written on its own (held-out
// categories, false places).
const BODY_AFTER_PLACE = /^(?:委|人大|政协|人民政府|政府|融媒|纪委|监委|商会|总工会|妇联|团委|检察院|人民法院|法院|公安局)/u;
// …and of a medium (来源:X市新闻中心, X市新闻传媒集团: held-out categories, a media outlet in a source line; dev d41).
// Not 新闻战线 (a city's news sector) nor a school or hospital named by its place: the dev gold lists the place for one
// (d88) and not for another (d84).
const NAME_AFTER_PLACE = /^(?:新闻(?:中心|网|社|传媒|集团)|日报|晚报|电视台|广播电视台|广电|报社|传媒集团)/u;
const afterIsName = (text: string, end: number) => BODY_AFTER_PLACE.test(text.slice(end)) || NAME_AFTER_PLACE.test(text.slice(end));
function insideBodyName(text: string, o: ExtractedOutsidePlace, all: readonly ExtractedOutsidePlace[]): boolean {
  if (o.headline || !/(?:省|市|县|区)$/u.test(o.name) || !afterIsName(text, o.end)) return false;
  return !all.some((p) => p.name === o.name && !p.headline && !afterIsName(text, p.end));
}

export const PRODUCERS: readonly Producer[] = [
  { name: "campaigns", produce: ({ text, header, ctx }) => ({ campaigns: extractCampaigns(text, { header, ctx }) }) },
  {
    name: "places",
    produce: ({ text, header, ctx }) => {
      const { places, outside } = findPlaces(text, { header, units: ctx.units });
      return { places, otherPlaces: outside };
    },
  },
  {
    // Zhibiao tracks the county's own bodies (the district's, its townships' and villages'): they are stored, linked
    // to numbers and offered as the dashboard's filter. Bodies above the county (国务院, 省委, 市委, 市商务局) and of
    // other places (上虞区政府) are reported as otherDepartments only: a number is never the county's because 省委 or
    // another county's government is named beside it, and a filter of 上虞区政府 would be noise in the dashboard.
    name: "departments",
    produce: ({ text, header, ctx, places, otherPlaces: found }) => {
      let otherPlaces = found;
      const all = extractDepartments(text, { includeTitlesBefore: intervieweeLineEnd(text, ctx), places: { places, outside: otherPlaces } });
      const departments = all.filter(isCountyDepartment);
      otherPlaces = otherPlaces.filter((o) => !insideBodyName(text, o, otherPlaces));
      // and the other places and bodies only the headline stack or the source line names (东辽县政府召开…, 来源:双街镇政府)
      return { departments, ...headerEntities(header, ctx, { places, otherPlaces, named: found.map((o) => o.name), departments, otherDepartments: all.filter((d) => !isCountyDepartment(d)) }) };
    },
  },
  {
    name: "indicators",
    produce: ({ text, ctx }) => ({ indicators: extractIndicators(text, ctx) }),
    insideNames: { slot: "indicators", kind: "indicator" },
  },
  {
    name: "progress",
    produce: ({ text, indicators }) => ({ progress: extractProgress(text, indicators) }),
    insideNames: { slot: "progress", kind: "progress" },
  },
  { name: "goals", produce: ({ text, ctx, indicators }) => ({ goals: extractGoals(text, ctx, { indicators }) }) },
];

export const REFINERS: readonly Refiner[] = [
  {
    name: "link-entities",
    refine: ({ text, ctx, indicators, goals, campaigns, places, departments }) =>
      linkEntities({ text, ctx, indicators, goals, campaigns, places, departments }),
  },
  {
    // a goal whose text names no subject is about the campaign its sentence or headline ties it to
    name: "goal-subjects",
    refine: ({ goals }) => ({ goals: goals.map((g) => (g.subject || !g.campaign ? g : Object.assign({}, g, { subject: g.campaign }))) }),
  },
  {
    // numbers only the headline gives come last: their words are not in the text
    name: "headline-numbers",
    refine: ({ ctx, indicators }) => ({ indicators: [...indicators, ...headlineNumbers(ctx, indicators)] }),
  },
  {
    // drives only the headline names (…工程暨农村危房改造推进会 over a body that says 会议) are the article's too; after
    // linking, so that their empty span links no number of the first sentence
    name: "headline-campaigns",
    refine: ({ header, campaigns }) => ({ campaigns: [...campaigns, ...headlineCampaigns(header, campaigns)] }),
  },
  {
    // series and core after linking: they read the township, department and campaign the linker gave each number
    name: "series-keys",
    // (and the villages the number's sentence names: one project's count is not another's, issue #11 §2)
    refine: ({ text, indicators, places }) => ({
      indicators: indicators.map((item) =>
        Object.assign({}, item, {
          seriesKey: seriesKey(Object.assign({}, item, { place: seriesPlace(text, item.start, places) })),
          core: isCoreIndicator(item),
        }),
      ),
    }),
  },
];

// The one overlap refiner for a producer's items: a "number" inside a campaign, place or department name (六治六提,
// 七里三村, 区九届政府) or a numbered name elsewhere (山区26县) is not a quantity.
function removeInsideNames(state: PipelineState, names: Span[], target: NonNullable<Producer["insideNames"]>): Slots {
  const { ctx } = state;
  const kindOf = (by: Span) =>
    state.campaigns.some((c) => c.start === by.start && c.end === by.end)
      ? "campaign"
      : state.places.some((p) => p.start === by.start && p.end === by.end)
        ? "place"
        : state.departments.some((d) => d.start === by.start && d.end === by.end)
          ? "department"
          : "numbered";
  const onDrop = ctx.trace
    ? (item: Span & { text: string }, by: Span) =>
        reject(ctx, { kind: target.kind, text: item.text, offset: item.start, rule: `inside-${kindOf(by)}-name:${state.text.slice(by.start, by.end)}` })
    : undefined;
  return { [target.slot]: removeOverlapping(state[target.slot], names, onDrop) };
}

const EMPTY = (): Required<ArticleExtraction> => ({
  indicators: [],
  progress: [],
  goals: [],
  campaigns: [],
  places: [],
  departments: [],
  otherPlaces: [],
  otherDepartments: [],
});

/** One article's items: the producers, then the refiners, over one context. */
export function extractAll(articleText: string, context: ExtractContext = {}): ArticleExtraction {
  const text = typeof articleText === "string" ? articleText : "";
  const ctx: ExtractContext = Object.assign({}, context, { units: unitsFor(text, context) });
  const header = [ctx.kicker, ctx.title, ctx.subtitle].filter(Boolean).join("\n");
  // One state object updated in place (a fresh copy per step was 12 copies per article).
  // Object.assign({}, a, b) rather than { ...a, b } on every per-item path: in Node 20's V8 a literal that spreads an
  // object and then adds properties (or a spread copy later given a property) takes a slow path of ~2–4 µs per object,
  // 20–40× Object.assign's (measured 7 Dec: bench/RESULTS.md §14); with an item per number, goal and link it was a
  // large part of the extraction's cost. Same keys in the same order.
  const state: PipelineState = Object.assign(EMPTY(), { text, ctx, header });
  let names: Span[] | undefined; // known once the name producers have run
  for (const producer of PRODUCERS) {
    Object.assign(state, producer.produce(state));
    if (producer.insideNames) {
      names ??= nameSpans({ text, campaigns: state.campaigns, places: state.places, departments: state.departments });
      Object.assign(state, removeInsideNames(state, names, producer.insideNames));
    }
  }
  for (const refiner of REFINERS) Object.assign(state, refiner.refine(state));
  const { indicators, goals, campaigns, progress, places, departments, otherPlaces, otherDepartments } = state;
  return { indicators, goals, campaigns, progress, places, departments, otherPlaces, otherDepartments };
}

export { campaignKey } from "./extract-campaigns";
export type { Rejection } from "./context";
export { extractCampaigns, extractDepartments, extractPlaces, findPlaces };
