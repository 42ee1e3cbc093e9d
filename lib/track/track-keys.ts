// The pure half of linking: a goal's tracking fields and subject tokens, and the index keys of goals and articles
// (lib/ingest/link-goals.ts writes them to GoalKey / ArticleKey; the eval uses them to narrow candidates the same way).

import type { ArticleExtraction, ExtractedGoal } from "../extract/types";
import { normaliseMetric, seriesKey } from "../extract/series-key";
import { sentenceAround } from "../review/anchor";
import type { ParsedArticle } from "../text/types";
import { impliedDeadline, resolveDeadline } from "./deadline-date";
import { isReportSentence, reportClause, reportClauses, sentences, type EvidenceArticle } from "./link-evidence";
import { campaignParts, objectKeyGrams, objectNames, quotedNames, shortHeads, siteNames, sloganParts, subjectTokens, type SubjectTokens } from "./subject-tokens";

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
  // (a campaign that names no front of its own, 征收攻坚战, is no subject: the sentences before name the project)
  const ownCampaign = goal.campaign && campaignParts(goal.campaign).length ? goal.campaign : undefined;
  if (tokens.strong.length === 0 && !ownCampaign && sentence.start > 0 && article.text[sentence.start - 1] !== "\n") {
    const previous = sentenceAround(article.text, { start: sentence.start - 1, end: sentence.start - 1 });
    const before = article.text.slice(previous.start, sentence.start);
    tokens = subjectTokens({
      texts: [goal.text, ownSentence, before, article.title, goal.subject ?? ""],
      quoted: [ownSentence, before],
      township: goal.township,
    });
  }
  // 项目经过…，计划于2019年完工: a goal whose own sentence names nothing, its subject a bare 项目/工程 or none, is about the
  // work the paragraph is about: the named subject that leads an earlier sentence of the paragraph (建金高速公路（建德段）
  // 是…), the nearest of up to three. Only the lead subject, before its verb: the rest of that sentence names other things.
  // (read after the subject below: the clause before a goal names its object first, 路灯改造 of 确保6月底前全部完工)
  const named = tokens.strong.length > 0;
  if (!ownCampaign && !objectNames({ text: goal.text }).length && !subjectTokens({ texts: [goal.text, ownSentence], quoted: [ownSentence] }).strong.length) {
    const lead = paragraphTopic(article.text, sentence.start);
    if (lead.length) tokens = { strong: [...new Set([...lead, ...tokens.strong])], weak: tokens.weak.filter((w) => !lead.includes(w)) };
  }
  return {
    kind: goal.kind ?? "target",
    targetBound: goal.targetBound ?? null,
    deadlineDate: goal.deadlineDate ?? resolveDeadline(goal.deadline, issueDate) ?? (goal.deadline ? null : impliedDeadline(goal.text, issueDate)) ?? null,
    // (an extractor's subject made only of a deadline and a completion, 前全部投用, names nothing: the clause before does)
    subject:
      (goal.subject && (objectNames({ text: goal.subject }).length || named || goal.campaign) ? goal.subject : undefined) ??
      (!named && !goal.campaign ? clauseObject(article.text, sentence.start, goal) : undefined) ??
      goal.subject ??
      null,
    tokens: JSON.stringify(tokens),
  };
}

// The names that lead the sentences before `at` in its paragraph, nearest first: the text of a sentence's first clause up
// to its first verb of being or place (是, 为, 位于, 地处, 作为, 全长, 总投资), read for places, sites and named works.
const LEAD_VERB = /是|为|位于|地处|作为|全长|总投资|项目|工程/;
function paragraphTopic(text: string, at: number): string[] {
  let end = at;
  for (let k = 0; k < 3 && end > 0 && text[end - 1] !== "\n"; k++) {
    const previous = sentenceAround(text, { start: end - 1, end: end - 1 });
    const clause = text.slice(previous.start, previous.end).trim().split(/[，,；;：:]/)[0];
    const cut = LEAD_VERB.exec(clause);
    const subject = cut ? clause.slice(0, cut.index + (/项目|工程/.test(cut[0]) ? cut[0].length : 0)) : clause;
    const found = subjectTokens({ texts: [subject] }).strong;
    if (found.length) return found;
    end = previous.start;
  }
  return [];
}

// 区住建局要抓紧实施城区主次干道路灯改造，确保6月底前全部完工: a goal whose own words name no object (a deadline and
// a completion) is about the object of the clause before it in its sentence, the topic the sentence goes on with.
// Read when the goal has no name, site or campaign of its own; the object is cut as objectNames cuts a goal's.
const ACTOR_AND_MODAL = /^[^，,；;]*?(?<![重需主只必想紧])(?:要(?!求)|将(?!近)|须|需)/;

