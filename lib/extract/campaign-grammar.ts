// How a campaign is recognised in text (issue #10 §3): head words, launching verbs, numbered slogans, plan titles and
// the words that stop a name. Tables only; extract-campaigns.ts builds its patterns from them. The facts (known names,
// their spellings and kinds) stay in lib/gazetteer/campaigns.ts.

import type { CampaignKind } from "@/lib/gazetteer";

export type CampaignHead = { suffix: string; kind: CampaignKind };

// Head words after a quoted name (“双百”行动, “五星”支部创建, “三权分置”…等改革) or at the end of one (“碧水行动”).
// Longest first is not required: the trie takes the longest.
export const CAMPAIGN_SUFFIXES: readonly CampaignHead[] = [
  { suffix: "作风建设行动", kind: "drive" },
  { suffix: "行政执法改革", kind: "reform" },
  { suffix: "专项行动", kind: "drive" },
  { suffix: "攻坚行动", kind: "drive" },
  { suffix: "专项整治", kind: "drive" },
  { suffix: "提升工程", kind: "drive" },
  { suffix: "管理工程", kind: "drive" },
  { suffix: "房屋征收", kind: "project" },
  { suffix: "PK赛活动", kind: "competition" },
  { suffix: "百日攻坚", kind: "drive" },
  { suffix: "攻坚战", kind: "drive" },
  { suffix: "擂台赛", kind: "competition" },
  { suffix: "大比拼", kind: "competition" },
  { suffix: "示范区", kind: "zone" },
  { suffix: "PK赛", kind: "competition" },
  { suffix: "PK", kind: "competition" },
  { suffix: "行动", kind: "drive" },
  { suffix: "活动", kind: "drive" },
  { suffix: "工程", kind: "project" },
  { suffix: "攻坚", kind: "drive" },
  { suffix: "会战", kind: "drive" },
  // “挂图作战”: a battle is a drive as a 会战 is
  { suffix: "作战", kind: "drive" },
  { suffix: "改革", kind: "reform" },
  { suffix: "竞赛", kind: "competition" },
  { suffix: "比拼", kind: "competition" },
  { suffix: "创建", kind: "drive" },
  { suffix: "试点", kind: "reform" },
  // Themed years run as drives: “重点工作攻坚年”、“重大项目突破年”活动.
  { suffix: "攻坚年", kind: "drive" },
  { suffix: "突破年", kind: "drive" },
  { suffix: "提升年", kind: "drive" },
  { suffix: "落实年", kind: "drive" },
  // A quoted slogan's plan is its drive: “美丽乡村”三年行动计划 (the infix carries the years).
  { suffix: "行动计划", kind: "drive" },
  // A quoted name before 项目 is a project of that name: “小田改大田”项目, “三个一批”项目 (dev d64, d54).
  { suffix: "项目", kind: "project" },
  // a named duty system is run and checked like a drive: “门前四包”责任制, “河长”责任制
  { suffix: "责任制", kind: "drive" },
];

// A quoted name may carry its expansion in brackets before the head word: “两清”（清淤、清障）专项行动 is one drive,
// named without the expansion. Up to this many characters inside the brackets.
export const MAX_BRACKET_EXPANSION = 16;

// A quoted name of a recurring day (“周末清洁日”, “每月环境整治日”) is a drive held on that day: the quote ends in 日
// and the day recurs, by a period word inside the quote or a 每 + period / 定为 just before it.
export const RECURRING_DAY = /^[\u4e00-\u9fff]{2,10}日$/;
export const RECURRING_INSIDE = /[周月]|每[天日周月季年]/;
export const RECURRING_BEFORE = /(?:每[天日周月季年]|每周[一二三四五六日末]|定为|设为|设立|确定为)[\u4e00-\u9fff]{0,4}$/;

