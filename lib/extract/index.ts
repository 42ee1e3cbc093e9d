// extractAll: the ordered pipeline for one article. Rule files first (numbers, goals, campaigns, places, departments),
// then the refiners: overlap removal, then linking each indicator, goal and campaign mention to its township,
// department and campaign.

import { extractCampaigns } from "./extract-campaigns";
import { extractDepartments, isCountyDepartment } from "./extract-departments";
import { extractGoals } from "./extract-goals";
import { extractIndicators } from "./extract-indicators";
import { extractPlaces, findPlaces } from "./extract-places";
import { extractProgress } from "./extract-progress";
import { headlineNumbers, linkEntities, nameSpans, removeNameOverlaps } from "./link-entities";
import { isCoreIndicator, seriesKey } from "./series-key";
import type { ParsedArticle } from "@/lib/text/types";
import type { ArticleExtraction, ExtractContext } from "./types";

// The context extractAll reads from a parsed article: its headline stack and interviewee line.
export function articleContext(article: ParsedArticle, issueYear?: number, issueDate?: string): ExtractContext {
  return {
    issueYear,
    issueDate,
    title: article.title,
    kicker: article.kicker,
    subtitle: article.subtitle,
    interviewee: article.interviewee,
  };
}

// An interview's text starts with its interviewee line (区发改局党组书记、局长 任文俊：), printed as part of it: the body
// named there is the speaker's, so titles are allowed in that line only. Returns the line's end, 0 when there is none.
export function intervieweeLineEnd(text: string, ctx: ExtractContext): number {
  if (!ctx.interviewee || !text.startsWith(ctx.interviewee)) return 0;
  const newline = text.indexOf("\n");
  return newline < 0 ? text.length : newline;
}

export function extractAll(articleText: string, ctx: ExtractContext = {}): ArticleExtraction {
  const text = typeof articleText === "string" ? articleText : "";
  // The headline names the competition a format mention (“互看互学互比”现场会) is held under.
  const header = [ctx.kicker, ctx.title, ctx.subtitle].filter(Boolean).join("\n");
  const campaigns = extractCampaigns(text, { header });
  const found = findPlaces(text, { header });
  const { places, outside: otherPlaces } = found;
  // Zhibiao tracks the county's own bodies (the district's, its townships' and villages'): they are stored, linked to
  // numbers and offered as the dashboard's filter. Bodies above the county (国务院, 省委, 市委, 市商务局) and of other
  // places (上虞区政府) are reported as otherDepartments only: a number is never the county's because 省委 or another
  // county's government is named beside it, and a filter of 上虞区政府 would be noise in the county's dashboard.
  const allDepartments = extractDepartments(text, { includeTitlesBefore: intervieweeLineEnd(text, ctx), places: found });
  const departments = allDepartments.filter(isCountyDepartment);
  const otherDepartments = allDepartments.filter((d) => !isCountyDepartment(d));

  const names = nameSpans({ text, campaigns, places, departments });
  const indicators = removeNameOverlaps(extractIndicators(text, ctx), names);
  const progress = removeNameOverlaps(extractProgress(text, indicators), names);
  const goals = extractGoals(text, ctx, { indicators });

  const linked = linkEntities({ text, ctx, indicators, goals, campaigns, places, departments });
  // a goal whose text names no subject is about the campaign its sentence or headline ties it to
  const withSubjects = linked.goals.map((g) => (g.subject || !g.campaign ? g : { ...g, subject: g.campaign }));
  // numbers only the headline gives come last: their words are not in the text. Series and core after linking: they
  // read the township, department and campaign the linker gave each number.
  const tracked = [...linked.indicators, ...headlineNumbers(ctx, indicators)].map((item) => ({
    ...item,
    seriesKey: seriesKey(item),
    core: isCoreIndicator(item),
  }));
  return { ...linked, indicators: tracked, goals: withSubjects, progress, places, departments, otherPlaces, otherDepartments };
}

export { campaignKey } from "./extract-campaigns";
export { extractCampaigns, extractDepartments, extractPlaces, findPlaces };
