// The metric of a number: the words that say what it measures (入户调查完成率, 困难家庭, 没有物业管理 …).
// A count or a measure names its thing after the unit (1220户困难家庭); a rate or a sum names it before the number
// (完成率达100%); a duration qualifies what follows it (24小时服务热线, 3天的生活所需, 30年没有物业管理) or says how
// long something took (仅用15天就完成 → 用时). When no noun is written, the verb before the number is the label
// (涉及120.6万多人次, 一天安排两到三场), and a list shares its noun (供应1000余单、200余吨蔬菜 → 蔬菜).
// Lexicons are data tables; the functions only read a bounded window around the number.

import type { UnitEntry } from "./units";
import { isHanBlockCode } from "@/lib/text/char-sets";
import { longestAlternation } from "@/lib/text/word-alternation";

// Left-context words that end a noun phrase before a number (stripped from its end, repeatedly).
// Bounded: an unbounded run before $ backtracks exponentially (达到 is also 达 + 到) in a long run of these words.
const LINK_TAIL = /(?:达到|超过|突破|共计|累计|可达|全部|达|为|有|是|共|计|约|已|仅|只|就|了|都|也|翻|用|的|均|至|到|超|近|将){1,8}$/;
// A change to a level is not part of what is measured: 贫困人口减少至, 贫困发生率下降到 → 贫困人口, 贫困发生率 (a bare
// 增长 stays: 同比增长15.62% is labelled 同比增长).
const VALUE_GIVEN_BEFORE = /(?:达到?|为|是|超过|突破|保持在)$/;
const CHANGE_TO_TAIL = /(?:减少|下降|增加|提高|提升|降低|缩小|扩大|增长|上升|跃升|增|降|减)(?:至|到)$/;
// 较上年增长9%, 比去年同月增长11%: the base a change is measured against is not what is measured (→ 增长; 同比增长 stays)
const COMPARED_CHANGE_END =
  /(?:较|比)(?:上年度?|去年|前年|上一年|上月|上季度|年初)(?:同期|同月|末|底)?((?:增长|下降|增加|减少|提高|降低|上升|提升|增|降|减)(?:了)?)$/;
// 计划完成产值8亿元, 累计完成投资: the planning or summing word with 完成 belongs to the amount (计划总投资, not 产值)
const PLANNED_VERB_BEFORE = /(?:计划|累计)$/;

// Verbs, determiners and time words after which the measured noun starts (开展村社比拼 → 村社比拼).
export const LEFT_CUT_WORDS: readonly string[] = [
  "开展", "建成", "涉及", "供应", "吸引", "捐赠", "招聘", "维护", "维修", "提供", "完成", "征收", "日供",
  "日服务", "结束", "彻底", "安排", "展现", "充分", "天均", "日均", "每天", "每日", "一天", "一个月", "每月",
  "派", "历时", "这支", "这个", "该", "为", "有", "已", "先后", "各类", "距离", "短短", "仅用", "用了",
  "配备", "满足", "组成", "送上", "可能", "只需", "只要", "需要", "以往", "现在", "如今", "目前", "未来", "今后",
  // expectations and remainders say how the number stands, not what it counts (预计产量可达, 力争全市, 其余8个)
  "预计", "力争", "争取", "确保", "力求", "其余", "初步确定",
  // a time word before the number dates it, it does not name it (力争明年突破1.2万吨)
  "今年", "明年", "年底", "年内",
  // a cause, a scope or a manner before the measured words (导致全镇范围内停水 → 停水, 全乡成功脱贫 → 脱贫); 的 stays
  // inside a label (签约的农户 is what was counted, not 农户)
  "导致", "由于", "因为", "随着", "使得", "范围内", "成功", "顺利",
  // adverbs that add or link, and what is still to do, say how the number stands (另外还需搬迁 → 搬迁)
  "另外", "此外", "同时", "还需", "尚需", "仍需", "目标是", "目标为",
  // a programme's or a drive's verb before what it counts (全镇实施项目30个 → 项目, 累计发动志愿者 → 志愿者)
  "实施", "发动", "动员",
];
const LEFT_CUT = new RegExp(longestAlternation(LEFT_CUT_WORDS), "g");

