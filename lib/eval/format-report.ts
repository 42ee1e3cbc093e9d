import { KINDS, type TAgreement, type TIssueScore, type TPrf, type TSummary } from "./score";

// Plain-text tables for scripts/eval.ts: one column per split (seeds, dev, test), then per-file tables.

export type TSplitReport = { name: string; summary: TSummary | null; note?: string }; // summary null: "no files"

const pct = (x: number) => (x * 100).toFixed(1);
const prfCell = (s: TPrf) => `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;
const ratio = (n: number, of: number) => (of === 0 ? `–/0` : `${n}/${of} ${pct(n / of)}%`);
const agreeCell = (a: TAgreement) => ratio(a.agree, a.of);
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - [...s].length));

type TRow = [label: string, cell: (s: TSummary) => string];

const ROWS: TRow[] = [
  ["files", (s) => String(s.issues)],
  ...KINDS.flatMap((kind): TRow[] => {
    const head: TRow = [`${kind} P R F1`, (s) => prfCell(s.kinds[kind])];
    const found: TRow = [`  found/gold, predicted`, (s) => `${s.kinds[kind].matchedGold}/${s.kinds[kind].gold}, ${s.kinds[kind].predicted}`];
    const extra: Record<string, TRow[]> = {
      indicators: [
        ["  labels on word boundaries", (s) => ratio(s.labels.onBoundary, s.labels.located) + (s.labels.labelled > s.labels.located ? ` (+${s.labels.labelled - s.labels.located} not in text)` : "")],
        ["  labels good (vs gold metric)", (s) => agreeCell(s.metricGood)],
        ["  roles right", (s) => agreeCell(s.roles)],
        ["  approx right", (s) => agreeCell(s.approxAgreement)],
        ["  non-quantities reported", (s) => String(s.nonQuantities)],
      ],
      goals: [
        ["  kind right", (s) => agreeCell(s.goalKinds)],
        ["  deadline date right", (s) => agreeCell(s.goalDeadlineDates)],
      ],
      campaigns: [["  merged, split", (s) => `${s.merged}, ${s.split}`]],
      places: [
        ["  villages → right township", (s) => ratio(s.villages.resolved, s.villages.of)],
        ["  outside linked to county (0)", (s) => String(s.outsideLinked)],
      ],
      departments: [["  others' bodies → county (0)", (s) => String(s.outsideMapped)]],
    };
    return [head, found, ...(extra[kind] ?? [])];
  }),
  ["articles recovered whole", (s) => ratio(s.articles.whole, s.articles.of)],
  ["  titles found", (s) => ratio(s.articles.titled, s.articles.of)],
  ["dates right", (s) => ratio(s.dates.ok, s.dates.of)],
  ["  exact", (s) => ratio(s.dates.exact, s.dates.of)],
  ["  unknown", (s) => String(s.dates.unknown)],
  ["  wrong by a month or more (0)", (s) => String(s.dates.wrongByMonth)],
];

export function formatSplits(splits: TSplitReport[]): string {
  const width = 34;
  const column = 30;
  const lines = [pad("measure", width) + splits.map((s) => pad(s.name, column)).join("").trimEnd()];
  for (const [label, cell] of ROWS) {
    lines.push(pad(label, width) + splits.map((s) => pad(s.summary ? cell(s.summary) : label === "files" ? (s.note ?? "no files") : "", column)).join("").trimEnd());
  }
  return lines.join("\n");
}

export function formatFiles(name: string, scores: TIssueScore[]): string {
  const lines: string[] = [];
  lines.push(`${pad(name, 30)} ${KINDS.map((k) => pad(k.slice(0, 11), 16)).join("")}${pad("articles", 10)}date`);
  for (const s of scores) {
    const perKind = KINDS.map((k) => pad(`${s[k].matchedGold}/${s[k].gold} p${s[k].predicted} F${Math.round(s[k].f1 * 100)}`, 16)).join("");
    const articles = pad(s.articles ? `${s.articles.whole}/${s.articles.of}` : "–", 10);
    const date = `${s.date.predicted ?? "none"} ${s.date.ok ? "ok" : `≠ ${s.date.rule === "window" ? s.date.window?.join("..") : s.date.gold}`}`;
    lines.push(`${pad(s.file, 30)} ${perKind}${articles}${date}`);
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
  list("labels off word boundaries", s.indicators.labels.offBoundary);
  list("labels not good", s.indicators.metricGood.bad.map((b) => `${b.predicted ?? "none"} ≠ ${b.gold} in “${b.text}”`));
  list("roles wrong", s.indicators.roles.wrong.map((r) => `${r.predicted} ≠ ${r.gold} in “${r.text}”`));
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
  list("places missed", s.places.missed);
  list("places spurious", s.places.spurious);
  list("villages not resolved to their township", s.places.villages.wrong);
  list("outside places linked to a county township", s.places.outsideLinked);
  list("departments missed", s.departments.missed);
  list("departments spurious", s.departments.spurious);
  list("other places' bodies mapped to the county", s.departments.outsideMapped);
  list("articles not whole", s.articles?.problems ?? []);
  if (!s.date.ok) lines.push(`  date: predicted ${s.date.predicted ?? "none"}, gold ${s.date.gold}${s.date.window ? ` (window ${s.date.window.join("..")})` : ""}`);
  return lines.join("\n");
}
