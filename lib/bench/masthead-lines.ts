// The masthead of a synthetic issue, in the layout of seeds 001/002 (date, number, lunar date + weekday, paper names),
// so the parser reads an exact date and issue number from it.

const WEEKDAYS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];
const DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

const lunarFormat = (() => {
  try {
    return new Intl.DateTimeFormat("zh-CN-u-ca-chinese", { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" });
  } catch {
    return undefined; // Node without full ICU: the masthead simply has no lunar date
  }
})();

export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// 2022-04-13 → 农历壬寅年三月十三 (from ICU's Chinese calendar; the day written the way the paper writes it).
export function lunarDate(date: Date): string | undefined {
  if (!lunarFormat) return undefined;
  // "yearName" (壬寅) is a part type ICU emits for the Chinese calendar that TypeScript's lib does not list yet.
  const parts = lunarFormat.formatToParts(date) as { type: string; value: string }[];
  const yearName = parts.find((p) => p.type === "yearName")?.value;
  const month = parts.find((p) => p.type === "month")?.value;
  const day = Number(parts.find((p) => p.type === "day")?.value);
  if (!yearName || !month || !Number.isInteger(day)) return undefined;
  return `农历${yearName}年${month}${lunarDay(day)}`;
}

function lunarDay(day: number): string {
  if (day <= 10) return `初${DIGITS[day]}`;
  if (day < 20) return `十${DIGITS[day - 10]}`;
  if (day === 20) return "二十";
  if (day < 30) return `廿${DIGITS[day - 20]}`;
  return "三十";
}

export function mastheadLines(date: Date, number: number): string[] {
  const written = `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
  return [
    written,
    `第${number}期`,
    `${lunarDate(date) ?? ""}${WEEKDAYS[date.getUTCDay()]}`,
    "今日柯城",
    "柯城发布",
    "运动柯城APP",
    "中共衢州市柯城区委主办",
    "衢州市柯城区融媒体中心编印",
    "今日四版",
    "采编热线：3049743",
  ];
}
