// Goals: every commitment a supervisor would follow up (issue #11 §1), with its kind (target | task | requirement),
// deadline (phrase and ISO date) and target value/bound/subject. Producers, then one overlap refiner, then details:
//  1. lead verbs (确保 / 力争 / 争取 / 力求 / 计划 / 目标是…): the target phrase runs from the verb to the clause end;
//  2. 实现…的目标 / 提出了…的新目标: the phrase before 目标 is the target;
//  3. 以…为目标 / 将…作为…目标方向: a phrase the article names as its goal;
//  4. a modal with a completion verb: 要/将…完成 (finishing work is a task), and 要/将/使…实现/达到/突破 with a
//     number in the clause (要…突破100亿, a target); without a number 实现/达到 are left to producer 6, which
//     drops means and purposes (用最小的代价实现…, 为实现共同富裕…); a bare exhortation (要高度重视) is no goal;
//  5. rank slogans (保5争3抢1, 保三争二拼第一) that no other goal already contains, and rank clauses with two or more
//     争X items (在全市争首位、26县争前列、全省争进位);
//  6. target cues in a directive (创成, 夺取…奖, 打造成为, 把…建设成为, 实现, 达到…标准): a state to reach;
//  7. tasks in a directive: a task verb (加快, 推进, 筹建, 编制 …) whose object names a concrete thing (项目, 建设,
//     机制, 委员会, 规划 …); degree verbs (加强, 深化, 提升) are exhortations and never tasks;
//  8. requirements: a bound (不得低于, 不少于, 不超过 …) before a number in a directive;
//  9. dated completions: a deadline then 完成/竣工/建成 in one clause (今年年底48个村全部完成生活污水治理);
// 10. planned years: after 到2020年， (a year not before the issue's) every clause of the sentence with a number.
// Cue lists are tables in goal-cues.ts; deadline words and their dates in resolve-deadline.ts. A directive is a
// sentence or paragraph with a modal or a numbered point (要, 将, 一是) before the cue, and no past marker (以来, 已).
// Decisions (documented because they are judgement calls):
//  - 争取群众理解与支持 / 争取窗口期 are about winning support or time, not targets → not goals;
//  - 为确保X，… states X as the aim of an action → X is a goal (the numbers of the action are not targets);
//  - 力争上游 is an idiom ("strive for the upper reaches") → not a goal by itself;
//  - 行动计划 / 年度计划 are documents; 计划 is a goal verb only before a time or an action (计划下月启动…).

import { extractIndicators } from "./extract-indicators";
import {
  COMPLETION_VERBS,
  DESIGNATION_HEADS,
  GOAL_VERBS,
  GENERIC_OBJECT_WORDS,
  NOT_A_TARGET_BEFORE,
  RANK_ITEMS,
  REQUIREMENT_BOUNDS,
  TARGET_CUES,
  TASK_ADVERBS,
  TASK_OBJECTS,
  TASK_VERBS,
  alternation,
} from "./goal-cues";
import { PAST, isDirective as isSharedDirective, sentenceStartOf } from "./directive";
import { FUNDS_AMOUNT, reportsFundsObtained } from "./funds-obtained";
import { SLOGAN_SOURCE } from "./non-quantities";
import {
  DEADLINE_SOURCE,
  completionYearIn,
  headingYearOf,
  planYearAt,
  planYearOfArticle,
  resolveDeadline,
  resolveDeadlineWithoutDate,
} from "./resolve-deadline";
import { clauseEnd as clauseEndOf, textUnits, unitStart, type TextUnits } from "@/lib/text/sentences";
import { reject, unitsFor } from "./context";
import { keepNonOverlapping } from "./remove-overlaps";
import type { ExtractContext, ExtractedGoal, ExtractedIndicator, GoalBound, GoalKind } from "./types";

export { GOAL_VERBS, type GoalVerbEntry } from "./goal-cues";

const DEADLINE = new RegExp(DEADLINE_SOURCE, "g");
const TIME_ONLY = new RegExp(`^(?:到|至|在|于)?(?:${DEADLINE_SOURCE})(?:前|内|底)?$`);

const LEAD = new RegExp(GOAL_VERBS.map((v) => v.source ?? v.verb).join("|"), "g");
const LEAD_IN = new RegExp(`^(?:${GOAL_VERBS.filter((v) => v.verb !== "目标").map((v) => v.source ?? v.verb).join("|")})`);
// 实现…目标之后 dates something by a goal reached, it sets none
const TARGET_OF = /(?<verb>实现(?![了过])|提出了?)(?<obj>[^，,。；;！？!?\n]{1,40}?)(?<tail>的?新?目标(?:任务)?)(?!之后|以后|后)/g;
// 以方便群众、优化营商环境为目标, 将…打造作为当前和今后工作开展的目标方向 (可以/所以/即将 are not 以/将)
const TAKEN_AS_GOAL =
  /(?:(?<![可所难加予给])以|(?<![即必])将|把)[^，,。；;！？!?\n以将把]{2,30}?(?:为|作为)[^，,。；;！？!?\n]{0,16}?目标(?:方向|任务)?/g;
