import Link from "next/link";

export default function NotFound() {
  return (
    <section className="rounded border border-stone-200 bg-white p-8 text-center">
      <h1 className="mb-2 text-xl font-bold">找不到这个页面</h1>
      <p className="mb-4 text-stone-600">链接可能有误，或者该条目已被删除。</p>
      <Link href="/" className="text-brand-700 hover:underline">
        返回总览
      </Link>
    </section>
  );
}
