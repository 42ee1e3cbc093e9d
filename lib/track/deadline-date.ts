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
  const period = /全年|年内|年底|今年(?!是|以来|来)|[一二三四]季度|上半年|下半年/.exec(goalText.replace(/[“”"‘’]/g, ""));
  return period ? resolveDeadline(period[0], issueDate) : undefined;
}