// 要 in 重要/需要/主要/要求/要素 and 将 in 将近 are not modals
// 还需/尚需/仍需 + a verb + a count is work still to do (还需完成120户签约, 尚需搬迁12户)
const MODAL = /(?<![重需主只必想紧纪摘概提首])(?:要(?![求素点闻害])|将(?!近)|使其|[还尚仍]需要?)/g;
const STILL_NEEDED = /^[还尚仍]需/;
// 尚需搬迁12户: after 还需 a verb and its count, whatever the verb
const VERB_COUNT = /^[\u4e00-\u9fff]{1,4}?[0-9０-９一二两三四五六七八九十百千]/;
// 突破 only with a number after it (突破100亿): 变革突破 is a noun
// 完成情况/完成率 are nouns (督查检查各项任务完成情况), not a completion to commit to
// 达到了300万元 reports (the aspect marker 了/过), as 实现了 does
const COMPLETION = /(?<!为了?)(?:(?:完成(?!情况|率|量|数|度)|实现|达到)(?![了过])(?=[\u4e00-\u9fff“0-9０-９])|突破(?=[0-9０-９一二两三四五六七八九十百千万亿]))/g;
// Building a number of things (要新建改建城乡公厕30座) is a target too, read when no completion verb above is: a
// completion in the same clause says more (将新增市场主体突破3000家 is a 突破).
// 还将建成4所 (the noun elided) builds a number of things as 新建 does.
const BUILD_COUNT = /(?:新建|改建|新增|建成)+(?=[\u4e00-\u9fff0-9０-９])/g;
// 将在5月底前补栽100亩: a modal, a dated 在…前 and a number in the clause, whatever the verb.
const DATED_AFTER_MODAL = new RegExp(`^(?:在|于|到)(?:${DEADLINE_SOURCE})(?:前|之前)?(?=[\u4e00-\u9fff])`);
const SLOGAN = new RegExp(SLOGAN_SOURCE, "g");
const DUTY_ONLY = /^完成(?:各项)?(?:任务|工作)$/;

// Clause and sentence boundaries are the article's, computed once (lib/text/sentences.ts); the helpers below name
// which boundary each rule reads.
type StopName = "clause" | "sentence";
const CLAUSE_STOP: StopName = "clause";
const SENTENCE_STOP: StopName = "sentence";

// End of the clause starting at `from`: the first clause stop outside quotes and brackets (≤ 80 chars).
function clauseEnd(text: string, from: number, stop: StopName = CLAUSE_STOP): number {
  return clauseEndOf(text, from, { stops: stop, max: 80 });
}

// The units of the text last read: extractGoals seeds it with its context's, so the rules below never split again.
let lastUnits: TextUnits | undefined;
function unitsOf(text: string): TextUnits {
  if (lastUnits?.text !== text) lastUnits = textUnits(text);
  return lastUnits;
}

function clauseStart(text: string, at: number, floor: number): number {
  return unitStart(unitsOf(text), at, "clauseOrColon", { floor });
}

function sentenceStart(text: string, at: number): number {
  return sentenceStartOf(unitsOf(text), at);
}

type Candidate = ExtractedGoal & { priority: number };

// A cue the rules dropped, for the trace (extract --explain): its words to the clause end, and the rule's name.
function drop(ctx: ExtractContext, text: string, at: number, rule: string): void {
  if (!ctx.trace) return;
  reject(ctx, { kind: "goal", text: text.slice(at, clauseEnd(text, at + 1)), offset: at, rule });
}

function makeGoal(opts: { text: string; start: number; end: number; verb: string; priority: number; kind?: GoalKind }): Candidate | undefined {
  let { start, end } = opts;
  while (start < end && /[\s、，,：:]/.test(opts.text[start])) start++;
  while (end > start && /[\s、，,：:]/.test(opts.text[end - 1])) end--;
  // a quote that opens before the goal and closes after it is the speaker's, not the goal's
  if (/[“‘]/.test(opts.text[start] ?? "") && !/[”’]/.test(opts.text.slice(start, end))) start++;
  // 在按时保质高效完成目标任务的同时: the frame "while …" is not part of the target
  const slice = opts.text.slice(start, end);
  if (slice.startsWith("在") && slice.endsWith("的同时")) {
    start += 1;
    end -= 3;
  }
  if (end - start < 2) return undefined;
  return { text: opts.text.slice(start, end), start, end, verb: opts.verb, kind: opts.kind ?? "target", priority: opts.priority };
}

// A cue inside a short quoted slogan (坚持“力争上游、确保一流”的理念) belongs to the slogan's words, not to a commitment;
// a quotation after 说/： is someone's speech and may hold one (他说：“要确保年底完工。”).
function insideSlogan(text: string, at: number): boolean {
  const open = text.lastIndexOf("“", at);
  if (open < 0 || at - open > 12 || text.slice(open, at).includes("”")) return false;
  const close = text.indexOf("”", at);
  if (close < 0 || close - open > 24 || /[，,。；;！？!?\n]/.test(text.slice(open, close))) return false;
  return !/[：:说]$/.test(text.slice(Math.max(0, open - 2), open));
}

function leadGoals(text: string, out: Candidate[], ctx: ExtractContext) {
  LEAD.lastIndex = 0;
  for (let m = LEAD.exec(text); m; m = LEAD.exec(text)) {
    const entry = GOAL_VERBS.find((v) => v.verb === m![0]);
    if (!entry) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    if (insideSlogan(text, m.index)) {
      drop(ctx, text, m.index, "cue-inside-slogan");
      continue;
    }
    // 项目谋划、储备、争取、实施等环节: a verb in a list of nouns is no goal
    if (/^[、等]/.test(after)) {
      drop(ctx, text, m.index, "verb-in-noun-list");
      continue;
    }
    if (entry.object && !entry.object.test(after)) {
      drop(ctx, text, m.index, "lead-verb-without-its-object");
      continue;
    }
    if (entry.notObject?.test(after)) {
      drop(ctx, text, m.index, "lead-verb-with-excluded-object");
      continue;
    }
    if (entry.neverBefore?.test(before) || (entry.notBefore?.test(before) && !entry.unlessObject?.test(after))) {
      drop(ctx, text, m.index, "lead-verb-after-excluded-word");
      continue;
    }
    // 今年已向上争取资金500万元: money obtained, not a goal (funds-obtained.ts)
    if (entry.reportsFunds && FUNDS_AMOUNT.test(after) && reportsFundsObtained(unitsOf(text), m.index)) {
      drop(ctx, text, m.index, "lead-verb-reports-a-result");
      continue;
    }
    const year = /^(?:于|在|到)?((?:19|20)[0-9]{2})年/.exec(after);
    if (entry.pastYear && year && ctx.issueYear && Number(year[1]) < ctx.issueYear) {
      drop(ctx, text, m.index, "lead-verb-reports-a-past-year");
      continue;
    }
    let end = clauseEnd(text, m.index + m[0].length);
    // 力争到2025年，全区生产总值突破500亿元: a clause that only sets the time leads into the target
    // (目标任务是到2025年年底，…: the copula of 目标 stands before the time)
    const lead = text.slice(m.index + m[0].length, end).replace(entry.verb === "目标" ? /^(?:任务)?[是为：:]/ : /^$/, "");
    if (TIME_ONLY.test(lead) && /[，,]/.test(text[end] ?? "")) {
      end = clauseEnd(text, end + 1);
    }
    if (entry.notEnd?.test(text.slice(m.index, end)) && !/[0-9０-９]/.test(text.slice(m.index, end))) {
      drop(ctx, text, m.index, "lead-verb-open-ended");
      continue;
    }
    const goal = makeGoal({ text, start: m.index, end, verb: entry.verb, priority: 0 });
    if (goal) out.push(goal);
  }
}

