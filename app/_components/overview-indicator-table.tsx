import Link from "next/link";
import type { IndicatorItem } from "@/lib/data/entities/entity-items";
import { entityHref } from "@/lib/data/source-refs";
import { ReviewBadge } from "./review/review-badge";

const ROLE_LABELS: Record<string, string> = { actual: "实际", target: "目标", baseline: "基数" };

// Indicators with the sentence each stands in; the number links to that sentence in its article, its badge says how far it was checked.
export function IndicatorTable({ items, show = {} }: { items: IndicatorItem[]; show?: { campaign?: boolean; township?: boolean; department?: boolean } }) {
  if (items.length === 0) return <p className="text-sm text-stone-500">没有提取到数字指标。</p>;
  return (
    <div className="overflow-x-auto rounded border border-stone-200 bg-white">
      <table className="w-full border-collapse text-sm" data-testid="indicator-table">
        <thead>
          <tr className="border-b border-stone-200 text-left text-xs text-stone-500">
            <th className="p-2">数值</th>
            <th className="p-2">指标</th>
            <th className="hidden p-2 md:table-cell">原句</th>
            <th className="p-2">出处</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-b border-stone-100 align-top" data-testid="indicator-row" data-review={item.review}>
              <td className="whitespace-nowrap p-2 font-medium">
                <Link href={item.href} className="text-brand-700 hover:underline" title="查看原句">
                  {item.text}
                </Link>
                {item.role !== "actual" && <span className="ml-1 text-xs text-stone-500">{ROLE_LABELS[item.role] ?? item.role}</span>}
                <div className="mt-0.5">
                  <ReviewBadge review={item.review} />
                </div>
              </td>
              {/* A metric is a short word: on a phone it keeps a few characters' width rather than one per line. */}
              <td className="min-w-[6em] p-2">
                <span>{item.metric ?? "—"}</span>
                <span className="block text-xs text-stone-500">
                  {[
                    item.unit,
                    show.campaign !== false && item.campaign ? item.campaign.name : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
                {show.township !== false && item.township && (
                  <Link href={entityHref("township", item.township)} className="mr-2 text-xs text-emerald-700 hover:underline">
                    {item.township}
                  </Link>
                )}
                {show.department !== false && item.department && (
                  <Link href={entityHref("department", item.department)} className="text-xs text-rose-700 hover:underline">
                    {item.department}
                  </Link>
                )}
              </td>
              <td className="hidden max-w-md p-2 text-stone-600 md:table-cell">{item.sentence}</td>
              <td className="p-2 text-xs text-stone-500">
                <Link href={`/issues/${item.issue.id}`} className="block break-all hover:underline md:whitespace-nowrap md:break-normal">
                  {item.issue.label}
                </Link>
                <Link href={`/articles/${item.articleId}`} className="hover:underline">
                  {item.articleTitle}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
