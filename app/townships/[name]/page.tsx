import type { Metadata } from "next";
import { Suspense } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTownship } from "@/lib/data/townships/get-township";
import { parseEntityName } from "@/lib/validations/entity";
import { EmptyState } from "../../_components/overview-entity-chips";
import { EntityDetailBody } from "../../_components/overview-entity-detail";
import { EntityGoalsSection } from "../../_components/entity-goals-section";
import { SectionSkeleton } from "../../_components/section-skeleton";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const name = parseEntityName((await params).name);
  return { title: name ?? "乡镇街道" };
}

export default async function TownshipPage({ params }: Params) {
  const name = parseEntityName((await params).name);
  if (!name) notFound();
  const township = await getTownship(name);
  if (!township) notFound();

  return (
    <section>
      <p className="mb-1 text-sm">
        <Link href="/townships" className="text-stone-600 hover:text-brand-700 hover:underline">
          ← 乡镇街道
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {township.name}
        {township.kind && <span className="ml-2 text-base font-normal text-stone-500">{township.kind}</span>}
      </h1>
      {!township.known ? (
        <div className="mt-4">
          <EmptyState>已收录的报纸中还没有提到{township.name}。</EmptyState>
        </div>
      ) : (
        <>
          <p className="mt-1 text-sm text-stone-700" data-testid="entity-summary">
            {township.articleCount} 篇文章提及 · {township.indicatorCount} 个数字指标 · {township.goalCount} 个目标 ·{" "}
            {township.campaigns.length} 项专项行动
          </p>
          {township.villages.length > 0 && (
            <p className="mt-1 text-sm text-stone-600">
              提到的村社：{township.villages.map((v) => `${v.name}${v.mentions > 1 ? `（${v.mentions}）` : ""}`).join("、")}
            </p>
          )}
          <EntityDetailBody {...township} entity="township" goalLedger={
              <Suspense fallback={<SectionSkeleton label="目标" rows={4} />}>
                <EntityGoalsSection township={township.name} />
              </Suspense>
            } />
        </>
      )}
    </section>
  );
}