// A clause that states a target figure: a number with a bound after it (10万元以上, 5%以内) or a verb of reaching
// before one (缩小到1.83, 突破100亿). The number is read from its first digit only, so a run of digits is scanned once.
const FIGURE_CLAUSE = /(?<![0-9０-９.．])[0-9０-９][0-9０-９.．]*\s*[^，,。；;！？!?\n0-9０-９]{0,4}?(?:以上|以下|以内|左右)|(?:达到|突破|超过|提高到|提升到|缩小到|降低到|降至|增至|控制在)[^，,。；;！？!?\n]{0,6}?[0-9０-９]/;

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
    if (!c) {
      BUILD_COUNT.lastIndex = 0;
      for (c = BUILD_COUNT.exec(scope); c; c = BUILD_COUNT.exec(scope)) {
        at = from + c.index;
        end = clauseEnd(text, at);
        if (hasNumber(indicators(), at, end)) break;
      }
    }
    if (!c && STILL_NEEDED.test(m[0]) && VERB_COUNT.test(scope) && hasNumber(indicators(), from, clauseEnd(text, from))) {
      end = clauseEnd(text, from);
      const goal = makeGoal({ text, start: m.index, end, verb: m[0], priority: 2, kind: "target" });
      if (goal) out.push(goal);
      MODAL.lastIndex = Math.max(MODAL.lastIndex, end);
      continue;
    }
    if (!c) {
      const dated = DATED_AFTER_MODAL.exec(scope);
      end = clauseEnd(text, from);
      if (dated && hasNumber(indicators(), from + dated[0].length, end)) {
        const goal = makeGoal({ text, start: m.index, end, verb: `${m[0]}…前`, priority: 2, kind: "target" });
        if (goal) out.push(goal);
        MODAL.lastIndex = Math.max(MODAL.lastIndex, end);
      }
      continue;
    }
    // 要确保…完成: the lead verb states the goal and its kind (producer 1)
    if (LEAD_IN.test(text.slice(from, at))) continue;
    // 要压实责任、完成任务: duties listed with no object of their own (按时保质完成任务 says how, and stays)
    if (text[at - 1] === "、" && DUTY_ONLY.test(text.slice(at, end))) continue;
    const start = clauseStart(text, at, from);
    const modal = m[0] === "使其" ? "使" : m[0];
    // finishing work is a task; reaching a number (要…突破100亿) is a target
    const kind = c[0] === "完成" && !STILL_NEEDED.test(m[0]) ? "task" : "target";
    const goal = makeGoal({ text, start: start === from ? m.index : start, end, verb: `${modal}…${c[0]}`, priority: 2, kind });
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
function removeOverlaps(cands: Candidate[], ctx: ExtractContext): Candidate[] {
  return keepNonOverlapping(cands, {
    prefer: (a, b) => a.start - b.start || b.end - a.end || a.priority - b.priority,
    onDrop: (c) => reject(ctx, { kind: "goal", text: c.text, offset: c.start, rule: "overlaps-another-goal" }),
  });
}

// Directives (directive.ts): the cue must stand in a sentence that asks for something and not in one that reports.
const isDirective = (text: string, at: number) => isSharedDirective(unitsOf(text), at);

// A leading modal, numbered point or connective belongs to the directive, not to the goal's text.
// 今年要实现…: the time phrase before the modal goes too (the deadline is still found just before the goal).
// (要求 goes whole: 要求年底前完成… must not leave 求.) At most six frames (一是要同时…): bounded, so a hostile run of 一是按时… cannot make the match quadratic.
const LEADING_FRAME = new RegExp(`^(?:(?:${DEADLINE_SOURCE})?(?:[一二三四五六七八九十][是要]|同时|并|还|要求|要|将)){1,6}`);

function trimmedClauseStart(text: string, at: number): number {
  const start = clauseStart(text, at, Math.max(0, at - 80));
  const lead = LEADING_FRAME.exec(text.slice(start, at));
  return lead ? start + lead[0].length : start;
}

const TARGET_CUE_RES = TARGET_CUES.map((cue) => ({ cue, re: new RegExp(cue.source ?? cue.verb, "g") }));

