import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "指标 · 今日柯城目标追踪", template: "%s · 指标" },
  description: "从《今日柯城》各期报纸中提取目标、数字指标、专项行动、乡镇街道和部门，跨期追踪。",
};

const NAV = [
  { href: "/", label: "总览" },
  { href: "/campaigns", label: "专项行动" },
  { href: "/indicators", label: "指标" },
  { href: "/issues", label: "报纸期次" },
  { href: "/search", label: "搜索" },
];

export default function RootLayout({ children }: { children: React.ReactNode }) {
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
          </div>
        </header>
        <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
      </body>
    </html>
  );
}
