// Cue tables of the goal rules (issue #11 §1), one table per cue list; extract-goals.ts builds its regexes from them.
// Deadline words live in resolve-deadline.ts with how each resolves to a date.

import type { GoalBound } from "./types";

// Period words that, right after 计划/预计, date what is planned (计划年内建成, 预计年底完成): a short list of the
// deadline words of resolve-deadline.ts, written once for both verbs.
export const NEAR_PERIOD_WORDS: readonly string[] = ["今年", "年内", "明年", "下月", "本月", "年底"];
const NEAR_PERIOD = NEAR_PERIOD_WORDS.join("|");

// Words that make 计划 a document, not a plan to do something (行动计划, 年度计划): one table for the goal verb 计划
// below and the number rule's target test (extract-indicators.ts NOT_TARGET). `goalOnly` words apply to the verb only:
// the number rule with them (a number after 实施计划/投资计划 no longer a target) loses a correct role in the dev set.
export const PLAN_DOCUMENT_WORDS: readonly { word: string; goalOnly?: true }[] = [
  { word: "行动" },
  { word: "年度" },
  { word: "工作" },
  { word: "发展" },
  { word: "规划" },
  { word: "五年", goalOnly: true },
  { word: "实施", goalOnly: true },
  { word: "投资", goalOnly: true },
];
const planDocumentWords = (forNumbers: boolean) =>
  PLAN_DOCUMENT_WORDS.filter((w) => !forNumbers || !w.goalOnly)
    .map((w) => w.word)
    .join("|");
// Regex source: the document words before 计划, for the number rule.
// 年度计划投资5000万元 is the year's planned figure, not a document: a plan word followed by what is planned stays a cue.
export const NUMBER_PLAN_DOCUMENT_SOURCE = `(?:${planDocumentWords(true)})计划(?!投资|总投资|完成|新增|新建|建设|开工)`;

// Words that make a clause a directive: a modal (要/将/须), or an enumerated point of a plan (一是, 二要).
// 要 in 重要/需要/主要/要求/要素/要点 and 将 in 将近/即将 are not modals.
export const DIRECTIVE_MARKERS: readonly string[] = [
  "(?<![重需主只必想紧纪摘概提首])要(?![求素点闻害])",
  "(?<![即必])将(?!近)",
  // 要求各乡镇…加快…建设: a requirement addressed to someone (按照…要求 / 符合要求 / 工作要求 name a standard instead)
  "(?<!按照|根据|符合|达到|对照|工作|上级|的)要求(?![的是])",
  "必须",
  "务必",
  "(?<!无)须",
  "[一二三四五六七八九十]是",
  "[一二三四五六七八九十]要",
  // 住房城乡建设部负责制定考核评分细则: a body made responsible for work (负责人/负责同志 are people)
  "负责(?![人同])",
  "下一?步",
  "下(?:一)?阶段",
  // a commitment opens a chain: 确保…完成征收任务，打好打赢今年征收“第一仗”
  "确保",
  "力争",
];

// A sentence that reports what already happened is no commitment, whatever its verbs: 今年以来…推进…, 已完成.
export const PAST_MARKERS: readonly string[] = ["以来", "已经", "(?<![而])已(?!有|成为)", "先后", "截至", "近年来", "目前"];

// Target lead verbs: the target phrase runs from the verb to the clause end (extract-goals.ts producer 1).
export type GoalVerbEntry = {
  verb: string;
  source?: string; // regex source when the bare word is not enough
  object?: RegExp; // what must follow the verb
  notObject?: RegExp; // what must not follow it
  notBefore?: RegExp; // what must not precede it, unless the object is one of `unlessObject`
  unlessObject?: RegExp;
  neverBefore?: RegExp; // what must not precede it, whatever follows
  notEnd?: RegExp; // how the clause must not end (an open-ended state: 确保…健康发展, 确保…到位)
  reportsFunds?: true; // funds wording with an amount, outside a directive, reports money obtained (funds-obtained.ts)
  pastYear?: true; // a year before the right after the verb makes the clause a report
  why?: string;
};