// A quoted numbered deployment (县委“2345”工作部署, 县委“三个三”总体要求) is the campaign of the body that issued it
// when that body is the article's own county or below; the same form owned by a higher level (省委, 市委, 中央) names
// a frame the county implements (落实省委“三个三”总体要求), which a county paper cannot follow to its end.
export const DEPLOYMENT_HEADS: readonly string[] = ["工作部署", "战略部署", "总体部署", "决策部署", "部署", "总体要求", "工作要求"];
export const OWN_OWNER = /(?:县委|县政府|区委|区政府|镇党委|乡党委|党工委|镇政府|乡政府|[县区镇乡])$/;
export const HIGHER_OWNER = /(?:党中央|中央|国务院|省委|省政府|市委|市政府|[省市])$/;
// A quoted deployment's numeral part: digits (“2345”, “1310”, “1+3”) or a numbered word (“三个三”, “一主两翼”).
// A body set up for a drive is named after it (成立滇西移民搬迁工作领导小组): when the body's front ends in one of these
// time-bound works and the same name stands elsewhere in the text (the article's subject), the name is a campaign.
export const BODY_WORDS = /^(?:工作)?(?:领导小组|指挥部)/;
export const BODY_DRIVE_TAILS = /搬迁|征收|征迁|拆迁/g;
export const BODY_DRIVE_MIN_FRONT = 2;
// the verbs that set such a body up, before its name
export const BODY_LEADS: readonly string[] = ["成立", "组建", "设立", "调整"];

// Quoted numbered mechanisms joined by + share one head (发挥“一办、五组”+“六大专班”机制作用): each quote is a
// campaign, named by the quote alone (tests/gold/README.md, Campaigns).
export const JOINED_MECHANISM_HEADS: readonly string[] = ["机制", "模式", "体系"];
export const DEPLOYMENT_NUMBER = /^(?:[0-9][0-9+]{0,7}|[一二两三四五六七八九十][\u4e00-\u9fff]{1,5})$/;

// Up to this many characters may stand between a quoted name and its head word (“红手印”志愿服务活动, “五星”支部创建);
// none of them may be a function word (“X”的改革, “X”为抓手推进改革 are not names).
export const MAX_SUFFIX_INFIX = 4;
// Heads that make a name only of a short quote without 的: “平原地区最具规模的新农村典型建设”项目 quotes a praise.
export const SHORT_NAME_HEADS: ReadonlyMap<string, number> = new Map([["项目", 8]]);
export const INFIX_BREAKERS: ReadonlySet<string> = new Set([..."的和与及为在以把将是等了对向从到"]);

