import Link from "next/link";
import type { IssueRef } from "@/lib/data/source-refs";

export type SourceListItem = { id: number; title: string; issue: IssueRef; note?: string };

// Articles in date order, each with its issue: the sources a page draws from.
export function SourceList({ items, empty = "没有相关文章。" }: { items: SourceListItem[]; empty?: string }) {
  if (items.length === 0) return <p className="text-sm text-stone-500">{empty}</p>;
  return (
    <ol className="divide-y divide-stone-100 rounded border border-stone-200 bg-white" data-testid="source-list">
      {items.map((item) => (
        <li key={item.id} className="flex flex-col gap-0.5 p-2 text-sm sm:flex-row sm:items-baseline sm:gap-3" data-testid="source-row">
          <Link href={`/issues/${item.issue.id}`} className="shrink-0 tabular-nums text-stone-500 hover:text-brand-700 hover:underline">
            {item.issue.label}
          </Link>
          <Link href={`/articles/${item.id}`} className="min-w-0 flex-1 text-stone-900 hover:text-brand-700 hover:underline">
            {item.title}
          </Link>
          {item.note && <span className="shrink-0 text-xs text-stone-500">{item.note}</span>}
        </li>
      ))}
    </ol>
  );
}
