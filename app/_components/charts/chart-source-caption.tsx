import Link from "next/link";
import { issueTitle, type IssueRef } from "@/lib/data/source-refs";

// Printed on the chart itself so that a screenshot keeps its provenance: each issue by the paper its masthead named
// (no name when the file had none: the archive may hold several papers).
export function ChartSourceCaption({ sources, undated = 0 }: { sources: IssueRef[]; undated?: number }) {
  return (
    <figcaption className="mt-2 text-xs leading-relaxed text-stone-500" data-testid="chart-sources">
      <span className="font-medium text-stone-600">数据来源：</span>
      {sources.length === 0
        ? "无"
        : sources.map((source, i) => (
            <span key={source.id}>
              {i > 0 && "；"}
              <Link href={`/issues/${source.id}`} className="hover:text-brand-700 hover:underline">
                {issueTitle(source)}
              </Link>
            </span>
          ))}
      {undated > 0 && <span>（另有 {undated} 条数据所在期次日期未知，未绘入图中）</span>}
    </figcaption>
  );
}
