import type { Metadata } from "next";
import Link from "next/link";
import { listCampaigns } from "@/lib/data/campaigns/list-campaigns";
import { entityHref } from "@/lib/data/source-refs";
import { parseCampaignListParams, type TCampaignListParams } from "@/lib/validations/campaign";
import { EmptyState, EntityChips } from "../../_components/overview-entity-chips";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "专项行动" };

const SORTS: { value: TCampaignListParams["sort"]; label: string }[] = [
  { value: "mentions", label: "按期数和提及" },
  { value: "recent", label: "按最近出现" },
  { value: "name", label: "按名称" },
];

export default async function CampaignsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = parseCampaignListParams(await searchParams);
  const campaigns = await listCampaigns(params);
  return (
    <section>
      <h1 className="mb-1 text-2xl font-bold">专项行动</h1>
      <p className="mb-4 text-sm text-stone-600">报纸中提到的专项行动、竞赛和改革，及其首次和最近出现的期次、涉及的乡镇街道和部门。</p>
      {campaigns.length === 0 ? (
        <EmptyState>还没有识别出专项行动。导入报纸后，这里会列出“六治六提”等行动。</EmptyState>
      ) : (
        <>
          <nav className="mb-3 flex flex-wrap gap-3 text-sm" aria-label="排序">
            {SORTS.map((sort) => (
              <Link
                key={sort.value}
                href={sort.value === "mentions" ? "/campaigns" : `/campaigns?sort=${sort.value}`}
                aria-current={params.sort === sort.value ? "page" : undefined}
                className={params.sort === sort.value ? "font-semibold text-brand-700" : "text-stone-600 hover:text-brand-700"}
              >
                {sort.label}
              </Link>
            ))}
          </nav>
          <ul className="grid gap-3 md:grid-cols-2" data-testid="campaign-list">
            {campaigns.map((campaign) => (
              <li key={campaign.id} className="rounded border border-stone-200 bg-white p-3" data-testid="campaign-row">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link href={`/campaigns/${campaign.id}`} className="text-lg font-semibold text-brand-700 hover:underline">
                    {campaign.name}
                  </Link>
                  <span className="text-xs text-stone-500 tabular-nums">
                    {campaign.mentions} 次提及 · {campaign.issues} 期 · {campaign.indicators} 个指标 · {campaign.goals} 个目标
                  </span>
                </div>
                <p className="mt-1 text-sm text-stone-600">
                  {campaign.firstDate
                    ? campaign.firstDate === campaign.lastDate
                      ? `出现于 ${campaign.firstDate}`
                      : `首次 ${campaign.firstDate} · 最近 ${campaign.lastDate}`
                    : "出现期次日期未知"}
                </p>
                <div className="mt-2 space-y-1">
                  <EntityChips
                    tone="emerald"
                    empty="未关联乡镇街道"
                    chips={campaign.townships.map((t) => ({ name: t.name, count: t.count, href: entityHref("township", t.name) }))}
                  />
                  <EntityChips
                    tone="rose"
                    empty="未关联部门"
                    chips={campaign.departments.map((d) => ({ name: d.name, count: d.count, href: entityHref("department", d.name) }))}
                  />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