function targetCueGoals(text: string, out: Candidate[], ctx: ExtractContext) {
  for (const { cue, re } of TARGET_CUE_RES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const after = m.index + m[0].length;
      if (cue.object && !cue.object.test(text.slice(after, after + 24))) continue;
      const undirected =
        cue.undirected?.test(text.slice(after, clauseEnd(text, after))) && !PAST.test(text.slice(sentenceStart(text, m.index), m.index));
      if (!undirected && !isDirective(text, m.index)) {
        drop(ctx, text, m.index, "not-a-directive");
        continue;
      }
      // 2020年地方财政收入实现2496万元 in a 2021 issue: the year is over, the clause reports it
      if (pastYear(text.slice(sentenceStart(text, m.index), m.index), ctx.issueYear)) {
        drop(ctx, text, m.index, "past-year-report");
        continue;
      }
      if (cue.framed && NOT_A_TARGET_BEFORE.test(text.slice(trimmedClauseStart(text, m.index), m.index))) {
        drop(ctx, text, m.index, "means-or-purpose");
        continue;
      }
      const end = clauseEnd(text, after);
      if (end - after < 2) continue;
      if (cue.notEnd?.test(text.slice(after, end))) {
        drop(ctx, text, m.index, "target-cue-with-excluded-ending");
        continue;
      }
      // the phrase starts at the cue, so that 实现…的目标 found by producer 2 keeps its verb on a tie
      const goal = makeGoal({ text, start: m.index, end, verb: cue.verb, priority: 4, kind: "target" });
      if (goal) out.push(goal);
    }
  }
}

const byLength = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length);
const TASK_VERB = new RegExp(alternation(byLength(TASK_VERBS.map((v) => v.verb))), "g");
const BARE_TASK_VERBS = new Set(TASK_VERBS.filter((v) => v.bare).map((v) => v.verb));
const TASK_OBJECT = new RegExp(`(?:${alternation(TASK_OBJECTS)})$`);
const VERB_HEAD = new Map(TASK_VERBS.filter((v) => v.head).map((v) => [v.verb, new RegExp(`(?:${v.head})$`)]));
const ADVERB_BEFORE = new RegExp(`(?:${alternation(byLength(TASK_ADVERBS))})$`);

// Walk back over adverbs (全力, 抓紧, 高标准、高质量) that belong to the task: 抓紧筹建…, 强势推进….
function adverbStart(text: string, at: number, floor: number): number {
  let start = at;
  for (;;) {
    const m = ADVERB_BEFORE.exec(text.slice(Math.max(floor, start - 12), start));
    if (!m || m[0].length === 0) return start;
    start -= m[0].length;
  }
}

const FIELD_HEAD = /^(?:改革|机制|制度|建设)/;
const QUOTED_NAME = /^[“《][^“”《》]{2,20}[”》]$/;
const PROGRAMME_VERBS = new Set(TASK_VERBS.filter((v) => v.programme).map((v) => v.verb));
// 谋划好一批民生项目: a batch with no name (一批, 若干) is no object a report could tick off (碗窑、妙源等一批 names it)
const UNNAMED_BATCH = /^好?(?:一批|一些|若干|更多|一系列)/;
const isConcrete = (object: string, verb: string) => {
  const bare = object.replace(/[”’》\s]{1,16}$/, "");
  if (UNNAMED_BATCH.test(bare)) return false;
  if (QUOTED_NAME.test(object) && PROGRAMME_VERBS.has(verb)) return true; // 全面推行“健康大脑+智慧医疗”: a programme
  const verbHead = VERB_HEAD.get(verb)?.exec(bare);
  // a head of the verb's own needs words that say which (摸清闲置宅基地底数; 摸清底数 alone is a manner of working)
  if (verbHead && bare.length - verbHead[0].length >= 2) return true;
  const head = TASK_OBJECT.exec(bare) ?? (verb === "打造" ? DESIGNATION_HEADS.exec(bare) : null);
  if (!head) return false;
  // 推动项目建设 names no project: the object must say which; a field of work (改革, 机制, 制度, 建设) must say it
  // besides its head (加快推进改革 names no reform; an event, 开展宣讲, is one by itself)
  const named = FIELD_HEAD.test(head[0]) ? bare.slice(0, head.index) : bare;
  return named.replace(GENERIC_OBJECT_WORDS, "").replace(/[“”《》、\s]/g, "").length >= 2;
};

// The object of a task verb up to the clause end, or up to a 、 when a second verb phrase follows
// (完善农田水利设施、强化产业导入): the shortest such prefix that names a concrete thing. An object with 的 is a noun
// phrase (上下贯通、左右联通、协调发力的整体工作格局; 提供强有力的制度、机制保障) and is never split.
// A 、 before a goal or task verb starts a new verb phrase (打造更多柯城应用、…、争取更多省级试点): the object ends there.
const NEXT_PHRASE = new RegExp(`、(?=${alternation([...GOAL_VERBS.map((v) => v.verb), ...TASK_VERBS.map((v) => v.verb)])})`);

// 将新建道路、停车场、农贸市场、公厕等: three or more things listed after a build verb name what is built
// (a list of works is no area of work)
const BUILD_VERBS = new Set(["新建", "修建", "改扩建", "建设", "建成", "加快建设"]);
// (在建设平安古井、乡村振兴…等方面贡献力量: fields of work, 等方面/等领域, are no works)
const BUILT_LIST = /^(?![^，]*(?:方面|领域))[^、，的]{2,12}(?:、[^、，的]{2,12}){2,}等?[^、，的]{0,6}$/;

function concreteObject(rest: string, verb: string): string | undefined {
  const cut = NEXT_PHRASE.exec(rest);
  const object = (cut ? rest.slice(0, cut.index) : rest).replace(/[\s、]{1,16}$/, "");
  if (isConcrete(object, verb)) return object;
  if (BUILD_VERBS.has(verb) && BUILT_LIST.test(object)) return object;
  for (let i = object.indexOf("、"); i > 0; i = object.indexOf("、", i + 1)) {
    if (object.includes("的")) return undefined;
    const prefix = object.slice(0, i);
    if (isConcrete(prefix, verb)) return prefix;
  }
  return undefined;
}

