import Link from "next/link";

// Rejected items are hidden by default; this link toggles the URL parameter that lists them (struck through).
export function RejectedToggle(props: { shown: boolean; count?: number; href: string }) {
  if (!props.shown && props.count === 0) return null;
  return (
    <Link href={props.href} className="text-sm text-stone-600 hover:text-brand-700 hover:underline" data-testid="rejected-toggle" scroll={false}>
      {props.shown ? "隐藏已拒绝的项" : `显示已拒绝的项${props.count !== undefined ? `（${props.count}）` : ""}`}
    </Link>
  );
}
