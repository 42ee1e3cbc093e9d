// Known campaigns: drives, competitions, reforms, projects and demonstration zones the seeds name, with the spellings
// they use. Aliases are written without quotes or spaces (matching ignores both). The merge key of an entry is
// campaignKey(name) (lib/extract/extract-campaigns.ts): quotes, spaces and generic suffixes (行动, 活动, 擂台赛, 建设 …)
// removed, so “六治六提” / 六治六提专项行动 / “六治六提”作风建设行动 are one campaign.

import type { ExtractedCampaign } from "@/lib/extract/types";

export type CampaignKind = NonNullable<ExtractedCampaign["kind"]>;

// `format`: the name of how a campaign is run, which several campaigns share, not a campaign of its own. 互看互学互比
// (visit, learn from, compare with each other) is the session format of both the village contests (村社比拼, 002) and the
// township contest (乡街治理大比拼, 004): a mention belongs to the competition it is held under (its host), found in the
// same sentence, else the headline, else the article (resolveCampaignFormats); only without a host is it reported alone.
export type CampaignEntry = { name: string; kind: CampaignKind; aliases?: string[]; seen?: string; format?: true };

export const CAMPAIGNS: readonly CampaignEntry[] = [
  // Drives (专项行动, 作风建设, provincial programmes)
  { name: "六治六提", kind: "drive", aliases: ["六治六提作风建设行动", "六治六提专项行动"], seen: "002 004" },
  { name: "六比六晒", kind: "drive", aliases: ["六比六晒活动"], seen: "002 004" },
  { name: "五水共治", kind: "drive", seen: "000" },
  { name: "碧水行动", kind: "drive", seen: "000" },
  { name: "污水零直排区建设", kind: "drive", aliases: ["污水零直排区", "城镇污水零直排区建设"], seen: "000" },
  { name: "两污治理", kind: "drive", seen: "000" },
  {
    name: "全域土地综合整治",
    kind: "drive",
    aliases: ["全域土地整治", "全域土地综合整治与生态修复", "乡村全域土地综合整治与生态修复"],
    seen: "000 003",
  },
  { name: "未来乡村建设", kind: "drive", aliases: ["未来乡村"], seen: "000 003" },
  { name: "未来社区建设", kind: "drive", aliases: ["未来社区"], seen: "000 003" },
  { name: "全国文明城市创建", kind: "drive", aliases: ["全国文明城市", "全国文明城市建设"], seen: "000" },
  { name: "双招双引", kind: "drive", seen: "001" },
  { name: "十大关键战", kind: "drive", seen: "001" },
  { name: "高耗低效企业整治", kind: "drive", aliases: ["高耗低效企业整治工作"], seen: "002 004" },
  { name: "党史学习教育", kind: "drive", seen: "003" },
  { name: "双百行动", kind: "drive", seen: "003" },
  { name: "两专工程", kind: "drive", seen: "003" },
  { name: "510管理工程", kind: "drive", aliases: ["村书记510管理工程"], seen: "003" },
  { name: "山海提升工程", kind: "drive", aliases: ["医疗卫生山海提升工程"], seen: "003" },
  { name: "美丽城镇建设", kind: "drive", aliases: ["美丽城镇省级样板创建", "美丽城镇"], seen: "003" },
  {
    name: "打造中国营商环境最优城市",
    kind: "drive",
    aliases: ["中国营商环境最优城市", "营商环境最优城市", "营商环境最优区"],
    seen: "002",
  },
  // Competitions (赛马, 比拼, 擂台赛)
  { name: "六抓六比八大竞赛", kind: "competition", aliases: ["六抓六比"], seen: "000" },
  {
    name: "村社比拼擂台赛",
    kind: "competition",
    // A village-level (村社, 村村) 互看互学互比 session is by definition one of these contests.
    aliases: [
      "村社比拼",
      "村社擂台赛",
      "村社比拼、固本强基擂台赛",
      "村社比拼、固本强基",
      "村社互看互学互比",
      "村村互看互学互比擂台赛",
      "领雁强基·亮剑比拼村村互看互学互比擂台赛",
    ],
    seen: "002",
  },
  {
    name: "互看互学互比",
    kind: "competition",
    aliases: ["互看互学互比活动", "互看互学互比擂台赛", "互看互学互比现场会"],
    seen: "002 004",
    format: true,
  },
  { name: "两专赛马、晾晒比拼擂台赛", kind: "competition", aliases: ["两专赛马、晾晒比拼"], seen: "004" },
  {
    name: "乡街治理大比拼",
    kind: "competition",
    aliases: ["红色根脉强基·共同富裕引领乡街治理大比拼"],
    seen: "004",
  },
  { name: "红黑榜PK赛", kind: "competition", aliases: ["重点建设项目红黑榜PK赛活动", "红黑榜PK赛活动"], seen: "003" },
  // Reforms. Systems, evaluation tools and problem lists (“141”体系, “152”体系, “四维考评”体系, “七张问题清单”) are the
  // machinery campaigns run on, not campaigns: a supervisor cannot track them as drives with targets.
  { name: "大综合一体化行政执法改革", kind: "reform", aliases: ["大综合一体化"], seen: "001" },
  { name: "数字化改革", kind: "reform", seen: "000 001 002 003 004" },
  { name: "县乡一体、条抓块统改革", kind: "reform", aliases: ["县乡一体、条抓块统"], seen: "004" },
  { name: "放管服改革", kind: "reform", aliases: ["放、管、服"], seen: "002" },
  { name: "医共体建设", kind: "reform", aliases: ["医共体", "区域医共体", "县域医共体", "数字医共体"], seen: "003" },
  { name: "融合型大社区治理", kind: "reform", seen: "002" },
  // Projects (征收, 重点项目)
  {
    name: "黄家片区下刘、四都刘村房屋征收",
    kind: "project",
    aliases: ["黄家片区下刘村、四都刘村房屋征收", "下刘、四都刘村房屋征收", "下刘村、四都刘村房屋征收"],
    seen: "000",
  },
  {
    name: "宫宝宿舍地块国有土地上房屋征收",
    kind: "project",
    aliases: ["城北片区宫宝宿舍地块国有土地上房屋征收"],
    seen: "001",
  },
  { name: "1+1+9+N重点项目建设", kind: "project", aliases: ["1+1+9+N重点项目", "1+1+9+N"], seen: "000" },
  // Demonstration zones and flagship zones the district is building
  { name: "国家运动休闲旅游度假区", kind: "zone", seen: "000 003" },
  {
    name: "四省边际共同富裕示范区",
    kind: "zone",
    // In a district paper 共同富裕示范区 without the province's name is the district's own zone (000: 扎实推进…建设).
    aliases: ["四省边际共同富裕先行示范区", "高质量发展建设四省边际共同富裕示范区", "共同富裕先行示范区", "共同富裕示范区"],
    seen: "000 001 003",
  },
];

