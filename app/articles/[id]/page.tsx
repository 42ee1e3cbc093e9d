import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { ArticleFocus } from "../../_components/article-focus";
import { ArticleSideLists } from "../../_components/article-side-lists";
import { DateSourceBadge } from "../../_components/date-source-badge";
import { HighlightedText } from "../../_components/highlighted-text";
import type { HighlightSpan } from "../../_components/highlighted-text-segments";
import { APPROX_LABELS, formatValue, REVIEW_LABELS } from "../../_components/indicator-format";
import { Legend } from "../../_components/legend";
import { RejectedToggle } from "../../_components/review/rejected-toggle";
import { SelectionAdder } from "../../_components/review/selection-adder";
import { currentEditor } from "@/lib/auth/current-editor";
import { getArticle, type ArticleDetail } from "@/lib/data/articles/get-article";
import { issueLabel } from "@/lib/data/source-refs";
import { listReviewOptions } from "@/lib/data/review/list-review-options";
import { GOAL_STATUSES } from "@/lib/validations/review";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const ZArticleIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

// ?rejected=show lists rejected items too (struck through); ?edit=<indicatorId> opens that item's correction form.
const ZArticleViewSchema = z.object({
  rejected: z.literal("show").optional().catch(undefined),
  edit: z.coerce.number().int().positive().optional().catch(undefined),
});

