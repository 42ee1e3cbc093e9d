import type { HighlightKind } from "./highlighted-text-segments";

export const KIND_LABELS: Record<HighlightKind, string> = {
  indicator: "数字指标",
  goal: "目标",
  campaign: "专项行动",
  place: "地点",
  department: "部门",
  evidence: "目标进展",
};

// The colour key of the highlights; the colours themselves come from mark[data-kind] in globals.css.
export function Legend(props: { counts?: Partial<Record<HighlightKind, number>> }) {
  // 目标进展 only where an article holds evidence for a goal.
  const kinds = (Object.keys(KIND_LABELS) as HighlightKind[]).filter((kind) => kind !== "evidence" || (props.counts?.evidence ?? 0) > 0);
  return (
    <ul aria-label="图例" className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="legend">
      {kinds.map((kind) => (
        <li key={kind} className="flex items-center gap-1">
          <mark data-kind={kind} className="inline-block min-w-6 text-center">
            {props.counts?.[kind] ?? ""}
          </mark>
          <span className="text-stone-700">{KIND_LABELS[kind]}</span>
        </li>
      ))}
    </ul>
  );
}
