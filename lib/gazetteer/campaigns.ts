// Known campaigns: drives, competitions, reforms, projects and demonstration zones the seeds name, with the spellings
// they use. Aliases are written without quotes or spaces (matching ignores both). The merge key of an entry is
// campaignKey(name) (lib/extract/extract-campaigns.ts): quotes, spaces and generic suffixes (行动, 活动, 擂台赛, 建设 …)
// removed, so “六治六提” / 六治六提专项行动 / “六治六提”作风建设行动 are one campaign.

// Facts only: names, spellings and kinds. How a campaign is recognised in text (head words, quotes, launching verbs)
// is grammar and lives in lib/extract/campaign-grammar.ts; the gazetteer imports nothing from lib/extract.
export type CampaignKind = "drive" | "competition" | "reform" | "project" | "zone";

// `format`: the name of how a campaign is run, which several campaigns share, not a campaign of its own. 互看互学互比
// (visit, learn from, compare with each other) is the session format of both the village contests (村社比拼, 002) and the
// township contest (乡街治理大比拼, 004): a mention belongs to the competition it is held under (its host), found in the
// same sentence, else the headline, else the article (resolveCampaignFormats); only without a host is it reported alone.
export type CampaignEntry = { name: string; kind: CampaignKind; aliases?: string[]; format?: true };

export const CAMPAIGNS: readonly CampaignEntry[] = [
  // Drives (专项行动, 作风建设, provincial programmes)
  { name: "六治六提", kind: "drive", aliases: ["六治六提作风建设行动", "六治六提专项行动"] },
  { name: "六比六晒", kind: "drive", aliases: ["六比六晒活动"] },
  { name: "五水共治", kind: "drive" },
  { name: "碧水行动", kind: "drive" },
  { name: "污水零直排区建设", kind: "drive", aliases: ["污水零直排区", "城镇污水零直排区建设"] },
  { name: "两污治理", kind: "drive" },
  {
    name: "全域土地综合整治",
    kind: "drive",
    aliases: ["全域土地整治", "全域土地综合整治与生态修复", "乡村全域土地综合整治与生态修复"],
  },
  { name: "未来乡村建设", kind: "drive", aliases: ["未来乡村"] },
  { name: "未来社区建设", kind: "drive", aliases: ["未来社区"] },
  { name: "全国文明城市创建", kind: "drive", aliases: ["全国文明城市", "全国文明城市建设"] },
  { name: "双招双引", kind: "drive" },
  { name: "十大关键战", kind: "drive" },
  { name: "高耗低效企业整治", kind: "drive", aliases: ["高耗低效企业整治工作"] },
  { name: "党史学习教育", kind: "drive" },
  { name: "双百行动", kind: "drive" },
  { name: "两专工程", kind: "drive" },
  { name: "510管理工程", kind: "drive", aliases: ["村书记510管理工程"] },
  { name: "山海提升工程", kind: "drive", aliases: ["医疗卫生山海提升工程"] },
  { name: "美丽城镇建设", kind: "drive", aliases: ["美丽城镇省级样板创建", "美丽城镇"] },
  {
    name: "打造中国营商环境最优城市",
    kind: "drive",
    aliases: ["中国营商环境最优城市", "营商环境最优城市", "营商环境最优区"],
  },
  // Competitions (赛马, 比拼, 擂台赛)
  { name: "六抓六比八大竞赛", kind: "competition", aliases: ["六抓六比"] },
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
  },
  {
    name: "互看互学互比",
    kind: "competition",
    aliases: ["互看互学互比活动", "互看互学互比擂台赛", "互看互学互比现场会"],
    format: true,
  },
  { name: "两专赛马、晾晒比拼擂台赛", kind: "competition", aliases: ["两专赛马、晾晒比拼"] },
  {
    name: "乡街治理大比拼",
    kind: "competition",
    aliases: ["红色根脉强基·共同富裕引领乡街治理大比拼"],
  },
  { name: "红黑榜PK赛", kind: "competition", aliases: ["重点建设项目红黑榜PK赛活动", "红黑榜PK赛活动"] },
  // Reforms. Numbered slogans (“四维考评”, “七张问题清单”) need no entry: they are found by their form (issue #10 §3).
  { name: "大综合一体化行政执法改革", kind: "reform", aliases: ["大综合一体化"] },
  { name: "县乡一体、条抓块统改革", kind: "reform", aliases: ["县乡一体、条抓块统"] },
  { name: "放管服改革", kind: "reform", aliases: ["放、管、服"] },
  { name: "医共体建设", kind: "reform", aliases: ["医共体", "区域医共体", "县域医共体", "数字医共体"] },
  { name: "融合型大社区治理", kind: "reform" },
  // Projects (征收, 重点项目)
  {
    name: "黄家片区下刘、四都刘村房屋征收",
    kind: "project",
    aliases: ["黄家片区下刘村、四都刘村房屋征收", "下刘、四都刘村房屋征收", "下刘村、四都刘村房屋征收"],
  },
  {
    name: "宫宝宿舍地块国有土地上房屋征收",
    kind: "project",
    aliases: ["城北片区宫宝宿舍地块国有土地上房屋征收"],
  },
  { name: "1+1+9+N重点项目建设", kind: "project", aliases: ["1+1+9+N重点项目", "1+1+9+N"] },
  // Demonstration zones and flagship zones the district is building
  { name: "国家运动休闲旅游度假区", kind: "zone" },
  {
    name: "四省边际共同富裕示范区",
    kind: "zone",
    // In a district paper 共同富裕示范区 without the province's name is the district's own zone (000: 扎实推进…建设).
    aliases: ["四省边际共同富裕先行示范区", "高质量发展建设四省边际共同富裕示范区", "共同富裕先行示范区", "共同富裕示范区"],
  },
];