export const GOAL_VERBS: readonly GoalVerbEntry[] = [
  // 确保全县经济社会健康快速发展 / 确保人员、资金、措施到位: exhortations with no end state a report could confirm
  // 确保质量 / 确保各项工作落到实处 / 确保规划具有…可操作性: qualities, with no end state either
  // 确保各项工作平稳推进: work named only by generic words, kept on an orderly course, has no end state either (a named
  // project kept on course, 确保…重大项目建设快速有序推进, still has one)
  {
    verb: "确保",
    notEnd: /(?:发展|到位|质量|落到实处|[^，。；]性)$|^确保(?:各项|全部|所有|整体|全盘)?(?:工作|任务)[^，。；、]{0,6}(?:推进|运行|运转|开展|进行)(?:、(?:取得|见到)实效)?$/,
  },
  // 保证确定目标任务圆满完成: 保证 commits as 确保 does when it names an end state (a completion), which is rarer than
  // with 确保: 保证工程顺利推进 / 保证道路通畅 ask for a state kept, which no report confirms (README: the task line).
  // 保证了 reports, and 为保证… is the purpose of a measure taken.
  {
    verb: "保证",
    object: /^[^，。；]{0,12}?(?:完成|实现|达到|建成|竣工|投用|投产|通车|交付)/,
    notObject: /^[了过]/,
    neverBefore: /为了?$/,
    notEnd: /(?:发展|到位|质量|落到实处|[^，。；]性)$/,
    why: "保证 without a completion asks for a state kept; 保证了 reports what was secured; 为保证师生用水 is why something was done",
  },
  { verb: "力争", source: "(?<!努)力争", notObject: /^上游/, why: "力争上游 is an idiom; 努力争取 is 争取" },
  {
    verb: "争取",
    // 争取到位 alone is an exhortation; 争取到位资金500万元 is funds wording (reportsFunds decides)
    notObject: /^[^，。；]{0,5}(?:理解|支持|配合|谅解|信任)|^(?:窗口期|时间)|^到位(?![^，。；]{0,14}?[0-9０-９])/,
    // 向上争取项目资金80万元 in a results report: funds obtained, not a target
    reportsFunds: true,
    why: "winning support or time is not a target; funds wording with an amount outside a directive (今年已向上争取资金500万元, funds-obtained.ts) reports money obtained",
  },
  { verb: "力求" },
  // 拟在园区打造一座光伏电站: 拟 plans an action as 计划 does (拟任/拟录用 name people and take no such object)
  { verb: "拟", source: "(?<![草模虚比])拟", object: /^(?:在|于|投资|总投资|新建|建设|打造|实施|引进|开工|建成|新增|开设|设立)/, why: "拟 + an action is a plan" },
  {
    verb: "计划",
    notObject: /^(?:实施|建设|开工|完成|新建|启动)的/,
    // 计划新栽种300亩: 新 + a verb + a number is a planned figure
    object: new RegExp(
      // 计划筹资3亿元 / 计划种植茶叶500亩: a verb and the amount it plans, whatever the verb
      `^(?:于|在|到|${NEAR_PERIOD}|[0-9０-９]|启动|投资|总投资|招引|引进|新增|建成|完成|新建|实施|开工|用|将|新(?=[^，。；]{1,6}[0-9０-９一二两三四五六七八九十百千万])|[\u4e00-\u9fff]{2}(?=[^，。；的]{0,6}[0-9０-９]))`,
    ),
    notBefore: new RegExp(`(?:${planDocumentWords(false)})$`),
    // 年度计划投资2亿元 / 年度计划开工项目25项: the year's scheduled figure is a target, not the document
    unlessObject: /^(?:总?投资|新?开工|新建|新增|完成)[^，。；的]{0,12}?[0-9０-９]/,
    // 占年计划投资的35%: a share of the plan already achieved (完成年度计划开工的80%: 的 before the number, above)
    // (计划实施的项目 is a noun phrase: notObject)
    neverBefore: /占[^，。；]{0,3}$/,
    why: "行动计划/年度计划 are documents; 占…计划 is a share achieved",
  },
  { verb: "目标", object: /^(?:任务)?(?:是|为|：|:|“)/, notBefore: /以$/, why: "以目标为引领 is an orientation; 目标任务是… states the target too" },
  {
    verb: "预计",
    object: new RegExp(`^(?:[0-9０-９]|(?:于|在|到)?(?:${NEAR_PERIOD})|[^，。；]{0,10}(?:可达|达到|完成|竣工|建成|交付|投用|投产|通车))`),
    // 预计2025年实现产值… in a report of 2026: an estimate of a year already over reports it
    pastYear: true,
    why: "a forecast with a date, a number or a completion (预计年底完成计划任务); 预计 alone is a guess",
  },
];

