// Scales Arabic quantities (5000余户 → 7350余户) by a factor while keeping the unit and approximator as written.
// Only numbers directly followed by a counting unit are touched, so dates (4月11日), issue numbers (第4次),
// slogans (8090, 1+1+9+N, 3·13) and percentages stay as they were.

// Data table: a unit here is one more kind of number the generator varies.
export const SCALABLE_UNITS = [
  "平方米", "平方公里", "公里", "千瓦", "人次", "户", "吨", "人", "名", "个", "家", "斤", "份", "种", "项", "元", "亩",
  "米", "车", "辆", "场", "件", "套", "间", "处", "所", "条", "座", "批", "台", "株", "棵", "头", "只", "箱", "袋", "位",
  "支", "张", "本", "册", "盒", "单", "笔", "栋", "幢", "村", "组", "队",
] as const;

const APPROXIMATORS = "余多";
const MULTIPLIERS = "万亿千百";

const QUANTITY = new RegExp(
  `(?<![\\d.·+＋\\-—第])(\\d+(?:\\.\\d+)?)(?=[${APPROXIMATORS}]?[${MULTIPLIERS}]?[${APPROXIMATORS}]?(?:${SCALABLE_UNITS.join("|")}))`,
  "g",
);

export function scaleNumbers(text: string, factor: number): string {
  return text.replace(QUANTITY, (digits) => scaleOne(digits, factor));
}

function scaleOne(digits: string, factor: number): string {
  const decimals = digits.includes(".") ? digits.length - digits.indexOf(".") - 1 : 0;
  const scaled = Number(digits) * factor;
  if (decimals === 0) return String(Math.max(1, Math.round(scaled)));
  const fixed = scaled.toFixed(decimals);
  return Number(fixed) > 0 ? fixed : digits;
}
