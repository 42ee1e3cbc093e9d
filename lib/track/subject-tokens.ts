// Subject tokens: the words that say which project, place or drive a goal or a later sentence is about. The same
// function reads both sides, so two spellings of one project meet on a shared token: 黄家片区下刘、四都刘村房屋征收 and
// 下刘、四都刘村征收项目 both give 下刘 and 四都刘; 城北宫宝宿舍地块 and 宫宝宿舍地块征收项目 both give 宫宝宿舍.
// Strong tokens (villages, communities, named sites) pick one project; weak ones (townships, areas) only narrow.
// They also key the candidate index (GoalKey / ArticleKey tables), so linking compares a goal only with material
// that shares one of its strong tokens or its campaign. Pure.

import { extractPlaces } from "../extract";
import { DEADLINE_SOURCE } from "../extract/resolve-deadline";

export type SubjectTokens = { strong: string[]; weak: string[] };

// Words that name a kind of project, not which one: they split a campaign name into its naming parts.
export const GENERIC_PROJECT_WORDS: readonly string[] = [
  "国有土地上房屋征收",
  "集体土地上房屋征收",
  "房屋征收",
  "征收",
  "征迁",
  "拆迁",
  "项目",
  "地块",
  "片区",
  "工程",
  "建设",
  "改造",
  "提升",
  "行动",
  "专项",
  "整治",
  "创建",
  "改革",
  "示范区",
  "先行",
  "省级",
  "市级",
  "国家级",
  "城北",
  "城南",
  "城东",
  "城西",
  "全区",
  "我区",
  "柯城区",
  "柯城",
];

