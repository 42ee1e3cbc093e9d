// Areas (片区, parks, resorts, scenic areas) the seeds name: what the GB/T 2260 data lacks, hand-written, each with its
// source. township only where the area lies in one unit; 城北片区, 双西港片区, 灵鹫山旅游度假区 and 专业市场城 span
// several units or are unverified, so they carry none. Kecheng's only: another county starts with none.

import { COUNTY } from "./county";

export type AreaEntry = { name: string; township?: string; aliases?: string[]; source: string };

const KECHENG_AREAS: readonly AreaEntry[] = [
  { name: "黄家片区", township: "黄家街道", source: "seed 000: 黄家片区下刘村、四都刘村 (黄家 villages)" },
  { name: "衢化片区", township: "衢化街道", source: "name; seeds 000, 001" },
  { name: "双港片区", township: "双港街道", source: "seed 002: 双港片区（双港社区、美港社区）" },
  { name: "航埠工业园区", township: "航埠镇", aliases: ["航埠工业园"], source: "name; seeds 001, 004" },
  { name: "四省边际直播产业创业街", township: "万田乡", source: "seed 002: 位于万田乡的四省边际直播产业创业街" },
  { name: "烂柯山景区", township: "石室乡", aliases: ["烂柯山"], source: "public: 烂柯山 lies in 石室乡; seed 003 石室 interview" },
  { name: "城北片区", source: "seed 001; spans several units" },
  { name: "双西港片区", source: "seeds 000, 001; spans several units" },
  { name: "灵鹫山旅游度假区", source: "seed 001; unit not verified" },
  { name: "专业市场城", source: "seeds 000, 001; unit not verified" },
];

export const AREAS: readonly AreaEntry[] = COUNTY.code === "330802" ? KECHENG_AREAS : [];

// Names outside the district that contain digits or numerals; the refiner drops "indicators" found inside them.
export const NUMBERED_NAMES: readonly string[] = ["山区26县", "26县", "四省边际", "两山银行"];
