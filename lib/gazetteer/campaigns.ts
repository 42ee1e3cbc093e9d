// Known campaigns: drives, competitions, reforms, projects and demonstration zones the seeds name, with the spellings
// they use. Aliases are written without quotes or spaces (matching ignores both). The merge key of an entry is
// campaignKey(name) (lib/extract/extract-campaigns.ts): quotes, spaces and generic suffixes (行动, 活动, 擂台赛, 建设 …)
// removed, so “六治六提” / 六治六提专项行动 / “六治六提”作风建设行动 are one campaign.

import type { ExtractedCampaign } from "@/lib/extract/types";

export type CampaignKind = NonNullable<ExtractedCampaign["kind"]>;

export type CampaignEntry = { name: string; kind: CampaignKind; aliases?: string[]; seen?: string };

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
  { name: "七张问题清单", kind: "drive", seen: "001" },
  { name: "高耗低效企业整治", kind: "drive", aliases: ["高耗低效企业整治工作"], seen: "002 004" },
  { name: "党史学习教育", kind: "drive", seen: "003" },
  { name: "双百行动", kind: "drive", seen: "003" },
  { name: "两专工程", kind: "drive", seen: "003" },
  { name: "510管理工程", kind: "drive", aliases: ["村书记510管理工程"], seen: "003" },
  { name: "山海提升工程", kind: "drive", aliases: ["医疗卫生山海提升工程"], seen: "003" },
  { name: "美丽城镇建设", kind: "drive", aliases: ["美丽城镇省级样板创建", "美丽城镇"], seen: "003" },
  // Competitions (赛马, 比拼, 擂台赛)
  { name: "六抓六比八大竞赛", kind: "competition", aliases: ["六抓六比"], seen: "000" },
  {
    name: "村社比拼擂台赛",
    kind: "competition",
    aliases: ["村社比拼", "村社擂台赛", "村社比拼、固本强基擂台赛", "村社比拼、固本强基"],
    seen: "002",
  },
  {
    name: "互看互学互比",
    kind: "competition",
    aliases: [
      "互看互学互比活动",
      "互看互学互比擂台赛",
      "互看互学互比现场会",
      "村村互看互学互比擂台赛",
      "领雁强基·亮剑比拼村村互看互学互比擂台赛",
    ],
    seen: "002 004",
  },
  { name: "两专赛马、晾晒比拼擂台赛", kind: "competition", aliases: ["两专赛马、晾晒比拼"], seen: "004" },
  {
    name: "乡街治理大比拼",
    kind: "competition",
    aliases: ["红色根脉强基·共同富裕引领乡街治理大比拼"],
    seen: "004",
  },
  { name: "红黑榜PK赛", kind: "competition", aliases: ["重点建设项目红黑榜PK赛活动", "红黑榜PK赛活动"], seen: "003" },
  // Reforms and systems
  { name: "大综合一体化行政执法改革", kind: "reform", aliases: ["大综合一体化"], seen: "001" },
  { name: "数字化改革", kind: "reform", seen: "000 001 002 003 004" },
  { name: "县乡一体、条抓块统改革", kind: "reform", aliases: ["县乡一体、条抓块统"], seen: "004" },
  { name: "四维考评体系", kind: "reform", aliases: ["四维考评"], seen: "004" },
  { name: "141体系", kind: "reform", seen: "000" },
  { name: "152体系", kind: "reform", seen: "000" },
  { name: "放管服改革", kind: "reform", aliases: ["放、管、服"], seen: "002" },
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
  // Demonstration zones
  {
    name: "四省边际共同富裕示范区",
    kind: "zone",
    aliases: ["四省边际共同富裕先行示范区", "高质量发展建设四省边际共同富裕示范区", "共同富裕先行示范区"],
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
  { suffix: "工作体系", kind: "reform" },
  { suffix: "PK赛活动", kind: "competition" },
  { suffix: "攻坚战", kind: "drive" },
  { suffix: "擂台赛", kind: "competition" },
  { suffix: "大比拼", kind: "competition" },
  { suffix: "示范区", kind: "zone" },
  { suffix: "PK赛", kind: "competition" },
  { suffix: "行动", kind: "drive" },
  { suffix: "活动", kind: "drive" },
  { suffix: "工程", kind: "project" },
  { suffix: "改革", kind: "reform" },
  { suffix: "体系", kind: "reform" },
  { suffix: "竞赛", kind: "competition" },
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
  "比学赶超", "全年红", "全面红", "擂台赛", "擂主", "打擂", "红手印", "志愿红", "第一仗",
]);