// One read per request for both the metadata and the page.
const loadArticle = cache(async (rawId: string, includeRejected: boolean = false) => {
  const id = ZArticleIdSchema.safeParse(/^\d+$/.test(rawId) ? rawId : Number.NaN);
  return id.success ? getArticle({ id: id.data, includeRejected }) : null;
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const view = ZArticleViewSchema.parse(await props.searchParams);
  const article = await loadArticle((await props.params).id, view.rejected === "show");
  return { title: article?.title ?? "找不到文章" };
}

// The tooltip says how far a person has checked the item: 【已更正】, 【已拒绝】…
const reviewNote = (review: string) => (review === "machine" ? "" : `【${REVIEW_LABELS[review] ?? review}】`);

function highlightSpans(article: ArticleDetail): HighlightSpan[] {
  return [
    ...article.indicators.map((item) => ({
      kind: "indicator" as const,
      itemId: item.id,
      start: item.start,
      end: item.end,
      review: item.review,
      title: `${reviewNote(item.review)}${item.text} = ${formatValue(item.value, item.valueMax)} ${item.unit}（${APPROX_LABELS[item.approx] ?? item.approx}）${item.metric ? ` · ${item.metric}` : ""}`,
    })),
    ...article.goals.map((goal) => ({
      kind: "goal" as const,
      itemId: goal.id,
      start: goal.start,
      end: goal.end,
      review: goal.review,
      title: `${reviewNote(goal.review)}${goal.deadline ? `期限：${goal.deadline}` : goal.verb} · ${goal.status}`,
    })),
    ...article.campaigns.map((m) => ({ kind: "campaign" as const, itemId: m.id, start: m.start, end: m.end, title: m.name })),
    ...article.places.map((m) => ({ kind: "place" as const, itemId: m.id, start: m.start, end: m.end, title: m.detail ? `${m.name}（${m.detail}）` : m.name })),
    ...article.departments.map((m) => ({ kind: "department" as const, itemId: m.id, start: m.start, end: m.end, title: m.detail ?? m.name })),
    ...article.evidence.map((e) => ({ kind: "evidence" as const, itemId: e.id, start: e.start, end: e.end, title: `目标：${e.goalText}` })),
  ];
}

const ROLE_NAMES: Record<string, string> = { 记者: "记者", 通讯员: "通讯员", 实习生: "实习生", 特约记者: "特约记者", 其他: "" };

export default async function ArticlePage(props: Props) {
  const view = ZArticleViewSchema.parse(await props.searchParams);
  const showRejected = view.rejected === "show";
  const article = await loadArticle((await props.params).id, showRejected);
  if (!article) notFound();
  const { issue } = article;
  const editor = (await currentEditor()).mode === "editor";
  const review = editor ? { options: await listReviewOptions(), statuses: GOAL_STATUSES, editId: view.edit } : null;
  const rejectedCount = article.rejected.indicators + article.rejected.goals;
  const body = <HighlightedText text={article.text} spans={highlightSpans(article)} sectionHeads={article.sectionHeads} />;

  return (
    <article className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <ArticleFocus />
      <div className="min-w-0">
        <nav aria-label="位置" className="mb-3 text-sm text-stone-500">
          <Link href="/issues" className="hover:text-brand-700 hover:underline">
            报纸期次
          </Link>
          <span aria-hidden> / </span>
          <Link href={`/issues/${issue.id}`} className="hover:text-brand-700 hover:underline">
            {issueLabel(issue)}
          </Link>
        </nav>
        <header className="mb-4 border-b border-stone-200 pb-4">
          {article.kicker ? <p className="mb-1 text-sm text-stone-600">{article.kicker}</p> : null}
          <h1 className="text-2xl font-bold leading-snug" data-testid="article-title">
            {article.title}
          </h1>
          {article.subtitle ? <p className="mt-1 text-stone-700">{article.subtitle}</p> : null}
          <dl className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-600" data-testid="article-meta">
            <div className="flex items-center gap-1">
              <dt>出版日期</dt>
              <dd className="flex items-center gap-1 font-medium text-stone-900">
                {issue.date ?? "日期未知"}
                <DateSourceBadge source={issue.dateSource} evidence={issue.dateEvidence} confidence={issue.dateConfidence} />
              </dd>
            </div>
            <div className="flex items-center gap-1">
              <dt>期号</dt>
              <dd className="font-medium text-stone-900">{issue.number ? `第${issue.number}期` : "未知"}</dd>
            </div>
            <div className="flex items-center gap-1">
              <dt>版面顺序</dt>
              <dd className="text-stone-900">第 {article.position + 1} 篇</dd>
            </div>
            {article.reporters.length > 0 ? (
              <div className="flex items-center gap-1">
                <dt>作者</dt>
                <dd className="text-stone-900" data-testid="article-reporters">
                  {article.reporters.map((r) => `${ROLE_NAMES[r.role] ?? r.role}${r.affiliation ? `（${r.affiliation}）` : ""} ${r.name}`.trim()).join("，")}
                </dd>
              </div>
            ) : null}
          </dl>
          {article.byline && article.reporters.length === 0 ? <p className="mt-1 text-sm text-stone-500">{article.byline}</p> : null}
          {article.interviewee ? <p className="mt-1 text-sm text-stone-700">受访：{article.interviewee}</p> : null}
          {article.sectionHeads.length > 0 ? (
            <nav aria-label="小标题" className="mt-3 text-sm">
              <ul className="flex flex-wrap gap-x-4 gap-y-1">
                {article.sectionHeads.map((head) => (
                  <li key={head.start} className="text-stone-700">
                    § {head.text}
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </header>
        <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
          <Legend
            counts={{
              indicator: article.indicators.length,
              goal: article.goals.length,
              campaign: article.campaigns.length,
              place: article.places.length,
              department: article.departments.length,
              evidence: article.evidence.length,
            }}
          />
          <RejectedToggle shown={showRejected} count={rejectedCount} href={showRejected ? `/articles/${article.id}` : `/articles/${article.id}?rejected=show`} />
        </div>
        {review ? (
          <SelectionAdder articleId={article.id} text={article.text} options={review.options}>
            {body}
          </SelectionAdder>
        ) : (
          body
        )}
        {article.continuation ? <p className="mt-4 text-sm text-stone-500">{article.continuation}</p> : null}
        <nav aria-label="同期文章" className="mt-8 flex flex-wrap justify-between gap-3 border-t border-stone-200 pt-4 text-sm">
          {article.previous ? (
            <Link href={`/articles/${article.previous.id}`} className="max-w-[48%] text-brand-700 hover:underline">
              ← {article.previous.title}
            </Link>
          ) : (
            <span />
          )}
          {article.next ? (
            <Link href={`/articles/${article.next.id}`} className="max-w-[48%] text-right text-brand-700 hover:underline">
              {article.next.title} →
            </Link>
          ) : null}
        </nav>
      </div>
      <aside aria-label="提取结果" className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
        <ArticleSideLists article={article} review={review} />
      </aside>
    </article>
  );
}