// Verbs that can label a number on their own when no noun is written (涉及120.6万多人次, 安排两到三场).
export const LABEL_VERBS: readonly string[] = [
  "涉及", "供应", "安排", "开展", "完成", "建成", "吸引", "捐赠", "招聘", "维修", "维护", "提供", "征收",
  "服务", "覆盖", "帮扶", "培训", "接待", "走访", "排查", "整改", "签约", "发放", "销售", "带动",
  "发动", "动员",
];
// A rate's own verb after it (100%签约, 95%完成改造) and the words that name a rate before it (签约率, 同比增长, 占比).
const RATE_VERB_AFTER = new RegExp(`^(?:以上)?(?:的农户|的群众)?(${longestAlternation([...LABEL_VERBS, "到位", "达标", "参保", "入户", "脱贫"])})`);
const RATE_NAME_END = /(?:率|比|比例|比重|占比|份额|增长|增速|增幅|下降|提高|降低|减少|增加|上升|幅度|增)$/;
const LABEL_VERB_AT_END = new RegExp(`(?:${longestAlternation(LABEL_VERBS)})$`);

// Words right after the unit that end the counted noun (1220户困难家庭送上… → 困难家庭); regex sources, so a
// word may carry a guard (需 ends 需要…, not 生活所需).
export const RIGHT_STOP_WORDS: readonly string[] = [
  "的", "运至", "运往", "运到", "运抵", "送上", "送往", "送达", "驻点", "驻村", "历时", "正在", "入驻", "组成",
  "合并", "围绕", "维护", "上门", "提供", "参与", "开展", "捐赠", "包干", "轮值", "下午", "上午", "中午", "晚上",
  "今天", "当天", "共同", "共", "和", "与", "及", "在", "是", "为", "将", "把", "被", "从", "向", "对", "由",
  "以", "于", "等", "达", "到", "都", "已", "就", "也", "还", "可以", "能够", "没", "不", "(?<!所)需", "要", "获",
  "实现", "完成", "进行", "通过", "用于", "投入", "成为", "作为", "了", "每", "时间", "打造", "下功夫", "发力",
  "推动", "推进", "加快", "抓好", "做好", "聚焦", "持续", "进一步", "全面", "积极", "努力", "落实", "取得",
  "带动", "覆盖", "解决", "便(?![民利捷于])", "即(?![时将便])", "乃至", "以及", "甚至", "或", "全部",
  "一起", "一同", "走进", "来到", "前往",
  // a time word after the noun dates what the counted things do (12个村年内完成, 2个项目近期可开工)
  "年内", "年底", "今年", "明年", "近期", "目前", "月底",
  // …and so does a share of them (13个项目部分投产)
  "部分",
];
const STOP_ALT = longestAlternation(RIGHT_STOP_WORDS);
const RIGHT_NOUN = new RegExp(`([\\u4e00-\\u9fff]{0,8}?)(?:${STOP_ALT}|[^\\u4e00-\\u9fff]|$)`, "y");
// 房屋登记、测绘、评估: short items of one list after the noun (not a new number: 1名经理、2名保安)
const LIST_ITEM = new RegExp(`、([\\u4e00-\\u9fff]{1,4}?)(?=${STOP_ALT}|[^\\u4e00-\\u9fff]|$)`, "y");
const NUMERAL_START = /^[0-9０-９〇零一二两三四五六七八九十百千万半几数多]/;

// Verbs right after a number that say what the people or things counted do (每天2人轮值 → 轮值).
export const RIGHT_ROLE_VERBS: readonly string[] = ["轮值", "驻点", "驻村", "参与", "上门", "入驻", "包干", "值守", "值班"];
const RIGHT_ROLE = new RegExp(`(?:${RIGHT_ROLE_VERBS.join("|")})`, "y");

// Words that only set the time or the average of a number; with 平均 they make a label of their own (月均).
const ONLY_PERIOD = /^(?:平均|每天|每日|一天|一个月|每月|每年|每周|这几天|当天|首日|现在|如今|目前)*$/;
const AVERAGE_OF: readonly { re: RegExp; label: string }[] = [
  { re: /平均(?:每天|每日|一天)|日均/, label: "日均" },
  { re: /平均(?:每周|一周)|周均/, label: "周均" },
  { re: /平均(?:一个月|每月|每个月)|月均/, label: "月均" },
  { re: /平均(?:每年|一年)|年均/, label: "年均" },
];