function taskGoals(text: string, out: Candidate[], ctx: ExtractContext) {
  TASK_VERB.lastIndex = 0;
  for (let m = TASK_VERB.exec(text); m; m = TASK_VERB.exec(text)) {
    const verbEnd = m.index + m[0].length;
    const end = clauseEnd(text, verbEnd);
    // 党组织要高度重视 / 示范区建设是…: a "verb" followed by a modal or copula is a noun, the clause's subject
    if (/^[要将是的]/.test(text.slice(verbEnd, verbEnd + 1))) {
      drop(ctx, text, m.index, "task-verb-as-subject");
      continue;
    }
    // 设立了工作组 / 创建过: the aspect marker reports the work done
    if (/^[了过]/.test(text.slice(verbEnd, verbEnd + 1))) {
      drop(ctx, text, m.index, "task-verb-reports");
      continue;
    }
    const bare = BARE_TASK_VERBS.has(m[0]);
    const object = bare ? text.slice(verbEnd, end) : concreteObject(text.slice(verbEnd, end), m[0]);
    if (object === undefined) {
      drop(ctx, text, m.index, "task-object-not-concrete");
      continue;
    }
    if (!isDirective(text, m.index)) {
      drop(ctx, text, m.index, "not-a-directive");
      continue;
    }
    const clause = clauseStart(text, m.index, Math.max(0, m.index - 80));
    const start = adverbStart(text, m.index, clause);
    const designation = m[0] === "打造" && DESIGNATION_HEADS.test(object.replace(/[”’》\s]{1,16}$/, ""));
    const objectEnd = verbEnd + object.length;
    const goal = makeGoal({ text, start, end: objectEnd, verb: m[0], priority: 5, kind: designation ? "target" : "task" });
    if (!goal) continue;
    out.push(goal);
    TASK_VERB.lastIndex = Math.max(TASK_VERB.lastIndex, objectEnd);
  }
}

// Work with an object and no task verb of the table: the grammar says it is assigned work on a concrete thing.
//  - 对 + object + 进行 + an act (开发区将对…村进行表彰, 要对…区域进行巡检): the object is named before the act
//    (针对…进行研讨 is "about", not an object);
//  - a pivot: 安排/组织/派出 + people + what they are to do (社区将安排专人上门核查);
//  - a duty with a frequency: 每 + period + verb + 一次 (督查组每月要通报一次进度).
// Reported work says 了/过 (进行了表彰) and is no directive (directive.ts).
const WORK_ON_OBJECT = /(?<![针相反面绝])对[^，,。；;！？!?\n对]{2,40}?进行(?![了过])[\u4e00-\u9fff“]{2,}/g;
const PIVOT = /(?:安排|组织|派出|抽调|发动)[^，,。；;！？!?\n]{0,8}?(?:专人|人员|干部|党员|志愿者|群众|队伍|工作组)(?![的了])[\u4e00-\u9fff“]{2,}/g;
const FREQUENCY = /每(?:天|日|周|旬|月|季度?|半年|年)(?:要|须|需)?[\u4e00-\u9fff]{2}一次/g;
// an oversight of a named object, ending its clause (镇纪委要加强对工程进度跟踪督查): a check held or not, whoever
// asks for it with which degree verb
// (对分管的项目加强督导: a relative clause with 的 names a class of objects, not one)
const OVERSIGHT_OF = /(?<![针相反面绝])对[^，,。；;！？!?\n对的]{2,30}?(?:跟踪|全程|专项)?(?:督查|督导|监督检查|巡查)(?=[，,。；;！？!?\n]|$)/g;

// A record the work must produce ends its clause (梳理形成问题清单, 制定考核评分细则, 做出书面报告, 摸清…底数):
// in a directive the clause is a task whatever its verb, since the record exists or not.
const RECORD_END = /(?:清单|台账|细则|名录|纪要|底数|底册|书面报告)[”》]?(?=[，,。；;！？!?\n]|$)/g;

const TASK_VERB_IN = new RegExp(alternation(TASK_VERBS.map((v) => v.verb)));
const RECORD_MODAL = /(?:要|须|负责)(?![求素点])/g;

function recordGoals(text: string, out: Candidate[], ctx: ExtractContext) {
  RECORD_END.lastIndex = 0;
  for (let m = RECORD_END.exec(text); m; m = RECORD_END.exec(text)) {
    const end = m.index + m[0].length;
    let start = trimmedClauseStart(text, m.index);
    // a task verb of the table (建立台账, 制定…清单) makes it producer 7's, which starts the goal at the verb
    if (TASK_VERB_IN.test(text.slice(start, m.index))) continue;
    // 督查组要细化梳理问题清单: the actor and the modal are the directive's, not the goal's
    const modal = [...text.slice(start, m.index).matchAll(RECORD_MODAL)].pop();
    if (modal) start += (modal.index ?? 0) + modal[0].length;
    const clause = text.slice(start, end);
    // a noun phrase (问题清单), a record named as a subject or modified by 的 (…的台账) is no work to do
    // 摸清底数 alone (a verb and the record, nothing saying which) is a manner of working
    if (clause.length - m[0].length < 4 || clause.length > 40 || /的[^，,]{0,6}$/.test(clause.slice(0, -m[0].length + 1)) || /[了过]/.test(clause)) continue;
    // the modal may stand inside the clause (督查组要…形成问题清单, 住建部负责制定考核评分细则)
    if (!isDirective(text, m.index)) {
      drop(ctx, text, start, "not-a-directive");
      continue;
    }
    const goal = makeGoal({ text, start, end, verb: m[0], priority: 6, kind: "task" });
    if (goal) out.push(goal);
  }
}

function assignedWorkGoals(text: string, out: Candidate[], ctx: ExtractContext) {
  for (const re of [WORK_ON_OBJECT, PIVOT, FREQUENCY, OVERSIGHT_OF]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // 每月要通报一次: the modal may stand inside the frequency
      if (!isDirective(text, re === FREQUENCY ? m.index + m[0].length : m.index)) {
        drop(ctx, text, m.index, "not-a-directive");
        continue;
      }
      const clause = clauseStart(text, m.index, Math.max(0, m.index - 80));
      // 督查组每月要通报一次进度: the frequency opens the goal; 对…进行 and the pivot verb open theirs
      // the oversight's clause opens with its actor and verb (镇纪委要加强对…督查)
      const start = re === FREQUENCY ? m.index : re === OVERSIGHT_OF ? trimmedClauseStart(text, m.index) : adverbStart(text, m.index, clause);
      const goal = makeGoal({ text, start, end: clauseEnd(text, m.index + 1), verb: re === WORK_ON_OBJECT ? "进行" : re === OVERSIGHT_OF ? "督查" : m[0].slice(0, 2), priority: 5, kind: "task" });
      if (goal) out.push(goal);
    }
  }
}

