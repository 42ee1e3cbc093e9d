// Subject tokens: the words that say which project, place or drive a goal or a later sentence is about. The same
// function reads both sides, so two spellings of one project meet on a shared token: 黄家片区下刘、四都刘村房屋征收 and
// 下刘、四都刘村征收项目 both give 下刘 and 四都刘; 城北宫宝宿舍地块 and 宫宝宿舍地块征收项目 both give 宫宝宿舍.
// Strong tokens (villages, communities, named sites) pick one project; weak ones (townships, areas) only narrow.
// They also key the candidate index (GoalKey / ArticleKey tables), so linking compares a goal only with material
// that shares one of its strong tokens or its campaign. Pure.

import { extractPlaces } from "../extract";

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

export function quotedNames(text: string): string[] {
  return [...text.matchAll(QUOTED)].map((m) => m[1].trim()).filter((name) => name.length >= 2 && !/[，。；,]/.test(name));
}

// 下刘村 → 下刘, 荷花街道 stays (weak), 黄家片区 → 黄家片区 (an area is weak).
function placeToken(name: string): string {
  return name.replace(/(?:村|社区)$/, "") || name;
}

export function siteNames(text: string): string[] {
  const out = new Set<string>();
  SITE_ANCHOR.lastIndex = 0;
  for (let m = SITE_ANCHOR.exec(text); m; m = SITE_ANCHOR.exec(text)) {
    const name = m[1].replace(GENERIC_SPLIT, "");
    if (name.length >= 2 && !NOT_A_NAME.test(name)) out.add(name);
  }
  return [...out];
}

// The naming parts of a campaign name (宫宝宿舍地块国有土地上房屋征收 → 宫宝宿舍; 六治六提 → 六治六提).
export function campaignParts(name: string): string[] {
  return name
    .split(GENERIC_SPLIT)
    .flatMap((part) => part.split(/[、，,“”"·\s]+/))
    .map((part) => part.trim())
    .filter((part) => part.length >= 2 && !NOT_A_NAME.test(part));
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
