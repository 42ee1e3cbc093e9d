// Villages (村) and communities (社区) the seeds name, each with the township-level unit it belongs to.
// `source` says where the township comes from: "seed NNN: …" quotes the seed text that places it; "public" is public
// gazetteer knowledge. township is left out where neither is sure (严村, 碗窑村).
// listAliases are bare names (麻蓬, 下刘) accepted only inside an enumeration (next to 、 or before 等), because on their own
// they are too short to trust.

import type { PlaceLevel } from "@/lib/extract/types";

export type VillageEntry = {
  name: string;
  level: Extract<PlaceLevel, "village" | "community">;
  township?: string;
  aliases?: string[];
  listAliases?: string[];
  listOnly?: boolean; // the name itself needs an enumeration too (严村 could sit inside another word)
  source: string;
};

export const VILLAGES: readonly VillageEntry[] = [
  // 黄家街道 (formerly 黄家乡, whose 16 villages include 四都刘, 下刘, 下卢)
  { name: "下刘村", level: "village", township: "黄家街道", listAliases: ["下刘"], source: "public: 黄家乡 villages; seed 000 黄家片区下刘村" },
  { name: "四都刘村", level: "village", township: "黄家街道", source: "public: 黄家乡 villages; seed 000 黄家片区四都刘村" },
  { name: "下卢村", level: "village", township: "黄家街道", source: "public: 黄家乡 villages" },
  // 荷花街道
  { name: "新荷社区", level: "community", township: "荷花街道", source: "seed 000: 荷花街道新荷社区" },
  // 信安街道
  { name: "紫荆社区", level: "community", township: "信安街道", source: "seed 000: 信安街道紫荆社区" },
  { name: "恬静苑社区", level: "community", township: "信安街道", source: "seed 001: 信安街道恬静苑社区" },
  // 万田乡
  { name: "奔园村", level: "village", township: "万田乡", source: "seed 000: 万田乡奔园村" },
  // 石梁镇
  { name: "梅山村", level: "village", township: "石梁镇", source: "seed 001: 石梁镇梅山村" },
  { name: "麻蓬村", level: "village", township: "石梁镇", listAliases: ["麻蓬"], source: "seed 003: 以石梁溪为中轴线，串联麻蓬、坎底、双溪等村" },
  { name: "坎底村", level: "village", township: "石梁镇", listAliases: ["坎底"], source: "seed 003: 串联麻蓬、坎底、双溪等村" },
  { name: "双溪村", level: "village", township: "石梁镇", listAliases: ["双溪"], source: "seed 003: 串联麻蓬、坎底、双溪等村" },
  // 衢化街道
  { name: "上祝村", level: "village", township: "衢化街道", source: "seed 002: 衢化街道第一届村社“互看互学互比”活动 … 上祝村" },
  { name: "塔坛寺村", level: "village", township: "衢化街道", source: "seed 002: 此次活动的另一个观摩点塔坛寺村" },
  { name: "滨三村社区", level: "community", township: "衢化街道", source: "seed 004: 衢化街道滨三村社区" },
  // 七里乡
  { name: "大头村", level: "village", township: "七里乡", source: "seed 002: 擂台赛七里专场 … 大头村; seed 004" },
  { name: "少岭坞村", level: "village", township: "七里乡", source: "seed 002: 擂台赛七里专场" },
  { name: "上门村", level: "village", township: "七里乡", source: "seed 002: 擂台赛七里专场" },
  { name: "七里三村", level: "village", township: "七里乡", source: "seed 004: 七里乡七里三村" },
  // 府山街道
  { name: "县学街社区", level: "community", township: "府山街道", source: "seed 002: 在府山街道举行的“互看互学互比”擂台赛中，县学街社区" },
  { name: "蛟池街社区", level: "community", township: "府山街道", source: "seed 002: 府山街道擂台赛" },
  // 新新街道
  { name: "乐业社区", level: "community", township: "新新街道", source: "seed 002: 新新街道乐业社区" },
  // 双港街道
  { name: "双港社区", level: "community", township: "双港街道", source: "seed 002: 双港街道双港社区" },
  { name: "美港社区", level: "community", township: "双港街道", source: "seed 002: 双港片区（双港社区、美港社区）" },
  // 花园街道
  { name: "花港社区", level: "community", township: "花园街道", source: "seed 004: 花港社区 … 花园街道融合发展" },
  { name: "上洋村", level: "village", township: "花园街道", source: "seed 004: 上洋村 … 花园街道融合发展" },
  // 沟溪乡 / 九华乡
  { name: "余东村", level: "village", township: "沟溪乡", aliases: ["余东"], source: "public: 沟溪乡余东村 (farmer-painting village)" },
  { name: "茶铺村", level: "village", township: "九华乡", listAliases: ["茶铺"], source: "public: 九华乡茶铺村 addresses" },
  { name: "妙源村", level: "village", township: "九华乡", listAliases: ["妙源"], source: "public: 九华乡妙源村 (moderate confidence)" },
  // Township unknown: named in the seeds' 未来乡村 lists only.
  { name: "严村", level: "village", listOnly: true, source: "seed 000/003 未来乡村 lists; township not verified" },
  { name: "碗窑村", level: "village", listAliases: ["碗窑"], source: "seed 003 未来乡村 list; township not verified" },
];
