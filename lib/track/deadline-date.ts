// Deadline phrase → ISO date, resolved against the issue date (issue #11 §1: 下月 → last day of next month,
// 年内/年底/全年 → 31 December of the issue's year, 2025年 → 2025-12-31, 一季度 → 31 March, 按时按期 → none).
// The goals extractor fills ExtractedGoal.deadlineDate itself; this is the fallback the tracker uses for goals that
// carry only the phrase (stored before that, or from an extractor that does not resolve it). Pure.

const QUARTER_END: Record<string, string> = { 一: "03-31", 二: "06-30", 三: "09-30", 四: "12-31" };
const CN_MONTH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

const pad = (n: number) => String(n).padStart(2, "0");

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate(); // month is 1-based: day 0 of the next month
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function resolveDeadline(phrase: string | null | undefined, issueDate: string | null | undefined): string | undefined {
  if (!phrase) return undefined;
  const explicitYear = /((?:19|20)\d{2})年/.exec(phrase);
  const month = /(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:底|份|末|前)?/.exec(phrase);
  if (explicitYear && !month) return `${explicitYear[1]}-12-31`;
  if (!issueDate && !explicitYear) return undefined;
  const year = explicitYear ? Number(explicitYear[1]) : Number(issueDate!.slice(0, 4));
  const issueMonth = issueDate ? Number(issueDate.slice(5, 7)) : 1;
  if (/按时|按期/.test(phrase) && !month && !/年/.test(phrase)) return undefined;
  if (month) {
    const m = /^\d+$/.test(month[1]) ? Number(month[1]) : CN_MONTH[month[1]];
    if (!m || m > 12) return undefined;
    // 3月底前 written in November means next March
    const y = explicitYear ? year : m < issueMonth ? year + 1 : year;
    return lastDayOfMonth(y, m);
  }
  if (/下月|下个月/.test(phrase)) return issueMonth === 12 ? lastDayOfMonth(year + 1, 1) : lastDayOfMonth(year, issueMonth + 1);
  if (/本月|月底|月内/.test(phrase)) return lastDayOfMonth(year, issueMonth);
  const quarter = /([一二三四])季度/.exec(phrase);
  if (quarter) return `${year}-${QUARTER_END[quarter[1]]}`;
  if (/上半年/.test(phrase)) return `${year}-06-30`;
  if (/明年/.test(phrase)) return `${year + 1}-12-31`;
  if (/年内|年底|全年|今年|下半年|年末/.test(phrase)) return `${year}-12-31`;
  return undefined;
}