// Target cues beyond the lead verbs of extract-goals.ts (GOAL_VERBS): the object is a state to reach.
// framed: the cue is a means or a purpose after 为/用/助力… (NOT_A_TARGET_BEFORE) and then no target.
// undirected: a clause of exactly this shape is a target outside a directive too (全市上下争创国家卫生城市: 争创 itself
// says the title is still to win), unless the sentence reports the past.
export type TargetCue = {
  verb: string;
  source?: string;
  object?: RegExp;
  notEnd?: RegExp;
  framed?: boolean;
  undirected?: RegExp;
  why: string;
};
export const TARGET_CUES: readonly TargetCue[] = [
  { verb: "创成", why: "创成省级旅游度假区: a title to win" },
  {
    verb: "争创",
    object: /^[^，。；]{2,16}(?:城市|示范|区|县|镇|乡|村|单位|奖|称号)/,
    undirected: /^“?[^，。；的“”]{2,16}(?:城市|示范区|示范县|区|县|镇|乡|村|单位|称号)”?$/,
    why: "争创全国文明城市 (争创一流 is an exhortation; 争创…的底气 is about the bid, not the title)",
  },
  { verb: "夺取", object: /^[^，。；]{0,12}(?:奖|第一|冠军|胜利|金)/, why: "夺取改革突破奖 (夺取主动权 is no result)" },
  { verb: "打造成为", source: "打造成(?:为)?", why: "推动航埠加快打造成为…卫星城" },
  { verb: "建设成为", source: "(?<=把|将)[^，。；]{1,10}?建设成(?:为)?", why: "把航埠建设成为…增长极" },
  {
    verb: "实现",
    source: "实现(?![了过])",
    framed: true,
    notEnd: /(?:发展|提升|转变|进步|突破)$/,
    why: "实现全年财政收支平衡: an outcome, in a directive only (实现了 is done; 实现…发展/重大突破 name no end state)",
  },
  {
    verb: "达到",
    framed: true,
    object: /^(?![了过])[^，。；]{0,16}(?:标准|等级|水平|[0-9０-９])/,
    why: "使其达到三级乙等考核标准 (达到了300万元 reports)",
  },
];

// Frames before a target verb that make it a means or a purpose, not a commitment: 为实现…, 助力…实现, 用…实现.
export const NOT_A_TARGET_BEFORE = /(?:为了?|助力|推动|以|用|在|通过|有利于|为我们)[^，。；]{0,12}$/;