// Named sites end in one of these: the up-to-four characters before it are the name (宫宝宿舍地块 → 宫宝宿舍).
// (function words and the anchors' own characters are no part of a name: 该地块和征收地块 names none)
const SITE_ANCHOR = /((?:(?![的和及与该此这那块区])[\u4e00-\u9fff]){2,4})(?=地块|小区|宿舍区|园区|度假区|综合体|安置房|安置小区)/g;
const GENERIC_SPLIT = new RegExp(GENERIC_PROJECT_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
// A site name made only of generic words and function characters is no name: 该地块, 这个项目, 征收地块.
const NOT_A_NAME = /^(?:[该此本各这那其全每个等的和及与新老原多两三几]|部分|多个|相关|周边|剩余|其余|全部|所有|征收|项目|改造|建设|重点|安置|工业|城市|老旧|棚户)+$/;

// Quoted names (“污水零直排区”项目, “保5争3抢1”): in a goal's own sentence they name what the goal is about.
const QUOTED = /[“"‘]([^”"’]{2,10})[”"’]/g;

// A quoted holiday (确保大桥“十一”通车, “五一”前开放) is when, not what: a date written as its festival's name.
const HOLIDAY = /^(?:十一|五一|七一|八一|六一|国庆|元旦|春节|中秋|端午|清明|元宵|双节|两节)(?:节|前|期间|假期|黄金周)?$/;

export function quotedNames(text: string): string[] {
  return [...text.matchAll(QUOTED)].map((m) => m[1].trim()).filter((name) => name.length >= 2 && !/[，。；,]/.test(name) && !HOLIDAY.test(name) && !BATTLE_WORD.test(name));
}

// A slogan of ranks or counts (保2争1, 保5争3抢1: a verb and a number, repeated) is reported on part by part (守住
// “保2”，“争1”仍有差距): its parts name it as well as the whole does. Empty for any other name.
const SLOGAN = /^(?:[\u4e00-\u9fff][0-9一二三四五六七八九十]+){2,}$/;
export function sloganParts(name: string): string[] {
  return SLOGAN.test(name) ? [...name.matchAll(/[\u4e00-\u9fff][0-9一二三四五六七八九十]+/g)].map((m) => m[0]) : [];
}

// Does a text name a token: written whole, or for a slogan one of its parts.
export function namesToken(text: string, token: string): boolean {
  return text.includes(token) || sloganParts(token).some((part) => text.includes(part));
}

// 下刘村 → 下刘, 荷花街道 stays (weak), 黄家片区 → 黄家片区 (an area is weak).
function placeToken(name: string): string {
  return name.replace(/(?:村|社区)$/, "") || name;
}

const SITE_VERB = /^(?:推动|推进|加快|建设|打造|创建|创成|争创|谋划|启动|新建|筹建)+/;

// Named works: a proper name of two to four characters before the head of a road, bridge, tunnel or reservoir (镇丹高速,
// 建金高速公路（建德段）, 桐溪大桥, 五峰山大桥). The name is kept with its head written one way (高速公路 and 高速 → 高速,
// 特大桥 → 大桥), so a report that writes the head shorter or longer (建金高速 for 建金高速公路) gives the same token,
// and two works of one kind (桐溪大桥, 紫金大桥) give two. 高速 is a head only when no verb of pace follows it (高速增长).
// A name starts a phrase: between the head and a boundary (punctuation, 的, a conjunction, a preposition) stand at most
// four characters, or it is no name (目前正在开展大桥…, 计划于4月份完成大桥…, 国家级低碳示范高速公路 name none).
const WORK_HEAD = /特?大桥|高速(?:公路)?(?![发增运推前度])|快速路|隧道|水库|大道|铁路/g;
// (a preposition or conjunction before the name, and the place that owns the work: 据桐溪大桥…, 我市桐溪大桥 → 桐溪)
const WORK_BOUNDARY = /[的、和与及或并且经至到从往在于为由据对把被将是即也及]/;
const COUNTED = /[0-9一二三四五六七八九十两几][条座个项]|[条座个项]$/;

export function workNames(text: string): string[] {
  const out = new Set<string>();
  WORK_HEAD.lastIndex = 0;
  for (let m = WORK_HEAD.exec(text); m; m = WORK_HEAD.exec(text)) {
    let from = m.index;
    while (from > 0 && from > m.index - 8 && /[\u4e00-\u9fff]/.test(text[from - 1]) && !WORK_BOUNDARY.test(text[from - 1])) from--;
    const bounded = from === 0 || !/[\u4e00-\u9fff0-9０-９]/.test(text[from - 1]) || WORK_BOUNDARY.test(text[from - 1]);
    if (!bounded) continue;
    // (what stands before the name and is no part of it: the owning place, time adverbs, work verbs: 目前桐溪大桥…,
    // 建德市桐溪大桥, 加快建设桐溪大桥; a verb of what an event marks: 合龙，标志大桥建设取得…)
    // (the owner is cut only when a name is left after it: 鸡鸣三省大桥 ends its name in 省, it has no owner)
    const owned = text.slice(from, m.index);
    const unowned = owned.replace(/^.*?[省市县区]/, "");
    const run = trimLead((unowned.length >= 2 ? unowned : owned).replace(/^(?:目前|当前|现在|如今|日前|近日|正在|已经|标志着?|意味着|表明)+/, "")).replace(/特$/, "");
    if (run.length > 4) continue;
    const name = run.replace(GENERIC_SPLIT, "");
    const head = m[0].replace(/^特/, "").replace(/^高速公路$/, "高速");
    if (name.length >= 2 && !COUNTED.test(name) && !NOT_A_NAME.test(name) && !NOT_A_WORK_NAME.test(name)) out.add(name + head);
  }
  return [...out];
}

// Is a token a named work (workNames' form: a name and one of the heads)?
export const isWorkName = (token: string) => /(?:大桥|高速|快速路|隧道|水库|大道|铁路)$/.test(token) && workNames(token).includes(token);

const NOT_A_WORK_NAME = /^(?:[全我本该此这其各][省市县区国镇乡村]|城市|城区|省道|国道|县道|乡道|村道)$/;

export function siteNames(text: string): string[] {
  const out = new Set<string>(workNames(text));
  SITE_ANCHOR.lastIndex = 0;
  for (let m = SITE_ANCHOR.exec(text); m; m = SITE_ANCHOR.exec(text)) {
    // (a work verb before the anchor is no part of the name: 推动旅游度假区建设 names 旅游, not 推动旅游)
    const name = m[1].replace(GENERIC_SPLIT, "").replace(SITE_VERB, "");
    if (name.length >= 2 && !NOT_A_NAME.test(name)) out.add(name);
  }
  return [...out];
}

// The naming parts of a campaign name (宫宝宿舍地块国有土地上房屋征收 → 宫宝宿舍; 六治六提 → 六治六提).
// A battle metaphor's own word (征收攻坚战, 今年征收“第一仗”) names the fight, not its front: what is fought for is the
// front's words (蓝天 of 蓝天保卫战), and a front made only of generic work words (征收) names no project of its own.
const BATTLE_SOURCE = "攻坚战?|歼灭战|总体战|持久战|阻击战|保卫战|第一仗|硬仗|大会战|会战";
export const BATTLE_WORD = new RegExp(`^(?:${BATTLE_SOURCE})$`);
const BATTLE_WORDS = new RegExp(BATTLE_SOURCE, "g");

export function campaignParts(name: string): string[] {
  return name
    .split(GENERIC_SPLIT)
    .flatMap((part) => part.split(/[、，,“”"·\s]+/))
    .map((part) => part.trim())
    .filter((part) => part.length >= 2 && !NOT_A_NAME.test(part) && !BATTLE_WORD.test(part));
}

export function subjectTokens(input: {
  texts: readonly string[];
  quoted?: readonly string[]; // texts whose quoted names are subjects too (the goal's own sentence)
  campaign?: string | null;
  township?: string | null;
}): SubjectTokens {
  const strong = new Set<string>();
  const weak = new Set<string>();
  for (const text of input.quoted ?? []) for (const name of quotedNames(text)) strong.add(name);
  const texts = [...input.texts, ...(input.campaign ? [input.campaign] : [])];
  for (const text of texts) {
    for (const place of extractPlaces(text)) {
      if (place.level === "village" || place.level === "community") strong.add(placeToken(place.name));
      else weak.add(place.name);
    }
    for (const site of siteNames(text)) strong.add(site);
  }
  if (input.campaign) {
    // A campaign whose name holds a village or a site is named by those; otherwise its own words name it.
    const named = [...strong].some((token) => input.campaign!.includes(token));
    if (!named) for (const part of campaignParts(input.campaign)) strong.add(part);
  }
  if (input.township) weak.add(input.township);
  for (const token of strong) weak.delete(token);
  return { strong: [...strong], weak: [...weak] };
}

// A goal's objects: the things it builds or reaches (加快推进方舱医院建设 → 方舱医院; 加快推进奥陶纪、寺桥水库、衢门山等一批
// 重大项目落地 → 奥陶纪, 寺桥水库, 衢门山). Read from the extractor's subject when that is the goal's own (not its
// campaign's name), else from the text: the work verbs and manner words before the object and the generic words after
// it are grammar, not name, so they are cut by these tables; a list (、 和 与 及) gives one object per item. Period
// words (全年, 今年, 年内, 明年, 下月, 年底) are in neither table: they are the extractor's deadline words (DEADLINE below,
// lib/extract/resolve-deadline.ts), cut wherever these tables are.
const LEAD_WORDS =
  /^(?:要|将|再|新增|改建|加快|抓紧|全力|积极|持续|深入|大力|着力|高标准|高质量|全面|稳步|强势|进一步|确保|力争|争取|推进|推动|建设|建成|打造|筹建|组建|实施|完成|实现|达到|创成|创建|开展|编制|制定|健全|完善|启动|加强|做好|谋划|落实|新建|改造|提升|夺取|夺得|争创|争夺|荣获|获得|全面推行|推行|推广|打好|打赢)+/;
// (a standard or level reached names its grade, not the kind of measure: 达到三级乙等考核标准 → 三级乙等; 乙等 is a grade, not 等)
const TAIL_WORDS = /(?:建设|工作|进度|项目|落地|相关|对接|进程|任务|(?:考核|评审|验收)?(?:标准|水平)|(?<![甲乙丙])等)+$/;
const OBJECT_SPLIT = /[、，,]|以及|和|与|及/;
// Manner, time and the goal's own verbs: a part made only of these (按时按期, 保质保量, 高时效完成目标任务) names nothing.
// A deadline (年底前, 6月底前) and a completion (建成投用, 完工, 通过验收) name nothing either: 力争年底前建成投用 and 力争年底前全部
// 通过验收 have no object of their own (the sentence before names it).
const MANNER =
  /高标准|高质量|高时效|高效率|保质|保量|按时|按期|如期|平稳|有序|高效|快速|圆满|全面|全部|完成|实现|目标|任务|工作|各项|争先|进位|创优|建成|投用|完工|竣工|投入使用|通车|通水|通电|投产|开业|开放|运行|运营|通过(?:验收|评审|审核)?|验收|评审|[0-9一二三四五六七八九十]+月(?:底|末|份)?|[上中下]旬|前|内/g;

// The extractor's deadline words (汛期前, 三季度末): a deadline is no part of a name.
const DEADLINE = new RegExp(`(?:${DEADLINE_SOURCE})(?:前|内|底|末)?`, "g");

// Another thing of the object's kind: an object made of a short modifier and a head (城南 + 污水处理厂) whose head the
// text writes after another modifier of that length (城北污水处理厂). Determiners and the whole district (全区, 该, 我区)
// and function characters name no other thing.
const DETERMINER = /全区|全市|全县|我区|本区|柯城|[该此这其各每的和及与在是为已将了]/;

export function namesAnotherOfKind(text: string, name: string): boolean {
  if (name.length < 5 || text.includes(name)) return false;
  for (const cut of [2, 3]) {
    const head = name.slice(cut);
    if (head.length < 4) continue; // 化改革 of 数字化改革 is no head
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
      const before = text.slice(Math.max(0, at - cut), at);
      if (/^[\u4e00-\u9fff]+$/.test(before) && before.length === cut && before !== name.slice(0, cut) && !DETERMINER.test(before)) return true;
    }
  }
  return false;
}

// A step toward something (奠定了坚实基础): here the frame of a goal's object, in link-evidence.ts no topic of a goal.
export const FOUNDATION_SOURCE = "(?:奠定|打下)了?(?:坚实|良好|扎实)?的?基础";
const STEP_FRAME = new RegExp(`^为(.+?)${FOUNDATION_SOURCE}$`);

export function objectNames(goal: { text: string; subject?: string | null; campaign?: string | null }): string[] {
  const own = goal.subject && !(goal.campaign && (goal.campaign.includes(goal.subject) || goal.subject.includes(goal.campaign))) ? goal.subject : goal.text;
  let cleaned = own.replace(/（[^）]*）|\([^)]*\)/g, "").replace(/[“”"‘’《》〈〉]/g, "");
  // 为年底建成通车奠定了坚实基础: a step toward a goal frames it; the object is the framed goal's
  cleaned = cleaned.replace(STEP_FRAME, "$1");
  // 奥陶纪、寺桥水库、衢门山等一批重大项目: after a list, 等 and what follows name the kind, not another item
  if (cleaned.includes("、")) cleaned = cleaned.replace(/等[^、，]*$/, "");
  const out = new Set<string>();
  for (const part of trimLead(cleaned).replace(TAIL_WORDS, "").split(OBJECT_SPLIT)) {
    const name = trimLead(part).replace(TAIL_WORDS, "").trim();
    if (/^[\u4e00-\u9fff]{3,24}$/.test(name) && !NOT_A_NAME.test(name) && name.replace(DEADLINE, "").replace(GENERIC_SPLIT, "").replace(MANNER, "").replace(BATTLE_WORDS, "").length >= 2) out.add(name);
    else if (shortObject(own, name)) out.add(name);
  }
  return [...out];
}

// What stands before an object's name and is no part of it, stripped until none is left: work verbs and manner
// (LEAD_WORDS), a deadline (年底前建成码头), a count (200盏路灯; 公厕30座 at the end).
const LEAD_DEADLINE = new RegExp(`^(?:(?:${DEADLINE_SOURCE})(?:前|内|底|末)?)+`);
function trimLead(text: string): string {
  let out = text.trim();
  for (let previous = ""; previous !== out; ) {
    previous = out;
    out = out.replace(LEAD_WORDS, "").replace(LEAD_DEADLINE, "").replace(COUNT_FIRST, "").replace(COUNT, "").trim();
  }
  return out;
}

// Two-character objects (公厕, 路灯, 码头) name a thing only when the goal builds or counts it: 加快码头建设 (a built
// thing's tail), 新建公厕15座 (a count of it). 开展宣讲 and 组织学习 (no tail, no count) name work, not a thing.
const COUNT = /[0-9０-９.]+(?:[万余多])?[个座盏处条家所间台辆艘套]$/;
const COUNT_FIRST = /^[0-9０-９.]+(?:[万余多])?[个座盏处条家所间台辆艘套]/;
function shortObject(goalText: string, name: string): boolean {
  if (!/^[\u4e00-\u9fff]{2}$/.test(name) || NOT_A_NAME.test(name) || isFiller(name)) return false;
  return new RegExp(`${name}(?:[0-9０-９.]+(?:[万余多])?[个座盏处条家所间台辆艘套]|建设|改造|工程|项目)|(?:新建|改建|建成|建设|改造)${name}`).test(goalText);
}
const isFiller = (word: string) => word.replace(DEADLINE, "").replace(MANNER, "").replace(GENERIC_SPLIT, "").length < 2 || DETERMINER.test(word);

// The two-character thing a headline reports on: the two characters before a verb of work or outcome or a count
// (码头建设推迟, 路灯改造过八成, 城乡公厕32座). A key for goals whose object is that short (shortObject above), which
// share no trigram with any headline.
const SHORT_HEAD =
  /([\u4e00-\u9fff]{2})(?=(?:全部|全面|顺利|正式|提前|主体)?(?:建成|完工|竣工|投用|改造|建设|完成|通过|推迟|滞后|启用|开工|开放)|[0-9０-９]+[个座盏处条家所间台辆艘套])/g;
export function shortHeads(title: string): string[] {
  return [...new Set([...title.matchAll(SHORT_HEAD)].map((m) => m[1]).filter((w) => !isFiller(w)))];
}

// How much of `name` a text writes, as the longest run of the text whose characters appear in the name in order: a
// run that is the whole name, or at least four characters and half of it, names it in full, abbreviated (区委社建委 for
// 区委社会建设委员会) or shortened (冷藏保鲜整县试点 for 全国农产品产地冷藏保鲜整县试点).
export function namesObject(text: string, name: string): boolean {
  if (text.includes(name)) return true;
  const need = Math.max(4, Math.ceil(name.length / 2));
  if (name.length < need) return false;
  // (the run below is `need` characters in a row that are all the name's: most texts have none, which one native
  // regular-expression scan tells faster than the walk)
  if (runOfNameCharacters(name, need).test(text)) {
    for (let i = 0; i + need <= text.length; i++) {
      let j = name.indexOf(text[i]);
      if (j < 0) continue;
      let run = 1;
      for (let k = i + 1; k < text.length; k++) {
        const next = name.indexOf(text[k], j + 1);
        if (next < 0) break;
        j = next;
        run += 1;
      }
      if (run >= need) return true;
    }
  }
  return namesInPieces(text, name);
}

// /[<the name's characters>]{need}/ per name (UTF-16 units, as the walk reads them), kept for the names in use.
const nameRuns = new Map<string, RegExp>();
function runOfNameCharacters(name: string, need: number): RegExp {
  let run = nameRuns.get(name);
  if (run) return run;
  if (nameRuns.size >= 5000) nameRuns.clear();
  run = new RegExp(`[${name.replace(/[\]\\^-]/g, "\\$&")}]{${need}}`);
  nameRuns.set(name, run);
  return run;
}

// A cheap test that `text` may name `name` (namesObject true implies it; the converse need not hold), true also for
// any text that holds `text`: the name's first two characters are written (as the whole name and the first of its
// pieces are), or `need` characters in a row that are all the name's (as the run namesObject looks for is). The linker
// runs it once on a whole article to skip a goal none of whose objects the article can name.
export function mayNameObject(text: string, name: string): boolean {
  if (text.includes(name.slice(0, 2))) return true;
  const need = Math.max(4, Math.ceil(name.length / 2));
  return name.length >= need && runOfNameCharacters(name, need).test(text);
}

// The name's words in another order or with words between them (行政执法“大综合一体化”改革 for “大综合一体化”行政执法改革,
// 审计查出问题已整改 for 审计问题整改): the name cut, longest piece first, into at most four pieces of two or more characters
// that the text all writes close together (within one and a half times the name's length).
function namesInPieces(text: string, name: string): boolean {
  if (name.length < 6) return false; // 健康柯城 in 柯城区卫生健康: two short pieces meet by chance
  if (!text.includes(name.slice(0, 2))) return false; // the first piece, two characters or more, starts the name
  const pieces: string[] = [];
  for (let at = 0; at < name.length; ) {
    let len = name.length - at;
    while (len >= 2 && !text.includes(name.slice(at, at + len))) len--;
    if (len < 2 || pieces.length === 4) return false;
    pieces.push(name.slice(at, at + len));
    at += len;
  }
  if (pieces.length < 2) return false;
  const span = Math.ceil(name.length * 1.5) + 2;
  const places = pieces.map((piece) => {
    const out: number[] = [];
    for (let i = text.indexOf(piece); i >= 0; i = text.indexOf(piece, i + 1)) out.push(i);
    return out;
  });
  return places[0].some((anchor) => {
    let from = anchor;
    let to = anchor + pieces[0].length;
    for (let k = 1; k < pieces.length; k++) {
      const near = places[k].reduce((best, i) => (Math.abs(i - anchor) < Math.abs(best - anchor) ? i : best));
      from = Math.min(from, near);
      to = Math.max(to, near + pieces[k].length);
    }
    return to - from <= span;
  });
}

// Trigrams of an object's name that say which thing it is (generic project words and function characters out): the
// candidate index keys a goal by them and an article by its headline's, so a report that writes the object another way
// (区委社建委, 数字农业科创园 for 数字农业科创（孵化）园) is still compared with the goal. Trigrams, not bigrams: 区委, 社会,
// 医院 head too many headlines, and the index reads only the nearest few articles per key.
export function objectKeyGrams(text: string): string[] {
  const out = new Set<string>();
  for (const run of text.replace(GENERIC_SPLIT, " ").replace(/[^\u4e00-\u9fff]+|[的和及与等在了是为将已个]/g, " ").split(" ")) {
    const grams = Array.from({ length: Math.max(0, run.length - 2) }, (_, i) => run.slice(i, i + 3));
    if (grams.length === 1) out.add(grams[0]);
    // Of every two neighbouring trigrams, the one with the smaller hash (winnowing): two texts that share four
    // characters in a row share the two trigrams and pick the same one, so they still share a key, with about a third
    // fewer keys (index rows) than all trigrams.
    for (let i = 0; i + 1 < grams.length; i++) out.add(gramHash(grams[i]) <= gramHash(grams[i + 1]) ? grams[i] : grams[i + 1]);
  }
  return [...out];
}

// FNV-1a over the UTF-16 code units: fixed, so the keys stored by one process are the keys another computes.
function gramHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
