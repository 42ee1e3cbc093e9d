import type { Metadata } from "next";
import { Suspense } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDepartment } from "@/lib/data/departments/get-department";
import { parseEntityName } from "@/lib/validations/entity";
import { EntityDetailBody } from "../../_components/overview-entity-detail";
import { EntityGoalsSection } from "../../_components/entity-goals-section";
import { SectionSkeleton } from "../../_components/section-skeleton";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const name = parseEntityName((await params).name);
  return { title: name ?? "部门" };
}

export default async function DepartmentPage({ params }: Params) {
  const name = parseEntityName((await params).name);
  if (!name) notFound();
  const department = await getDepartment(name);
  if (!department) notFound();

  return (
    <section>
      <p className="mb-1 text-sm">
        <Link href="/departments" className="text-stone-600 hover:text-brand-700 hover:underline">
          ← 部门
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {department.name}
        {department.level && <span className="ml-2 text-base font-normal text-stone-500">{department.level}</span>}
      </h1>
      <p className="text-sm text-stone-600">
        {department.canonical}
        {department.aliases.length > 0 && `（又作：${department.aliases.join("、")}）`}
      </p>
      <p className="mt-1 text-sm text-stone-700" data-testid="entity-summary">
        {department.articleCount} 篇文章提及 · {department.indicatorCount} 个数字指标 · {department.goalCount} 个目标 ·{" "}
        {department.campaigns.length} 项专项行动
      </p>
      <EntityDetailBody {...department} entity="department" goalLedger={
          <Suspense fallback={<SectionSkeleton label="目标" rows={4} />}>
            <EntityGoalsSection department={department.name} />
          </Suspense>
        } />
    </section>
  );
}
