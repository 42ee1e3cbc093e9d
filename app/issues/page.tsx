import type { Metadata } from "next";
import Link from "next/link";
import { listIssues } from "@/lib/data/issues/list-issues";
import { DateSourceBadge } from "../_components/date-source-badge";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "报纸期次" };

export default async function IssuesPage() {
  const issues = await listIssues();
  return (
    <section>
      <h1 className="mb-4 text-2xl font-bold">报纸期次</h1>
      {issues.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 bg-white p-6 text-stone-600">
          还没有收录任何一期报纸。运行 <code>npm run ingest -- 文件或文件夹</code> 导入。
        </p>
      ) : (
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-stone-200 text-left text-stone-500">
              <th className="p-2">出版日期</th>
              <th className="p-2">日期来源</th>
              <th className="p-2">期号</th>
              <th className="p-2 text-right">文章数</th>
              <th className="p-2">文件</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue) => (
              <tr key={issue.id} className="border-b border-stone-100" data-testid="issue-row">
                <td className="p-2 font-medium">
                  <Link href={`/issues/${issue.id}`} className="text-brand-700 hover:underline">
                    {issue.date ?? "日期未知"}
                  </Link>
                </td>
                <td className="p-2">
                  <DateSourceBadge source={issue.dateSource} evidence={issue.dateEvidence} confidence={issue.dateConfidence} />
                </td>
                <td className="p-2">{issue.number ? `第${issue.number}期` : "—"}</td>
                <td className="p-2 text-right tabular-nums" data-testid="article-count">{issue.articleCount}</td>
                <td className="p-2 text-stone-500">{issue.fileName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
