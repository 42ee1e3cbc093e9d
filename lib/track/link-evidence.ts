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
import { parseChineseInteger } from "../text/chinese-numerals";
import { isStop, splitSentences } from "../text/sentences";
import { longestAlternation } from "../text/word-alternation";
import { DEADLINE_SOURCE } from "../extract/resolve-deadline";
import { inBaseUnit, normaliseMetric, unitFamily } from "../extract/series-key";
import { findPlaces } from "../extract/extract-places";
import { PLAN_CUES, READY_SOURCE, stageAsked, stageReached } from "./stage-ladder";
import { FOUNDATION_SOURCE, isWorkName } from "./subject-tokens";
import { campaignParts, GENERIC_PROJECT_WORDS, mayNameObject, namesAnotherOfKind, namesObject, namesToken, objectNames, siteNames, sloganParts, subjectTokens, type SubjectTokens } from "./subject-tokens";

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
// Delay or failure, one row per way of saying it; the order is free (the cue word is what the link shows).
export const MISSED_CUES = new RegExp(
  [
    // behind, slow or stopped
    "滞后|进展缓慢|进度缓慢|落后于|停滞",
    // not done, not reached (未能达成 a target as much as 未实现)
    "未完成|没有完成|未能(?:按期|如期)?完成|未能[^，,。；]{0,10}?(?:完成|完工|建成|投用|竣工)|(?:没有|未能|未)(?:实现|达成)|未达到|未达标|未达(?:序时|预期)",
    // not on time
    "未能如期|未按时|未按期|(?:难以|无法|不能)(?:按期|如期|按时)",
    // not started when it should be (尚未启动, 迟迟未开工)
    "尚未(?:启动|开工|动工|实施)|迟迟未",
    // a date moved (完工时间调整至明年5月, 顺延至, 延至) is a target missed as much as one postponed (推迟)
    "(?:调整|顺延|延|推后)(?:至|到)(?:明年|下半年|[0-9]{4}年|[0-9一二三四五六七八九十]+月)|推迟|延期|延后|延迟|暂缓|搁置",
  ].join("|"),
);
// Partial: a share of the whole done (完成…的78%, 完成种植面积六成, 占规划面积的60%, 完成率85%, 过半, 过七成, 完成…三分之二);
// N个中的M个 is read with its numbers in classify().
export const PARTIAL_CUES = new RegExp(
  [
    "基本(?:完成|完工|建成|竣工|到位)",
    "完成(?:了)?[^，,。；]{0,8}?(?:的(?:[0-9.]+%|[一二三四五六七八九十]+成)|[一二三四五六七八九]成|[二三四五六七八九十]分之[一二三四五六七八九])",
    "占[^，,。；]{0,8}?的?(?:[1-9]?[0-9](?:\\.[0-9]+)?%|[一二三四五六七八九]成)",
    "完成率(?:为|达到?)?(?:[0-9]|[1-9][0-9])(?:\\.[0-9]+)?%",
    // a share of the work stated without the goal's measure: 形象进度达88%, 工程进度过七成, 已完成70%
    "(?:形象|工程|建设|施工|总体|整体)?进度(?:已)?(?:达到?|为|约)?(?:[0-9]|[1-9][0-9])(?:\\.[0-9]+)?%|(?<![率比])完成(?:了|约)?(?:[0-9]|[1-9][0-9])(?:\\.[0-9]+)?%",
    "(?:完成|完工|建成)[^，,。；]{0,10}?(?:一半|过半|半数|大半)|过半|(?:超过?|过|逾)[一二三四五六七八九]成",
  ].join("|"),
);
// Verbs that report a thing done, by what gets done: built (建成, 完工, 投用, 开园), set up (挂牌, 揭牌, 成立), issued (印发,
// 出台), passed or rated (通过…验收, 获评, 入选), landed or closed (落地, 收官). Each may be preceded by an adverb of manner.
const FINISH_VERBS = [
  "(?:正式|顺利|全面|如期|提前)?(?:建成|完工|投用|投产|投运|投入运营|开园|开业|挂牌|揭牌|成立|印发|出台|落地|收官|启用|通车|开通|贯通|交付|交工|上线)(?:并?(?:开放|运行|使用|投用))?",
  "(?:全部|全面)?整改到位|全部销号",
  // in service or up to standard: 正式运营, 投入运行, 全部达标 (未达标 is a delay: the table's look-behind)
  "正式(?:运营|运行)|投入运行|(?:全部|全面|均已?|已)达标",
  "通过[^，,。；]{0,8}?(?:验收|评审|考核|认定|评估)",
  "获评|获批|入选|跻身|授牌|荣获|被评为|被命名为|验收合格",
  // a target reached: 目标圆满达成, 如期达成 (达成共识/协议/意向 is an agreement, not an outcome)
  "(?:圆满|顺利|如期|全面|提前)?达成(?!共识|一致|协议|意向|合作)",
  // rolled out everywhere: a goal to 全面推行 X is met by X 全面推开 / 实现全覆盖
  "(?:全面|全域|全区)(?:推开|铺开|推行|推广|覆盖)|实现全覆盖",
  // a prize won: 摘得…银奖, 获银奖 (a goal to 夺取…奖)
  "(?:摘得|夺得|获得|斩获|捧得|捧回|获)[^，,。；]{0,12}?[金银铜]?奖(?!励|补)",
].join("|");
export const MET_CUES = new RegExp(
  String.raw`(?<![未没不尚])(?:全面完成|提前[^，,。；]{0,6}完成|超额完成|圆满完成|顺利完成|如期完成|按期完成|全部完成|完成了|已完成(?![0-9一二三四五六七八九十百千万]|[^，。；]{0,8}[0-9])|成功创成|创成|创建成功|成功创建|通过(?:省级|国家级)?验收|顺利通过|建成投用|建成|正式投用|投入使用|交付使用|竣工|获批|获评|成功入选|正式挂牌|完成签约|签约率达到?100%|100%签约|全部签约|清零|实现|` +
    FINISH_VERBS +
    String.raw`)(?!了?目标的)`,
);
// A start (签约工作正式启动, 项目开工) completes a goal to start something (计划下月启动…签约工作); for a goal to finish
// or do something else it is only progress: starting is not completing.
export const START_CUES = /(?<![未没不尚])(?:正式启动|全面启动|已启动|启动以来|正式开工|全面开工|已开工|开工建设|正式动工)/;
// A goal whose own verb is a start: 启动, 开工, 动工, 开建 (and not 完成/建成/竣工 as well).
const START_GOAL = /启动|开工|动工|开建/;
const RETROSPECTIVE_GOAL = /(?:原定|原计划|原先计划|原本计划)[^。；]{0,24}?(?:没有|未能?|未)/;
const PLANNING_GOAL = /^(?:积极|认真|提前|超前|统筹)?(?:谋划|策划|研究谋划)/;
const FINISH_GOAL = /完成|建成|竣工|实现|达到|创成|投用|交付/;
// PLAN_CUES (defined in stage-ladder.ts, which reads the same modals before a stage word): a sentence that sets work
// or a target restates a goal; it reports no outcome.
export { PLAN_CUES };
export const PROGRESS_CUES = /已完成|累计|截至|正在|(?:仍|尚|还)在(?:加紧|加快|全力|有序)?(?:推进|施工|建设|实施)|有序推进|稳步推进|加快推进|全力推进|进展顺利|已签约|已有|尚有|仍有|进入.{0,4}阶段|目前/;

