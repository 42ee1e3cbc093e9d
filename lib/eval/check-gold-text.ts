import type { TGoldIssue } from "./gold-schema";
import { joinPageBreaks } from "./join-page-breaks";

// Does a gold file quote its issue text? Every indicator context, goal, excluded number, place and headline must be
// verbatim in the (page-break-joined) text, each campaign written there at least once, headlines in order. Returns the
// problems, each naming the field, so a test can print them; an empty list means the gold fits its text.
export function checkGoldAgainstText(gold: TGoldIssue, text: string): string[] {
  const source = joinPageBreaks(text);
  const problems: string[] = [];
  const missing = (what: string, needle: string) => {
    if (!source.includes(needle)) problems.push(`${what} not in ${gold.file}: “${needle}”`);
  };
  gold.indicators.forEach((i, n) => {
    missing(`indicators[${n}].context`, i.context);
    if (!i.context.includes(i.text)) problems.push(`indicators[${n}].text “${i.text}” not in its context`);
  });
  gold.goals.forEach((g, n) => missing(`goals[${n}].text`, g.text));
  gold.excluded.forEach((e, n) => missing(`excluded[${n}].text`, e.text));
  gold.places.forEach((p, n) => missing(`places[${n}].name`, p.name));
  gold.campaigns.forEach((c, n) => {
    if (!c.aliases.some((a) => source.includes(a))) problems.push(`campaigns[${n}] “${c.name}”: no alias in ${gold.file}`);
  });
  let from = 0;
  (gold.articles ?? []).forEach((a, n) => {
    const at = source.indexOf(a.title, from);
    if (at < 0) problems.push(`articles[${n}].title not in ${gold.file} after the previous headline: “${a.title}”`);
    else from = at + a.title.length;
  });
  return problems;
}

// One indicator per occurrence: a (context, text) pair listed k times must occur k times in the text.
export function checkIndicatorOccurrences(gold: TGoldIssue, text: string): string[] {
  const source = joinPageBreaks(text);
  const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;
  const counts = new Map<string, { context: string; text: string; n: number }>();
  for (const i of gold.indicators) {
    const key = `${i.context}\u0000${i.text}`;
    counts.set(key, { context: i.context, text: i.text, n: (counts.get(key)?.n ?? 0) + 1 });
  }
  return [...counts.values()]
    .filter(({ context, text: t, n }) => n !== occurrences(source, context) * occurrences(context, t))
    .map(({ context, text: t, n }) => `${gold.file}: “${t}” in “${context}” listed ${n} times, occurs ${occurrences(source, context) * occurrences(context, t)}`);
}
