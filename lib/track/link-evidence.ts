// From a goal to its evidence (issue #11 §3): which sentences of a later article report on the goal, how (met,
// partial, progress, missed, mention), how sure we are (score) and the words that justify it. Pure: the linker
// (lib/track/link-goals.ts) feeds it the candidates its index found; the eval and the tests feed it text.
//
// A sentence is evidence when it is about the goal's subject and says something about its outcome:
//  - subject: it names one of the goal's strong tokens (a village, a named site, the campaign's own words), or its
//    article's headline does and the sentence names no other place or site; a township alone is not enough unless
//    the numbers are of the goal's own series. A sentence about another village or site, or another year, is not.
//  - topic: it shares a content word with the goal (征收, 签约, 启动 …), or its numbers are of the goal's series.
//  - outcome: a cue (完成/提前完成/创成/签约率达100% → met; 完成…的78% → partial; 已完成…户, 累计 → progress;
//    滞后/未完成/推迟 → missed), or the numbers themselves against the goal's target.

import type { GoalBound } from "../extract/types";
import { splitSentences } from "../text/sentences";
import { normaliseMetric, unitFamily } from "../extract/series-key";
import { campaignParts, GENERIC_PROJECT_WORDS, siteNames, subjectTokens, type SubjectTokens } from "./subject-tokens";

export type EvidenceRelation = "met" | "partial" | "progress" | "missed" | "mention";

export type GoalForMatch = {
  text: string; // the target phrase
  context?: string; // the goal's sentence and article headline: where its subject is often named
  issueDate: string;
  deadlineDate?: string | null;
  targetValue?: number | null;
  targetUnit?: string | null;
  targetBound?: GoalBound | null;
  campaign?: string | null;
  township?: string | null;
  subject?: string | null;
  tokens?: SubjectTokens; // precomputed (stored with the goal); computed from text, context and campaign otherwise
};

export type EvidenceIndicator = {
  start: number;
  end: number;
  text?: string;
  value: number;
  unit: string;
  metric?: string | null;
  seriesKey?: string | null;
  core?: boolean;
  campaign?: string | null;
};

export type EvidenceArticle = {
  title: string;
  text: string;
  issueDate: string;
  campaigns?: readonly string[]; // campaigns the article names
  indicators?: readonly EvidenceIndicator[];
};

export type EvidenceMatch = {
  sentenceStart: number;
  sentenceEnd: number;
  text: string; // the sentence
  relation: EvidenceRelation;
  score: number; // 0..1
  words: string[]; // what justifies the link: subject tokens, the cue, the number
  value?: number;
  unit?: string;
};

// Cue tables: a rule is a pattern and what it means; the first table that matches decides.
export const MISSED_CUES = /滞后|未完成|未能(?:按期|如期)?完成|没有完成|未按期|推迟|延期|延后|未达到|未达标|暂缓|搁置|进度缓慢|落后于/;
export const PARTIAL_CUES = /完成(?:了)?[^，,。；]{0,8}?的(?:[0-9.]+%|[一二三四五六七八九十]+成)|完成率(?:为|达到?)?(?:[0-9]|[1-9][0-9])(?:\.[0-9]+)?%/;
export const MET_CUES =
  /(?<![未没不尚])(?:全面完成|提前[^，,。；]{0,6}完成|超额完成|圆满完成|顺利完成|如期完成|按期完成|全部完成|完成了|已完成(?![0-9一二三四五六七八九十百千万]|[^，。；]{0,8}[0-9])|成功创成|创成|创建成功|成功创建|通过(?:省级|国家级)?验收|顺利通过|建成投用|建成|正式投用|投入使用|交付使用|竣工|获批|获评|成功入选|正式挂牌|完成签约|签约率达到?100%|100%签约|全部签约|清零|实现)(?!了?目标的)/;
