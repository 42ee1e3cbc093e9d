// The fallback of a streamed section (React Suspense): grey bars the height of a few rows, so the page does not jump
// when the section arrives, and a status line for screen readers.
export function SectionSkeleton(props: { label: string; rows?: number; testId?: string }) {
  return (
    <div className="mt-4 animate-pulse space-y-2" role="status" aria-label={`${props.label}加载中`} data-testid={props.testId ?? "section-skeleton"}>
      <div className="h-5 w-40 rounded bg-stone-200" />
      {Array.from({ length: props.rows ?? 3 }, (_, i) => (
        <div key={i} className="h-4 rounded bg-stone-100" style={{ width: `${90 - i * 12}%` }} />
      ))}
      <span className="sr-only">正在加载{props.label}……</span>
    </div>
  );
}
