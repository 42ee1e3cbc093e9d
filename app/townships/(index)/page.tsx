import type { Metadata } from "next";
import Link from "next/link";
import { listTownships } from "@/lib/data/townships/list-townships";
import { entityHref } from "@/lib/data/source-refs";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "乡镇街道" };

export default async function TownshipsPage() {
  const townships = await listTownships();
  return (
    <section>
      <h1 className="mb-1 text-2xl font-bold">乡镇街道</h1>
      <p className="mb-4 text-sm text-stone-600">柯城区 18 个乡镇（街道）及报纸提到的次数（含其下村、社区）、关联的指标、目标和专项行动。</p>
      <div className="overflow-x-auto rounded border border-stone-200 bg-white">
        <table className="w-full border-collapse text-sm" data-testid="township-table">
          <thead>
            <tr className="border-b border-stone-200 text-left text-xs text-stone-500">
              <th className="p-2">名称</th>
              <th className="p-2 text-right">提及</th>
              <th className="hidden p-2 text-right sm:table-cell">村社</th>
              <th className="p-2 text-right">指标</th>
              <th className="p-2 text-right">目标</th>
              <th className="hidden p-2 text-right sm:table-cell">专项行动</th>
              <th className="hidden p-2 text-right sm:table-cell">期数</th>
              <th className="hidden p-2 md:table-cell">最近出现</th>
            </tr>
          </thead>
          <tbody>
            {townships.map((t) => (
              <tr key={t.name} className={`border-b border-stone-100 ${t.mentions === 0 && t.indicators === 0 ? "text-stone-400" : ""}`} data-testid="township-row">
                <td className="p-2">
                  <Link href={entityHref("township", t.name)} className="font-medium text-brand-700 hover:underline">
                    {t.name}
                  </Link>
                </td>
                <td className="p-2 text-right tabular-nums">{t.mentions}</td>
                <td className="hidden p-2 text-right tabular-nums sm:table-cell">{t.villages}</td>
                <td className="p-2 text-right tabular-nums">{t.indicators}</td>
                <td className="p-2 text-right tabular-nums">{t.goals}</td>
                <td className="hidden p-2 text-right tabular-nums sm:table-cell">{t.campaigns}</td>
                <td className="hidden p-2 text-right tabular-nums sm:table-cell">{t.issues}</td>
                <td className="hidden p-2 md:table-cell">{t.lastDate ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