// A start (签约工作正式启动, 项目开工) completes a goal to start something (计划下月启动…签约工作); for a goal to finish
// or do something else it is only progress: starting is not completing.
export const START_CUES = /(?<![未没不尚])(?:正式启动|全面启动|已启动|启动以来|正式开工|全面开工|已开工|开工建设|正式动工)/;
// A goal whose own verb is a start: 启动, 开工, 动工, 开建 (and not 完成/建成/竣工 as well).
const START_GOAL = /启动|开工|动工|开建/;
const FINISH_GOAL = /完成|建成|竣工|实现|达到|创成|投用|交付/;
// A sentence that sets work or a target (要…, 将…, 确保…, 计划…) restates a goal; it reports no outcome.
// (完成年度计划的85% reports on a plan; 已将 is done)
export const PLAN_CUES = /(?<![重需主只必想紧纪摘概提首])要(?![求素点闻害])|(?<!已)将(?!近)|确保|力争|争取|(?<!年度|全年|既定|投资|年初)计划(?!的|任务|目标)|务必|必须|预计|拟/;
export const PROGRESS_CUES = /已完成|累计|截至|正在|有序推进|稳步推进|加快推进|全力推进|进展顺利|已签约|已有|尚有|仍有|进入.{0,4}阶段|目前/;

// Words of a goal that say nothing about its topic: cue verbs, time words and manner (高标准, 保质保量 …).
export const TOPIC_STOP_WORDS: readonly string[] = [
  "进一步", "高标准", "高质量", "高时效", "高效率", "确保", "力争", "争取", "计划", "目标", "任务", "工作", "完成", "实现",
  "全面", "今年", "全年", "年内", "年底", "下月", "按时", "按期", "保质", "保量", "推进", "加快", "各项", "高效", "有序",
  "平稳", "快速", "全力", "圆满", "努力", "进行", "开展", "要", "将", "的", "和", "及", "、",
];
const TOPIC_STOP = new RegExp([...TOPIC_STOP_WORDS].sort((a, b) => b.length - a.length).join("|"), "g");

