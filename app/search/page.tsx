import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "../_components/pagination";
import { SearchParts } from "../_components/search-parts";
import { searchArticles } from "@/lib/data/search/search-articles";
import { ZSearchParamsSchema } from "@/lib/validations/search";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "搜索" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage(props: Props) {
  const parsed = ZSearchParamsSchema.safeParse(await props.searchParams);
  const q = parsed.success ? (parsed.data.q ?? "") : "";
  const result = parsed.success && q ? await searchArticles({ q, page: parsed.data.page }) : null;

  return (
    <section>
      <h1 className="mb-4 text-2xl font-bold">搜索</h1>
      <form method="get" action="/search" role="search" className="mb-4 flex flex-wrap gap-2">
        <label htmlFor="search-q" className="sr-only">
          关键词
        </label>
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={100}
          placeholder="搜索文章全文，例如：征收、共同富裕"
          className="min-w-0 flex-1 rounded border border-stone-300 bg-white px-3 py-2 focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600"
        />
        <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-medium text-white hover:bg-brand-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">
          搜索
        </button>
      </form>

      {!parsed.success ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-4 text-amber-900" data-testid="search-error">
          {parsed.error.issues.map((issue) => issue.message).join("；")}
        </p>
      ) : !result ? (
        <p className="text-stone-600">输入关键词，在所有已收录文章的标题和正文中查找。多个关键词用空格分开，须同时出现。</p>
      ) : result.total === 0 ? (
        <p className="rounded border border-dashed border-stone-300 bg-white p-6 text-stone-600" data-testid="search-empty">
          没有找到包含“{q}”的文章。
        </p>
      ) : (
        <>
          <p className="mb-3 text-sm text-stone-600" data-testid="search-total">
            找到 <strong className="tabular-nums text-stone-900">{result.total}</strong> 篇文章
            {result.mode === "substring" ? "（短关键词按字面逐篇查找）" : "（按相关度排序）"}
          </p>
          <ol className="space-y-3">
            {result.results.map((item) => (
              <li key={item.articleId} className="rounded border border-stone-200 bg-white p-4" data-testid="search-result">
                <h2 className="text-lg font-semibold">
                  <Link href={`/articles/${item.articleId}`} className="text-brand-700 hover:underline">
                    <SearchParts parts={item.title} />
                  </Link>
                </h2>
                <p className="mb-1 text-xs text-stone-500">
                  {item.issueDate ?? "日期未知"}
                  {item.issueNumber ? ` · 第${item.issueNumber}期` : ""} · 出现 {item.matches} 次
                </p>
                <p className="text-sm leading-6 text-stone-700" data-testid="search-snippet">
                  <SearchParts parts={item.snippet} />
                </p>
              </li>
            ))}
          </ol>
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            href={(page) => `/search?${new URLSearchParams(page === 1 ? { q } : { q, page: String(page) })}`}
          />
        </>
      )}
    </section>
  );
}