// Unquoted names need a verb that launches or carries a campaign right before them (推进服务供给侧改革,
// 实施农房整治和风貌提升工程, 打好城中村改造攻坚战), and one of the stricter head words below.
export const CAMPAIGN_TRIGGERS: readonly string[] = [
  "实施", "推进", "深化", "开展", "围绕", "启动", "探索", "推动", "抓好", "抓实", "争创", "创建", "打好", "打赢",
  "举办", "掀起", "全力", "结合", "开展了", "实施了", "启动了", "推进了",
  // 进行公路路产清缴行动, 决战脱贫攻坚, 决胜脱贫攻坚战
  "进行", "决战", "决胜",
];
// A launching verb that is the tail of a longer word after one of these characters is not that verb: 推进行政…, 促进行…
export const TRIGGER_TAIL_OF: ReadonlyMap<string, string> = new Map([["进行", "推促先引改"]]);
// `minHead`: characters the name needs before the head word (重大改革, 各项改革 are too generic); 百日攻坚 names a
// drive by itself once a launching verb leads it (开展项目建设百日攻坚).
export const UNQUOTED_SUFFIXES: readonly (CampaignHead & { minHead?: number })[] = [
  { suffix: "示范区建设", kind: "zone" },
  // a pilot of a reform is one name: 宅基地使用权延期20年改革试点 (not 改革 + a stray 试点)
  { suffix: "改革试点", kind: "reform" },
  { suffix: "专项行动", kind: "drive" },
  { suffix: "攻坚行动", kind: "drive" },
  { suffix: "整治行动", kind: "drive" },
  { suffix: "专项整治", kind: "drive" },
  { suffix: "专项斗争", kind: "drive" },
  { suffix: "提升工程", kind: "drive" },
  { suffix: "百日攻坚", kind: "drive", minHead: 0 },
  { suffix: "房屋征收", kind: "project" },
  { suffix: "示范区", kind: "zone" },
  { suffix: "擂台赛", kind: "competition" },
  { suffix: "大比拼", kind: "competition" },
  // 打好脱贫攻坚战: two characters name the front, as for 保卫战
  { suffix: "攻坚战", kind: "drive", minHead: 2 },
  { suffix: "改革", kind: "reform" },
  { suffix: "工程", kind: "project" },
  { suffix: "试点", kind: "reform" },
  { suffix: "竞赛", kind: "competition" },
  { suffix: "会战", kind: "drive" },
  { suffix: "创建", kind: "drive" },
  { suffix: "行动", kind: "drive" },
  // 推进小城镇环境综合整治, 开展违法建筑专项整治: the name needs four characters before a bare 整治 (环境整治 is an area).
  { suffix: "综合整治", kind: "drive" },
  { suffix: "整治", kind: "drive", minHead: 4 },
  { suffix: "攻坚年", kind: "drive" },
  { suffix: "突破年", kind: "drive" },
  // 打赢蓝天保卫战, 碧水保卫战: two characters name the front.
  { suffix: "保卫战", kind: "drive", minHead: 2 },
];
// Name length bounds (characters before the head word).
export const UNQUOTED_MIN_HEAD = 3;
export const UNQUOTED_MAX_HEAD = 16;
// Leading words that belong to the sentence, not the name (推进全区…, 深化我区…).
export const UNQUOTED_LEADS: readonly string[] = [
  "全区", "全市", "全省", "我区", "全面", "深入", "持续", "加快", "此次", "这次", "本次", "今年", "当前",
  // quantifiers over kinds of work: 各种环境整治 is an area of work, not one drive
  "各种", "各类", "相关", "更多",
  // the place the sentence is about: 该镇小城镇环境综合整治, 全县污染防治攻坚战
  "该镇", "该县", "该区", "该市", "该村", "该乡", "全县", "全镇", "全乡", "全村", "我县", "我市", "我镇",
  // a demonstrative: 这场攻坚战, 一场保卫战 name no front
  "这场", "一场", "这一",
];

// Unquoted numbered names with a head word (五清行动, 三清三拆行动, 两违整治): a numeral (not the indefinite 一), one to
// three words, and the head. A measure word after the numeral makes it a count (三项行动, 两个工程, 八大工程).
export const NUMBERED_NAME_HEADS: readonly CampaignHead[] = [
  { suffix: "专项行动", kind: "drive" },
  { suffix: "攻坚行动", kind: "drive" },
  { suffix: "行动", kind: "drive" },
  { suffix: "工程", kind: "project" },
  { suffix: "攻坚", kind: "drive" },
  { suffix: "整治", kind: "drive" },
  { suffix: "会战", kind: "drive" },
  { suffix: "改革", kind: "reform" },
  { suffix: "竞赛", kind: "competition" },
  { suffix: "创建", kind: "drive" },
];
export const NUMBERED_NAME_NUMERALS = "二两双三四五六七八九十百千";
export const NUMBERED_NAME_NOT_SECOND = "个大方点次年项条类种批支场轮位名家户人件日月天周届期成倍";
// A reform named only by a direction (数字化改革, 市场化改革, 卫生健康数字化改革: unquoted, the front ends in a -化
// abstraction) is a national policy frame, not a drive a county paper reports progress on (tests/gold/README.md,
// session 6); a local drive under it has a name of its own (数字化改革“一件事”, “大综合一体化”行政执法改革).
export const DIRECTION_FRONT = /化$/;
export const DIRECTION_HEADS: ReadonlySet<string> = new Set(["改革"]);
// 改造 after a manner, a quality or facilities in general names a way of working, not what is rebuilt (提升改造,
// 环境品质改造, 园区基础设施改造).
export const MANNER_FRONT = /(?:提升|优化|环境|品质|升级|提质|技术|改建|整治|设施)$/;
export const MANNER_HEADS: ReadonlySet<string> = new Set(["改造"]);
// Heads that say which area, not which drive (推进体制机制改革, 深化重点领域改革).
export const UNQUOTED_GENERIC_HEADS: ReadonlySet<string> = new Set([
  "体制机制", "重点领域", "关键领域", "重点环节", "关键环节", "各个领域", "各方面", "一系列", "重点项目", "重大项目",
]);

