import type { Metadata } from "next";
import Link from "next/link";
import { currentEditor } from "@/lib/auth/current-editor";
import { listAuditLog } from "@/lib/data/audit/list-audit-log";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "操作日志" };

const ACTION_LABEL: Record<string, string> = {
  "sign-in": "登录",
  "sign-out": "退出登录",
  "sign-in-failed": "登录失败（密码错误）",
  "sign-in-throttled": "登录被限制（失败过多）",
  upload: "导入",
  review: "审核",
  "goal-status": "目标状态",
  reextract: "重新提取",
};

export default async function AuditPage() {
  const state = await currentEditor();
  if (state.mode !== "editor") {
    return (
      <p role="status" className="rounded bg-stone-100 p-3">
        操作日志仅对编辑可见。
        {state.mode === "anonymous" && (
          <Link href="/login?next=/audit" className="ml-1 text-brand-700 underline">
            登录
          </Link>
        )}
      </p>
    );
  }
  const entries = await listAuditLog({ limit: 200 });
  return (
    <section>
      <h1 className="mb-4 text-2xl font-bold">操作日志</h1>
      {entries.length === 0 ? (
        <p className="text-stone-600">还没有任何操作记录。</p>
      ) : (
        // Time, editor and action never wrap (a name like 董玲 must not stack one character per line); object and
        // detail take the rest and break anywhere. On a phone the table scrolls inside its box, not the page.
        <div className="overflow-x-auto rounded border border-stone-200 bg-white">
          <table className="w-full min-w-[44rem] text-sm">
            <thead>
              <tr className="border-b text-left text-stone-500">
                <th className="w-40 whitespace-nowrap p-2">时间</th>
                <th className="whitespace-nowrap p-2">编辑</th>
                <th className="whitespace-nowrap p-2">操作</th>
                <th className="w-48 p-2">对象</th>
                <th className="p-2">详情</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} className="border-b border-stone-100 align-top" data-testid="audit-row">
                  <td className="whitespace-nowrap p-2 tabular-nums">{entry.at}</td>
                  <td className="whitespace-nowrap p-2" data-testid="audit-editor">
                    {entry.editor}
                  </td>
                  <td className="whitespace-nowrap p-2" data-testid="audit-action">
                    {ACTION_LABEL[entry.action] ?? entry.action}
                  </td>
                  <td className="break-all p-2">{entry.target}</td>
                  <td className="break-all p-2 font-mono text-xs text-stone-600">{entry.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