// Durations: how long something took (仅用15天就完成, 历时8小时, 只需半个多小时, 20分钟就上门).
const TOOK_BEFORE = /(?:仅用|只用|用了|历时|耗时|花了|仅花|只花|只需|仅需|需要)$/;
const TOOK_AFTER = /^(?:[\u4e00-\u9fff]{0,4}?)(?:就|便(?![民利捷于])|即(?![时将便]))/; // not 便民热线, 即时
// …30年没有物业管理, 一两个月都没法解决: the duration of a state, named by the state
const NEGATED_STATE = /^(?:都|也|还)?((?:没有|没法|没|未|无法|无|不)[\u4e00-\u9fff]{1,8}?)(?=的|[^\u4e00-\u9fff]|$)/;
// after a duration these begin a new phrase, not the thing it qualifies (两年时间, 2个月以来, 3天后)
const NOT_DURATION_NOUN = /^(?:多|时间|以来|来|后|前|内|里|间|之|中|左右|以上|以下)/;
// a place name in front of what is measured is linked separately (四都刘村房屋征收 → 房屋征收)
// (乡村, 农村, 城镇, 城乡 are not place names)
const PLACE_PREFIX =
  /^(?:[\u4e00-\u9fff]{1,8}?(?:街道|片区)|[\u4e00-\u9fff]{2,8}?(?:(?<![乡农渔山])村|(?<![城乡集])镇|(?<![城家下老])乡(?![村镇])))(?=[\u4e00-\u9fff]{2,})/;

const AFTER_NOUN_VERB = /^([\u4e00-\u9fff]{1,8}?)(?:入围|上榜|入选|获评|被评为|脱贫|摘帽|入股|分别|各自|相继|陆续|参加|达标)/;
// 党员干部共50余人参加。: the verb alone after the count says what the counted did; the noun is before the number
const VERB_ONLY_AFTER = /^(?:入围|上榜|入选|获评|脱贫|摘帽|入股|参加|出席|参会|参与|达标)$/;
const THRESHOLD_AFTER = /^[0-9０-９.．]{1,8}[万亿]?[\u4e00-\u9fff]{0,2}?(?:以上|以下)的?(?=[\u4e00-\u9fff])/;

const CATEGORY_QUALIFIER = /(?:以上|以下)的?|超[十百千万亿]+元的?|规上|限上/g;
const QUALIFIER_CHAR = /[以超上]/; // a cheap test first: most labels have none
// End of the last match of `re` (global) in `s`, or undefined.
function lastMatch(re: RegExp, s: string): number | undefined {
  re.lastIndex = 0;
  let end: number | undefined;
  for (let m = re.exec(s); m; m = re.exec(s)) end = m.index + m[0].length;
  return end;
}

const MAX_METRIC = 12;
const cap = (s: string) => (s.length > MAX_METRIC ? s.slice(s.length - MAX_METRIC) : s);

/** Noun phrase before a number: 入户调查完成率达 → 入户调查完成率; undefined when only a verb is left. */
export function leftMetric(run: string): string | undefined {
  let s = run.replace(CHANGE_TO_TAIL, "").replace(LINK_TAIL, "");
  // 金桥、银湖等2个项目: the names a list closes with 等 are members of what is counted, not its label
  if (!s || ONLY_PERIOD.test(s) || s.endsWith("等")) return undefined;
  const compared = COMPARED_CHANGE_END.exec(s);
  // …with its subject written before the base the subject is the label (用于农业的投入比去年增加31%); a one-character
  // verb keeps the phrase (比上年增3.66%)
  if (compared && compared[1].replace(/了$/, "").length >= 2) {
    return (compared.index >= 2 ? leftMetric(s.slice(0, compared.index)) : undefined) ?? compared[1].replace(/了$/, "");
  }
  // cut after the last verb that still leaves a noun (房屋征收入户调查完成率 → 入户调查完成率, not 率);
  // a verb right before the number means the noun is elsewhere (累计供应1000余单, 彻底结束了975户)
  let cutAt = -1;
  LEFT_CUT.lastIndex = 0;
  for (let m = LEFT_CUT.exec(s); m; m = LEFT_CUT.exec(s)) {
    const after = m.index + m[0].length;
    if (after === s.length) return undefined;
    if (PLANNED_VERB_BEFORE.test(s.slice(0, m.index)) && (m[0] === "完成" || m[0] === "实现")) continue;
    if (s.length - after >= 2) cutAt = after;
  }
  if (cutAt >= 0) s = s.slice(cutAt);
  // 规模以上工业企业, 产值超亿元工业企业: a threshold or size class qualifies the category; the label is what is measured
  // (新增规上企业 keeps it: 企业 alone names no measure)
  const qualifier = QUALIFIER_CHAR.test(s) ? lastMatch(CATEGORY_QUALIFIER, s) : undefined;
  // (投资5000万元以上的项目8个 → 项目: a threshold closed by 的 leaves its noun even when short)
  if (qualifier && (s.length - qualifier >= 3 || (s[qualifier - 1] === "的" && s.length - qualifier >= 2))) s = s.slice(qualifier);
  s = cap(s.replace(LINK_TAIL, ""));
  return s.length >= 2 ? s : undefined;
}

