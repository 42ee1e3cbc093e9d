const LABELS: Record<string, { label: string; className: string }> = {
  masthead: { label: "报头", className: "bg-emerald-100 text-emerald-800" },
  inferred: { label: "推断", className: "bg-amber-100 text-amber-800" },
  user: { label: "人工指定", className: "bg-sky-100 text-sky-800" },
};

// Shows where an issue's date came from; an inferred date shows its evidence and confidence on hover.
export function DateSourceBadge(props: { source: string | null; evidence?: string | null; confidence?: number | null }) {
  const entry = props.source ? LABELS[props.source] : undefined;
  if (!entry) return <span className="text-stone-400">—</span>;
  const title =
    props.source === "inferred" && props.evidence
      ? `依据：${props.evidence}${props.confidence != null ? `（置信度 ${Math.round(props.confidence * 100)}%）` : ""}`
      : undefined;
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs ${entry.className}`} title={title} data-date-source={props.source}>
      {entry.label}
    </span>
  );
}