// Implementation plans name a drive: 《柯城区打造中国营商环境最优城市2022年实施方案》 → 打造中国营商环境最优城市.
// An action plan (行动计划) is a plan of many things, not one drive.
export const PLAN_TITLE_SUFFIXES: readonly string[] = ["实施方案", "工作方案", "行动方案"];
// Stripped from the front of a plan's subject, repeatedly: issuer, 关于, 加快推进.
export const PLAN_TITLE_LEADS: readonly string[] = [
  "衢州市柯城区", "柯城区", "衢州市", "关于", "进一步", "加快推进", "加快", "推进", "全面", "深入",
];

// A head word followed by one of these is part of another word (行动队, 行动计划, 活动室, 活动中心, 体系化).
export const SUFFIX_BLOCKERS: ReadonlySet<string> = new Set([..."队员组者计划方案室站中场化"]);

// Suffixes removed from a name to make its merge key (longest first, repeatedly).
export const KEY_SUFFIXES: readonly string[] = [
  "作风建设行动", "行政执法改革", "专项行动", "攻坚行动", "提升工程", "管理工程", "工作体系", "PK赛活动", "攻坚战", "攻坚",
  "擂台赛", "现场会", "行动计划", "行动", "活动", "改革", "体系", "竞赛", "建设", "创建", "工作", "工程", "专项",
  // a duty system and a deployment are named by their quote: “门前四包”责任制, 县委“2345”工作部署
  "责任制", "部署",
  // one drive written “X区”建设 and “X”创建: the zone word goes last
  "区",
];

// Quoted phrases that look like campaigns by their head word or their numerals but are slogans, brands, apps, teams
// or political formulas.
export const CAMPAIGN_STOP_LIST: ReadonlySet<string> = new Set([
  "衢州有礼", "红色娘子军", "邻礼通", "两勤", "两专", "一件事", "电瓶车一件事", "蔬菜自由", "菜篮子", "金名片", "金招牌",
  "比学赶超", "全年红", "全面红", "擂台赛", "擂主", "打擂", "志愿红", "第一仗",
  // numbered formulas that name people, plans or qualities, not drives
  "两代表一委员", "两勤两专", "十四五", "十三五", "十五五", "保三争二拼第一",
]);

// Numbered slogans (“六治六提”, “四维考评”, “两进两回”, “七张问题清单”, “五水共治”): a short quote that opens with a
// numeral and is not a count. Numerals a slogan may open with; 百 only as 百日 (百日攻坚 is a head word).
export const SLOGAN_NUMERALS = "一二两双三四五六七八九十";
export const SLOGAN_MIN = 4;
export const SLOGAN_MAX = 8;
// The second character that makes the quote a count or a set, not a slogan: “两个确立”, “三大战略平台”, “四个一”.
export const SLOGAN_NOT_SECOND = "个大方点次年";
// Words of speech that make a quote a sentence, not a slogan (“七里有块地”: 七里 is a place and 有 a verb).
export const SLOGAN_SPEECH_CHARS = "有是在了的我你他她们吗呢吧啊要把被";

