import type { Metadata } from "next";
import Link from "next/link";
import { getGoalOverview } from "@/lib/data/goals/get-goal-overview";
import { listMovedSeries } from "@/lib/data/overview/list-moved-series";
import { getOverview } from "@/lib/data/overview/get-overview";
import { papersPhrase } from "@/lib/data/source-refs";
import { TimeSeriesChart } from "./_components/charts/time-series-chart";
import { DateSourceBadge } from "./_components/date-source-badge";
import { EmptyState, SectionHeading } from "./_components/overview-entity-chips";
import { MovedNumbers, OverviewGoals } from "./_components/overview-goals";
import { ReviewBadge } from "./_components/review/review-badge";
import { StatCard } from "./_components/stat-card";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "总览" };

export default async function OverviewPage() {
  const [overview, goals, moved] = await Promise.all([getOverview(), getGoalOverview(), listMovedSeries()]);
  const { totals, coverage, latestIssue } = overview;

  if (totals.issues === 0) {
    return (
      <section>
        <h1 className="mb-4 text-2xl font-bold">总览</h1>
        <EmptyState>
          还没有收录任何一期报纸。运行 <code>npm run ingest -- 文件或文件夹</code> 导入后，这里会显示目标、指标和专项行动的汇总。
        </EmptyState>
      </section>
    );
  }

  return (
    <section>
      <h1 className="mb-1 text-2xl font-bold">总览</h1>
      <p className="mb-4 text-sm text-stone-600" data-testid="coverage">
        收录{papersPhrase(coverage.papers, coverage.unnamed)}{totals.issues} 期，出版日期 {coverage.first ?? "未知"} 至 {coverage.last ?? "未知"}
        {coverage.inferred > 0 && `；其中 ${coverage.inferred} 期没有报头，日期由正文推断`}
        {coverage.undated > 0 && `；另有 ${coverage.undated} 期日期未知`}
      </p>

      <OverviewGoals summary={goals} />
      {moved.length > 0 ? (
        <div className="mb-6">
          <h2 className="mb-2 text-lg font-semibold">有变化的核心数字</h2>
          <MovedNumbers series={moved} />
        </div>
      ) : null}

      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5" data-testid="totals">
        <StatCard label="报纸期次" value={totals.issues} href="/issues" testId="total-issues" />
        <StatCard label="文章" value={totals.articles} testId="total-articles" />
        <StatCard label="数字指标" value={totals.indicators} href="/indicators" testId="total-indicators" />
        <StatCard label="目标" value={totals.goals} href="/goals" testId="total-goals" />
        <StatCard label="专项行动" value={totals.campaigns} href="/campaigns" testId="total-campaigns" />
      </div>

      <div className="mt-6 grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <TimeSeriesChart title="各期提取的数字指标" series={[overview.timeline]} testId="timeline-chart" />
        </div>
        <div className="space-y-4">
          {latestIssue && (
            <div className="rounded border border-stone-200 bg-white p-3" data-testid="latest-issue">
              <h2 className="mb-1 font-semibold">最新一期</h2>
              <Link href={`/issues/${latestIssue.id}`} className="text-lg font-medium text-brand-700 hover:underline">
                {latestIssue.label}
              </Link>
              <p className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
                <DateSourceBadge source={latestIssue.dateSource} evidence={latestIssue.dateEvidence} confidence={latestIssue.dateConfidence} />
                {latestIssue.articleCount} 篇文章 · {latestIssue.indicatorCount} 个数字指标
              </p>
            </div>
          )}
          <div className="rounded border border-stone-200 bg-white p-3">
            <h2 className="mb-2 font-semibold">提及最多的专项行动</h2>
            {overview.topCampaigns.length === 0 ? (
              <p className="text-sm text-stone-500">还没有识别出专项行动。</p>
            ) : (
              <ol className="space-y-1 text-sm" data-testid="top-campaigns">
                {overview.topCampaigns.map((campaign) => (
                  <li key={campaign.id} className="flex items-baseline justify-between gap-2">
                    <Link href={`/campaigns/${campaign.id}`} className="text-brand-700 hover:underline">
                      {campaign.name}
                    </Link>
                    <span className="whitespace-nowrap text-xs text-stone-500 tabular-nums">
                      {campaign.mentions} 次 · {campaign.issues} 期
                    </span>
                  </li>
                ))}
              </ol>
            )}
            <Link href="/campaigns" className="mt-2 inline-block text-xs text-stone-600 hover:text-brand-700 hover:underline">
              全部专项行动 →
            </Link>
          </div>
          <nav className="flex gap-4 text-sm" aria-label="按主体浏览">
            <Link href="/townships" className="text-brand-700 hover:underline">
              乡镇街道 →
            </Link>
            <Link href="/departments" className="text-brand-700 hover:underline">
              部门 →
            </Link>
          </nav>
        </div>
      </div>

      <SectionHeading>最新的数字</SectionHeading>
      {overview.recentSentences.length === 0 ? (
        <EmptyState>还没有提取到数字指标。</EmptyState>
      ) : (
        <ul className="divide-y divide-stone-100 rounded border border-stone-200 bg-white" data-testid="recent-numbers">
          {overview.recentSentences.map((group) => (
            <li key={group.key} className="p-2 text-sm" data-testid="recent-sentence">
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                {group.numbers.map((item) => (
                  <span key={item.id} className="inline-flex items-baseline gap-1" data-review={item.review}>
                    <Link
                      href={item.href}
                      className="font-semibold text-brand-700 hover:underline"
                      title={item.metric ? `${item.metric}：查看原句` : "查看原句"}
                      data-testid="recent-number"
                    >
                      {item.text}
                      {item.metric && <span className="ml-1 text-xs font-normal text-stone-500">{item.metric}</span>}
                    </Link>
                    <ReviewBadge review={item.review} />
                  </span>
                ))}
              </div>
              <p className="mt-0.5 text-stone-700">{group.sentence}</p>
              <p className="text-xs text-stone-500">
                <Link href={`/issues/${group.issue.id}`} className="hover:underline">
                  {group.issue.label}
                </Link>
                {" · "}
                <Link href={`/articles/${group.articleId}`} className="hover:underline">
                  {group.articleTitle}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      <Link href="/indicators" className="mt-2 inline-block text-sm text-stone-600 hover:text-brand-700 hover:underline">
        浏览全部指标 →
      </Link>
    </section>
  );
}
