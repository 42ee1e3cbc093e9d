import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, Suspense } from "react";
import { getIssueHead, listIssueArticles, type IssueArticle, type IssueArticleItem } from "@/lib/data/issue-detail";
import { issueTitle } from "@/lib/data/source-refs";
import { parseEntityId } from "@/lib/validations/entity";
import { DateSourceBadge } from "../../_components/date-source-badge";
import { GoalStatusBadge } from "../../_components/goal-status";
import { EmptyState, SectionHeading } from "../../_components/overview-entity-chips";
import { IssueDateControl, ReextractControl } from "../../_components/review/reextract-control";
import { SectionSkeleton } from "../../_components/section-skeleton";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

const KIND_LABELS: Record<string, string> = { news: "新闻", photo: "图片新闻", interview: "访谈", note: "编者按", banner: "栏目横幅" };
const DATE_SOURCE_TEXT: Record<string, string> = { masthead: "报头", inferred: "由正文推断", user: "人工指定" };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const id = parseEntityId((await params).id);
  const issue = id ? await getIssueHead(id) : null;
  return { title: issue ? issueTitle(issue) : "报纸期次" };
}

export default async function IssuePage({ params }: Params) {
  const id = parseEntityId((await params).id);
  if (!id) notFound();
  const issue = await getIssueHead(id);
  if (!issue) notFound();

  const facts: [string, React.ReactNode][] = [
    ["出版日期", issue.date ?? "未知"],
    [
      "日期来源",
      <span key="source" className="flex flex-wrap items-center gap-2">
        <DateSourceBadge source={issue.dateSource} evidence={issue.dateEvidence} confidence={issue.dateConfidence} />
        <span>{issue.dateSource ? DATE_SOURCE_TEXT[issue.dateSource] ?? issue.dateSource : "—"}</span>
        {issue.dateConfidence != null && <span className="text-stone-500">置信度 {Math.round(issue.dateConfidence * 100)}%</span>}
      </span>,
    ],
    ["日期依据", issue.dateEvidence ?? "—"],
    ["期号", issue.number != null ? `第${issue.number}期` : "—"],
    ["星期", issue.weekday ?? "—"],
    ["农历", issue.lunarDate ?? "—"],
    ["责任编辑", issue.editor ?? "—"],
    ["文件", `${issue.fileName}（${issue.encoding}，${(issue.byteSize / 1024).toFixed(1)} KB）`],
  ];

  return (
    <section>
      <p className="mb-1 text-sm">
        <Link href="/issues" className="text-stone-600 hover:text-brand-700 hover:underline">
          ← 报纸期次
        </Link>
      </p>
      {/* The paper the masthead names; a file without one is taken as the paper Zhibiao is set up for. */}
      <h1 className="text-2xl font-bold">{issueTitle(issue)}</h1>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded border border-stone-200 bg-white p-3 text-sm sm:gap-x-6" data-testid="issue-facts">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-stone-500">{label}</dt>
            <dd className="min-w-0 break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <IssueDateControl issueId={issue.id} date={issue.date} dateSource={issue.dateSource} />
      <Suspense fallback={<p className="mt-2 h-5 w-2/3 animate-pulse rounded bg-stone-100" aria-hidden />}>
        <IssueTotals issueId={issue.id} />
      </Suspense>
      <nav className="mt-2 flex justify-between text-sm" aria-label="相邻期次">
        {issue.previous ? (
          <Link href={`/issues/${issue.previous.id}`} className="text-brand-700 hover:underline">
            ← {issue.previous.label}
          </Link>
        ) : (
          <span />
        )}
        {issue.next && (
          <Link href={`/issues/${issue.next.id}`} className="text-brand-700 hover:underline">
            {issue.next.label} →
          </Link>
        )}
      </nav>

      <Suspense fallback={<SectionSkeleton label="文章" rows={6} />}>
        <IssueArticlesSection issueId={issue.id} />
      </Suspense>
      <ReextractControl issueId={issue.id} />
    </section>
  );
}

// The articles with their items: the heavy read of the page, streamed after its facts. One read per request for the
// totals line and the list (React cache).
const loadIssueArticles = cache((issueId: number) => listIssueArticles(issueId));

async function IssueTotals({ issueId }: { issueId: number }) {
  const issue = await loadIssueArticles(issueId);
  return (
    <p className="mt-2 text-sm text-stone-600" data-testid="issue-totals">
      {issue.articles.length} 篇文章 · {issue.totals.indicators} 个数字指标 · {issue.totals.goals} 个目标 · {issue.totals.progress} 条进展 ·{" "}
      {issue.totals.campaigns} 次专项行动提及 · {issue.totals.places} 个地名 · {issue.totals.departments} 个部门
    </p>
  );
}