// Task verbs: an assigned piece of work. A task needs a concrete object (TASK_OBJECTS) unless `bare` is set
// (筹建 always founds a body); a programme verb also takes a quoted name as its whole object (全面推行“健康大脑+智慧医疗”).
// Degree verbs (加强, 深化, 优化, 提升, 强化, 增强) are deliberately absent: see
// tests/gold/README.md on the line between a task and an exhortation.
// head: one more object head for this verb only (抓紧做好清表和移交工作: 工作 names the work when 抓紧/加紧 say it is due).
// Heads of a body to set up (设立/成立/组建 + …工作组, 专班, 公司 …).
const NEW_BODY_HEADS = "组|专班|办公室|指挥部|公司|合作社|协会|联盟|委员会";
export type TaskVerb = { verb: string; bare?: boolean; programme?: boolean; head?: string };
export const TASK_VERBS: readonly TaskVerb[] = [
  { verb: "筹建", bare: true },
  { verb: "编制" },
  { verb: "制定" },
  { verb: "建立" },
  { verb: "加快推进" },
  { verb: "加快建设" },
  { verb: "加快" },
  { verb: "推进", programme: true },
  { verb: "推动" },
  { verb: "推行", programme: true },
  { verb: "健全" },
  { verb: "完善" },
  { verb: "实施", programme: true },
  { verb: "开展", programme: true },
  { verb: "启动", programme: true },
  { verb: "建设" },
  { verb: "开设" },
  { verb: "建成" },
  { verb: "打造", programme: true },
  // 打赢“百日攻坚”这场硬仗: a battle metaphor names its drive with its own noun (硬仗, 战役; 攻坚战 is an object head)
  { verb: "打好打赢", programme: true, head: "仗|战役" },
  { verb: "打好", programme: true, head: "仗|战役" },
  { verb: "打赢", programme: true, head: "仗|战役" },
  { verb: "谋划" },
  { verb: "安排" },
  { verb: "组织" },
  { verb: "管护" },
  { verb: "打击" },
  { verb: "跟踪督导", bare: true },
  // 全力保障“菜篮子”供应: a supply or service to keep up, whatever it is
  { verb: "全力保障", bare: true },
  { verb: "加紧做好", head: "工作" },
  { verb: "抓紧做好", head: "工作" },
  { verb: "进行" },
  // V + 好 states the work's end state (服务好…等3个项目, 配合好省委巡视); the object still has to name a concrete
  // thing. 做好 and 抓好 are left out: they take areas of work as often (做好无违建村建设 and 抓好未来乡村建设 are
  // exhortations in tests/extract/goals.test.ts and seed 000; 做好无上访村建设 is a goal in dev d39: the gold is split)
  { verb: "服务好" },
  { verb: "配合好" },
  // 一是创建精品村: a title or a model to build up to (村, 城市, 单位 …) as well as the concrete heads below
  { verb: "创建", programme: true, head: "[村镇县市]|城市|单位|社区|景区|街道" },
  // 设立村农房改造工作组: a body to set up (设立了 reports it)
  { verb: "设立", head: NEW_BODY_HEADS },
  // 将成立…工作专班 / 组建…合作社: a new body, set up or not (成立了 reports it)
  { verb: "成立", head: NEW_BODY_HEADS },
  { verb: "组建", head: NEW_BODY_HEADS },
  // build verbs: what they build is a facility (FACILITY_HEADS), which is done or not
  { verb: "修建" },
  { verb: "新建" },
  { verb: "改扩建" },
  // a document or a stock-taking that the work produces (梳理形成问题清单, 摸清闲置宅基地底数)
  // (每月要形成进度报告向镇党委报告: a report is a record too)
  { verb: "形成", head: "报告" },
  // 要召开专题推进会: a meeting is held or not (召开会议 alone names none: the head needs words that say which)
  { verb: "召开", head: "会议?" },
  { verb: "摸清", head: "底数|底子|家底" },
];

// Adverbs and manners that may stand before a task verb and belong to the task's text.
export const TASK_ADVERBS: readonly string[] = [
  "全力",
  "奋力",
  "抓紧",
  "加紧",
  "加快",
  "持续",
  "全面",
  "强势",
  "统筹",
  "着力",
  "重点",
  "积极",
  "深入",
  "进一步",
  "及时",
  "快速依法",
  "切实",
  "大力",
  "高标准、高质量",
  "高标准",
  "高质量",
];

