import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCampaign } from "@/lib/data/campaigns";
import { entityHref, seriesDateCount } from "@/lib/data/source-refs";
import { parseEntityId } from "@/lib/validations/entity";
import { TimeSeriesChart } from "../../_components/charts/time-series-chart";
import { GoalList } from "../../_components/goal-status";
import { EntityChips, SectionHeading } from "../../_components/overview-entity-chips";
import { IndicatorTable } from "../../_components/overview-indicator-table";
import { CappedNote } from "../../_components/capped-note";
import { SourceList } from "../../_components/source-list";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const id = parseEntityId((await params).id);
  const campaign = id ? await getCampaign(id) : null;
  return { title: campaign ? `${campaign.name} · 专项行动` : "专项行动" };
}

export default async function CampaignPage({ params }: Params) {
  const id = parseEntityId((await params).id);
  if (!id) notFound();
  const campaign = await getCampaign(id);
  if (!campaign) notFound();
  // Series with points on several dates get a chart each; one-date series are single numbers, listed in the table below.
  const trends = campaign.series.filter((s) => seriesDateCount(s) > 1);
  const singles = campaign.series.length - trends.length;

  return (
    <section>
      <p className="mb-1 text-sm">
        <Link href="/campaigns" className="text-stone-600 hover:text-brand-700 hover:underline">
          ← 专项行动
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{campaign.name}</h1>
      {campaign.aliases.length > 0 && <p className="text-sm text-stone-500">又作：{campaign.aliases.join("、")}</p>}
      <p className="mt-1 text-sm text-stone-700" data-testid="campaign-summary">
        {campaign.mentionCount} 次提及，见于 {campaign.issueCount} 期
        {campaign.firstDate &&
          (campaign.firstDate === campaign.lastDate ? `（${campaign.firstDate}）` : `（${campaign.firstDate} 至 ${campaign.lastDate}）`)}
        ，{campaign.indicatorCount} 个数字指标，{campaign.goalCount} 个目标
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

      <SectionHeading>进展</SectionHeading>
      <div className={`grid gap-4 ${trends.length > 0 ? "lg:grid-cols-2" : ""}`}>
        <TimeSeriesChart title={`“${campaign.name}”各期提及次数`} series={[campaign.mentionsByDate]} testId="mentions-chart" table="open" />
        {trends.map((series) => (
          <TimeSeriesChart key={series.key} title={series.label} series={[series]} testId="indicator-series-chart" table="open" />
        ))}
      </div>
      <p className="mt-2 text-sm text-stone-500" data-testid="series-note">
        {campaign.series.length === 0
          ? "这项行动还没有关联的数字指标。"
          : trends.length === 0
            ? `${campaign.series.length} 个指标序列（按指标和单位）都只见于一期，还画不出趋势；数值见下方数字指标表。`
            : `${campaign.series.length} 个指标序列（按指标和单位）：${trends.length} 个跨多期（见上图）${
                singles > 0 ? `；${singles} 个只见于一期，见下方数字指标表` : ""
              }。`}
      </p>

      <SectionHeading count={campaign.goalCount}>目标</SectionHeading>
      <GoalList goals={campaign.goals} showCampaign={false} />
      <CappedNote shown={campaign.goals.length} total={campaign.goalCount} unit="个" />

      <SectionHeading count={campaign.indicatorCount}>数字指标</SectionHeading>
      <IndicatorTable items={campaign.indicators} show={{ campaign: false }} />
      <CappedNote
        shown={campaign.indicators.length}
        total={campaign.indicatorCount}
        unit="个"
        href={`/indicators?campaign=${encodeURIComponent(campaign.name)}`}
      />

      <SectionHeading count={Math.max(campaign.articleCount, campaign.articles.length)}>相关文章（按日期）</SectionHeading>
      <SourceList
        items={campaign.articles.map((a) => ({
          ...a,
          note: [
            a.kind === "banner" && "栏目横幅",
            a.mentions && `提及 ${a.mentions}`,
            a.indicators && `指标 ${a.indicators}`,
            a.goals && `目标 ${a.goals}`,
          ]
            .filter(Boolean)
            .join(" · "),
        }))}
      />

      <CappedNote shown={campaign.articles.length} total={campaign.articleCount} unit="篇" />

      <SectionHeading count={campaign.mentionCount}>提及原文</SectionHeading>
      <ul className="flex flex-wrap gap-2 text-sm" data-testid="campaign-mentions">
        {campaign.mentions.map((mention) => (
          <li key={mention.id}>
            <Link href={mention.href} className="rounded border border-violet-200 bg-violet-50 px-1.5 py-0.5 text-violet-800 hover:underline">
              {mention.text}
              <span className="ml-1 text-xs text-stone-500">{mention.issue.date ?? mention.issue.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <CappedNote shown={campaign.mentions.length} total={campaign.mentionCount} unit="处" />
    </section>
  );
}
