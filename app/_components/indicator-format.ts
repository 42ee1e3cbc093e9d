// Labels and number formatting shared by the explorer, the article page, the review badges and the CSV export.

export const APPROX_LABELS: Record<string, string> = {
  exact: "精确",
  about: "约数",
  over: "以上",
  under: "以下",
  range: "区间",
};

export const ROLE_LABELS: Record<string, string> = {
  actual: "实际",
  target: "目标",
  baseline: "基数",
};

// How far a person has checked an item (Indicator.review / Goal.review).
export const REVIEW_LABELS: Record<string, string> = {
  machine: "机器提取",
  confirmed: "已确认",
  corrected: "已更正",
  added: "人工添加",
  rejected: "已拒绝",
};

export const PERIOD_LABELS: Record<string, string> = { day: "每天", week: "每周", month: "每月", year: "每年", person: "每人", household: "每户" };

const numberFormat = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 4 });

// The normalised value: 300, 80,000, 2–3 for a range.
export function formatValue(value: number, valueMax?: number | null): string {
  if (valueMax != null && valueMax !== value) return `${numberFormat.format(value)}–${numberFormat.format(valueMax)}`;
  return numberFormat.format(value);
}