/** The noun after a unit (1220户困难家庭送上… → 困难家庭), with the short items of its list (房屋登记、测绘、评估). */
export function rightMetric(text: string, at: number, unit: UnitEntry | undefined, oneChar = false): string | undefined {
  RIGHT_NOUN.lastIndex = at;
  const m = RIGHT_NOUN.exec(text);
  // what the counted things did or won is not what they are (9个村入围 → 村, 24个行政村分别召开 → 行政村); right after
  // the unit such a verb begins the noun phrase (两个入围最终评选名单的村镇)
  let s = m?.[1] ?? "";
  if (VERB_ONLY_AFTER.test(s)) return undefined;
  const verbAfter = AFTER_NOUN_VERB.exec(s);
  if (verbAfter) s = verbAfter[1];
  // 7个村, 80%的村: after 个 (or a share's 的) one character is a noun; elsewhere it is usually a particle (2公里外)
  if (!(s.length >= 2 || (s.length === 1 && (oneChar || unit?.word === "个")))) return undefined;
  let i = at + s.length;
  for (let k = 0; k < 4 && text[i] === "、" && !NUMERAL_START.test(text.slice(i + 1, i + 2)); k++) {
    LIST_ITEM.lastIndex = i;
    const item = LIST_ITEM.exec(text);
    if (!item || item[1].length < 2 || s.length + 1 + item[1].length > MAX_METRIC) break;
    s += `、${item[1]}`;
    i = LIST_ITEM.lastIndex;
  }
  return s;
}

function withoutPlace(s: string): string {
  return s.replace(PLACE_PREFIX, "");
}

// Subject noun of a verb at the end of `run`: 四都刘村房屋征收涉及 → 房屋征收.
function subjectBefore(run: string, verbLength: number): string | undefined {
  const s = withoutPlace(run.slice(0, run.length - verbLength).replace(LINK_TAIL, ""));
  if (s.length < 2 || ONLY_PERIOD.test(s)) return undefined;
  return s;
}

function durationMetric(o: LabelInput): string | undefined {
  const after = o.text.slice(o.end, o.end + 16);
  const state = NEGATED_STATE.exec(after);
  if (state) return state[1];
  // 3天的生活所需: the noun the duration qualifies
  if (after.startsWith("的")) {
    const noun = rightMetric(o.text, o.end + 1, undefined);
    if (noun) return noun;
  }
  const tookBefore = TOOK_BEFORE.exec(o.run);
  if (tookBefore || (!NOT_DURATION_NOUN.test(after) && TOOK_AFTER.test(after))) {
    const subject = leftMetric(o.run.slice(0, o.run.length - (tookBefore?.[0].length ?? 0)));
    return subject ? `${subject}用时` : "用时";
  }
  if (!NOT_DURATION_NOUN.test(after)) {
    // 24小时服务热线
    const noun = rightMetric(o.text, o.end, undefined);
    if (noun) return noun;
  }
  return o.left;
}

export type LabelInput = {
  text: string;
  end: number; // end of the number with its unit
  unit: UnitEntry;
  run: string; // the CJK words just before the number, inside its clause
  left?: string; // leftMetric(run)
  previousMetric?: string; // metric of the number just before, when only 、 and a verb lie between them
  listNoun?: string; // noun of the next number of a list (供应1000余单、200余吨蔬菜 → 蔬菜)
  countedBefore?: string; // label of the count just before, when only its noun lies between (300户农户100%签约 → 农户)
};

