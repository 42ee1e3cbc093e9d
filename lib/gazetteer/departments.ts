// Departments and bodies: short name as the paper writes it (the key), canonical full name, aliases, level.
// Sources: the seeds (every entry marked "seed"); the standard names of Zhejiang district bodies for the rest.
// Aliases "柯城区X" and "衢州市柯城区X" are generated for every district short name "区X", and the canonical name
// is always an alias. Bare forms without 区 (发改局) are left out: they also name the city's bureaus.

import { COUNTY } from "./county";
import type { DepartmentLevel } from "./types";

export type DepartmentEntry = {
  name: string;
  canonical: string;
  level: DepartmentLevel;
  aliases?: string[];
  seen?: string; // which seeds mention it
};

const KECHENG_DEPARTMENTS: readonly DepartmentEntry[] = [
  // Party and state bodies
  { name: "区委", canonical: "中共衢州市柯城区委员会", level: "district", aliases: ["中共衢州市柯城区委", "中共柯城区委", "区委常委会"], seen: "001 003 004" },
  { name: "区政府", canonical: "衢州市柯城区人民政府", level: "district", aliases: ["柯城区人民政府", "区人民政府"], seen: "000 001 002 004" },
  { name: "区人大常委会", canonical: "衢州市柯城区人民代表大会常务委员会", level: "district", aliases: ["区人大", "区人大机关"], seen: "000 001 002 004" },
  { name: "区政协", canonical: "中国人民政治协商会议衢州市柯城区委员会", level: "district", aliases: ["区政协机关"], seen: "000 001 002 004" },
  { name: "区纪委", canonical: "中共衢州市柯城区纪律检查委员会", level: "district", aliases: ["区纪委区监委", "区纪委监委"] },
  { name: "区监委", canonical: "衢州市柯城区监察委员会", level: "district", seen: "004" },
  { name: "区法院", canonical: "衢州市柯城区人民法院", level: "district", aliases: ["区人民法院"], seen: "004" },
  { name: "区检察院", canonical: "衢州市柯城区人民检察院", level: "district", aliases: ["区人民检察院"], seen: "004" },
  { name: "区委办", canonical: "中共衢州市柯城区委办公室", level: "district", aliases: ["区委办公室"] },
  { name: "区委组织部", canonical: "中共衢州市柯城区委组织部", level: "district" },
  { name: "区委宣传部", canonical: "中共衢州市柯城区委宣传部", level: "district" },
  { name: "区委统战部", canonical: "中共衢州市柯城区委统一战线工作部", level: "district" },
  { name: "区委政法委", canonical: "中共衢州市柯城区委政法委员会", level: "district" },
  { name: "区委社会建设委员会", canonical: "中共衢州市柯城区委社会建设委员会", level: "district", aliases: ["区委社建委"], seen: "000" },
  // Government departments
  { name: "区发改局", canonical: "柯城区发展和改革局", level: "district", aliases: ["区发展和改革局"], seen: "000 003" },
  { name: "区经信局", canonical: "柯城区经济和信息化局", level: "district", aliases: ["区经济和信息化局"], seen: "000 001" },
  { name: "区教育局", canonical: "柯城区教育局", level: "district" },
  { name: "区科技局", canonical: "柯城区科学技术局", level: "district" },
  { name: "区公安分局", canonical: "衢州市公安局柯城分局", level: "district", aliases: ["柯城公安分局"] },
  { name: "区民政局", canonical: "柯城区民政局", level: "district", seen: "000" },
  { name: "区司法局", canonical: "柯城区司法局", level: "district" },
  { name: "区财政局", canonical: "柯城区财政局", level: "district" },
  { name: "区人社局", canonical: "柯城区人力资源和社会保障局", level: "district", aliases: ["区人力社保局"] },
  { name: "区自然资源分局", canonical: "衢州市自然资源和规划局柯城分局", level: "district", aliases: ["区自然资源和规划分局"] },
  { name: "区生态环境分局", canonical: "衢州市生态环境局柯城分局", level: "district" },
  { name: "区住建局", canonical: "柯城区住房和城乡建设局", level: "district" },
  { name: "区交通运输局", canonical: "柯城区交通运输局", level: "district" },
  { name: "区水利局", canonical: "柯城区水利局", level: "district" },
  { name: "区农业农村局", canonical: "柯城区农业农村局", level: "district", seen: "000 003" },
  { name: "区商务局", canonical: "柯城区商务局", level: "district" },
  { name: "区文广旅体局", canonical: "柯城区文化和广电旅游体育局", level: "district" },
  { name: "区卫健局", canonical: "柯城区卫生健康局", level: "district", aliases: ["区卫生健康局"], seen: "003" },
  { name: "区退役军人事务局", canonical: "柯城区退役军人事务局", level: "district" },
  { name: "区应急管理局", canonical: "柯城区应急管理局", level: "district" },
  { name: "区审计局", canonical: "柯城区审计局", level: "district" },
  { name: "区市场监管局", canonical: "柯城区市场监督管理局", level: "district", aliases: ["区市场监督管理局"], seen: "004" },
  { name: "区统计局", canonical: "柯城区统计局", level: "district" },
  { name: "区综合执法局", canonical: "柯城区综合行政执法局", level: "district", aliases: ["区综合行政执法局"], seen: "004" },
  { name: "区信访局", canonical: "柯城区信访局", level: "district" },
  // Centres, offices and task forces. Hospitals and schools (区人民医院, 003) are institutions a department runs, not
  // departments: they are what a sentence acts on, not who acts.
  { name: "区征迁中心", canonical: "柯城区征迁中心", level: "district", seen: "001" },
  { name: "区治水办", canonical: "柯城区五水共治工作领导小组办公室", level: "district", aliases: ["治水办", "区五水共治办"], seen: "000" },
  { name: "区融媒体中心", canonical: "衢州市柯城区融媒体中心", level: "district" },
  { name: "区村播产业专班", canonical: "柯城区村播产业专班", level: "district", seen: "002" },
  // City and province (kept with their level so the dashboard can filter them out)
  { name: "市委", canonical: "中共衢州市委员会", level: "city", aliases: ["衢州市委"], seen: "000 001 004" },
  { name: "市政府", canonical: "衢州市人民政府", level: "city", aliases: ["衢州市政府", "衢州市人民政府"], seen: "001" },
  { name: "市商务局", canonical: "衢州市商务局", level: "city", seen: "001" },
  { name: "省委", canonical: "中共浙江省委员会", level: "province", aliases: ["浙江省委"], seen: "000 001" },
  { name: "省政府", canonical: "浙江省人民政府", level: "province", aliases: ["浙江省政府", "浙江省人民政府"], seen: "001" },
  // National bodies, named without a place
  { name: "党中央", canonical: "中国共产党中央委员会", level: "national", aliases: ["中共中央"] },
  { name: "国务院", canonical: "中华人民共和国国务院", level: "national" },
  { name: "全国人大常委会", canonical: "全国人民代表大会常务委员会", level: "national" },
  { name: "全国政协", canonical: "中国人民政治协商会议全国委员会", level: "national" },
  { name: "中央纪委", canonical: "中共中央纪律检查委员会", level: "national", aliases: ["中央纪委国家监委"] },
];

