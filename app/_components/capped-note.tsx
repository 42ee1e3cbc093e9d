import Link from "next/link";

// Under a list that shows only the latest items: how many there are in all, and where to see every one.
export function CappedNote({ shown, total, unit, href }: { shown: number; total: number; unit: string; href?: string }) {
  if (shown >= total) return null;
  return (
    <p className="mt-2 text-sm text-stone-500" data-testid="capped-note">
      显示最近 {shown} {unit}，共 {total} {unit}
      {href && (
        <>
          {" · "}
          <Link href={href} className="text-brand-700 hover:underline">
            在指标浏览器中查看全部
          </Link>
        </>
      )}
    </p>
  );
}
