"use client";

import { useActionState } from "react";
import { signIn, type SignInState } from "./actions";

export function SignInForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, {});
  return (
    <form action={action} className="space-y-4">
      {next && <input type="hidden" name="next" value={next} />}
      <label className="block">
        <span className="mb-1 block text-sm text-stone-600">姓名（记入操作日志）</span>
        <input name="editor" required maxLength={40} autoComplete="username" className="w-full rounded border border-stone-300 px-3 py-2" />
      </label>
      <label className="block">
        <span className="mb-1 block text-sm text-stone-600">编辑密码</span>
        <input name="password" type="password" required autoComplete="current-password" className="w-full rounded border border-stone-300 px-3 py-2" />
      </label>
      {state.error && (
        <p role="alert" className="text-sm text-brand-700">
          {state.error}
        </p>
      )}
      <button disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "登录中…" : "登录"}
      </button>
    </form>
  );
}
