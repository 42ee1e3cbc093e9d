// Goals: what an article says will be achieved. Five producers, then one overlap refiner:
//  1. lead verbs (确保 / 力争 / 争取 / 力求 / 计划 / 目标是…): the target phrase runs from the verb to the clause end;
//  2. 实现…的目标 / 提出了…的新目标: the phrase before 目标 is the target;
//  3. 以…为目标 / 将…作为…目标方向: a phrase the article names as its goal;
//  4. a modal with a completion verb: 要/将…完成 (finishing a task is a commitment), and 要/将/使…实现/达到/突破
//     only with a number in the clause (要…突破100亿); without a number those describe an outcome (实现双增收,
//     用最小的代价实现最大的防控效果, 使其达到三级乙等) and a bare exhortation (要高度重视) is no goal at all;
//  5. rank slogans (保5争3抢1, 保三争二拼第一) that no other goal already contains.
// Decisions (documented because they are judgement calls):
//  - 争取群众理解与支持 / 争取窗口期 are about winning support or time, not targets → not goals;
//  - 为确保X，… states X as the aim of an action → X is a goal (the numbers of the action are not targets);
//  - 力争上游 is an idiom ("strive for the upper reaches") → not a goal by itself;
//  - 行动计划 / 年度计划 are documents; 计划 is a goal verb only before a time or an action (计划下月启动…).

import { extractIndicators } from "./extract-indicators";
import { SLOGAN_SOURCE } from "./non-quantities";
import type { ExtractContext, ExtractedGoal, ExtractedIndicator } from "./types";

export type GoalVerbEntry = {
  verb: string;
  source?: string; // regex source when the bare word is not enough
  object?: RegExp; // what must follow the verb
  notObject?: RegExp; // what must not follow it
  notBefore?: RegExp; // what must not precede it
  why?: string;
};

export const GOAL_VERBS: readonly GoalVerbEntry[] = [
  { verb: "确保" },
  { verb: "力争", source: "(?<!努)力争", notObject: /^上游/, why: "力争上游 is an idiom; 努力争取 is 争取" },
  {
    verb: "争取",
    notObject: /^(?:广大)?(?:群众|居民|村民|企业)?(?:的)?(?:理解|支持|配合|谅解|信任)|^(?:窗口期|时间)/,
    why: "winning support or time is not a target",
  },
  { verb: "力求" },
  {
    verb: "计划",
    object: /^(?:于|在|到|今年|年内|明年|下月|本月|年底|[0-9０-９]|启动|投资|建成|完成|新建|实施|开工|用|将)/,
    notBefore: /(?:行动|年度|工作|发展|规划|五年|实施|投资)$/,
    why: "行动计划/年度计划 are documents",
  },
  { verb: "目标", object: /^(?:是|为|：|:|“)/, notBefore: /以$/, why: "以目标为引领 is an orientation" },
];

// Deadlines, longest first; 今年是/今年以来 are not deadlines.
export const DEADLINES: readonly string[] = [
  "[0-9]{4}年底前",
  "[0-9]{4}年底",
  "[0-9]{4}年前",
  "(?<=到|至|在|于)[0-9]{4}年", // 力争到2025年 (a bare 2021年 is a date, not a deadline)
  "[0-9]{1,2}月底前",
  "[0-9]{1,2}月底",
  "[0-9]{1,2}月前",
  "今年底",
  "年底前",
  "年底",
  "年内",
  "今年(?!是|以来|来)",
  "明年",
  "本月",
  "下月",
  "月底前",
  "月底",
  "全年",
  "上半年",
  "下半年",
  "[一二三四]季度",
  "按时按期",
];
const DEADLINE = new RegExp(DEADLINES.join("|"));
const TIME_ONLY = new RegExp(`^(?:到|至|在|于)?(?:${DEADLINES.join("|")})(?:前|内|底)?$`);

const LEAD = new RegExp(GOAL_VERBS.map((v) => v.source ?? v.verb).join("|"), "g");
const TARGET_OF = /(?<verb>实现|提出了?)(?<obj>[^，,。；;！？!?\n]{1,40}?)(?<tail>的?新?目标(?:任务)?)/g;
// 以方便群众、优化营商环境为目标, 将…打造作为当前和今后工作开展的目标方向 (可以/所以/即将 are not 以/将)
const TAKEN_AS_GOAL =
  /(?:(?<![可所难加予给])以|(?<![即必])将|把)[^，,。；;！？!?\n以将把]{2,30}?(?:为|作为)[^，,。；;！？!?\n]{0,16}?目标(?:方向|任务)?/g;
