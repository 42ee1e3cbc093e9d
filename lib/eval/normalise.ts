// Normalisers the scorer applies to both sides before comparing. Tables, so a new equivalence is a one-line change.

const QUOTES_AND_BRACKETS = /[“”‘’"'「」『』《》〈〉()（）【】\[\]\s·・]/g;

// 个月 and 月 mean the same unit; the paper writes both (一两个月, 2个月).
// 个百分点 and 百分点 likewise (13.8个百分点: the extractor stores the unit as 百分点).
const UNIT_ALIASES: Record<string, string> = { 个月: "月", 个小时: "小时", 个钟头: "小时", 周岁: "岁", "％": "%", 个百分点: "百分点" };

export function normaliseUnit(unit: string): string {
  const trimmed = unit.trim();
  return UNIT_ALIASES[trimmed] ?? trimmed;
}

// For goal overlap: the wording, without quotes, punctuation or spaces.
export function normaliseGoalText(text: string): string {
  return text.replace(/[\s“”‘’"'「」『』《》()（）【】\[\]，。、；：！？,.;:!?…—-]/g, "");
}

export function normaliseCampaignName(name: string): string {
  return name.replace(QUOTES_AND_BRACKETS, "");
}

// Organs the paper names in longer forms; the gold uses the short keys on the right.
const DEPARTMENT_ALIASES: Record<string, string> = {
  区人大机关: "区人大常委会",
  区人大: "区人大常委会",
  区政协机关: "区政协",
  区人民政府: "区政府",
  区委员会: "区委",
  区治水办: "治水办",
};

export function normaliseDepartment(name: string): string {
  const short = name.trim().replace(/^(?:中共)?(?:衢州市)?柯城区(?:委)?/, (prefix) => (prefix.endsWith("委") ? "区委" : "区"));
  const unnumbered = short.replace(/^区[一二三四五六七八九十]+届/, "区"); // 区十届政府 → 区政府
  return DEPARTMENT_ALIASES[unnumbered] ?? unnumbered;
}

export function normaliseTownship(name: string): string {
  return name.trim();
}

// Village and community committees are the village and the community: …村委会 / …村民委员会 → …村,
// …社区居民委员会 / …社区居委会 → …社区.
export function normalisePlace(name: string): string {
  return name
    .trim()
    .replace(/村(?:民委员会|委会)$/, "村")
    .replace(/社区(?:居民委员会|居委会)$/, "社区");
}

// For comparing metric labels: no quotes, punctuation or spaces; full-width letters and digits folded; the particle 的
// dropped, since a reader takes 签约的农户 and 签约农户 for one label, while a 的 inside a short label would otherwise
// halve the stretch the two share (2 of 5 characters) and fail the half-overlap rule.
export function normaliseMetric(label: string): string {
  return normaliseGoalText(label.normalize("NFKC")).replace(/的/g, "").toLowerCase();
}