// A drive named before a meeting held for it: 在全区污染防治攻坚大会上, 召开小城镇环境综合整治推进会. The head word
// must end the name right before the meeting word; the name starts after one of MEETING_OPENERS or a breaker.
export const MEETING_WORDS: readonly string[] = [
  "誓师大会", "推进大会", "动员大会", "工作会议", "推进会", "动员会", "部署会", "现场会", "大会",
];
// A name used as the occasion or lever of other work is framed the same way: 以全国农村集体产权制度改革试点为契机.
export const FRAME_FOLLOWERS: readonly string[] = ["为契机", "为抓手", "为载体", "为突破口"];
export const MEETING_OPENERS: readonly string[] = ["召开", "举行", "举办", "参加", "出席", "以"];
// Head words that make a name before a meeting word (a meeting for 重点工作 names no drive).
export const MEETING_HEADS: readonly CampaignHead[] = [
  { suffix: "攻坚战", kind: "drive" },
  { suffix: "攻坚", kind: "drive" },
  { suffix: "综合整治", kind: "drive" },
  { suffix: "专项整治", kind: "drive" },
  { suffix: "整治", kind: "drive" },
  { suffix: "专项行动", kind: "drive" },
  { suffix: "行动", kind: "drive" },
  { suffix: "创建", kind: "drive" },
  { suffix: "会战", kind: "drive" },
  { suffix: "改革", kind: "reform" },
  { suffix: "试点", kind: "reform" },
  // 召开农村危房改造推进会: a programme named by what it rebuilds (not by a manner: 提升改造, 环境改造). Only before a
  // meeting: led by a verb (实施城区主次干道路灯改造) it took the follow-ups' goal away from its later report (the
  // report names the work without a launching verb, so goal and report no longer shared a subject): s9-goals
  { suffix: "改造", kind: "project" },
];

// Head words specific enough to name a drive with no launching verb before it (该镇小城镇环境综合整治通过验收,
// 污染防治攻坚战取得成效): the name runs back to a breaker, a launching verb or one of NAME_OPENERS.
export const STRONG_HEADS: readonly (CampaignHead & { minHead?: number })[] = [
  { suffix: "专项行动", kind: "drive" },
  { suffix: "攻坚行动", kind: "drive" },
  { suffix: "整治行动", kind: "drive" },
  { suffix: "三年行动", kind: "drive" },
  { suffix: "专项整治", kind: "drive" },
  { suffix: "综合整治", kind: "drive" },
  { suffix: "专项斗争", kind: "drive" },
  { suffix: "提升工程", kind: "drive" },
  { suffix: "攻坚战", kind: "drive", minHead: 2 },
  { suffix: "百日攻坚", kind: "drive" },
  { suffix: "保卫战", kind: "drive", minHead: 2 },
  // 党的群众路线教育实践活动, 全国农村集体产权制度改革试点, 农村垃圾分类试点工作
  { suffix: "教育实践活动", kind: "drive" },
  { suffix: "改革试点", kind: "reform", minHead: 4 },
  { suffix: "试点", kind: "reform", minHead: 4 },
  // a zone set up to try a policy is a pilot by place: 城乡融合发展试验区
  { suffix: "试验区", kind: "zone", minHead: 4 },
  // a model village or household programme: 美丽庭院示范户建设, 垃圾分类示范村创建
  { suffix: "示范户建设", kind: "drive", minHead: 2 },
  { suffix: "示范村建设", kind: "drive", minHead: 2 },
  { suffix: "示范村创建", kind: "drive", minHead: 2 },
  // a themed year's drive: 稳投资扩内需项目年行动
  { suffix: "年行动", kind: "drive", minHead: 4 },
  // a works project named by what it builds (S201甲镇至乙镇段道路拓宽工程, 某村饮水改造工程, 水库移民安置工程): the verb
  // before 工程 says the project is a concrete work; a bare 工程 (民心工程, 系统工程) names none
  { suffix: "改建工程", kind: "project" },
  { suffix: "改造工程", kind: "project" },
  { suffix: "拓宽工程", kind: "project" },
  { suffix: "安置工程", kind: "project" },
  { suffix: "治理工程", kind: "project" },
  { suffix: "饮水工程", kind: "project" },
  { suffix: "供水工程", kind: "project" },
  // the other works verbs: 改扩建, 重建, 加固, 续建, 修复, 维修, 硬化, 引水
  { suffix: "扩建工程", kind: "project" },
  { suffix: "重建工程", kind: "project" },
  { suffix: "加固工程", kind: "project" },
  { suffix: "续建工程", kind: "project" },
  { suffix: "修复工程", kind: "project" },
  { suffix: "维修工程", kind: "project" },
  { suffix: "硬化工程", kind: "project" },
  { suffix: "引水工程", kind: "project" },
  // 农村集体产权制度改革, 医药卫生体制改革: a reform named by the system it changes
  { suffix: "制度改革", kind: "reform", minHead: 4 },
  { suffix: "体制改革", kind: "reform", minHead: 4 },
];
// A bare 工程 names a works project only when its front locates it: a route code (S201, 318国道), a section (…段), a
// phase (…三期), a named reservoir or irrigation district, or a village (+ group); 排水工程, 民心工程 locate nothing.
// (A town is left out: 镇 opens city names too, 镇江市高速公路工程.)
export const WORKS_HEAD = "工程";
// A located works name may run longer than other names: 国道227线西宁至大通段公路沿线绿化美化工程.
export const WORKS_MAX_HEAD = 24;
export const WORKS_LOCATOR =
  /[A-Z]\d{1,4}|\d{2,4}[国省县乡]道|[国省县乡]道\d{1,4}线?|段|[一二三四五六七八九十\d]期$|[\u4e00-\u9fff]{2}(?:水库|灌区)|(?<![农乡城山边])村(?:[一二三四五六七八九十]组)?/;