function bigrams(text: string): string[] {
  const han = text.replace(/[^\u4e00-\u9fff]/g, " ");
  const out: string[] = [];
  for (const run of han.split(/\s+/)) for (let i = 0; i + 2 <= run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

// Goals whose point is to finish their subject (完成征收任务, 按时保质高效完成目标任务): once the subject and the cue
// words are taken out nothing is left, and a completion report about the subject is evidence by itself.
const COMPLETION_VERB = /完成|实现|建成|创成|启动|开工|达到|突破|落地/;

// What a goal is about besides its subject: the bigrams of what is left once its subject words (campaign name, the
// generic project words, its tokens) and the stop words are taken out (计划下月启动房屋征收签约工作 → 启动, 签约).

export function topicWords(goalText: string, tokens: SubjectTokens, campaign?: string | null): string[] {
  return goalView(goalText, tokens, campaign).topic;
}

// What the matcher needs of a goal's words, computed once per goal:
//  topic      the topic bigrams (above);
//  subject    the goal's subject words (its project's name, generic project words, tokens), longest first: they are taken
//             out of a sentence before its topic is read, so 房屋 of 房屋征收 (the project) does not pass for 房屋 of
//             房屋认定 (the goal's own object);
//  words      every content bigram of the goal (stop words out, project words kept) plus its tokens: a clause that
//             shares none of them and has content of its own reports on something else;
//  own        strong tokens written in the goal's text itself (“七共享”, 下刘村): what the goal is specifically about, as
//             against what its sentence or headline adds (the project it belongs to). Evidence must name one of them;
//  plan       the plan word when the goal's object is a plan (完善实施…“十四五”规划, 制定…方案): a plan is met only by a
//             clause about that plan, never by the period's name in passing.
type GoalView = { topic: string[]; subject: RegExp | null; words: string[]; own: string[]; plan?: string };
const viewCache = new Map<string, GoalView>();

function goalView(goalText: string, tokens: SubjectTokens, campaign?: string | null): GoalView {
  const key = `${goalText}|${campaign ?? ""}|${tokens.strong.join("、")}|${tokens.weak.join("、")}`;
  const cached = viewCache.get(key);
  if (cached) return cached;
  const view = computeGoalView(goalText, tokens, campaign);
  if (viewCache.size >= 5000) viewCache.delete(viewCache.keys().next().value!); // goals recur across one issue's articles
  viewCache.set(key, view);
  return view;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function computeGoalView(goalText: string, tokens: SubjectTokens, campaign?: string | null): GoalView {
  const text = goalText.replace(/[“”"‘’]/g, " ");
  const subjectWords = [...new Set([...GENERIC_PROJECT_WORDS, ...tokens.strong, ...tokens.weak, ...(campaign ? [campaign, ...campaignParts(campaign)] : [])])]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const subject = subjectWords.length ? new RegExp(subjectWords.map(escape).join("|"), "g") : null;
  const rest = (subject ? text.replace(subject, " ") : text).replace(TOPIC_STOP, " ");
  const words = [...new Set([...bigrams(text.replace(TOPIC_STOP, " ")), ...tokens.strong, ...(campaign ? campaignParts(campaign) : [])])];
  const plan = /(规划|方案)(?:[^\u4e00-\u9fff]|$)/.exec(text)?.[1];
  return { topic: [...new Set(bigrams(rest))], subject, words, own: tokens.strong.filter((t) => goalText.includes(t)), ...(plan ? { plan } : {}) };
}

// Evidence sentences: the extraction's stops, a closing quote starting the next sentence, leading spaces kept (the
// stored evidence spans were cut this way).
export function sentences(text: string): { start: number; end: number }[] {
  return splitSentences(text, { stops: "evidence", closers: false, trimStart: false });
}

const yearOf = (iso?: string | null) => (iso ? Number(iso.slice(0, 4)) : undefined);

// Years a sentence speaks of (2023年, 明年 relative to its issue): a sentence about another year is about another target.
function yearsIn(sentence: string, issueYear: number): number[] {
  const years = [...sentence.matchAll(/((?:19|20)[0-9]{2})年/g)].map((m) => Number(m[1]));
  if (/明年/.test(sentence)) years.push(issueYear + 1);
  if (/去年/.test(sentence)) years.push(issueYear - 1);
  return years;
}

export function goalTokens(goal: GoalForMatch): SubjectTokens {
  // as goalTracking (lib/track/track-keys.ts) computes them for a stored goal: quoted names of its own words count
  return (
    goal.tokens ??
    subjectTokens({ texts: [goal.text, goal.context ?? ""], quoted: [goal.text], campaign: goal.campaign, township: goal.township })
  );
}

// The evidence in one later article for one goal: at most one link, the best sentence (a later article that reports
// on a target usually does so once; several sentences would count one report several times).
export function matchEvidence(goal: GoalForMatch, article: EvidenceArticle, options: { minScore?: number } = {}): EvidenceMatch | undefined {
  if (!(article.issueDate > goal.issueDate)) return undefined;
  const tokens = goalTokens(goal);
  if (tokens.strong.length === 0 && !goal.campaign && !goal.township) return undefined;
  const view = goalView(goal.text, tokens, goal.campaign);
  const topic = view.topic;
  const completionGoal = topic.length === 0 && COMPLETION_VERB.test(goal.text);
  const startGoal = START_GOAL.test(goal.text) && !FINISH_GOAL.test(goal.text);
  const goalYear = yearOf(goal.deadlineDate) ?? yearOf(goal.issueDate)!;
  const prepared = prepare(article);
  const titleTokens = prepared.titleTokens;
  const titleHits = tokens.strong.filter((t) => article.title.includes(t));
  const titleOther = otherNames(titleTokens, tokens);
  const titleOwn = view.own.some((t) => article.title.includes(t)) && !titleOther.length;
  const articleCampaign = !!goal.campaign && (article.campaigns ?? []).includes(goal.campaign);
  const goalFamily = goal.targetUnit ? unitFamily(goal.targetUnit) : undefined;
  const goalMetric = normaliseMetric(goal.subject ?? undefined);

  let best: EvidenceMatch | undefined;
  for (const prepSentence of prepared.sentences) {
    const { span, sentence, inSentence, years, clauses } = prepSentence;
    if (years.length && !years.includes(goalYear)) continue;
    // The topic is read outside the subject's own words (房屋征收签约 gives 签约, not 房屋). Checked first: it is cheap,
    // and most sentences of a candidate article fail it before their names need reading.
    let topicHits = topic.filter((w) => sentence.includes(w));
    if (topicHits.length && view.subject) {
      const rest = sentence.replace(view.subject, " ");
      topicHits = topicHits.filter((w) => rest.includes(w));
    }
    const seriesHit = inSentence.find(
      (i) =>
        (goalMetric && normaliseMetric(i.metric) === goalMetric) ||
        (goal.targetValue != null && goalFamily && unitFamily(i.unit) === goalFamily && topicHits.length > 0),
    );
    if (topicHits.length === 0 && !seriesHit && !completionGoal) continue;

    const sentenceTokens = tokensOf(prepSentence);
    const hits = tokens.strong.filter((t) => sentence.includes(t));
    const other = otherNames(sentenceTokens, tokens);
    const campaignHit = !!goal.campaign && (sentence.includes(goal.campaign) || inSentence.some((i) => i.campaign === goal.campaign));

    // Subject: named in the sentence, or by the headline (the article's topic) when the sentence names nothing else.
    let subject = 0;
    const words: string[] = [];
    if (hits.length) {
      subject = 1;
      words.push(...hits);
    } else if (other.length) {
      continue; // another village, site or project
    } else if (campaignHit) {
      subject = 0.9;
      words.push(goal.campaign!);
    } else if (titleHits.length && !titleOther.length) {
      subject = 0.75;
      words.push(...titleHits);
    } else if (articleCampaign && !titleOther.length) {
      subject = 0.7;
      words.push(goal.campaign!);
    }
    // A goal about something specific (实现总院和分院“七共享”) is not reported on by news of the project it belongs to
    // (医共体总院迁建工程结顶): the sentence, or a headline whose names are all the goal's, must name that thing.
    if (view.own.length && !view.own.some((t) => sentence.includes(t)) && !(titleOwn && !other.length)) continue;
    // Another township's work (石室乡 vs 华墅乡) is not this goal's, unless the sentence names the goal's township too.
    if (goal.township && !sentence.includes(goal.township) && sentenceTokens.weak.some((w) => /[镇乡]$|街道$/.test(w) && w !== goal.township)) continue;

    if (subject === 0) {
      // A township alone names too much; only numbers of the goal's own measure count there.
      if (!(goal.township && sentence.includes(goal.township) && seriesHit && topicHits.length)) continue;
      subject = 0.5;
      words.push(goal.township);
    }
    // When only the article ties the sentence to the goal (its campaign, or a headline: the sentence names neither),
    // one shared bigram is too little (房屋 of 房屋腾空 for 进行房屋认定): the sentence must carry the goal's topic in
    // two words or one of its numbers.
    if (subject < 0.9 && !hits.length && !seriesHit && !completionGoal && topicHits.length < 2) continue;
    const cues = attachedCues(clauses, view, span.start, seriesHit, startGoal);
    const outcome = classify(cues, goal, inSentence, seriesHit);
    if (topicHits.length === 0 && !seriesHit && !(completionGoal && outcome.relation !== "mention")) continue;
    // A mention without a cue is evidence only when it reports a figure (a later number of the subject).
    if (outcome.relation === "mention" && !seriesHit && !inSentence.some((i) => i.core !== false)) continue;
    words.push(...topicHits.slice(0, 3));

    if (outcome.word) words.push(outcome.word);
    const cue = outcome.relation === "mention" ? 0 : outcome.relation === "progress" ? 0.7 : 1;
    const topicScore = completionGoal ? 1 : Math.min(1, topicHits.length / 2);
    const score = round(0.45 * subject + 0.25 * cue + 0.2 * topicScore + 0.1 * (seriesHit ? 1 : 0));
    if (score < (options.minScore ?? MIN_SCORE)) continue;
    const value = outcome.indicator ?? seriesHit ?? inSentence.find((i) => i.core !== false);
    const match: EvidenceMatch = {
      sentenceStart: span.start,
      sentenceEnd: span.end,
      text: sentence.trim(),
      relation: outcome.relation,
      score,
      words: [...new Set(words)],
      ...(value ? { value: value.value, unit: value.unit } : {}),
    };
    if (!best || RANK[match.relation] > RANK[best.relation] || (RANK[match.relation] === RANK[best.relation] && match.score > best.score)) {
      best = match;
    }
  }
  return best;
}

// Words a clause may hold besides what it reports on: adverbs of time and manner, pronouns, dates and numbers.
const FILLER = /日前|目前|近日|截至|如今|现已|[该此其已均都也并于在将又再共]|[0-9０-９.．%％]+|[年月日号]|[上下]午|[，,、\s]/g;

// The outcome cues of a sentence that speak of this goal. A cue is about what its own clause names: 圆满完成全年目标任务
// reports on 全年目标任务, not on the “十四五”规划 named in the clause before it. A clause counts when it shares a word
// with the goal (its tokens, its content bigrams) or one of the goal's numbers, or when it has no content of its own
// besides the cue (提前完成。 / 目前已完成总工程量的60%: the cue continues the sentence's subject). For a plan goal
// the clause must name the plan. A start reports a goal to start; for any other goal it is progress.
function attachedCues(
  clauses: readonly PreparedClause[],
  view: GoalView,
  sentenceStart: number,
  seriesHit: EvidenceIndicator | undefined,
  startGoal: boolean,
): SentenceCues {
  const out: SentenceCues = {};
  for (const clause of clauses) {
    const { cues } = clause;
    if (!cues.missed && !cues.partial && !cues.met && !cues.start && !cues.progress) continue;
    const seriesHere = !!seriesHit && seriesHit.start - sentenceStart >= clause.start && seriesHit.start - sentenceStart < clause.end;
    let content = clause.text;
    for (const word of [cues.missed, cues.partial, cues.met, cues.start, cues.progress]) if (word) content = content.split(word).join(" ");
    const shares = view.words.some((w) => content.includes(w));
    if (view.plan && !content.includes(view.plan)) continue;
    const bare = content.replace(TOPIC_STOP, "").replace(GENERIC_WORDS, "").replace(FILLER, "").length <= 2;
    if (!(shares || seriesHere || bare)) continue;
    out.missed ??= cues.missed;
    out.partial ??= cues.partial;
    if (cues.start) {
      if (startGoal) out.met ??= cues.start;
      else out.progress ??= cues.start;
    }
    out.met ??= cues.met;
    out.progress ??= cues.progress;
  }
  return out;
}

const GENERIC_WORDS = new RegExp(GENERIC_PROJECT_WORDS.map(escape).join("|"), "g");

export const MIN_SCORE = 0.55;

// A clause of a report sentence (split at ，；: and 、 is inside a list, not a clause), offsets within the sentence.
type PreparedClause = { start: number; end: number; text: string; cues: SentenceCues };

type PreparedSentence = {
  span: { start: number; end: number };
  sentence: string; // without quote marks
  inSentence: EvidenceIndicator[];
  tokens?: SubjectTokens; // the names it holds, read on first need (tokensOf): the gazetteer lookup is the costly part
  years: number[];
  clauses: PreparedClause[];
};

type SentenceCues = { missed?: string; partial?: string; met?: string; start?: string; progress?: string };

function cuesOf(sentence: string): SentenceCues {
  return {
    missed: MISSED_CUES.exec(sentence)?.[0],
    partial: PARTIAL_CUES.exec(sentence)?.[0],
    met: MET_CUES.exec(sentence)?.[0],
    start: START_CUES.exec(sentence)?.[0],
    progress: PROGRESS_CUES.exec(sentence)?.[0],
  };
}

// Split on the sentence as written (offsets match the article's, so a number's clause is found); read without quotes.
function clausesOf(raw: string): PreparedClause[] {
  const out: PreparedClause[] = [];
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i === raw.length || /[，,；;：:。！？!?]/.test(raw[i])) {
      const text = raw.slice(start, i).replace(/[“”"‘’]/g, "");
      if (text.trim()) out.push({ start, end: i, text, cues: cuesOf(text) });
      start = i + 1;
    }
  }
  return out;
}

// A sentence that may report an outcome: no new work set in it, and an outcome word or a number. Only these can be
// evidence, so only their names key an article in the index (lib/track/track-keys.ts).
export function isReportSentence(sentence: string, hasNumber: boolean): boolean {
  if (PLAN_CUES.test(sentence)) return false;
  if (hasNumber) return true;
  const cues = cuesOf(sentence);
  return !!(cues.missed || cues.partial || cues.met || cues.start || cues.progress);
}

// What a later article offers any goal, computed once per article (a new issue's articles meet many earlier goals):
// its report sentences (those that set new work are left out) with their names, numbers and years.
const preparedArticles = new WeakMap<EvidenceArticle, { titleTokens: SubjectTokens; sentences: PreparedSentence[] }>();

function prepare(article: EvidenceArticle) {
  let prepared = preparedArticles.get(article);
  if (prepared) return prepared;
  const issueYear = yearOf(article.issueDate)!;
  const out: PreparedSentence[] = [];
  for (const span of sentences(article.text)) {
    const sentence = article.text.slice(span.start, span.end).replace(/[“”"‘’]/g, "");
    if (PLAN_CUES.test(sentence)) continue;
    out.push({
      span,
      sentence,
      inSentence: (article.indicators ?? []).filter((i) => i.start >= span.start && i.end <= span.end),
      years: yearsIn(sentence, issueYear),
      clauses: clausesOf(article.text.slice(span.start, span.end)),
    });
  }
  prepared = { titleTokens: subjectTokens({ texts: [article.title] }), sentences: out };
  preparedArticles.set(article, prepared);
  return prepared;
}

function tokensOf(prepared: PreparedSentence): SubjectTokens {
  prepared.tokens ??= subjectTokens({ texts: [prepared.sentence] });
  return prepared.tokens;
}

const RANK: Record<EvidenceRelation, number> = { mention: 0, progress: 1, partial: 2, missed: 3, met: 4 };

const round = (n: number) => Math.round(n * 100) / 100;

// Names in a sentence that are not the goal's: strong tokens of another village or site. A token that contains or is
// contained in one of the goal's (下刘 / 下刘村) is the same name.
function otherNames(found: SubjectTokens, goal: SubjectTokens): string[] {
  return found.strong.filter((t) => !goal.strong.some((g) => g.includes(t) || t.includes(g)));
}

function classify(
  cues: SentenceCues,
  goal: GoalForMatch,
  indicators: readonly EvidenceIndicator[],
  seriesHit: EvidenceIndicator | undefined,
): { relation: EvidenceRelation; word?: string; indicator?: EvidenceIndicator } {
  if (cues.missed) return { relation: "missed", word: cues.missed };
  if (cues.partial) return { relation: "partial", word: cues.partial };
  // A rate of the goal's own measure: 100% is met, less is partial.
  const rate = indicators.find((i) => i.unit === "%" && (i === seriesHit || /率/.test(i.metric ?? "")));
  if (rate && rate.value >= 100) return { relation: "met", word: rate.text ?? `${rate.value}%`, indicator: rate };
  // The goal's number against the reported one, when both measure the same thing.
  if (goal.targetValue != null && seriesHit && goal.targetUnit && unitFamily(seriesHit.unit) === unitFamily(goal.targetUnit)) {
    const reached = goal.targetBound === "max" ? seriesHit.value <= goal.targetValue : seriesHit.value >= goal.targetValue;
    return { relation: reached ? "met" : "partial", word: seriesHit.text ?? String(seriesHit.value), indicator: seriesHit };
  }
  const met = cues.met;
  // 已完成签约86户 is a count of done work, not the whole done: progress unless the sentence says all of it.
  if (met && !(/^已完成$|^实现$/.test(met) && indicators.some((i) => i.unit !== "%"))) return { relation: "met", word: met };
  if (rate) return { relation: "partial", word: rate.text ?? `${rate.value}%`, indicator: rate };
  if (cues.progress) return { relation: "progress", word: cues.progress };
  return { relation: "mention" };
}

// Site names a text holds (exported for the index: the same rule as the tokens).
export { siteNames };