function clauseObject(text: string, sentenceStart: number, goal: Pick<ExtractedGoal, "text" | "start" | "subject" | "campaign">): string | undefined {
  if (objectNames({ text: goal.text }).length) return undefined;
  const before = text.slice(sentenceStart, goal.start).split(/[，,；;：:]/).map((c) => c.trim()).filter(Boolean);
  const clause = before.at(-1);
  if (!clause) return undefined;
  // 30个老旧小区改造项目已完工16个，…，其余14个正在加紧施工，力争年底前全部完工: a remainder (其余14个) counts the thing
  // counted before it with the same measure word, and that thing is what the goal finishes
  const remainder = REMAINDER_COUNT.exec(clause);
  if (remainder) {
    const earlier = before.slice(0, -1).join("，");
    const counted = [...earlier.matchAll(new RegExp(`(?:[0-9]+|[一二三四五六七八九十两]+)${remainder[1]}([\u4e00-\u9fff]{2,16}?)(?=中|已|正|均|全部|共|[0-9，,]|$)`, "g"))];
    // the nearest counted thing that is a thing (10个投入使用 counts a state, not a thing)
    for (const m of counted.reverse()) {
      const found = objectNames({ text: m[1] })[0];
      if (found) return found;
    }
  }
  return objectNames({ text: clause.replace(ACTOR_AND_MODAL, "") })[0];
}

const REMAINDER_COUNT = /^(?:其余|剩余|还有|另有|剩下)(?:的)?(?:[0-9]+|[一二三四五六七八九十两]+)([个座项家处条所])/;

export function goalKeys(goal: {
  text?: string;
  tokens: SubjectTokens;
  campaign?: string | null;
  subject?: string | null;
  targetUnit?: string | null;
  township?: string | null;
}): string[] {
  const keys = goal.tokens.strong.map((t) => `t:${t}`);
  // a slogan's parts (保2, 争1 of 保2争1) key it too: a report quotes them one by one
  for (const t of goal.tokens.strong) for (const part of sloganParts(t)) keys.push(`t:${part}`);
  // a site's name written shorter in a report (宫宝地块 for 宫宝宿舍地块) keys the article by its first two characters
  for (const t of goal.tokens.strong) if (t.length >= 3 && siteNames(`${t}地块`).includes(t)) keys.push(`t:${t.slice(0, 2)}`);
  // The goal's objects by their trigrams ("o:方舱医"), met by the trigrams of a later headline: a report that writes the
  // object another way (区委社建委, 冷藏保鲜整县试点) shares a trigram with it though no token.
  if (goal.text) {
    const objects = objectNames({ text: goal.text, subject: goal.subject, campaign: goal.campaign });
    // a goal whose own words name nothing (力争9月底前建成通车) is about its project: its name keys the goal too, so a
    // report that names the project without the campaign (…工程完工时间调整至明年) is compared with it
    if (!objects.length && goal.subject && goal.subject === goal.campaign) objects.push(...objectNames({ text: goal.subject }));
    for (const name of objects) {
      if (name.length === 2) keys.push(`o:${name}`); // 公厕, 码头: met by a headline's shortHeads
      for (const b of objectKeyGrams(name)) keys.push(`o:${b}`);
    }
  }
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
  for (const b of objectKeyGrams(article.title)) keys.add(`o:${b}`);
  for (const head of shortHeads(article.title)) keys.add(`o:${head}`);
  // and by its lead report clause's: a headline may name the outcome and leave the object to the lead
  for (const span of sentences(article.text)) {
    const clause = reportClause(article.text.slice(span.start, span.end));
    if (clause === undefined) continue;
    for (const b of objectKeyGrams(clause)) keys.add(`o:${b}`);
    // (s6-link-recall) a lead listing several outcomes names one object per clause: each clause with an outcome or a
    // figure keys it (at most six), so a year-end summary is compared with every goal it reports on
    for (const listed of reportClauses(article.text.slice(span.start, span.end)).slice(0, 6)) for (const b of objectKeyGrams(listed)) keys.add(`o:${b}`);
    break;
  }
  // (s6-link-recall) a name broken by an adverb of extent or aspect (审计查出问题全部整改到位, 问题已整改) keys the article
  // as written without it too, so its object's trigrams (问题整改) meet the goal's
  for (const b of objectKeyGrams(article.title.replace(ASPECT, ""))) keys.add(`o:${b}`);
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
    for (const n of numbers) if (n.seriesKey && seriesIndexed(n.seriesKey, article.campaigns, keys)) keys.add(`s:${n.seriesKey}`);
  }
  for (const name of article.campaigns) keys.add(`c:${name}`);
  return [...keys];
}


// Adverbs that stand inside a reported name without being part of it (全部整改到位, 已整改, 均已建成).
const ASPECT = /全部|全面|均已|均|都已|已经|已/g;

// A series keys the index only where nothing else does: one of a campaign the article names is reached through c:,
// one of villages (下刘、四都刘) through their t: keys, and one of the whole district (…|全区|…) would tie every article
// to every district goal of that metric.
function seriesIndexed(key: string, campaigns: readonly string[], keys: ReadonlySet<string>): boolean {
  const subject = key.split("|")[1];
  return subject !== "全区" && !campaigns.includes(subject) && !subject.split("、").every((part) => keys.has(`t:${part}`));
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