// Patterns: a quoted phrase followed by one of these (“双百”行动, “141”体系, “三权分置”…等改革), or a quoted phrase that
// ends in one (“碧水行动”), is a campaign of that kind. Longest suffix first.
export const CAMPAIGN_SUFFIXES: readonly { suffix: string; kind: CampaignKind }[] = [
  { suffix: "作风建设行动", kind: "drive" },
  { suffix: "行政执法改革", kind: "reform" },
  { suffix: "专项行动", kind: "drive" },
  { suffix: "攻坚行动", kind: "drive" },
  { suffix: "提升工程", kind: "drive" },
  { suffix: "管理工程", kind: "drive" },
  { suffix: "PK赛活动", kind: "competition" },
  { suffix: "攻坚战", kind: "drive" },
  { suffix: "擂台赛", kind: "competition" },
  { suffix: "大比拼", kind: "competition" },
  { suffix: "示范区", kind: "zone" },
  { suffix: "PK赛", kind: "competition" },
  { suffix: "PK", kind: "competition" },
  { suffix: "行动", kind: "drive" },
  { suffix: "活动", kind: "drive" },
  { suffix: "工程", kind: "project" },
  { suffix: "改革", kind: "reform" },
  { suffix: "竞赛", kind: "competition" },
  { suffix: "试点", kind: "reform" },
];

// Up to this many characters may stand between a quoted name and its suffix (“红手印”志愿服务活动, “山海”提升工程);
// none of them may be a function word (“X”的改革, “X”为抓手推进改革 are not names).
export const MAX_SUFFIX_INFIX = 4;
export const INFIX_BREAKERS: ReadonlySet<string> = new Set([..."的和与及为在以把将是等了对向从到"]);

// Unquoted names need a verb that launches or carries a campaign right before them (推进服务供给侧改革,
// 实施农房整治和风貌提升工程, 围绕公立医院综合改革), and one of the stricter suffixes below.
export const CAMPAIGN_TRIGGERS: readonly string[] = [
  "实施", "推进", "深化", "开展", "围绕", "启动", "探索", "推动", "抓好", "抓实", "争创", "创建",
];
export const UNQUOTED_SUFFIXES: readonly { suffix: string; kind: CampaignKind }[] = [
  { suffix: "示范区建设", kind: "zone" },
  { suffix: "专项行动", kind: "drive" },
  { suffix: "攻坚行动", kind: "drive" },
  { suffix: "整治行动", kind: "drive" },
  { suffix: "专项斗争", kind: "drive" },
  { suffix: "提升工程", kind: "drive" },
  { suffix: "示范区", kind: "zone" },
  { suffix: "擂台赛", kind: "competition" },
  { suffix: "大比拼", kind: "competition" },
  { suffix: "改革", kind: "reform" },
  { suffix: "工程", kind: "project" },
  { suffix: "试点", kind: "reform" },
  { suffix: "竞赛", kind: "competition" },
  { suffix: "创建", kind: "drive" },
  { suffix: "行动", kind: "drive" },
];
// Name length bounds (characters before the suffix): 重大改革 or 各项改革 are too generic to be names.
export const UNQUOTED_MIN_HEAD = 3;
export const UNQUOTED_MAX_HEAD = 16;
// Leading words that belong to the sentence, not the name (推进全区…, 深化我区…).
export const UNQUOTED_LEADS: readonly string[] = ["全区", "全市", "全省", "我区", "全面", "深入", "持续", "加快"];
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

// A suffix followed by one of these is part of another word (行动队, 行动计划, 活动室, 体系化).
export const SUFFIX_BLOCKERS: ReadonlySet<string> = new Set([..."队员组者计划方案室站中场化"]);

// Suffixes removed from a name to make its merge key (longest first, repeatedly).
export const KEY_SUFFIXES: readonly string[] = [
  "作风建设行动", "行政执法改革", "专项行动", "攻坚行动", "提升工程", "管理工程", "工作体系", "PK赛活动", "攻坚战",
  "擂台赛", "现场会", "行动", "活动", "改革", "体系", "竞赛", "建设", "创建", "工作", "工程", "专项",
];

// Quoted phrases that look like campaigns by their suffix but are slogans, brands, apps or teams.
export const CAMPAIGN_STOP_LIST: ReadonlySet<string> = new Set([
  "衢州有礼", "红色娘子军", "邻礼通", "两勤", "两专", "一件事", "电瓶车一件事", "蔬菜自由", "菜篮子", "金名片", "金招牌",
  "比学赶超", "全年红", "全面红", "擂台赛", "擂主", "打擂", "志愿红", "第一仗",
]);
