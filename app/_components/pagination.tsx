import Link from "next/link";

// Page links around the current page (first, last, ±2), each a plain URL so the page works without JavaScript.
export function Pagination(props: { page: number; pageCount: number; href: (page: number) => string; label?: string }) {
  const { page, pageCount, href } = props;
  if (pageCount <= 1) return null;
  const pages = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  const linkClass = "rounded border border-stone-300 bg-white px-3 py-1 hover:border-brand-600 hover:text-brand-700";
  return (
    <nav aria-label={props.label ?? "分页"} className="mt-4 flex flex-wrap items-center gap-2 text-sm" data-testid="pagination">
      {page > 1 ? (
        <Link href={href(page - 1)} className={linkClass} rel="prev">
          上一页
        </Link>
      ) : null}
      {pages.map((p, index) => (
        <span key={p} className="flex items-center gap-2">
          {index > 0 && p - pages[index - 1] > 1 ? <span className="text-stone-400">…</span> : null}
          {p === page ? (
            <span aria-current="page" className="rounded border border-brand-600 bg-brand-600 px-3 py-1 text-white">
              {p}
            </span>
          ) : (
            <Link href={href(p)} className={linkClass}>
              {p}
            </Link>
          )}
        </span>
      ))}
      {page < pageCount ? (
        <Link href={href(page + 1)} className={linkClass} rel="next">
          下一页
        </Link>
      ) : null}
      <span className="text-stone-500">
        第 {page} / {pageCount} 页
      </span>
    </nav>
  );
}
