// extractAll: the ordered pipeline for one article. Rule files first (numbers, goals, campaigns, places, departments),
// then the refiners: overlap removal, then linking each indicator, goal and campaign mention to its township,
// department and campaign.

import { extractCampaigns } from "./extract-campaigns";
import { extractDepartments } from "./extract-departments";
import { extractGoals } from "./extract-goals";
import { extractIndicators } from "./extract-indicators";
import { extractPlaces } from "./extract-places";
import { extractProgress } from "./extract-progress";
import { linkEntities, nameSpans, removeNameOverlaps } from "./link-entities";
import type { ParsedArticle } from "@/lib/text/types";
import type { ArticleExtraction, ExtractContext } from "./types";

// The context extractAll reads from a parsed article: its headline stack and interviewee line.
export function articleContext(article: ParsedArticle, issueYear?: number): ExtractContext {
  return {
    issueYear,
    title: article.title,
    kicker: article.kicker,
    subtitle: article.subtitle,
    interviewee: article.interviewee,
  };
}

export function extractAll(articleText: string, ctx: ExtractContext = {}): ArticleExtraction {
  const text = typeof articleText === "string" ? articleText : "";
  const campaigns = extractCampaigns(text);
  const places = extractPlaces(text);
  // Zhibiao tracks the district's own bodies; city and provincial ones (市委, 省政府, 市商务局) are context, not filters.
  const departments = extractDepartments(text).filter((d) => d.level === undefined || d.level === "district");

  const names = nameSpans({ text, campaigns, places, departments });
  const indicators = removeNameOverlaps(extractIndicators(text, ctx), names);
  const progress = removeNameOverlaps(extractProgress(text, indicators), names);
  const goals = extractGoals(text, ctx, { indicators });

  const linked = linkEntities({ text, ctx, indicators, goals, campaigns, places, departments });
  return { ...linked, progress, places, departments };
}

export { campaignKey } from "./extract-campaigns";
export { extractCampaigns, extractDepartments, extractPlaces };
