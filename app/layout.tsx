import type { Metadata } from "next";
import Link from "next/link";
import { currentEditor } from "@/lib/auth/current-editor";
// The pages' own Chinese font (Noto Sans SC, variable weight, woff2), served from this app: every visitor and every
// screenshot sees the same glyphs, with or without CJK fonts on the machine. Its ~100 @font-face rules each cover one
// unicode-range slice, so a page downloads only the slices holding the characters it shows. --font-sans in globals.css.
import "@fontsource-variable/noto-sans-sc";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "指标 · 今日柯城目标追踪", template: "%s · 指标" },
  description: "从《今日柯城》各期报纸中提取目标、数字指标、专项行动、乡镇街道和部门，跨期追踪。",
};

const NAV = [
  { href: "/", label: "总览" },
  { href: "/goals", label: "目标台账" },
  { href: "/campaigns", label: "专项行动" },
  { href: "/indicators", label: "指标" },
  { href: "/issues", label: "报纸期次" },
  { href: "/search", label: "搜索" },
  { href: "/ingest", label: "导入" },
];

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const editor = await currentEditor();
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">
        <header className="border-b border-stone-200 bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="flex items-baseline gap-2 text-brand-700">
              <span className="text-xl font-bold">指标</span>
              <span className="text-sm text-stone-500">今日柯城目标追踪</span>
            </Link>
            <nav aria-label="主导航" className="flex flex-wrap gap-4 text-sm">
              {NAV.map((item) => (
                <Link key={item.href} href={item.href} className="text-stone-700 hover:text-brand-700 focus-visible:text-brand-700">
                  {item.label}
                </Link>
              ))}
            </nav>
            <div className="ml-auto text-sm">
              {editor.mode === "editor" ? (
                <span className="flex gap-3">
                  <Link href="/audit" className="text-stone-600 hover:text-brand-700">
                    操作日志
                  </Link>
                  <Link href="/login" className="text-stone-700" data-testid="editor-name">
                    编辑：{editor.editor}
                  </Link>
                </span>
              ) : editor.mode === "anonymous" ? (
                <Link href="/login" className="text-stone-600 hover:text-brand-700">
                  编辑登录
                </Link>
              ) : (
                <span className="text-stone-400" title="未设置 ZHIBIAO_EDITOR_PASSWORD">
                  只读模式
                </span>
              )}
            </div>
          </div>
        </header>
        <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
      </body>
    </html>
  );
}