// A front that opens with a count (60个村美化工程, 13条农村公路改造升级工程): the count is an indicator and what follows
// a kind of work, not one project's name.
export const COUNTED_FRONT = /^(?:\d+|[一二两三四五六七八九十百千]+)[个条座所家项处户批]/;

// A programme named by the run-down thing it rebuilds (背街小巷改造, 危旧房改造, 农村危房改造, 棚户区改造, 老旧小区改造):
// the object opens with a condition word; its abbreviation X改 (棚改, 危改) is the object's first character + 改.
export const REBUILD_HEAD = "改造";
export const REBUILD_OBJECT = /^(?:农村|城镇|城市|城区)?(?:危|旧|老旧|破旧|棚户|背街|城中村)[\u4e00-\u9fff]{0,4}$/;
export const REBUILD_ABBREVIATION_TAIL = "改";

// Designations a place works toward (创建省级森林城镇, 争创国家卫生县城, 国家级卫生镇创建考核): a level or a quality word
// and a kind of place, after a 创建 verb or before 创建.
// 打造成/申报 + a designation is the same drive (打造成市级美丽乡村示范村, 申报省级森林乡村示范村); not 建成, which reports a
// title won (建成省级乡村振兴先进镇…各1个, dev d34).
export const DESIGNATION_VERBS: readonly string[] = ["创建", "争创", "创成", "争创成", "打造成", "申报"];
export const DESIGNATION_PLACE = /(?:城市|城镇|县城|乡镇|街道|社区|[县镇乡村市])$/;
export const DESIGNATION_MARK = /^(?:国家级|国家|全国|省级|市级|县级)|示范|强|名|卫生|文明|园林|森林|生态/;
export const DESIGNATION_MAX = 12;
// Words that may follow a designation and are not part of it (创建国家卫生镇工作, 国家卫生县城创建标准).
export const DESIGNATION_TAILS: readonly string[] = ["工作", "创建", "考核", "标准", "活动", "为", "的", "和", "及", "、"];
// 创文创卫, 创卫创园: two drives toward designations named by the first character of their quality word.
export const DESIGNATION_QUALITIES: readonly string[] = ["文明", "卫生", "园林", "森林", "生态"];

// N件实事, 十大民生实事: a government's yearly list of works, named by its count (unquoted).
export const YEARLY_LIST = /(?:[一二两三四五六七八九十百]{1,4}|\d{1,3})[件项大](?:民生|为民)?实事(?:工程|项目)?/g;