// Heads that make an object concrete: a project, facility, body, document, programme or event that is done or not.
export const TASK_OBJECTS: readonly string[] = [
  "建设(?:进度)?",
  "项目",
  "工程",
  "改革",
  "试点(?:工作)?",
  "机制",
  "委员会",
  "医院",
  "(?<!宅)基地",
  "园",
  "平台",
  "场景",
  "乡村",
  "计划》?",
  "规划",
  "方案》?",
  "活动",
  "行动",
  "检测",
  "接种",
  "设施",
  // facilities built or opened: 开设招商驿站, 建设…产业园及配套用房, 新建便民服务中心
  "用房",
  "驿站",
  // built facilities named by their kind (建成…星级酒店, 修建两座桥梁, 建成区社会福利院, 打造…滨湖营地)
  "(?<![学法])院",
  "学校",
  "桥梁?",
  "酒店",
  "宾馆",
  "营地",
  "(?<![现立官战职市])场",
  "厂房",
  "大楼",
  "公寓",
  "公厕",
  "码头",
  "隧道",
  "水库",
  "管网",
  "民宿",
  "(?<![为以])中心",
  "站",
  "馆",
  "更新",
  "(?<!提升|优化|环境|品质)改造",
  "落地",
  "整改",
  "学习(?:[^，。；、]{0,8}精神)?",
  "宣讲",
  // events that are held or not (将组织开展安全检查, 开展验收): an inspection, an acceptance, a training, an award
  "(?:检|核|督|巡|排|抽)查",
  "验收",
  "培训",
  "表彰",
  "认定",
  "贯通",
  "攻坚战",
  // named fronts and drives (打赢蓝天保卫战, 推进扫黑除恶专项斗争, 推进村级建制调整改革工作); an area of work
  // (推进农村人居环境整治, 做好污染整治工作) names no drive
  "保卫战",
  "专项斗争",
  "改革工作",
  // preparatory work of a project and agreements to sign are done or not (推进项目可研、设计等前期工作, 签订征地拆迁协议)
  "前期工作",
  "前期手续",
  "协议",
  "第一仗”?",
  "违法违规行为",
  "治理工作",
  "台账",
  "清单",
  // records the work produces (负责制定考核评分细则)
  "细则",
  "名录",
  "纪要",
  "制度",
];
// Words too generic to name an object by themselves: 推动项目建设 names no project.
// 落实全年目标任务 names no task either; 进行基础设施建设 names a class of works, not one of them.
export const GENERIC_OBJECT_WORDS = /项目|工作|建设|相关|各项|各类|有关|重点|任务|目标|年度|全年|今年|基础设施|等/g;

// Designations: 打造 X示范区 is a status to reach (target), 打造 X乡村/平台 a thing to build (task).
export const DESIGNATION_HEADS = /(?:示范区|先行区|最优区|样板区|示范县|示范城市|样板|目的地|标杆)$/;

// Bounds that must hold; the kind is requirement wherever one stands in the goal's text.
export type RequirementBound = { cue: string; bound: GoalBound };
export const REQUIREMENT_BOUNDS: readonly RequirementBound[] = [
  { cue: "不得低于", bound: "min" },
  { cue: "不低于", bound: "min" },
  { cue: "不少于", bound: "min" },
  { cue: "至少", bound: "min" },
  { cue: "不得超过", bound: "max" },
  { cue: "不超过", bound: "max" },
  { cue: "不高于", bound: "max" },
  { cue: "控制在", bound: "max" },
];

// Completions that a deadline before them in the clause makes a commitment: 今年年底48个村全部完成生活污水治理.
export const COMPLETION_VERBS: readonly string[] = ["完成", "竣工", "建成", "交付使用", "投用", "通车"];

// Rank targets: two or more 争X/保X/拼X items in one clause (在全市争首位、26县争前列、全省争进位).
// (争先进位 is one phrase, so 先进 is no item)
export const RANK_ITEMS: readonly string[] = ["首位", "前列", "进位", "第一", "一流", "上游"];

export const alternation = (list: readonly string[]) => list.map((s) => `(?:${s})`).join("|");

// Words that make a number after them (in its clause or the one before) a target, for extract-indicators.ts: the goal
// verbs, the requirement bounds, and the expectations and requirements below (有望突破2.65亿斤, 要求…不少于25户).
// 不高于 and 控制在 are requirement bounds of goals that the number rule has not read so far: a number after them stays
// `actual` (kept as found: issue #12 changes no behaviour; a rule change for the tuners).
const NOT_NUMBER_TARGET_BOUNDS = new Set(["不高于", "控制在"]);
// 将突破/将超过 expect a figure as 将达到 does (纺织企业总数将突破150家); 应在…内 requires one (应在30天内…报告), but not
// 相应/反应/适应在.
export const NUMBER_TARGET_WORDS: readonly string[] = [
  "拟", "将达到", "将突破", "将超过", "有望", "预期", "不得少于", "要求", "必须", "须", "应当", "(?<![相反响对供适])应(?:在|于)",
];
export const NUMBER_TARGET_CUES: readonly string[] = [
  ...GOAL_VERBS.map((v) => v.verb),
  ...REQUIREMENT_BOUNDS.map((b) => b.cue).filter((cue) => !NOT_NUMBER_TARGET_BOUNDS.has(cue)),
  ...NUMBER_TARGET_WORDS,
];