const BOUND_RE = new RegExp(alternation(byLength(REQUIREMENT_BOUNDS.map((b) => b.cue))), "g");
const BOUND_OF = new Map(REQUIREMENT_BOUNDS.map((b) => [b.cue, b.bound]));
const BOUND_IN = new RegExp(alternation(byLength(REQUIREMENT_BOUNDS.map((b) => b.cue)))); // no g: for details

// 不得低于90%: a bound before a number (or a benchmark: 不低于全省平均增速) in a directive.
function requirementGoals(text: string, out: Candidate[], ctx: ExtractContext) {
  BOUND_RE.lastIndex = 0;
  for (let m = BOUND_RE.exec(text); m; m = BOUND_RE.exec(text)) {
    const after = m.index + m[0].length;
    const end = clauseEnd(text, after);
    if (!/[0-9０-９一二两三四五六七八九十百千万]|平均|标准/.test(text.slice(after, end))) {
      drop(ctx, text, m.index, "bound-without-number");
      continue;
    }
    if (!isDirective(text, m.index)) {
      drop(ctx, text, m.index, "not-a-directive");
      continue;
    }
    const goal = makeGoal({ text, start: trimmedClauseStart(text, m.index), end, verb: m[0], priority: 6, kind: "requirement" });
    if (goal) out.push(goal);
  }
}

// Found from the completion back to its clause's deadline: scanning for deadline words first costs far more.
// Besides the completion verbs, two shapes say an end state by their grammar: 全部 + a verb (all of the object done:
// 9月下旬厂房全部拆平) and a verb + the result complement 完毕 (年底前各项手续办理完毕).
const DATED_COMPLETION = new RegExp(
  `(?:全部|全面|基本)?(?:${alternation(COMPLETION_VERBS)})|全部(?![完竣建交投通])[\u4e00-\u9fff]{2}|[\u4e00-\u9fff]{2}完毕`,
  "g",
);
const DEADLINE_ONE = new RegExp(DEADLINE_SOURCE);

// 今年年底48个村全部完成生活污水治理: a deadline, then a completion, in a clause that reports nothing done yet.
function datedCompletionGoals(text: string, out: Candidate[], ctx: ExtractContext) {
  DATED_COMPLETION.lastIndex = 0;
  for (let m = DATED_COMPLETION.exec(text); m; m = DATED_COMPLETION.exec(text)) {
    const after = m.index + m[0].length;
    let start = trimmedClauseStart(text, m.index);
    let window = text.slice(Math.max(start, m.index - 30), m.index);
    // 到2024年年底，全部完成…: a clause that only sets the time dates the completion after it, and opens the goal
    const timeClause = window && DEADLINE_ONE.test(window) ? undefined : timeClauseBefore(text, start);
    if (timeClause !== undefined) {
      window = text.slice(timeClause, m.index);
      start = timeClause;
    }
    const deadline = DEADLINE_ONE.exec(window);
    if (!deadline || /^(?:按时|按期|如期)/.test(deadline[0])) continue;
    // 通报了上半年工作完成情况 / 全年任务完成率: a report and a noun, not a commitment; 原定6月底完成的目标: the
    // completion modifies a noun (…的目标) and 原定 says the plan was an earlier one, which the sentence reports on
    if (
      /^(?:情况|率|量|数)/.test(text.slice(after, after + 2)) ||
      /^[了过的]/.test(text.slice(after, after + 1)) ||
      /原(?:定|计划)/.test(window)
    ) {
      drop(ctx, text, start, "completion-reported-or-noun");
      continue;
    }
    if (PAST.test(text.slice(sentenceStart(text, m.index), after))) {
      drop(ctx, text, start, "past-report");
      continue;
    }
    // 未能在6月底前完成 reports a failure; 2022年，…全年收入完成12.6亿元 (in a 2023 issue) reports a past year
    if (NEGATED.test(text.slice(start, m.index)) || pastYear(text.slice(sentenceStart(text, m.index), m.index), ctx.issueYear)) {
      drop(ctx, text, start, "completion-negated-or-past-year");
      continue;
    }
    const end = clauseEnd(text, after);
    // 一季度完成整地83.6万亩 / 全年完成投资12亿元: a span of time (not a point: 年底, 6月底前), then 完成 + an amount,
    // with no modal or cue, is what the span produced: a result report (a plan says 要/将/力争/计划 or 底前)
    if (
      PERIOD_SPAN.test(deadline[0]) &&
      !/^(?:前|之前|内|底)/.test(window.slice(deadline.index + deadline[0].length)) &&
      /[0-9０-９]/.test(text.slice(after, end)) &&
      !PERIOD_PLAN_CUE.test(text.slice(start, end))
    ) {
      drop(ctx, text, start, "period-output-reported");
      continue;
    }
    // a result with a date (48个村全部完成生活污水治理) is a target; assigned with a modal (下月中旬要全部竣工) a task
    const kind = /要|将/.test(text.slice(start, after)) ? "task" : "target";
    const goal = makeGoal({ text, start, end, verb: "完成", priority: 7, kind });
    if (goal) out.push(goal);
    DATED_COMPLETION.lastIndex = Math.max(DATED_COMPLETION.lastIndex, end);
  }
}

// The start of a clause before `start` that holds only a deadline (到2024年年底，), else undefined.
function timeClauseBefore(text: string, start: number): number | undefined {
  if (!/[，,]/.test(text[start - 1] ?? "")) return undefined;
  const from = trimmedClauseStart(text, start - 1);
  return TIME_ONLY.test(text.slice(from, start - 1)) ? from : undefined;
}

