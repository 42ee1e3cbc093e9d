// Kecheng district (柯城区, 衢州市, 浙江) township-level units: 9 街道, 2 镇, 7 乡 = 18 ("全区18个乡镇、街道", seed 002).
// Sources: the seeds (every name below except 沟溪乡 and 姜家山乡 occurs in them); the list of 柯城区 units in public
// administrative-code tables (航埠镇 … 衢化街道, with 黄家/新新 under 绿色产业集聚区 and 白云 under 智慧新城); 黄家乡 became
// 黄家街道 before 2021 (seed 000 writes 黄家街道).

export type TownshipKind = "街道" | "镇" | "乡";

export type TownshipEntry = {
  name: string;
  kind: TownshipKind;
  // Short forms the paper uses (航埠经济社会, 石室“山水、棋、鱼、花”). Only names that are not common words:
  // 花园, 荷花, 白云, 新新, 信安, 府山, 黄家 (a surname: 黄家世代) and 衢化 (a company) stay full-form only.
  aliases?: string[];
};

export const TOWNSHIPS: readonly TownshipEntry[] = [
  { name: "信安街道", kind: "街道" },
  { name: "府山街道", kind: "街道" },
  { name: "荷花街道", kind: "街道" },
  { name: "花园街道", kind: "街道" },
  { name: "白云街道", kind: "街道" },
  { name: "衢化街道", kind: "街道" },
  { name: "新新街道", kind: "街道" },
  { name: "双港街道", kind: "街道", aliases: ["双港"] },
  { name: "黄家街道", kind: "街道", aliases: ["黄家乡"] },
  { name: "航埠镇", kind: "镇", aliases: ["航埠"] },
  { name: "石梁镇", kind: "镇", aliases: ["石梁"] },
  { name: "万田乡", kind: "乡", aliases: ["万田"] },
  { name: "九华乡", kind: "乡", aliases: ["九华"] },
  { name: "七里乡", kind: "乡", aliases: ["七里"] },
  { name: "华墅乡", kind: "乡", aliases: ["华墅"] },
  { name: "沟溪乡", kind: "乡", aliases: ["沟溪"] },
  { name: "石室乡", kind: "乡", aliases: ["石室"] },
  { name: "姜家山乡", kind: "乡", aliases: ["姜家山"] },
];

export const TOWNSHIP_NAMES: ReadonlySet<string> = new Set(TOWNSHIPS.map((t) => t.name));
