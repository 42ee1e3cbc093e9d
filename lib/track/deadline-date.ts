// Deadline phrase → ISO date for the tracker. One definition: the rules and their table live in
// lib/extract/resolve-deadline.ts (issue #11 §1: 下月 → last day of next month, 年内/年底/全年 → 31 December of the issue's
// year, 2025年 → 2025-12-31, 一季度 → 31 March, 按时按期 → none); this adapts it to the tracker's optional inputs.
// The goals extractor fills ExtractedGoal.deadlineDate itself; this is the fallback for goals that carry only the
// phrase (stored before that, or from an extractor that does not resolve it). Pure.

import { resolveDeadline as resolveDeadlinePhrase, resolveDeadlineWithoutDate } from "../extract/resolve-deadline";

// Without an issue date only a phrase that writes its year (2025年, 2017年2月底) or is fixed by name resolves.
export function resolveDeadline(phrase: string | null | undefined, issueDate: string | null | undefined): string | undefined {
  if (!phrase) return undefined;
  if (!issueDate) return resolveDeadlineWithoutDate(phrase.trim()) ?? undefined;
  return resolveDeadlinePhrase(phrase, issueDate) ?? undefined;
}

// A goal that names its own period in its words (确保实现“全年红”, 一季度“开门红”) is due at that period's end even when
// the extractor found no deadline phrase (the period word sits inside a slogan, where the extractor's deadline rules do
// not look). A supervisor reads 全年红 as “the year ends in the red”: once the year is over with nothing reported, the
// goal is 逾期, not 无法判断 (which would leave a whole-year target open for ever). Only the goal's own text is read,
// never its sentence: 今年是…之年 in the sentence describes the year, it sets no deadline.
export function impliedDeadline(goalText: string, issueDate: string | null | undefined): string | undefined {
  if (!issueDate) return undefined;
  const text = goalText.replace(/[“”"‘’]/g, "");
  const period = /全年|年内|年底|今年(?!是|以来|来)|[一二三四]季度|上半年|下半年/.exec(text);
  if (period) return resolveDeadline(period[0], issueDate);
  // 计划于4月份完成…: a month without its year, after a preposition of time or leading the goal, is the next such month
  // from the issue on (this year's, or next year's once this year's has passed); a day (12月26日) dates an event instead.
  const month = /(?:^|[于在到至]|力争|争取|确保|计划|预计|拟)(1[0-2]|[1-9])月(?:份)?(?:底|末)?(?:前)?(?![0-9０-９日号])/.exec(text);
  if (!month) return undefined;
  const issueYear = Number(issueDate.slice(0, 4));
  const year = Number(month[1]) >= Number(issueDate.slice(5, 7)) ? issueYear : issueYear + 1;
  return resolveDeadline(`${year}年${month[1]}月`, issueDate);
}