// 要 in 重要/需要/主要/要求/要素 and 将 in 将近 are not modals
const MODAL = /(?<![重需主只必想紧纪摘概提首])(?:要(?![求素点闻害])|将(?!近)|使其)/g;
// 突破 only with a number after it (突破100亿): 变革突破 is a noun
const COMPLETION = /(?<!为了?)(?:(?:完成|实现|达到)(?=[\u4e00-\u9fff“0-9０-９])|突破(?=[0-9０-９一二两三四五六七八九十百千万亿]))/g;
const SLOGAN = new RegExp(SLOGAN_SOURCE, "g");

const OPEN = new Set([..."“‘《「（("]);
const CLOSE = new Set([..."”’》」）)"]);
const CLAUSE_STOP = /[，,。；;！？!?\n]/;
const SENTENCE_STOP = /[。；;！？!?\n]/;

// End of the clause starting at `from`: the first clause stop outside quotes and brackets (≤ 80 chars).
function clauseEnd(text: string, from: number, stop = CLAUSE_STOP): number {
  let depth = 0;
  const limit = Math.min(text.length, from + 80);
  let i = from;
  for (; i < limit; i++) {
    const ch = text[i];
    if (ch === "\n") break;
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && stop.test(ch)) break;
  }
  return i;
}

function clauseStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && !CLAUSE_STOP.test(text[i - 1]) && text[i - 1] !== "：" && text[i - 1] !== ":") i--;
  return i;
}

function sentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < 300 && !SENTENCE_STOP.test(text[i - 1])) i--;
  return i;
}

type Candidate = ExtractedGoal & { priority: number };

function makeGoal(opts: { text: string; start: number; end: number; verb: string; priority: number }): Candidate | undefined {
  let { start, end } = opts;
  while (start < end && /[\s、，,：:]/.test(opts.text[start])) start++;
  while (end > start && /[\s、，,：:]/.test(opts.text[end - 1])) end--;
  // 在按时保质高效完成目标任务的同时: the frame "while …" is not part of the target
  const slice = opts.text.slice(start, end);
  if (slice.startsWith("在") && slice.endsWith("的同时")) {
    start += 1;
    end -= 3;
  }
  if (end - start < 2) return undefined;
  return { text: opts.text.slice(start, end), start, end, verb: opts.verb, kind: "target", priority: opts.priority };
}

function leadGoals(text: string, out: Candidate[]) {
  LEAD.lastIndex = 0;
  for (let m = LEAD.exec(text); m; m = LEAD.exec(text)) {
    const entry = GOAL_VERBS.find((v) => v.verb === m![0]);
    if (!entry) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    if (entry.object && !entry.object.test(after)) continue;
    if (entry.notObject?.test(after)) continue;
    if (entry.notBefore?.test(before)) continue;
    let end = clauseEnd(text, m.index + m[0].length);
    // 力争到2025年，全区生产总值突破500亿元: a clause that only sets the time leads into the target
    if (TIME_ONLY.test(text.slice(m.index + m[0].length, end)) && /[，,]/.test(text[end] ?? "")) {
      end = clauseEnd(text, end + 1);
    }
    const goal = makeGoal({ text, start: m.index, end, verb: entry.verb, priority: 0 });
    if (goal) out.push(goal);
  }
}

function targetOfGoals(text: string, out: Candidate[]) {
  TARGET_OF.lastIndex = 0;
  for (let m = TARGET_OF.exec(text); m; m = TARGET_OF.exec(text)) {
    const g = m.groups ?? {};
    if (g.verb === "实现") {
      const goal = makeGoal({ text, start: m.index, end: m.index + m[0].length, verb: "目标", priority: 1 });
      if (goal) out.push(goal);
      continue;
    }
    // 提出了全力打造…示范区的新目标: the object is the target phrase
    const objStart = m.index + g.verb.length;
    const goal = makeGoal({ text, start: objStart, end: objStart + g.obj.length, verb: "目标", priority: 1 });
    if (goal) out.push(goal);
  }
}