async function IssueArticlesSection({ issueId }: { issueId: number }) {
  const issue = await loadIssueArticles(issueId);
  return (
    <>
      {issue.banners.length > 0 && (
        <p className="mt-3 text-sm text-stone-600" data-testid="issue-banners">
          栏目横幅：
          {issue.banners.map((banner, i) => (
            <span key={banner.id}>
              {i > 0 && "；"}
              <span className="font-medium text-stone-800">{banner.title}</span>
              {banner.campaigns.map((item) =>
                item.link ? (
                  <Link key={item.id} href={item.link} className="ml-1 rounded bg-violet-100 px-1 text-violet-900 hover:underline">
                    {item.detail ?? item.text}
                  </Link>
                ) : null,
              )}
            </span>
          ))}
        </p>
      )}

      <SectionHeading count={issue.articles.length}>文章</SectionHeading>
      {issue.articles.length === 0 ? (
        <EmptyState>这一期没有切分出文章。</EmptyState>
      ) : (
        <ol className="space-y-3">
          {issue.articles.map((article) => (
            <ArticleCard key={article.id} article={article} />
          ))}
        </ol>
      )}
    </>
  );
}

function ArticleCard({ article }: { article: IssueArticle }) {
  const c = article.counts;
  return (
    <li className="rounded border border-stone-200 bg-white p-3" data-testid="issue-article">
      {article.kicker && <p className="text-xs text-stone-500">{article.kicker}</p>}
      <div className="flex flex-wrap items-baseline gap-2">
        <span className="text-sm tabular-nums text-stone-400">{article.position + 1}.</span>
        <Link href={`/articles/${article.id}`} className="text-lg font-semibold text-stone-900 hover:text-brand-700 hover:underline">
          {article.title}
        </Link>
        {article.kind !== "news" && (
          <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">{KIND_LABELS[article.kind] ?? article.kind}</span>
        )}
      </div>
      {article.subtitle && <p className="text-sm text-stone-600">{article.subtitle}</p>}
      <p className="text-xs text-stone-500">
        {[article.interviewee, article.byline, `${article.length} 字`, article.continuation].filter(Boolean).join(" · ")}
      </p>
      <p className="mt-1 text-xs text-stone-600" data-testid="article-counts">
        指标 {c.indicators} · 目标 {c.goals} · 进展 {c.progress} · 专项行动 {c.campaigns} · 地名 {c.places} · 部门 {c.departments}
      </p>
      {article.indicators.length > 0 && (
        <ItemGroup label="数字">
          {article.indicators.map((item) => (
            <li key={item.id}>
              <Link href={item.href} className="rounded bg-amber-100 px-1 text-amber-900 hover:underline" title={item.sentence} data-testid="issue-indicator">
                {item.text}
              </Link>
              {item.detail && <span className="ml-1 text-xs text-stone-500">{item.detail}</span>}
            </li>
          ))}
        </ItemGroup>
      )}
      {article.goals.length > 0 && (
        <ItemGroup label="目标">
          {article.goals.map((item) => (
            <li key={item.id} className="flex items-baseline gap-1">
              <GoalStatusBadge status={item.status} />
              <Link href={item.href} className="hover:text-brand-700 hover:underline">
                {item.text}
              </Link>
            </li>
          ))}
        </ItemGroup>
      )}
      <EntityItems label="专项行动" items={article.campaigns} className="bg-violet-100 text-violet-900" />
      <EntityItems label="地名" items={article.places} className="bg-emerald-100 text-emerald-900" />
      <EntityItems label="部门" items={article.departments} className="bg-rose-100 text-rose-900" />
    </li>
  );
}

function ItemGroup({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="mt-2 flex gap-2 text-sm">
      <span className="w-14 shrink-0 text-xs leading-6 text-stone-500">{label}</span>
      <ul className="flex flex-wrap gap-x-3 gap-y-1">{children}</ul>
    </div>
  );
}

// Each mention links to its place in the article; its entity page (township, department, campaign) is a second link.
function EntityItems({ label, items, className }: { label: string; items: IssueArticleItem[]; className: string }) {
  if (items.length === 0) return null;
  // The same name repeated in one article shows once, with how often.
  const groups = new Map<string, { item: IssueArticleItem; count: number }>();
  for (const item of items) {
    const key = `${item.text}|${item.link ?? ""}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { item, count: 1 });
  }
  return (
    <ItemGroup label={label}>
      {[...groups.values()].map(({ item, count }) => (
        <li key={item.id}>
          <Link href={item.href} className={`rounded px-1 hover:underline ${className}`}>
            {item.text}
            {count > 1 && <span className="ml-0.5 text-xs opacity-70">×{count}</span>}
          </Link>
          {item.link && (
            <Link href={item.link} className="ml-0.5 text-xs text-stone-500 hover:text-brand-700 hover:underline" aria-label={`${item.detail ?? item.text} 详情`}>
              {item.detail ?? "↗"}
            </Link>
          )}
          {!item.link && item.detail && <span className="ml-0.5 text-xs text-stone-500">{item.detail}</span>}
        </li>
      ))}
    </ItemGroup>
  );
}