const NEGATED = /未能|没能|没有|(?<![尚])未(?=[在按如于完能])/;
// Spans of time a report sums up (全年, 一季度, 上半年, 1-5月), as opposed to points that a deadline names (年底, 6月底).
const PERIOD_SPAN = /^(?:全年|[一二三四1-4]季度|前三季度|[上下]半年|[0-9０-９一二三四五六七八九十]{1,2}月份?)$/;
const PERIOD_PLAN_CUE = /要|将|力争|确保|争取|计划|预计|目标|任务是/;

// A sentence that names a year before the issue's (2022年 in a 2023 issue, 去年) reports that year.
function pastYear(before: string, issueYear: number | undefined): boolean {
  if (/去年|上年/.test(before)) return true;
  if (!issueYear) return false;
  return [...before.matchAll(/((?:19|20)[0-9]{2})年/g)].some((m) => Number(m[1]) < issueYear);
}

const PLANNED_YEAR = /(?:到|至)(?<year>20[0-9]{2})年(?:年?[底末])?(?<comma>[，,])?/g;

// 到2020年，全市农村新产业新业态收入年增长15%以上，城乡居民收入倍差缩小到1.83: a year still ahead of the issue
// opens a sentence of plans; each clause with a number is a target.
function plannedYearGoals(text: string, out: Candidate[], indicators: () => readonly ExtractedIndicator[], ctx: ExtractContext) {
  if (!ctx.issueYear) return;
  PLANNED_YEAR.lastIndex = 0;
  for (let m = PLANNED_YEAR.exec(text); m; m = PLANNED_YEAR.exec(text)) {
    if (Number(m.groups!.year) < ctx.issueYear) {
      drop(ctx, text, m.index, "planned-year-before-issue");
      continue;
    }
    const sentenceEnd = clauseEnd(text, m.index, SENTENCE_STOP);
    // 到2025年全县森林覆盖率达到65%: without a comma the year opens the clause's own target, from 到
    const first = m.groups!.comma ? m.index + m[0].length : m.index;
    if (!m.groups!.comma && !FIGURE_CLAUSE.test(text.slice(first, clauseEnd(text, first)))) continue;
    for (let from = first; from < sentenceEnd; ) {
      const end = Math.min(clauseEnd(text, from), sentenceEnd);
      if (hasNumber(indicators(), from, end) || FIGURE_CLAUSE.test(text.slice(from, end))) {
        const goal = makeGoal({ text, start: from, end, verb: "目标", priority: 7, kind: "target" });
        if (goal) goal.deadline = `${m.groups!.year}年`;
        if (goal) out.push(goal);
      }
      from = end + 1;
    }
  }
}

const RANK_ITEM_SOURCE = `[争保拼抢夺](?:${alternation(RANK_ITEMS)})`;
const RANK_ITEM = new RegExp(RANK_ITEM_SOURCE, "g");
const RANK_ITEMS_IN = new RegExp(RANK_ITEM_SOURCE, "g"); // for String.match, which resets lastIndex

