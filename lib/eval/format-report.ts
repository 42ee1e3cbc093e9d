import { KINDS, type TIssueScore, type TPrf, type TSummary } from "./score";

// Plain-text tables for scripts/eval.ts.

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const cell = (s: TPrf) => `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  ${`${s.matchedGold}/${s.gold}`.padStart(6)} ${String(s.predicted).padStart(4)}`;
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - [...s].length));

export function formatSummary(summary: TSummary, scores: TIssueScore[]): string {
  const lines: string[] = [];
  lines.push(`${pad("kind", 12)}     P     R    F1   found  pred`);
  for (const kind of KINDS) lines.push(`${pad(kind, 12)} ${cell(summary.kinds[kind])}`);
  const { dates, approxAgreement } = summary;
  lines.push(
    `dates: ${dates.ok}/${dates.of} right (${dates.exact}/${dates.of} exact); approx agrees on ${approxAgreement.agree}/${approxAgreement.of} matched indicators; ` +
      `non-quantities reported: ${summary.nonQuantities}; campaigns merged: ${summary.merged}, split: ${summary.split}`,
  );
  const { goalKinds, goalDeadlineDates } = summary;
  lines.push(
    `goals: kind agrees on ${goalKinds.agree}/${goalKinds.of} matched goals; deadline date right for ${goalDeadlineDates.agree}/${goalDeadlineDates.of} matched goals that state a deadline`,
  );
  lines.push("");
  lines.push(`${pad("seed", 26)} ${KINDS.map((k) => pad(k.slice(0, 11), 16)).join("")}date`);
  for (const s of scores) {
    const perKind = KINDS.map((k) => pad(`${s[k].matchedGold}/${s[k].gold} p${s[k].predicted} F${Math.round(s[k].f1 * 100)}`, 16)).join("");
    const date = `${s.date.predicted ?? "none"} ${s.date.ok ? "ok" : `≠ ${s.date.rule === "window" ? s.date.window?.join("..") : s.date.gold}`}`;
    lines.push(`${pad(s.file, 26)} ${perKind}${date}`);
  }
  return lines.join("\n");
}

export function formatVerbose(s: TIssueScore): string {
  const lines = [`== ${s.file}`];
  const list = (label: string, items: string[]) => {
    if (items.length) lines.push(`  ${label} (${items.length}): ${items.join(" | ")}`);
  };
  list("indicators missed", s.indicators.missed.map((i) => `${i.text} [${i.value}${i.valueMax !== null ? `..${i.valueMax}` : ""} ${i.unit}] in “${i.context}”`));
  list("indicators spurious", s.indicators.spurious.map((i) => `${i.text} [${i.value}${i.valueMax !== null ? `..${i.valueMax}` : ""} ${i.unit}]`));
  list("non-quantities reported", s.indicators.nonQuantities.map((n) => `${n.text} ~ ${n.excluded} (${n.why})`));
  list("goals missed", s.goals.missed);
  list("goals spurious", s.goals.spurious);
  list("goal kinds wrong", s.goals.wrongKinds);
  list("goal deadline dates wrong", s.goals.wrongDates);
  list("campaigns missed", s.campaigns.missed);
  list("campaigns spurious", s.campaigns.spurious);
  list("campaigns merged", s.campaigns.merged.map((m) => `${m.predicted} = ${m.gold.join(" + ")}`));
  list("campaigns split", s.campaigns.split.map((m) => `${m.gold} → ${m.predicted.join(" / ")}`));
  list("townships missed", s.townships.missed);
  list("townships spurious", s.townships.spurious);
  list("departments missed", s.departments.missed);
  list("departments spurious", s.departments.spurious);
  if (!s.date.ok) lines.push(`  date: predicted ${s.date.predicted ?? "none"}, gold ${s.date.gold}${s.date.window ? ` (window ${s.date.window.join("..")})` : ""}`);
  return lines.join("\n");
}
