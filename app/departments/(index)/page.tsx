import type { Metadata } from "next";
import Link from "next/link";
import { listDepartments } from "@/lib/data/departments/list-departments";
import { entityHref } from "@/lib/data/source-refs";
import { EmptyState } from "../../_components/overview-entity-chips";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "部门" };

export default async function DepartmentsPage() {
  const departments = await listDepartments();
  return (
    <section>
      <h1 className="mb-1 text-2xl font-bold">部门</h1>
      <p className="mb-4 text-sm text-stone-600">报纸提到的区级部门和上级机关，及关联的指标、目标和专项行动。</p>
      {departments.length === 0 ? (
        <EmptyState>还没有识别出部门。</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded border border-stone-200 bg-white">
          <table className="w-full border-collapse text-sm" data-testid="department-table">
            <thead>
              <tr className="border-b border-stone-200 text-left text-xs text-stone-500">
                <th className="p-2">名称</th>
                <th className="hidden p-2 md:table-cell">全称</th>
                <th className="p-2 text-right">提及</th>
                <th className="p-2 text-right">指标</th>
                <th className="p-2 text-right">目标</th>
                <th className="hidden p-2 text-right sm:table-cell">专项行动</th>
                <th className="hidden p-2 text-right sm:table-cell">期数</th>
                <th className="hidden p-2 md:table-cell">最近出现</th>
              </tr>
            </thead>
            <tbody>
              {departments.map((d) => (
                <tr key={d.name} className="border-b border-stone-100" data-testid="department-row">
                  <td className="p-2">
                    <Link href={entityHref("department", d.name)} className="font-medium text-brand-700 hover:underline">
                      {d.name}
                    </Link>
                    {d.level && d.level !== "区级" && <span className="ml-1 text-xs text-stone-500">{d.level}</span>}
                  </td>
                  <td className="hidden p-2 text-stone-600 md:table-cell">{d.canonical}</td>
                  <td className="p-2 text-right tabular-nums">{d.mentions}</td>
                  <td className="p-2 text-right tabular-nums">{d.indicators}</td>
                  <td className="p-2 text-right tabular-nums">{d.goals}</td>
                  <td className="hidden p-2 text-right tabular-nums sm:table-cell">{d.campaigns}</td>
                  <td className="hidden p-2 text-right tabular-nums sm:table-cell">{d.issues}</td>
                  <td className="hidden p-2 md:table-cell">{d.lastDate ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