// The State Council's ministries and commissions as news writes them: the composition fixed in 2018 (and 2023), the
// names they had before 2018 (农业部, 国土资源部, 环境保护部 …), and their common short forms (科技部, 住建部, 国家发改委).
// Named as written, level national (lib/extract/extract-departments.ts: ministries); a short form is named by the full
// name when the same text writes that too (住建部 … 住房和城乡建设部: one body, dev d53).
export const MINISTRY_FULL_NAMES: Readonly<Record<string, string>> = {
  国家发展改革委: "国家发展和改革委员会", 国家发改委: "国家发展和改革委员会", 科技部: "科学技术部", 工信部: "工业和信息化部",
  国家民委: "国家民族事务委员会", 人力资源社会保障部: "人力资源和社会保障部", 人社部: "人力资源和社会保障部",
  住房城乡建设部: "住房和城乡建设部", 住建部: "住房和城乡建设部", 文旅部: "文化和旅游部", 国家卫生健康委: "国家卫生健康委员会",
  国家卫健委: "国家卫生健康委员会", 环保部: "环境保护部", 国家卫生计生委: "国家卫生和计划生育委员会",
};
export const NATIONAL_MINISTRIES: readonly string[] = [
  "外交部", "国防部", "国家发展和改革委员会", "国家发展改革委", "国家发改委", "教育部", "科学技术部", "科技部",
  "工业和信息化部", "工信部", "国家民族事务委员会", "国家民委", "公安部", "国家安全部", "民政部", "司法部", "财政部",
  "人力资源和社会保障部", "人力资源社会保障部", "人社部", "自然资源部", "生态环境部", "住房和城乡建设部", "住房城乡建设部",
  "住建部", "交通运输部", "水利部", "农业农村部", "商务部", "文化和旅游部", "文旅部", "国家卫生健康委员会", "国家卫生健康委",
  "国家卫健委", "退役军人事务部", "应急管理部", "中国人民银行", "审计署",
  // before 2018
  "农业部", "国土资源部", "环境保护部", "环保部", "文化部", "国家旅游局", "国家卫生和计划生育委员会", "国家卫生计生委",
  "卫生部", "监察部", "铁道部", "交通部", "建设部", "人事部", "劳动和社会保障部", "国家林业局",
];

