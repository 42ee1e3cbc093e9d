import type { Metadata } from "next";
import { currentEditor } from "@/lib/auth/current-editor";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { SignInForm } from "./sign-in-form";
import { signOut } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "编辑登录" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const state = await currentEditor();
  // Sanitised here too, so the form never even carries a target off this site (the action checks again).
  const next = safeRedirectPath((await searchParams).next);
  return (
    <section className="mx-auto max-w-md rounded border border-stone-200 bg-white p-6">
      <h1 className="mb-4 text-xl font-bold">编辑登录</h1>
      {state.mode === "read-only" && (
        <p className="rounded bg-amber-50 p-3 text-sm text-amber-900" role="status">
          本站处于只读模式：服务器未设置编辑密码（环境变量 ZHIBIAO_EDITOR_PASSWORD），所有人都只能浏览。
        </p>
      )}
      {state.mode === "editor" && (
        <form action={signOut} className="space-y-3">
          <p>
            已登录为 <strong>{state.editor}</strong>。
          </p>
          <button className="rounded bg-stone-800 px-4 py-2 text-white hover:bg-stone-700">退出登录</button>
        </form>
      )}
      {state.mode === "anonymous" && <SignInForm next={next} />}
    </section>
  );
}