// 在全市争首位、26县争前列、全省争进位: two or more rank items in one clause are a rank target.
function rankGoals(text: string, out: Candidate[], ctx: ExtractContext) {
  RANK_ITEM.lastIndex = 0;
  for (let m = RANK_ITEM.exec(text); m; m = RANK_ITEM.exec(text)) {
    const end = clauseEnd(text, m.index);
    const items = text.slice(m.index, end).match(RANK_ITEMS_IN) ?? [];
    if (items.length < 2) continue;
    if (!isDirective(text, m.index)) {
      drop(ctx, text, m.index, "not-a-directive");
      continue;
    }
    const start = trimmedClauseStart(text, m.index);
    const goal = makeGoal({ text, start, end, verb: "争", priority: 4, kind: "target" });
    if (goal) out.push(goal);
    RANK_ITEM.lastIndex = Math.max(RANK_ITEM.lastIndex, end);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Details: value, bound, kind, deadline, subject.

// A deadline word inside quotes is part of a name (“全年红”), not a deadline.
function firstDeadline(s: string): RegExpExecArray | null {
  DEADLINE.lastIndex = 0;
  for (let m = DEADLINE.exec(s); m; m = DEADLINE.exec(s)) {
    const before = s.slice(0, m.index);
    const open = (before.match(/[“‘「]/g) ?? []).length - (before.match(/[”’」]/g) ?? []).length;
    if (open <= 0) return m;
  }
  return null;
}

function boundOf(text: string, hasValue: boolean): GoalBound | undefined {
  const m = BOUND_IN.exec(text);
  if (m) return BOUND_OF.get(m[0]);
  if (!hasValue) return undefined;
  if (/突破|超过|以上/.test(text)) return "min";
  if (/以内|以下/.test(text)) return "max";
  return "exact";
}

// The thing a goal is about: its campaign, else a quoted or titled name, else the task's object without its
// generic tail (抓紧筹建区委社会建设委员会 → 区委社会建设委员会).
const SUBJECT_TAIL = /(?:对接)?等?(?:相关)?(?:工作|进度|任务)$|(?:建设)?进度$|建设$|落地$/;
function subjectOf(goal: ExtractedGoal, indicators: readonly ExtractedIndicator[]): string | undefined {
  const metric = indicators.find((i) => i.start >= goal.start && i.end <= goal.end && i.metric)?.metric;
  if (metric) return metric;
  const titled = /《([^》]{2,30})》/.exec(goal.text);
  if (titled) return titled[1];
  if (goal.kind !== "task" && goal.verb !== "创成" && goal.verb !== "计划") return undefined;
  const verbAt = goal.text.indexOf(goal.verb);
  if (verbAt < 0) return undefined;
  let object = goal.text.slice(verbAt + goal.verb.length).replace(/^(?:好|启动)/, "");
  const lead = firstDeadline(object);
  if (lead && lead.index === 0) object = object.slice(lead[0].length).replace(/^(?:启动|完成|开展)/, "");
  const subject = object.replace(SUBJECT_TAIL, "").replace(/[“”]/g, "").trim();
  return subject.length >= 2 && subject.length <= 30 ? subject : undefined;
}

function addDetails(text: string, goal: Candidate, indicators: readonly ExtractedIndicator[], ctx: ExtractContext): ExtractedGoal {
  const { priority: _priority, ...g } = goal;
  void _priority;
  const inside = indicators.find((i) => i.start >= g.start && i.end <= g.end);
  if (inside) {
    g.targetValue = inside.value;
    g.targetUnit = inside.unit;
  }
  const bound = boundOf(g.text, inside !== undefined);
  if (bound) g.targetBound = bound;
  if (BOUND_IN.test(g.text)) g.kind = "requirement";
  // the deadline is in the goal, or a plan year at its cue (2026年计划投资…, 当年计划…, 预计2013年…), or the year of the
  // work it completes (完成2018年…工作), or just before its verb (今年力争…), or opens the sentence (今年，我们将…实现…)
  const s = sentenceStart(text, g.start);
  const near =
    firstDeadline(g.text)?.[0] ??
    planYearAt(text, g.start, g.end) ??
    completionYearIn(g.text) ??
    // 到2025年年底，力争…: the whole year horizon before the goal, not the 年底 that six characters would keep
    YEAR_HORIZON_BEFORE.exec(text.slice(s, g.start))?.[1] ??
    firstDeadline(text.slice(Math.max(0, g.start - 6), g.start))?.[0] ??
    g.deadline; // the plan year of producer 10
  if (near) g.deadline = near;
  else {
    const opening = /^[“"]?([^，,]{1,8})[，,]/.exec(text.slice(s, g.start));
    const d = opening ? firstDeadline(opening[1]) : null;
    // else the written year heading the goal's clause (2026年，全县计划实施…; 建议2026年…目标是：A;B)
    const heading = d ? undefined : headingYearOf(text, s, g.start);
    if (d) g.deadline = d[0];
    else if (heading) g.deadline = heading;
  }
  // resolved against the issue's date; when that is unknown, only a phrase that writes its year has a date
  if (g.deadline) {
    const date = ctx.issueDate ? resolveDeadline(g.deadline, ctx.issueDate) : resolveDeadlineWithoutDate(g.deadline);
    if (date) g.deadlineDate = date;
    // a year word without its number means the year the text is about: 当年/年度 the article's written year,
    // 年底/年内/全年 the year heading its own clause (2027年，…力争年底建成)
    const issueYear = ctx.issueYear ?? (ctx.issueDate ? Number(ctx.issueDate.slice(0, 4)) : undefined);
    const year = PLAN_YEAR_WORD.test(g.deadline)
      ? planYearOfArticle(text, g.start, g.deadline, issueYear)
      : YEAR_RELATIVE.test(g.deadline)
        ? Number(headingYearOf(text, s, g.start)?.slice(0, 4) ?? NaN) || undefined
        : undefined;
    if (year) g.deadlineDate = `${year}-12-31`;
  }
  // 到2025年年底，全部完成…: a year set as the horizon states a result to reach by then, not a piece of work assigned
  if (g.kind === "task" && (YEAR_HORIZON.test(g.text) || YEAR_HORIZON_BEFORE.test(text.slice(s, g.start)))) g.kind = "target";
  const subject = subjectOf(g, indicators);
  if (subject) g.subject = subject;
  return g;
}

const YEAR_HORIZON = /^(?:到|(?<!截)至)(?:19|20)[0-9]{2}年(?:年?[底末])?(?:前)?[，,]/;
const YEAR_HORIZON_BEFORE = /(?:到|(?<!截)至)((?:19|20)[0-9]{2}年(?:年?[底末])?(?:前)?)[，,]$/;
const PLAN_YEAR_WORD = /^(?:当年|本年度|本年|年度|年)$/;
const YEAR_RELATIVE = /^(?:年底|年末|年内|全年)/;

type GoalProducer = (text: string, out: Candidate[], ctx: ExtractContext, indicators: () => readonly ExtractedIndicator[]) => void;

// The goal producers in the order they run (numbered as in the header); removeOverlaps keeps one goal per span.
export const GOAL_PRODUCERS: readonly GoalProducer[] = [
  (text, out, ctx) => leadGoals(text, out, ctx),
  (text, out) => targetOfGoals(text, out),
  (text, out) => takenAsGoals(text, out),
  (text, out, _ctx, indicators) => modalGoals(text, out, indicators),
  (text, out) => sloganGoals(text, out),
  (text, out, ctx) => rankGoals(text, out, ctx),
  (text, out, ctx) => targetCueGoals(text, out, ctx),
  (text, out, ctx) => taskGoals(text, out, ctx),
  (text, out, ctx) => assignedWorkGoals(text, out, ctx),
  (text, out, ctx) => recordGoals(text, out, ctx),
  (text, out, ctx) => requirementGoals(text, out, ctx),
  (text, out, ctx) => datedCompletionGoals(text, out, ctx),
  (text, out, ctx, indicators) => plannedYearGoals(text, out, indicators, ctx),
];

/** Goals of one article text, sorted by start; spans are half-open UTF-16 offsets into `text`. */
export function extractGoals(
  text: string,
  ctx: ExtractContext = {},
  opts: { indicators?: readonly ExtractedIndicator[] } = {},
): ExtractedGoal[] {
  if (!text) return [];
  lastUnits = unitsFor(text, ctx);
  const cands: Candidate[] = [];
  let found = opts.indicators;
  const indicators = () => (found ??= extractIndicators(text, ctx));
  for (const produce of GOAL_PRODUCERS) produce(text, cands, ctx, indicators);
  if (!cands.length) return [];
  return removeOverlaps(cands, ctx).map((c) => addDetails(text, c, indicators(), ctx));
}