function takenAsGoals(text: string, out: Candidate[]) {
  TAKEN_AS_GOAL.lastIndex = 0;
  for (let m = TAKEN_AS_GOAL.exec(text); m; m = TAKEN_AS_GOAL.exec(text)) {
    const goal = makeGoal({ text, start: m.index, end: m.index + m[0].length, verb: "目标", priority: 1 });
    if (goal) out.push(goal);
  }
}

const hasNumber = (indicators: readonly ExtractedIndicator[], start: number, end: number) =>
  indicators.some((i) => i.start >= start && i.end <= end);

function modalGoals(text: string, out: Candidate[], indicators: () => readonly ExtractedIndicator[]) {
  MODAL.lastIndex = 0;
  for (let m = MODAL.exec(text); m; m = MODAL.exec(text)) {
    const from = m.index + m[0].length;
    const sentenceEnd = clauseEnd(text, from, SENTENCE_STOP);
    const scope = text.slice(from, sentenceEnd);
    COMPLETION.lastIndex = 0;
    let at = -1;
    let end = -1;
    let c: RegExpExecArray | null;
    for (c = COMPLETION.exec(scope); c; c = COMPLETION.exec(scope)) {
      at = from + c.index;
      end = clauseEnd(text, at);
      if (c[0] === "完成" || hasNumber(indicators(), at, end)) break;
    }
    if (!c) continue;
    const start = clauseStart(text, at, from);
    const modal = m[0] === "使其" ? "使" : m[0];
    const goal = makeGoal({ text, start: start === from ? m.index : start, end, verb: `${modal}…${c[0]}`, priority: 2 });
    if (goal) out.push(goal);
    MODAL.lastIndex = Math.max(MODAL.lastIndex, end);
  }
}

function sloganGoals(text: string, out: Candidate[]) {
  SLOGAN.lastIndex = 0;
  for (let m = SLOGAN.exec(text); m; m = SLOGAN.exec(text)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, verb: "slogan", kind: "target", priority: 3 });
  }
}

// Outer goal wins over goals inside it (确保今年目标“保5争3抢1” holds a 目标 and a slogan); on a tie the
// stronger producer wins (争取全面完成覆盖率 is found by 争取 and by 要…完成).
function removeOverlaps(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end || a.priority - b.priority);
  const kept: Candidate[] = [];
  for (const c of cands) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    kept.push(c);
  }
  return kept;
}

function addDetails(text: string, goal: Candidate, indicators: readonly ExtractedIndicator[]): ExtractedGoal {
  const { priority: _priority, ...g } = goal;
  void _priority;
  const inside = indicators.find((i) => i.start >= g.start && i.end <= g.end);
  if (inside) {
    g.targetValue = inside.value;
    g.targetUnit = inside.unit;
  }
  // the deadline is in the goal, or just before its verb (今年力争…), or opens the sentence (今年，我们将…实现…)
  const near = DEADLINE.exec(g.text) ?? DEADLINE.exec(text.slice(Math.max(0, g.start - 6), g.start));
  if (near) g.deadline = near[0];
  else {
    const s = sentenceStart(text, g.start);
    const opening = /^[“"]?([^，,]{1,8})[，,]/.exec(text.slice(s, g.start));
    const d = opening ? DEADLINE.exec(opening[1]) : null;
    if (d) g.deadline = d[0];
  }
  return g;
}

/** Goals of one article text, sorted by start; spans are half-open UTF-16 offsets into `text`. */
export function extractGoals(
  text: string,
  ctx: ExtractContext = {},
  opts: { indicators?: readonly ExtractedIndicator[] } = {},
): ExtractedGoal[] {
  if (!text) return [];
  const cands: Candidate[] = [];
  let found = opts.indicators;
  const indicators = () => (found ??= extractIndicators(text, ctx));
  leadGoals(text, cands);
  targetOfGoals(text, cands);
  takenAsGoals(text, cands);
  modalGoals(text, cands, indicators);
  sloganGoals(text, cands);
  if (!cands.length) return [];
  return removeOverlaps(cands).map((c) => addDetails(text, c, indicators()));
}
