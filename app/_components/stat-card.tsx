import Link from "next/link";

type Props = { label: string; value: number | string; hint?: string; href?: string; testId?: string };

export function StatCard({ label, value, hint, href, testId }: Props) {
  const body = (
    <>
      <span className="block text-sm text-stone-500">{label}</span>
      <span className="block text-2xl font-bold tabular-nums text-stone-900" data-testid={testId ? `${testId}-value` : undefined}>
        {typeof value === "number" ? value.toLocaleString("zh-CN") : value}
      </span>
      {hint && <span className="block text-xs text-stone-500">{hint}</span>}
    </>
  );
  const className = "block rounded border border-stone-200 bg-white p-3";
  return href ? (
    <Link href={href} className={`${className} hover:border-brand-600 focus-visible:border-brand-600`} data-testid={testId}>
      {body}
    </Link>
  ) : (
    <div className={className} data-testid={testId}>
      {body}
    </div>
  );
}