// The table is written for Kecheng; another county gets the same bodies with its own, its city's and its province's
// names (柯城区发展和改革局 → 衢江区发展和改革局).
function forCounty(entry: DepartmentEntry): DepartmentEntry {
  const county = COUNTY.name.replace(/(区|县|市)$/, "");
  const swap = (s: string) =>
    s.replaceAll("衢州市", COUNTY.city.name).replaceAll("衢州", COUNTY.city.name.replace(/市$/, "")).replaceAll("浙江省", COUNTY.province.name).replaceAll("浙江", COUNTY.province.name.replace(/省$/, "")).replaceAll("柯城区", COUNTY.name).replaceAll("柯城", county);
  return { ...entry, canonical: swap(entry.canonical), ...(entry.aliases ? { aliases: entry.aliases.map(swap) } : {}) };
}

export const DEPARTMENTS: readonly DepartmentEntry[] = COUNTY.code === "330802" ? KECHENG_DEPARTMENTS : KECHENG_DEPARTMENTS.map(forCounty);

// "区九届政府", "区十届政府", "柯城区十届人大常委会": a numbered term before the body name.
export const TERM_NUMBERED_BODIES: readonly { prefix: string; body: string; name: string }[] = [
  { prefix: "区", body: "政府", name: "区政府" },
  { prefix: "区", body: "人大常委会", name: "区人大常委会" },
  { prefix: "区", body: "政协", name: "区政协" },
];

// A department followed by one of these is part of a person's title (区委书记蒋国强, 区人大常委会副主任范洁红): the
// organisation does not act there, so it is not tagged. The title line of an interview is read with titles allowed.
export const TITLE_WORDS: readonly string[] = [
  "书记", "副书记", "常委", "委员", "主任", "副主任", "主席", "副主席", "局长", "副局长", "党组书记", "党组成员",
  "党委书记", "党委委员", "部长", "副部长", "区长", "副区长", "常务副区长", "院长", "副院长", "检察长", "秘书长", "组长",
  "副组长", "代表", "市长", "副市长", "省长", "副省长", "主任科员", "领导", "干部",
  // other levels' heads and officers (大河镇人民政府镇长赵军, 市委副秘书长, 国务院总理李鹏: dev d38, d16, d46)
  "县长", "副县长", "常务副县长", "镇长", "副镇长", "乡长", "副乡长", "旗长", "副旗长", "州长", "副州长", "副秘书长",
  "处长", "副处长", "科长", "副科长", "司长", "副司长", "巡视员", "副巡视员", "所长", "站长", "队长", "大队长", "厅长", "副厅长", "总理", "副总理",
  // a village committee's 第一书记 and a leadership's members (X村党委第一书记, 镇政府班子成员: issue #10 held-out categories)
  "第一书记", "班子成员",
];

// Characters that, before a 区…/市… alias, show it is the tail of another word (社区委员会, 示范区政府…).
export const BLOCKED_BEFORE: ReadonlySet<string> = new Set([..."社园片景校辖城山矿街小郊范营湾港"]);