// A short quoted numeral word before one of these heads is a mechanism of that name: “四色”预警, “三色”管理.
export const NUMBERED_QUOTE_HEADS: readonly string[] = ["预警", "管理"];

// Events named with 活动 are not drives: a celebration, a get-together, a writers' tour (迎元旦座谈联谊活动,
// “某某行”采风活动).
export const EVENT_WORDS = /座谈|联谊|采风|联欢|庆祝|庆典|晚会|演出|慰问|拜年|拜大年|纪念|周年/;
// A quoted numbered slogan right before a facility names the facility's kind, not a drive (“五位一体”便民服务站).
export const FACILITY_TAIL = /^[\u4e00-\u9fff]{0,6}(?:站|中心|室|馆|所|大厅|基地|窗口)(?![\u4e00-\u9fff])/;
// An environment area with a bare 整治 is an area of work, not a drive (农村人居环境整治, 城乡环境整治).
export const ENVIRONMENT_AREA = /^(?:农村|城乡|城市|乡村|全域)?[\u4e00-\u9fff]{0,2}环境$/;

// A head word right after a count of a set (国家三大攻坚战, 八大攻坚行动) names the set, not one drive.
export const SET_HEAD_TAIL = /[一二两三四五六七八九十]大$/;
// A set named by its count after a list of its members (深入实施生态农业提效、和美乡村提质、…党建领富提级“八大行动”,
// dev d66): each member is a drive of the set's head word, read only when the list has as many items as the count says.
export const SET_MEMBER_HEADS: readonly CampaignHead[] = [
  { suffix: "攻坚行动", kind: "drive" },
  { suffix: "专项行动", kind: "drive" },
  { suffix: "行动", kind: "drive" },
  { suffix: "工程", kind: "project" },
  { suffix: "攻坚", kind: "drive" },
  { suffix: "改革", kind: "reform" },
  { suffix: "会战", kind: "drive" },
  { suffix: "竞赛", kind: "competition" },
];
export const SET_MEMBER_MIN = 2;
export const SET_MEMBER_MAX = 10;

// Verbs and adverbs that open a clause, never a name: 加大城乡环境综合整治 names 城乡环境综合整治.
export const NAME_OPENERS: readonly string[] = [
  "加大", "加强", "做好", "完成", "通过", "参与", "参加", "落实", "坚持", "进行", "组织", "强化", "聚焦", "统筹", "助力",
  "纳入", "列入", "作为", "按照", "根据", "结合", "依托", "借助", "通过", "打好", "打赢", "决胜", "在", "以", "与", "和",
  "及", "对", "将", "成为", "列为", "入选", "争取",
  // verbs of obtaining a designation: 获批省级…试验区, 申报国家…试点
  "获批", "获评", "申报",
];

// Enumerations: a list item beside a campaign (围绕“三改一拆”、“五水共治”、无违建市创建、小城镇环境综合整治、美丽庭院建设等)
// is a campaign when it ends in a head word, or when it is a bare numbered pair (五水共治、四边三化工作后). Beside a
// campaign 建设 is a head word too (美丽庭院建设), with at least four characters before it.
export const ENUMERATION_HEADS: readonly (CampaignHead & { minHead?: number })[] = [
  ...UNQUOTED_SUFFIXES,
  { suffix: "建设", kind: "drive", minHead: 4 },
];
// Words after the last item that belong to the sentence (…专项行动组合拳, …四边三化工作后, …等建设热潮).
export const ENUMERATION_TAILS: readonly string[] = ["组合拳", "工作后", "工作", "等"];
// Four-character idioms shaped like a numbered pair (三心二意) are never drives.
export const NUMBERED_PAIR_IDIOMS: ReadonlySet<string> = new Set([
  "三心二意", "三言两语", "三番五次", "三令五申", "三五成群", "四面八方", "四通八达", "五湖四海", "五颜六色", "七上八下",
  "七嘴八舌", "七手八脚", "十全十美", "一五一十", "一心一意", "一模一样", "三三两两", "六神无主", "九九归一",
]);