/** The metric of a number, or undefined when the text does not name one. */
export function labelNumber(o: LabelInput): string | undefined {
  const { unit, left } = o;
  if (unit.kind === "duration") return durationMetric(o);
  if (unit.kind === "age") return left;
  // 300户农户100%签约: a rate right after the noun of a count, followed by a verb, is the rate of that verb (贫困对象80%
  // 脱贫 keeps its subject: no count names it)
  if (unit.kind === "ratio" && left !== undefined && left === o.countedBefore && !RATE_NAME_END.test(left)) {
    const verb = RATE_VERB_AFTER.exec(o.text.slice(o.end, o.end + 6));
    if (verb) return verb[1];
  }
  // 力争60%的社区达标, 全镇80%以上的村: a share's noun after 的 is what the share is of (not after a rate's name or a
  // verb that gives the value: 覆盖率达到90%的水平)
  if (
    unit.kind === "ratio" &&
    o.text[o.end] === "的" &&
    !VALUE_GIVEN_BEFORE.test(o.run) &&
    !(left !== undefined && RATE_NAME_END.test(left))
  ) {
    const noun = rightMetric(o.text, o.end + 1, undefined, true);
    if (noun) return noun;
  }
  // 3万多元的积蓄, 840平方米的生产车间: the noun after 的 is what the amount is of; not after a verb that gives a
  // value (达20万元以上的目标: the 目标 is the whole clause's)
  if (unit.kind !== "ratio" && o.text[o.end] === "的" && !VALUE_GIVEN_BEFORE.test(o.run)) {
    const noun = rightMetric(o.text, o.end + 1, undefined);
    if (noun) return noun;
  }
  // 3个5000万元以上项目: the threshold between the count and its noun belongs to the category counted
  // (5000万元以上项目, not the words before the count)
  const threshold = THRESHOLD_AFTER.exec(o.text.slice(o.end, o.end + 16));
  const noun = rightMetric(o.text, o.end + (threshold?.[0].length ?? 0), unit);
  const right = threshold && noun ? `${threshold[0]}${noun}` : noun;
  // 两村: the unit is itself the noun; what follows (集体土地上房屋) belongs to the next number
  if (!unit.nameSuffix && right && (unit.countable || unit.kind === "measure")) return right;
  if (left) return withoutPlace(left);
  if (!unit.nameSuffix && right) return right;
  if (o.listNoun) return o.listNoun;
  const verb = LABEL_VERB_AT_END.exec(o.run);
  if (verb) {
    const subject = subjectBefore(o.run, verb[0].length) ?? o.previousMetric;
    return cap(subject ? `${subject}${verb[0]}` : verb[0]);
  }
  RIGHT_ROLE.lastIndex = o.end;
  const role = RIGHT_ROLE.exec(o.text);
  if (role) return role[0];
  return AVERAGE_OF.find((a) => a.re.test(o.run))?.label;
}

// ---- 分别: a list of numbers after a list of names ----

// 投资总额、GDP和财政收入分别达到105亿元、185.7亿元和18.9亿元: the k-th number measures the k-th name (with a change
// verb the change of it: 产值和税收分别增长12%和8% → 产值增长, 税收增长). When the names do not pair up with the numbers,
// or a count names its own thing, every number of the list takes the verb after 分别 (分别超额完成19%、14%和12% →
// 超额完成), or the subject when the verb only links (任务完成率分别为95%和90% → 任务完成率); never 分别 itself.
const RESPECTIVELY = /分别([\u4e00-\u9fff]{0,6})$/;
const LINK_VERB = /^(?:达到|达|为|是|有|在|约|超过|突破)?$/;
const CHANGE_VERB = /^(?:增长|增加|下降|减少|提高|降低|上升|提升|增|降)$/;
const NAME_RUN = /[\u4e00-\u9fffA-Za-z]{1,8}$/;
const NAME_WHOLE = /^[\u4e00-\u9fffA-Za-z]{1,8}$/;
const CLAUSE_MARK = /[，,。；;：:！？!?\n]/;