// Words of a goal that say nothing about its topic: cue verbs, time words and manner (高标准, 保质保量 …).
export const TOPIC_STOP_WORDS: readonly string[] = [
  "进一步", "高标准", "高质量", "高时效", "高效率", "确保", "力争", "争取", "计划", "目标", "任务", "工作", "完成", "实现", "打好", "打赢",
  "全面", "今年", "全年", "年内", "年底", "下月", "按时", "按期", "保质", "保量", "推进", "加快", "各项", "高效", "有序",
  "平稳", "快速", "全力", "圆满", "努力", "预计", "有望", "全部", "进行", "开展", "进度", "打造", "一批", "推动", "推行", "推广", "落地", "建成", "投用", "通车", "完工", "竣工", "开业", "投产", "要", "将", "的", "和", "及", "、",
];
const TOPIC_STOP = new RegExp(longestAlternation(TOPIC_STOP_WORDS), "g");
// Goal-side only (read once per goal, not per clause of every report): a stage the goal asks for is no topic
// (具备通车条件: the stage ladder reads it), nor the frame of a step toward a goal (为年底建成通车奠定了坚实基础).
const GOAL_FRAME = new RegExp(`${READY_SOURCE}|${FOUNDATION_SOURCE}`, "g");

function bigrams(text: string): string[] {
  const han = text.replace(/[^\u4e00-\u9fff]/g, " ");
  const out: string[] = [];
  for (const run of han.split(/\s+/)) for (let i = 0; i + 2 <= run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

// Goals whose point is to finish their subject (完成征收任务, 按时保质高效完成目标任务): once the subject and the cue
// words are taken out nothing is left, and a completion report about the subject is evidence by itself.
// (全面推行 X is done when X is rolled out: its point is X everywhere)
const COMPLETION_VERB = /完成|实现|建成|完工|竣工|通车|投用|创成|启动|开工|达到|突破|落地|建设|打造|推行|推广|打好|打赢/;

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
//  objects    what the goal builds or reaches (objectNames): a sentence that writes one (namesObject, in full or
//             abbreviated) is about the goal even when it shares no token with it.
//  parts      the items of a goal about several things: its objects, or the names in its own text (麻蓬、严村…).
type GoalView = { topic: string[]; subject: RegExp | null; words: string[]; own: string[]; objects: string[]; parts: string[]; plan?: string };
const viewCache = new Map<string, GoalView>();

function goalView(goalText: string, tokens: SubjectTokens, campaign?: string | null, subject?: string | null): GoalView {
  const key = `${goalText}|${campaign ?? ""}|${subject ?? ""}|${tokens.strong.join("、")}|${tokens.weak.join("、")}`;
  const cached = viewCache.get(key);
  if (cached) return cached;
  const view = computeGoalView(goalText, tokens, campaign, subject);
  if (viewCache.size >= 5000) viewCache.delete(viewCache.keys().next().value!); // goals recur across one issue's articles
  viewCache.set(key, view);
  return view;
}

const DEADLINE_WORDS = new RegExp(`(?:${DEADLINE_SOURCE})(?:前|内|底|末)?`, "g");

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function computeGoalView(goalText: string, tokens: SubjectTokens, campaign?: string | null, goalSubject?: string | null): GoalView {
  const text = goalText.replace(/[“”"‘’]/g, " ");
  // (a named work, 青岭大道, stays in the topic: a goal about it is about its name as much as about the place)
  const subjectWords = [...new Set([...GENERIC_PROJECT_WORDS, ...tokens.strong.filter((t) => !isWorkName(t)), ...tokens.weak, ...(campaign ? [campaign, ...campaignParts(campaign)] : [])])]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const subject = subjectWords.length ? new RegExp(subjectWords.map(escape).join("|"), "g") : null;
  // (a deadline, 9月底前, is when, not what: no topic)
  const rest = (subject ? text.replace(subject, " ") : text).replace(DEADLINE_WORDS, " ").replace(GOAL_FRAME, " ").replace(TOPIC_STOP, " ");
  const plan = /(规划|方案)(?:[^\u4e00-\u9fff]|$)/.exec(text)?.[1];
  const objects = objectNames({ text: goalText, subject: goalSubject, campaign });
  // the objects' words too: a goal whose object its clause before names (确保6月底前全部完工 of 路灯改造) is about it
  // (a slogan's parts too: “争1”仍有差距 is about 保2争1)
  const words = [...new Set([...bigrams(text.replace(GOAL_FRAME, " ").replace(TOPIC_STOP, " ")), ...objects.flatMap(bigrams), ...tokens.strong, ...tokens.strong.flatMap(sloganParts), ...(campaign ? campaignParts(campaign) : [])])];
  const own = tokens.strong.filter((t) => goalText.includes(t));
  const listed = own.filter((t) => !(campaign && campaign.includes(t)));
  const parts = objects.length > 1 ? objects : listed.length > 1 ? listed : [];
  return { topic: [...new Set(bigrams(rest))], subject, words, own, objects, parts, ...(plan ? { plan } : {}) };
}

// Evidence sentences: the extraction's stops, a closing quote starting the next sentence, leading spaces kept (the
// stored evidence spans were cut this way).
export function sentences(text: string): { start: number; end: number }[] {
  return splitSentences(text, { stops: "evidence", closers: false, trimStart: false });
}

const yearOf = (iso?: string | null) => (iso ? Number(iso.slice(0, 4)) : undefined);

// Years a sentence speaks of (2023年, 明年 relative to its issue): a sentence about another year is about another target.
// Two kinds of year say nothing of when the reported work was done: the new date of a moved deadline (完工时间调整至明年
// 5月: the report is this year's) and a year that dates a noun (2021年度区本级预算执行…审计查出的问题: the audited year;
// but 2021年度任务 dates the target itself, and 2022年， dates the report).
const MOVED_TO = /(?:推迟|延期|调整|顺延|延后|推后|延)(?:至|到)(?:明年|今年|(?:19|20)[0-9]{2}年)/g;
const NOUN_YEAR = /(?:19|20)[0-9]{2}年度(?![任目计指，,])/g;
// a modifier such a year dates, before the 的 of the head it qualifies (2021年度…财政收支审计查出的 | 问题): the goal's
// words inside it are that year's; the year's own noun as the clause's subject (2022年度巡察反馈问题已整改) is not
const DATED_NOUN = /((?:19|20)[0-9]{2})年度(?![任目计指，,])([^的，,。；]{1,24})的/g;

// Is a goal's programme (its campaign and the campaign's own words: `names`) named in the sentence right after a year that does
// not fit the goal (2023年度未来乡村, 2023年第二批未来乡村), and never after one that does?
function programmeOfOtherYear(sentence: string, names: readonly string[], fits: (years: readonly number[]) => boolean): boolean {
  if (!/(?:19|20)[0-9]{2}年/.test(sentence)) return false;
  let dated = 0;
  for (const name of names) {
    for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + name.length)) {
      const year = /((?:19|20)[0-9]{2})年度?(?:第[一二三四五六七八九十]+批)?$/.exec(sentence.slice(Math.max(0, at - 10), at));
      if (!year) continue; // (第二批通过验收的未来乡村: the programme's own word again, no year of its own)
      if (fits([Number(year[1])])) return false;
      dated += 1;
    }
  }
  return dated > 0;
}

function yearsIn(sentence: string, issueYear: number): number[] {
  const read = sentence.replace(MOVED_TO, " ").replace(NOUN_YEAR, " ");
  const years = [...read.matchAll(/((?:19|20)[0-9]{2})年/g)].map((m) => Number(m[1]));
  if (/明年/.test(read)) years.push(issueYear + 1);
  if (/去年/.test(read)) years.push(issueYear - 1);
  // 今年以来… in a later year's issue is that year's work, not the goal's year
  if (/今年/.test(read)) years.push(issueYear);
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
  // A goal to plan something (积极谋划明年未来乡村建设) is not reported on by results of the thing itself.
  if (PLANNING_GOAL.test(goal.text)) return undefined;
  // Nor is a report that an earlier target was missed (原定9月底建成通车的目标没有实现): it states an outcome, it sets none.
  if (RETROSPECTIVE_GOAL.test(goal.text)) return undefined;
  const view = goalView(goal.text, tokens, goal.campaign, goal.subject);
  if (tokens.strong.length === 0 && !goal.campaign && !goal.township && view.objects.length === 0) return undefined;
  const topic = view.topic;
  const completionGoal = topic.length === 0 && COMPLETION_VERB.test(goal.text);
  const startGoal = START_GOAL.test(goal.text) && !FINISH_GOAL.test(goal.text);
  // A goal with a deadline is reported on in its deadline's year; one without is open from its issue's year on.
  const deadlineYear = yearOf(goal.deadlineDate);
  const issueYear = yearOf(goal.issueDate)!;
  const prepared = prepare(article);
  const titleObjects = view.objects.filter((o) => namesObject(article.title, o));
  const goalMetric = normaliseMetric(goal.subject ?? undefined);
  // Most candidate pairs share an index key but nothing a sentence needs to pass the topic check below (a topic word,
  // one of the goal's objects, a number of its measure): that is settled here for the whole article at once, by
  // conditions each sentence's check implies, so the pairs it drops are exactly those no sentence could link.
  if (!completionGoal && !titleObjects.length && !mayHaveTopic(prepared, view, goalMetric)) return undefined;
  const titleTokens = prepared.titleTokens;
  const titleHits = tokens.strong.filter((t) => article.title.includes(t));
  const titleOther = [...otherNames(titleTokens, tokens, view.objects), ...(prepared.titleOutside ? ["outside"] : [])];
  const titleOwn = view.own.some((t) => namesObject(article.title, t)) && !titleOther.length;
  const articleCampaign = !!goal.campaign && (article.campaigns ?? []).includes(goal.campaign);
  const goalFamily = goal.targetUnit ? unitFamily(goal.targetUnit) : undefined;

  // (a named work is built once: a report of a later year, 已于今年4月25日实现全幅合龙 for a goal due last year, is about
  // the same work done late, not about another year's target)
  const oneOff = tokens.strong.some(isWorkName);
  const yearFits = (ys: readonly number[]) =>
    !ys.length || (deadlineYear ? ys.includes(deadlineYear) || (oneOff && ys.some((y) => y > deadlineYear)) : ys.some((y) => y >= issueYear));

  let best: EvidenceMatch | undefined;
  // The goal's names found in the sentence before, for one that names nothing and goes on about it (华龙大桥…主跨达120米。
  // 已于今年4月25日实现全幅合龙): Chinese leaves the subject of such a sentence unsaid. Only within a paragraph.
  let lastNamed: { end: number; hits: string[]; topicHits: string[] } | undefined;
  let otherYearBatch = false;
  const metParts = new Set<string>(); // the goal's items some sentence reports done
  const programme = goal.campaign ? [goal.campaign, ...campaignParts(goal.campaign)].filter((w) => w.length >= 2) : [];
  for (const prepSentence of prepared.sentences) {
    const { span, sentence, inSentence, years, clauses, datedNouns } = prepSentence;
    const carry = lastNamed && !prepSentence.headline && !/\n/.test(article.text.slice(lastNamed.end, span.start)) ? lastNamed : undefined;
    lastNamed = undefined;
    // the headline speaks only when the body reported no outcome of the goal
    if (prepSentence.headline && best && best.relation !== "mention") break;
    if (!yearFits(years)) continue;
    // The topic is read outside the subject's own words (房屋征收签约 gives 签约, not 房屋). Checked first: it is cheap,
    // and most sentences of a candidate article fail it before their names need reading.
    const objectHits = view.objects.filter((o) => namesObject(sentence, o));
    let topicHits = topic.filter((w) => sentence.includes(w));
    if (topicHits.length && view.subject) {
      const rest = sentence.replace(view.subject, " ");
      topicHits = topicHits.filter((w) => rest.includes(w));
    }
    const carried = !!carry && namesNothing(prepSentence);
    if (carried && !topicHits.length) topicHits = carry!.topicHits;
    // The goal's topic written only inside a noun dated by another year (2021年度…财政收支审计 for 实现全年财政收支平衡)
    // is that year's: the sentence is about another year's thing.
    const dated = datedNouns.filter((d) => !yearFits([d.year]));
    if (
      dated.length &&
      (topicHits.length || objectHits.length) &&
      topicHits.every((w) => dated.some((d) => d.text.includes(w))) &&
      objectHits.every((o) => dated.some((d) => namesObject(d.text, o)))
    )
      continue;
    // The goal's programme named only as another year's batch of it (荆溪、石室3个村的2023年度未来乡村建设项目 for a
    // 2022 list of the same villages): that year's designation, not the goal's, whoever is in it.
    // (and its headline, which only sums up that report, does not speak for the goal either)
    if (programme.length && (prepSentence.headline ? otherYearBatch : programmeOfOtherYear(sentence, programme, yearFits))) {
      otherYearBatch = true;
      continue;
    }
    // A sentence whose numbers stand in several clauses lists several outcomes (新增泊位2365个，…，完成老旧小区改造27个):
    // the goal's number is one in a clause that names the goal.
    const listed = new Set(inSentence.map((i) => clauseIndex(clauses, i.start - span.start))).size > 1;
    const seriesHit = inSentence.find(
      (i) =>
        ((goalMetric && normaliseMetric(i.metric) === goalMetric) ||
          (goal.targetValue != null && goalFamily && unitFamily(i.unit) === goalFamily && topicHits.length > 0)) &&
        (!listed || clauseNamesGoal(clauses[clauseIndex(clauses, i.start - span.start)]?.text ?? "", view)),
    );
    // The goal's object written in the sentence is its topic too (方舱医院 of 加快推进方舱医院建设).
    const objectTopic = objectHits.length > 0;
    // (a headline that names the goal's object is the topic of its sentences too: 路段的改造未能…完成 under 城区路灯改造…)
    if (topicHits.length === 0 && !seriesHit && !completionGoal && !objectTopic && !titleObjects.length) continue;
    // Another county's or town's work (江山市方舱医院, 衢江区数字农业园区) is not this goal's; but a work the goal names by
    // its proper name (鸡鸣三省大桥, 连接叙永县和镇雄县) is that one work wherever the sentence places it.
    if ((prepSentence.outside ??= outsideOf(sentence)) && !tokens.strong.some((t) => isWorkName(t) && sentence.includes(t))) continue;

    const sentenceTokens = tokensOf(prepSentence);
    // A name written shorter (宫宝地块 for 宫宝宿舍地块: the sentence's name is a prefix of the goal's) is the same name.
    const hits = [
      ...tokens.strong.filter((t) => namesToken(sentence, t) || tokensOf(prepSentence).strong.some((s) => s.length >= 2 && t.length > s.length && t.startsWith(s))),
      ...objectHits,
    ];
    if (hits.length && !prepSentence.headline) lastNamed = { end: span.end, hits: [...hits], topicHits };
    else if (carried) hits.push(...carry!.hits);
    const other = otherNames(sentenceTokens, tokens, view.objects);
    // the goal's site named only as the place of another project there (宫宝宿舍地块安置房项目 for its 征收)
    const goalWords = `${goal.text}|${goal.subject ?? ""}|${goal.campaign ?? ""}|${goal.context ?? ""}`;
    const siteHits = hits.filter((h) => tokens.strong.includes(h));
    if (siteHits.length && siteHits.length === hits.length && siteHits.every((h) => namesOtherProjectAt(sentence, h, goalWords))) continue;
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
    } else if ((titleHits.length || titleObjects.length) && !titleOther.length) {
      subject = 0.75;
      words.push(...titleHits, ...titleObjects);
    } else if (articleCampaign && !titleOther.length) {
      subject = 0.7;
      words.push(goal.campaign!);
    }
    // A goal about something specific (实现总院和分院“七共享”) is not reported on by news of the project it belongs to
    // (医共体总院迁建工程结顶): the sentence, or a headline whose names are all the goal's, must name that thing.
    // (one of a list goal's own objects named is the goal named: 奥陶纪一期开园 for 奥陶纪、寺桥水库、衢门山…)
    if (view.own.length && !view.own.some((t) => namesObject(sentence, t) || namesToken(sentence, t) || (carried && carry!.hits.includes(t))) && !objectHits.length && !(titleOwn && !other.length)) continue;
    // A goal with an object of its own (健康柯城) that neither the sentence nor the headline names is tied to the
    // sentence only by a name its context gave it (“十四五” of its sentence): one shared word is then too little.
    if (view.objects.length && !objectHits.length && !titleObjects.length && !view.own.length && !goal.campaign && topicHits.length < 2 && !seriesHit) continue;
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
    if (subject < 0.9 && !hits.length && !seriesHit && !completionGoal && topicHits.length < 2 && !titleObjects.length) continue;
    const cues = attachedCues(clauses, view, span.start, seriesHit, startGoal, other.length === 0);
    const outcome = classify(cues, goal, inSentence, seriesHit, sentence);
    // Work still under way (仍在推进, 尚在施工) in a report dated after the goal's deadline says the deadline was missed.
    if (outcome.relation === "progress" && goal.deadlineDate && article.issueDate > goal.deadlineDate && STILL.test(outcome.word ?? "")) {
      outcome.relation = "missed";
    }
    if (topicHits.length === 0 && !seriesHit && !objectTopic && !((completionGoal || titleObjects.length) && outcome.relation !== "mention")) continue;
    // A goal of several objects (奥陶纪、寺桥水库、衢门山; 麻蓬、严村、妙源、茶铺) is met, or missed, only by a report on
    // all of them: one of them done, or one late, is partial.
    // (全部 in 14个健康驿站全部投用 is all of one item, not of the goal's list)
    // (a part is named by what tells it from the others, its first characters: 有机更新 alone, the head the list shares,
    // does not name 衢化片区有机更新)
    const namedParts = view.parts.filter((p) => namesObject(sentence, p) && sentence.includes(p.slice(0, 2)));
    const named = namedParts.length;
    const metHere = outcome.relation === "met" ? namedParts : [];
    if ((outcome.relation === "met" || outcome.relation === "missed") && view.parts.length > 1 && named > 0 && named < view.parts.length) {
      outcome.relation = "partial";
    }
    // A goal to keep holding an activity (持续开展…PK赛活动) progresses each time a round of it is held or its result
    // announced (比拼结果揭晓): that is the activity's outcome, short of a cue of completion.
    if (outcome.relation === "mention" && ACTIVITY_GOAL.test(goal.text)) {
      const held = HELD_CUES.exec(sentence)?.[0];
      if (held) Object.assign(outcome, { relation: "progress", word: held });
    }
    // A mention without a cue is evidence only when it reports a figure (a later number of the subject).
    if (outcome.relation === "mention" && !seriesHit && !inSentence.some((i) => i.core !== false)) continue;
    // Nor when the sentence names the goal's thing only as an example in a list of others (串联起灵鹫山、寺桥水库、麻蓬村等
    // 景点和村落): the figure is the list's owner's, the list names where it reaches.
    if (outcome.relation === "mention" && hits.length && hits.every((h) => inExampleList(sentence, h))) continue;
    words.push(...topicHits.slice(0, 3));

    if (outcome.word) words.push(outcome.word);
    const cue = outcome.relation === "mention" ? 0 : outcome.relation === "progress" ? 0.7 : 1;
    const topicScore = completionGoal || objectTopic ? 1 : Math.min(1, topicHits.length / 2);
    const score = round(0.45 * subject + 0.25 * cue + 0.2 * topicScore + 0.1 * (seriesHit ? 1 : 0));
    if (score < (options.minScore ?? MIN_SCORE)) continue;
    for (const p of metHere) metParts.add(p);
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
  // Each of the goal's items reported done, one sentence each (幼儿园9月建成开园；11月，卫生院建成并投入使用): all of it is.
  if (best?.relation === "partial" && view.parts.length > 1 && view.parts.every((p) => metParts.has(p))) best = { ...best, relation: "met" };
  return best;
}

function clauseIndex(clauses: readonly PreparedClause[], offset: number): number {
  return clauses.findIndex((c) => offset >= c.start && offset < c.end);
}

function clauseNamesGoal(text: string, view: GoalView): boolean {
  // (a generic word, 改造 of 九华大道拓宽改造工程, names a kind, not the goal)
  return view.objects.some((o) => namesObject(text, o)) || view.words.some((w) => w.length >= 2 && !GENERIC_SET.has(w) && text.includes(w));
}

// What a clause that goes on about its sentence's topic holds besides its cue: the completion it speaks of, time
// words and prepositions (二期工程未能如期完工, 投用时间推迟至明年).
const CHAIN_FILLER = /建成|完工|竣工|投用|完成|明年|今年|去年|年底|年内|月底|[至于到]/g;

// Words a clause may hold besides what it reports on: adverbs of time and manner, pronouns, dates and numbers.
const FILLER = /日前|目前|近日|截至|如今|现已|已有|[该此其已均都也并于在将又再共]|[个项家座处]|[0-9０-９.．%％]+|[年月日号]|[上下]午|[，,、\s]/g;

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
  namesNothingElse: boolean,
): SentenceCues {
  const out: SentenceCues = {};
  // A clause that names the goal makes it the sentence's topic: the clauses after it that name nothing else go on
  // about it (游船码头受…影响，主体工程去年未能如期完工，…建成投用时间推迟至今年6月).
  let held = false;
  // A clause that reports a figure or an outcome of something else (新增泊位2365个 before 完成老旧小区改造27个) ends the
  // goal's turn in a list: a bare cue after it (超额完成年度任务) continues that other thing, not the goal.
  let other = false;
  for (const clause of clauses) {
    const { cues } = clause;
    if (!cues.missed && !cues.partial && !cues.met && !cues.start && !cues.progress && !cues.stage) {
      if (clauseNamesGoal(clause.text, view)) held = true;
      else if (/[0-9０-９]/.test(clause.text.replace(/(?:19|20)[0-9]{2}年|[0-9]+月[0-9]*日?/g, ""))) {
        held = false;
        other = true;
      }
      continue;
    }
    const seriesHere = !!seriesHit && seriesHit.start - sentenceStart >= clause.start && seriesHit.start - sentenceStart < clause.end;
    let content = clause.text;
    for (const word of [cues.missed, cues.partial, cues.met, cues.start, cues.progress, cues.stage]) if (word) content = content.split(word).join(" ");
    // 城北污水处理厂扩建工程推迟 shares words with 城南污水处理厂 but is about another of its kind
    // (but not when the other modifier is one of the goal's own listed objects: 双西港片区有机更新 for a goal listing
    // 双西港片区 and 衢化片区有机更新 is the goal's, not another 片区有机更新)
    if (!namesOwnObject(content, view) && view.objects.some((o) => namesAnotherOfKind(content, o))) {
      held = false;
      continue;
    }
    // (a name inside the cue is still named: 通过三级乙等综合医院评审 holds 三级乙等)
    const shares = view.words.some((w) => content.includes(w) || (clause.text.includes(w) && !/^(?:完成|实现|建成|通过|验收|评审)$/.test(w)));
    if (view.plan && !content.includes(view.plan)) continue;
    const own = content.replace(TOPIC_STOP, "").replace(GENERIC_WORDS, "").replace(FILLER, "").length;
    const bare = own <= 2;
    // (a clause that goes on about the topic has little subject of its own: 主体工程去年…, 建成投用时间…; one that
    // writes another thing at length, 城北污水处理厂扩建工程推迟, starts a topic of its own)
    // (还有3个…未能完工, 其余14个…: a remainder goes on about the clause before it, whatever else it says)
    const remainder = held && REMAINDER.test(clause.text.trim());
    const chained =
      remainder || (held && namesNothingElse && content.replace(TOPIC_STOP, "").replace(GENERIC_WORDS, "").replace(CHAIN_FILLER, "").replace(FILLER, "").length <= 3);
    if (!(shares || seriesHere || (bare && (held || !other)) || chained)) {
      if (!bare) {
        held = false;
        other = true;
      }
      continue;
    }
    held = true;
    out.text = out.text ? `${out.text}，${clause.text}` : clause.text;
    out.missed ??= cues.missed;
    out.partial ??= cues.partial;
    if (cues.start) {
      if (startGoal) out.met ??= cues.start;
      else out.progress ??= cues.start;
    }
    if (cues.met && !out.met) out.metAt = { start: sentenceStart + clause.start, end: sentenceStart + clause.end, text: clause.text };
    out.met ??= cues.met;
    out.progress ??= cues.progress;
  }
  return out;
}

const GENERIC_SET = new Set(GENERIC_PROJECT_WORDS);

// Does a clause name one of the goal's objects by what tells it from the others (its first two characters)?
function namesOwnObject(text: string, view: GoalView): boolean {
  return view.objects.some((o) => text.includes(o.slice(0, 2)) && namesObject(text, o));
}

// Another project on the goal's site: a site or village name followed by a project head of its own (宫宝宿舍地块安置房
// 项目, 下刘村道路工程) that the goal's words do not hold is a different project there, whatever it reports. A generic
// head (征收项目, 改造工程) says only what kind of work, and the goal's own head (安置房 of a goal about 安置房) is the goal's.
export function namesOtherProjectAt(sentence: string, token: string, goalWords: string): boolean {
  // (a stage of the work is no other project: 寺桥水库主体工程, 一期工程, 配套工程; nor is the rest of a work's head:
  // 建金高速公路项目 for the token 建金高速)
  const heads = [...sentence.matchAll(new RegExp(`${escape(token)}(?:地块|片区|小区|村|社区)?([\u4e00-\u9fff]{2,5}?)(?:项目|工程)`, "g"))]
    .map((m) => m[1].replace(GENERIC_WORDS, ""))
    .filter((head) => !WORK_STAGE.test(head));
  return heads.length > 0 && heads.every((head) => head.length >= 2 && !goalWords.includes(head));
}

// Is every occurrence of `name` in `text` one item of a 、-list closed by 等 (A、B、C等…)?
function inExampleList(text: string, name: string): boolean {
  const list = new RegExp(`(?:[\\u4e00-\\u9fff]{1,12}、)*${escape(name)}(?:、[\\u4e00-\\u9fff]{1,12})*等`, "g");
  const inLists = [...text.matchAll(list)].filter((m) => m[0].includes("、")).length;
  return inLists > 0 && inLists === text.split(name).length - 1;
}

const WORK_STAGE = /^(?:主体|主线|[一二三四首]期|配套|附属|辅道|土建|结构|公路)$/;

const STILL = /^(?:仍|尚|还|正)在/;

// A goal whose work is an activity held again and again, and the words that report a round of it held.
const ACTIVITY_GOAL = /^(?:持续|深入|广泛|常态化|定期)?(?:开展|举办|组织|举行)/;
const HELD_CUES = /(?:结果|名单|榜单)?揭晓|(?<![将拟要])(?:举行|举办|召开)|(?<![将拟要])开展了/;

const REMAINDER = /^(?:还有|其余|剩余|另有|尚有|仍有|剩下)/;

const GENERIC_WORDS = new RegExp(GENERIC_PROJECT_WORDS.map(escape).join("|"), "g");

export const MIN_SCORE = 0.55;

// A clause of a report sentence (split at ，；: and 、 is inside a list, not a clause), offsets within the sentence.
type PreparedClause = { start: number; end: number; text: string; cues: SentenceCues };

type PreparedSentence = {
  span: { start: number; end: number };
  sentence: string; // without quote marks
  inSentence: EvidenceIndicator[];
  tokens?: SubjectTokens; // the names it holds, read on first need (tokensOf): the gazetteer lookup is the costly part
  outside?: boolean; // names a place of another county, read on first need
  years: number[];
  datedNouns: { year: number; text: string }[]; // nouns a year dates (2021年度区本级预算执行…): not in `years`
  headline?: boolean; // the article's headline read as a sentence (its span is the lead's)
  clauses: PreparedClause[];
};

// (stage: a stage of work the clause states as reached, 封顶 / 交工验收 / 通车 …; text: the clauses whose cues were taken)
type SentenceCues = {
  missed?: string;
  partial?: string;
  met?: string;
  start?: string;
  progress?: string;
  stage?: string;
  metAt?: { start: number; end: number; text: string };
  text?: string;
};

function cuesOf(sentence: string): SentenceCues {
  return {
    missed: MISSED_CUES.exec(sentence)?.[0],
    partial: PARTIAL_CUES.exec(sentence)?.[0],
    met: MET_CUES.exec(sentence)?.[0],
    start: START_CUES.exec(sentence)?.[0],
    progress: PROGRESS_CUES.exec(sentence)?.[0],
    stage: stageReached(sentence).word,
  };
}

// Split on the sentence as written (offsets match the article's, so a number's clause is found); read without quotes.
// The clause stops are the linker's and a goal's (lib/text/char-sets.ts clauseOrColon).
function clausesOf(raw: string): PreparedClause[] {
  const out: PreparedClause[] = [];
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i === raw.length || isStop(raw[i], "clauseOrColon")) {
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
  const report = reportPart(sentence);
  if (!report) return false;
  if (hasNumber) return true;
  return report.clauses.some(({ cues }) => !!(cues.missed || cues.partial || cues.met || cues.start || cues.progress));
}

// The first clause of a sentence that reports an outcome (its object is usually that clause's subject): what keys an
// article besides its headline, kept to one clause so an article adds a few index keys, not one per trigram of its text.
export function reportClause(sentence: string): string | undefined {
  return reportPart(sentence)?.clauses.find(({ cues }) => !!(cues.missed || cues.partial || cues.met || cues.start || cues.progress))?.text;
}

// Every clause of a sentence's report part that states an outcome or a figure: a lead that lists several outcomes
// (新增泊位2365个，超额完成年度任务，完成老旧小区改造27个，…工程仍在推进) names one object in each.
export function reportClauses(sentence: string): string[] {
  return (reportPart(sentence)?.clauses ?? [])
    .filter(({ text, cues }) => /[0-9０-９]/.test(text) || !!(cues.missed || cues.partial || cues.met || cues.start || cues.progress))
    .map(({ text }) => text);
}

type ReportPart = { text: string; clauses: PreparedClause[]; planned: PreparedClause[] };

// A new issue's sentences are read twice, for its index keys (isReportSentence, reportClause: lib/track/track-keys.ts)
// and as evidence (prepare): the second read is a lookup. Bounded (emptied when full): the repeats are within one
// issue's linking, not across the archive. Parts are only read, never changed, so callers may share them.
const reportParts = new Map<string, ReportPart | undefined>();
const REPORT_PARTS_KEPT = 2048;

function reportPart(raw: string): ReportPart | undefined {
  if (reportParts.has(raw)) return reportParts.get(raw);
  if (reportParts.size >= REPORT_PARTS_KEPT) reportParts.clear();
  const part = readReportPart(raw);
  reportParts.set(raw, part);
  return part;
}

// The part of a sentence that reports: its clauses that set no new work. A sentence may report and then plan
// (已完成种植1200亩，占规划面积的60%，剩余面积将在明年春季完成种植): the planning clauses are blanked (same length, so
// offsets hold) and their years (明年) do not make the report one about another year. A sentence that only plans is none.
function readReportPart(raw: string): ReportPart | undefined {
  if (!PLAN_CUES.test(raw)) return { text: raw, clauses: clausesOf(raw), planned: [] };
  const all = clausesOf(raw);
  // Only a report that comes first counts: from the first clause that plans (or sets a condition: 签约全面完成后, …) to
  // the end is the plan. A sentence opened by a directive (会议强调, 要求) is all directive.
  const first = all.findIndex((c) => PLAN_CUES.test(c.text) || CONDITION.test(c.text));
  if (first <= 0 || DIRECTIVE.test(all[0].text)) return undefined;
  const planned = all.slice(first);
  let text = raw;
  for (const c of planned) text = text.slice(0, c.start) + " ".repeat(c.end - c.start) + text.slice(c.end);
  return { text, clauses: all.slice(0, first), planned };
}

const CONDITION = /(?:之|以)?后$|以前$|之前$|前提下$/;
const DIRECTIVE = /强调|要求|指出|提出|部署|号召|表示/;

// What a later article offers any goal, computed once per article (a new issue's articles meet many earlier goals):
// its report sentences (those that set new work are left out) with their names, numbers and years.
//  plain        its text and headline without quote marks, as its sentences are read: every word a sentence holds
//               (quote marks out, planned clauses blanked) is written here too (the pre-check in matchEvidence);
//  metrics      the normalised metrics of its numbers;
//  named        per object name, whether `plain` may name it (mayNameObject), read on first need;
//  titleOutside whether its headline names a place of another county.
type PreparedArticle = {
  titleTokens: SubjectTokens;
  sentences: PreparedSentence[];
  plain: string;
  metrics: Set<string>;
  named: Map<string, boolean>;
  titleOutside: boolean;
};
const preparedArticles = new WeakMap<EvidenceArticle, PreparedArticle>();

function prepare(article: EvidenceArticle): PreparedArticle {
  let prepared = preparedArticles.get(article);
  if (prepared) return prepared;
  const issueYear = yearOf(article.issueDate)!;
  const out: PreparedSentence[] = [];
  for (const span of sentences(article.text)) {
    const report = reportPart(article.text.slice(span.start, span.end));
    if (!report) continue;
    const sentence = report.text.replace(/[“”"‘’]/g, "");
    out.push({
      span,
      sentence,
      inSentence: (article.indicators ?? []).filter(
        (i) => i.start >= span.start && i.end <= span.end && !report.planned.some((c) => i.start - span.start < c.end && i.end - span.start > c.start),
      ),
      years: yearsIn(sentence, issueYear),
      datedNouns: [...sentence.matchAll(DATED_NOUN)].map((m) => ({ year: Number(m[1]), text: m[2] })),
      clauses: report.clauses,
    });
  }
  // A headline may carry the outcome its body leaves unsaid (…跻身省级旅游度假区 over a body that only lists names): it is
  // read as one more sentence, last and only when no body sentence reports an outcome of the goal, and a link from it
  // points at the lead.
  const title = article.title.replace(/[“”"‘’]/g, "");
  const headline = reportPart(article.title);
  if (headline && headline.clauses.some(({ cues }) => !!(cues.missed || cues.partial || cues.met || cues.start || cues.stage))) {
    const lead = out[0]?.span ?? { start: 0, end: 0 };
    out.push({ span: lead, sentence: title, inSentence: [], years: yearsIn(title, issueYear), datedNouns: [], clauses: headline.clauses, headline: true });
  }
  prepared = {
    titleTokens: subjectTokens({ texts: [article.title] }),
    sentences: out,
    plain: `${article.text.replace(/[“”"‘’]/g, "")}\n${title}`,
    metrics: new Set((article.indicators ?? []).map((i) => normaliseMetric(i.metric)).filter((m): m is string => !!m)),
    named: new Map(),
    titleOutside: outsideOf(article.title),
  };
  preparedArticles.set(article, prepared);
  return prepared;
}

// Can any sentence of the article pass matchEvidence's topic check for this goal (a topic word outside the subject's
// words, an object named, or a number of the goal's measure)? Each part is implied by its per-sentence form: a topic
// word or an object's name in a sentence is in `plain`, a sentence's numbers are the article's.
function mayHaveTopic(prepared: PreparedArticle, view: GoalView, goalMetric: string | undefined): boolean {
  if (goalMetric && prepared.metrics.has(goalMetric)) return true;
  if (view.topic.some((w) => prepared.plain.includes(w))) return true;
  return view.objects.some((o) => {
    let named = prepared.named.get(o);
    if (named === undefined) prepared.named.set(o, (named = mayNameObject(prepared.plain, o)));
    return named;
  });
}

// A sentence that names no place, site, work or quoted name (its subject left unsaid, or a common noun).
function namesNothing(prepared: PreparedSentence): boolean {
  const found = tokensOf(prepared);
  return found.strong.length === 0 && found.weak.length === 0;
}

function tokensOf(prepared: PreparedSentence): SubjectTokens {
  prepared.tokens ??= subjectTokens({ texts: [prepared.sentence] });
  return prepared.tokens;
}

// N个…中，…M个 (4个未来乡村中…3个通过验收, 已完成120户中的98户), N个… M个 and a verb of completion (4个未来乡村3个通过验收),
// N个…已完工M个; any measure word of a counted thing (个 项 家 座 户 处 所 条).
const SHARE =
  /([0-9]+|[一二两三四五六七八九十]+)(?:个|项|家|座|户|处|所|条)(?:[^。；，,]{0,16}?中[，,]?[^。；]{0,30}?|[^。；，,0-9]{1,16}?(?:已|均)?(?:完工|完成|建成|投用|通过[^，,。；]{0,6}))([0-9]+|[一二两三四五六七八九十]+)(?:个|项|家|座|户|处|所|条)|([0-9]+|[一二两三四五六七八九十]+)(?:个|项|家|座|户|处|所|条)[^。；，,0-9]{1,16}?([0-9]+|[一二两三四五六七八九十]+)(?:个|项|家|座|户|处|所|条)(?=(?:已|均)?(?:通过|完成|建成|完工|投用))/;
// A count as SHARE writes it: Arabic digits, or Chinese (四, 两, 十二, 二十三); NaN for what is no number (十十), which
// compares as no share.
function countOf(written: string): number {
  if (/^[0-9]+$/.test(written)) return Number(written);
  return parseChineseInteger(written) ?? NaN;
}

// (主体工程完工, 主线贯通: the body or the main line of a work, not all of it)
const STAGE = /中期|阶段性|初步|一期|首期|首批|第一批|部分|主体|主线/;

// Work still under way, in the clauses after a completion (…仍在施工, 正在有序推进, 尚未完工).
const UNDER_WAY = /(?:仍|尚|还|正)在?(?:加紧|加快|全力|有序|抓紧)?(?:推进|施工|建设|实施|进行|扫尾)|尚未(?:完工|完成|竣工|开工|启动)/;
// The cue's own adverbs and a work's generic tail, cut to find what the completed clause says was done (主楼, 签约).
const DONE_ADVERBS = /(?:已经|已|均|都|全部|全面|顺利|正式|提前|基本|率先)+$/;
const DONE_TAIL = /(?:工作|任务|工程|项目|建设)+$/;

// What a completion clause left to do, when the sentence goes on with work still under way and the done part is not what
// the goal asks for: the two characters before the cue (主楼 of 主楼已建成, 签约 of 签约工作已全面完成) are not in the goal.
function restUnderWay(goalText: string, metText: string, met: string, sentence: string): string | undefined {
  const at = sentence.indexOf(metText);
  const after = at >= 0 ? sentence.slice(at + metText.length) : "";
  const still = UNDER_WAY.exec(after)?.[0];
  if (!still) return undefined;
  const cueAt = metText.indexOf(met);
  const done = (cueAt > 0 ? metText.slice(0, cueAt) : "").replace(DONE_ADVERBS, "").replace(DONE_TAIL, "");
  const head = done.slice(-2);
  if (!/^[\u4e00-\u9fff]{2}$/.test(head) || goalText.includes(head)) return undefined;
  return still;
}

const RANK: Record<EvidenceRelation, number> = { mention: 0, progress: 1, partial: 2, missed: 3, met: 4 };

const round = (n: number) => Math.round(n * 100) / 100;

// Names in a sentence that are not the goal's: strong tokens of another village or site. A token that contains or is
// contained in one of the goal's (下刘 / 下刘村) is the same name.
// A named work (白沙大道, 紫金大桥) is another thing only for a goal about a work: for any other goal it is where the work
// was done (沿白沙大道…), not what was done.
function otherNames(found: SubjectTokens, goal: SubjectTokens, objects: readonly string[] = []): string[] {
  const aboutWork = goal.strong.some(isWorkName);
  return found.strong.filter(
    (t) => (aboutWork || !isWorkName(t)) && !goal.strong.some((g) => g.includes(t) || t.includes(g)) && !objects.some((o) => o.includes(t) || t.includes(o) || namesObject(t, o)),
  );
}

// Does a text name a place outside the configured county (a county, town or village elsewhere)? Cities and provinces
// do not count: 衢州市 and 浙江省 hold the county.
function outsideOf(text: string): boolean {
  return findPlaces(text).outside.some((p) => p.level !== "city" && p.level !== "province");
}

function classify(
  cues: SentenceCues,
  goal: GoalForMatch,
  indicators: readonly EvidenceIndicator[],
  seriesHit: EvidenceIndicator | undefined,
  sentence = "",
): { relation: EvidenceRelation; word?: string; indicator?: EvidenceIndicator } {
  if (cues.missed) return { relation: "missed", word: cues.missed };
  if (cues.partial) return { relation: "partial", word: cues.partial };
  // N个…中，…M个 (4个未来乡村中…3个通过验收): fewer than all of them is partial, whatever verb follows.
  const share = SHARE.exec(sentence);
  const [whole, done] = share ? (share[1] ? [share[1], share[2]] : [share[3], share[4]]) : [];
  if (share && countOf(done!) < countOf(whole!) && (cues.met || cues.progress)) return { relation: "partial", word: share[0] };
  // A rate of the goal's own measure: 100% is met, less is partial.
  const rate = indicators.find((i) => i.unit === "%" && (i === seriesHit || /率/.test(i.metric ?? "")));
  // A goal to start a work (下月启动签约工作) is met once the work is under way: a rate of it above nought (签约率达92%)
  // says it started, however far it still has to go.
  if (rate && rate.value > 0 && START_GOAL.test(goal.text) && !FINISH_GOAL.test(goal.text)) return { relation: "met", word: rate.text ?? `${rate.value}%`, indicator: rate };
  if (rate && rate.value >= 100) return { relation: "met", word: rate.text ?? `${rate.value}%`, indicator: rate };
  // The goal's number against the reported one, when both measure the same thing.
  if (goal.targetValue != null && seriesHit && goal.targetUnit && unitFamily(seriesHit.unit) === unitFamily(goal.targetUnit)) {
    // (in one unit: 3600米 against 3.5公里, 平方米 against 亩)
    const got = inBaseUnit(seriesHit.value, seriesHit.unit);
    const want = inBaseUnit(goal.targetValue, goal.targetUnit);
    const reached = goal.targetBound === "max" ? got <= want : got >= want;
    return { relation: reached ? "met" : "partial", word: seriesHit.text ?? String(seriesHit.value), indicator: seriesHit };
  }
  const met = cues.met;
  // A part done while the rest is still under way (主楼已建成，剩余配套项目仍在施工; 签约工作已全面完成，腾空和拆除正在推进)
  // is partial for a goal of the whole; a goal that asks for that part (完成签约) is met by it.
  const rest = met && cues.metAt ? restUnderWay(goal.text, cues.metAt.text, met, sentence) : undefined;
  if (rest) return { relation: "partial", word: `${met}…${rest}` };
  // The stage of work reached against the stage the goal asks for (lib/track/stage-ladder.ts): 通过交工验收，具备通车条件 for
  // 建成通车 is short of it (partial), 正式通车 for 全部完成 is past it (met). Only for goals that ask for a stage of building
  // and reports that state one; a goal to start (启动) is read by its own rule.
  const asked = stageAsked(goal.text);
  const reached = cues.text ? stageReached(cues.text) : { stage: 0 as const };
  if (asked >= 3 && reached.stage > 0 && reached.stage < asked && !START_GOAL.test(goal.text)) {
    return { relation: reached.stage === 1 ? "progress" : "partial", word: reached.word };
  }
  if (asked > 0 && reached.stage >= asked && !met) return { relation: "met", word: reached.word };
  // 已完成签约86户 is a count of done work, not the whole done: progress unless the sentence says all of it.
  // (a count in another clause is not the done work's: 收支实现平衡，全年…收入完成12.6亿元)
  const counted = indicators.some((i) => i.unit !== "%" && (!cues.metAt || (i.start >= cues.metAt.start && i.start < cues.metAt.end)));
  // A stage of the work done (中期评估完成, 一期工程竣工, 首批…通过验收) is part of it, unless the goal is that stage.
  const stage = cues.metAt && STAGE.exec(cues.metAt.text)?.[0];
  if (met && stage && !goal.text.includes(stage)) return { relation: "partial", word: `${stage}…${met}` };
  if (met && !(/^已完成$|^实现$/.test(met) && counted)) return { relation: "met", word: met };
  if (rate) return { relation: "partial", word: rate.text ?? `${rate.value}%`, indicator: rate };
  if (cues.progress) return { relation: "progress", word: cues.progress };
  return { relation: "mention" };
}

// Site names a text holds (exported for the index: the same rule as the tokens).
export { siteNames };
