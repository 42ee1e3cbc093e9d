// The pure half of linking: a goal's tracking fields and subject tokens, and the index keys of goals and articles
// (lib/ingest/link-goals.ts writes them to GoalKey / ArticleKey; the eval uses them to narrow candidates the same way).

import type { ArticleExtraction, ExtractedGoal } from "../extract/types";
import { normaliseMetric, seriesKey } from "../extract/series-key";
import { sentenceAround } from "../review/anchor";
import type { ParsedArticle } from "../text/types";
import { impliedDeadline, resolveDeadline } from "./deadline-date";
import { isReportSentence, sentences, type EvidenceArticle } from "./link-evidence";
import { quotedNames, siteNames, subjectTokens, type SubjectTokens } from "./subject-tokens";

// The tracking fields of a goal row: the contract's fields (kind "target" until the extractor says otherwise), the
// deadline as a date (the extractor's, else resolved from the phrase) and the subject tokens the linker matches.
export function goalTracking(article: ParsedArticle, goal: ExtractedGoal, issueDate: string | null) {
  const sentence = sentenceAround(article.text, goal);
  const ownSentence = article.text.slice(sentence.start, sentence.end);
  let tokens = subjectTokens({
    texts: [goal.text, ownSentence, article.title, goal.subject ?? ""],
    quoted: [ownSentence],
    campaign: goal.campaign,
    township: goal.township,
  });
  // 确保项目按时按期完成 refers back: when its own sentence names nothing, the sentence before it (same paragraph)
  // names the project (要加快“污水零直排区”项目建设；…确保项目按时按期完成).
  if (tokens.strong.length === 0 && !goal.campaign && sentence.start > 0 && article.text[sentence.start - 1] !== "\n") {
    const previous = sentenceAround(article.text, { start: sentence.start - 1, end: sentence.start - 1 });
    const before = article.text.slice(previous.start, sentence.start);
    tokens = subjectTokens({
      texts: [goal.text, ownSentence, before, article.title, goal.subject ?? ""],
      quoted: [ownSentence, before],
      township: goal.township,
    });
  }
  return {
    kind: goal.kind ?? "target",
    targetBound: goal.targetBound ?? null,
    deadlineDate: goal.deadlineDate ?? resolveDeadline(goal.deadline, issueDate) ?? (goal.deadline ? null : impliedDeadline(goal.text, issueDate)) ?? null,
    subject: goal.subject ?? null,
    tokens: JSON.stringify(tokens),
  };
}

export function goalKeys(goal: { tokens: SubjectTokens; campaign?: string | null; subject?: string | null; targetUnit?: string | null; township?: string | null }): string[] {
  const keys = goal.tokens.strong.map((t) => `t:${t}`);
  if (goal.campaign) keys.push(`c:${goal.campaign}`);
  const metric = normaliseMetric(goal.subject);
  if (metric && goal.targetUnit) {
    const key = seriesKey({ metric, unit: goal.targetUnit, campaign: goal.campaign, township: goal.township });
    if (key) keys.push(`s:${key}`);
  }
  return [...new Set(keys)];
}

// An article's index keys: the names its report sentences hold (villages, sites, quoted names: only a sentence that
// may report an outcome can be evidence, so the others need not key it), its headline's names, the campaigns it
// mentions and the series of its core numbers.
export function articleKeys(article: {
  title: string;
  text: string;
  places: readonly { name: string; level: string; start?: number; end?: number }[];
  campaigns: readonly string[];
  indicators: readonly { start: number; end: number; seriesKey?: string | null; core?: boolean }[];
}): string[] {
  const keys = new Set<string>();
  for (const t of subjectTokens({ texts: [article.title] }).strong) keys.add(`t:${t}`);
  for (const span of sentences(article.text)) {
    const numbers = article.indicators.filter((i) => i.start >= span.start && i.end <= span.end && i.core !== false);
    const sentence = article.text.slice(span.start, span.end);
    if (!isReportSentence(sentence, numbers.length > 0)) continue;
    for (const place of article.places) {
      if ((place.level !== "village" && place.level !== "community") || place.start === undefined || place.start < span.start || place.start >= span.end) continue;
      keys.add(`t:${place.name.replace(/(?:村|社区)$/, "") || place.name}`);
    }
    for (const site of siteNames(sentence)) keys.add(`t:${site}`);
    for (const name of quotedNames(sentence)) keys.add(`t:${name}`);
    for (const n of numbers) if (n.seriesKey && seriesIndexed(n.seriesKey, article.campaigns)) keys.add(`s:${n.seriesKey}`);
  }
  for (const name of article.campaigns) keys.add(`c:${name}`);
  return [...keys];
}


// A series keys the index only where nothing else does: one of a campaign the article names is reached through c:,
// and one of the whole district (…|全区|…) would tie every article to every district goal of that metric.
function seriesIndexed(key: string, campaigns: readonly string[]): boolean {
  const subject = key.split("|")[1];
  return subject !== "全区" && !campaigns.includes(subject);
}

// An extracted article as the linker sees it, with its index keys: what ingestion stores (ArticleKey) and matches, and
// what the eval matches, from one place so the two cannot drift.
export function articleForLinking(
  article: Pick<ParsedArticle, "title" | "text">,
  extraction: Pick<ArticleExtraction, "places" | "campaigns" | "indicators">,
  issueDate: string,
): { keys: string[]; evidence: EvidenceArticle } {
  const campaigns = [...new Set(extraction.campaigns.map((c) => c.name))];
  const keys = articleKeys({ title: article.title, text: article.text, places: extraction.places, campaigns, indicators: extraction.indicators });
  return { keys, evidence: { title: article.title, text: article.text, issueDate, campaigns, indicators: extraction.indicators } };
}