export type RespectiveInput = {
  before: string; // the text of the sentence before the first number of the list
  index: number; // which number of the list this is (0-based)
  count: number; // how many numbers the list has
  countable: boolean; // a count (its noun after the unit names what is counted)
};

/** The label of the index-th number of a list after 分别, or undefined when no 分别 + verb leads the list. */
export function respectiveLabel(o: RespectiveInput): string | undefined {
  const m = RESPECTIVELY.exec(o.before);
  if (!m) return undefined;
  const verb = m[1];
  let subject = o.before.slice(0, m.index);
  for (let i = subject.length - 1; i >= 0; i--) {
    if (CLAUSE_MARK.test(subject[i])) {
      subject = subject.slice(i + 1);
      break;
    }
  }
  const pieces = subject.split(/[、和及与]/);
  if (!o.countable && o.count >= 2 && pieces.length === o.count) {
    // the first name is the end of its piece (预计2013年投资总额 → 投资总额); the others are whole pieces
    const first = NAME_RUN.exec(pieces[0])?.[0].replace(/^(?:年度|年|月份|月)(?=[\u4e00-\u9fffA-Za-z]{2})/, "");
    const names = [first ? (leftMetric(first) ?? first) : undefined, ...pieces.slice(1)];
    if (names.every((n) => n !== undefined && NAME_WHOLE.test(n))) {
      const name = names[o.index] as string;
      return CHANGE_VERB.test(verb) ? `${name}${verb}` : name;
    }
  }
  if (!LINK_VERB.test(verb) && verb.length >= 2) return verb;
  return leftMetric(subject);
}

// ---- word boundaries (issue #10 §4: no label starts or ends inside a word) ----

const WORDS = new Intl.Segmenter("zh", { granularity: "word" });
const HAN_AT = (s: string, i: number) => isHanBlockCode(s.charCodeAt(i));
// ICU segmentation costs tens of microseconds a call: a short window around the position, memoised (news repeats its
// phrases), and only between two Han characters (anything else is a boundary already).
const WINDOW = 5;
const MAX_TAKE_IN = 2; // characters of a cut word a label may take in rather than give up
const boundaryMemo = new Map<string, number>();

// The word containing `pos` starts at the returned offset (== pos when pos is a boundary); `toEnd` gives its end.
function wordEdge(text: string, pos: number, toEnd: boolean): number {
  if (pos <= 0 || pos >= text.length || !HAN_AT(text, pos - 1) || !HAN_AT(text, pos)) return pos;
  const from = Math.max(0, pos - WINDOW);
  const win = text.slice(from, pos + WINDOW);
  const key = `${toEnd ? "e" : "s"}${pos - from}${win}`;
  let edge = boundaryMemo.get(key);
  if (edge === undefined) {
    const seg = WORDS.segment(win).containing(pos - from);
    edge = !seg || seg.index === pos - from ? pos - from : toEnd ? seg.index + seg.segment.length : seg.index;
    if (boundaryMemo.size > 20_000) boundaryMemo.clear();
    boundaryMemo.set(key, edge);
  }
  return from + edge;
}

/**
 * The label moved onto word boundaries where it stands in `text`, or undefined when less than two characters remain.
 * A label that starts or ends inside a word takes in the rest of that word when it is short (没法解决 after ICU's 都没
 * becomes 都没法解决, 圆满完成签 becomes 圆满完成签约), else gives up the piece. `near` is the number's start; labels made
 * of several pieces (征收组用时) are not found in the text and returned as they are.
 */
export function alignLabel(text: string, label: string, near: number, window: { start: number; end: number }): string | undefined {
  let at = text.lastIndexOf(label, near);
  if (at < window.start || at + label.length > window.end) at = text.indexOf(label, near);
  if (at < 0 || at < window.start || at + label.length > window.end) return label;
  const end0 = at + label.length;
  let start = wordEdge(text, at, false);
  if (start !== at && at - start > MAX_TAKE_IN) start = wordEdge(text, at, true);
  let end = wordEdge(text, end0, true);
  if (end !== end0 && end - end0 > MAX_TAKE_IN) end = wordEdge(text, end0, false);
  if (start === at && end === end0) return label;
  return end - start >= 2 ? text.slice(start, end) : undefined;
}
