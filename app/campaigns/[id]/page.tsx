import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, Suspense } from "react";
import { getCampaignHead, type CampaignHead } from "@/lib/data/campaigns/get-campaign-head";
import { getCampaignIndicators, type CampaignIndicators } from "@/lib/data/campaigns/get-campaign-indicators";
import { listCampaignArticles } from "@/lib/data/campaigns/list-campaign-articles";
import { listCampaignGoals } from "@/lib/data/campaigns/list-campaign-goals";
import { listCampaignMentions } from "@/lib/data/campaigns/list-campaign-mentions";
import { entityHref, seriesDateCount } from "@/lib/data/source-refs";
import { parseEntityId } from "@/lib/validations/entity";
import { TimeSeriesChart } from "../../_components/charts/time-series-chart";
import { GoalList } from "../../_components/goal-status";
import { EntityChips, SectionHeading } from "../../_components/overview-entity-chips";
import { IndicatorTable } from "../../_components/overview-indicator-table";
import { CappedNote } from "../../_components/capped-note";
import { SectionSkeleton } from "../../_components/section-skeleton";
import { SourceList } from "../../_components/source-list";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

// The head is read by the metadata and the page: once per request (React cache).
const loadHead = cache((id: number) => getCampaignHead(id));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const id = parseEntityId((await params).id);
  const campaign = id ? await loadHead(id) : null;
  return { title: campaign ? `${campaign.name} · 专项行动` : "专项行动" };
}

// The head (names, totals, townships and departments) comes first; the charts, goals, numbers, articles and
// mentions stream in as their queries finish, next-learn style. The charts and the numbers table share one read.
export default async function CampaignPage({ params }: Params) {
  const id = parseEntityId((await params).id);
  if (!id) notFound();
  const campaign = await loadHead(id);
  if (!campaign) notFound();
  const indicators = getCampaignIndicators(id);

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
      <Suspense fallback={<SectionSkeleton label="进展图表" rows={6} />}>
        <ProgressSection campaign={campaign} indicators={indicators} />
      </Suspense>

      <SectionHeading count={campaign.goalCount}>目标</SectionHeading>
      <Suspense fallback={<SectionSkeleton label="目标" rows={4} />}>
        <GoalsSection campaign={campaign} />
      </Suspense>

      <SectionHeading count={campaign.indicatorCount}>数字指标</SectionHeading>
      <Suspense fallback={<SectionSkeleton label="数字指标" rows={5} />}>
        <IndicatorsSection campaign={campaign} indicators={indicators} />
      </Suspense>

      {/* the heading counts the articles listed too (those with its numbers or goals but no mention): it comes with them */}
      <Suspense fallback={<SectionSkeleton label="相关文章" rows={4} />}>
        <ArticlesSection campaign={campaign} />
      </Suspense>

      <SectionHeading count={campaign.mentionCount}>提及原文</SectionHeading>
      <Suspense fallback={<SectionSkeleton label="提及原文" rows={2} />}>
        <MentionsSection campaign={campaign} />
      </Suspense>
    </section>
  );
}

type SectionProps = { campaign: CampaignHead };

async function ProgressSection({ campaign, indicators }: SectionProps & { indicators: Promise<CampaignIndicators> }) {
  const { mentionsByDate, series } = await indicators;
  // Series with points on several dates get a chart each; one-date series are single numbers, listed in the table below.
  const trends = series.filter((s) => seriesDateCount(s) > 1);
  const singles = series.length - trends.length;
  return (
    <>
      <div className={`grid gap-4 ${trends.length > 0 ? "lg:grid-cols-2" : ""}`}>
        <TimeSeriesChart title={`“${campaign.name}”各期提及次数`} series={[mentionsByDate]} testId="mentions-chart" table="open" />
        {trends.map((s) => (
          <TimeSeriesChart key={s.key} title={s.label} series={[s]} testId="indicator-series-chart" table="open" />
        ))}
      </div>
      <p className="mt-2 text-sm text-stone-500" data-testid="series-note">
        {series.length === 0
          ? "这项行动还没有关联的数字指标。"
          : trends.length === 0
            ? `${series.length} 个指标序列（按指标和单位）都只见于一期，还画不出趋势；数值见下方数字指标表。`
            : `${series.length} 个指标序列（按指标和单位）：${trends.length} 个跨多期（见上图）${
                singles > 0 ? `；${singles} 个只见于一期，见下方数字指标表` : ""
              }。`}
      </p>
    </>
  );
}

async function GoalsSection({ campaign }: SectionProps) {
  const goals = await listCampaignGoals(campaign.id);
  return (
    <>
      <GoalList goals={goals} showCampaign={false} />
      <CappedNote shown={goals.length} total={campaign.goalCount} unit="个" />
    </>
  );
}

async function IndicatorsSection({ campaign, indicators }: SectionProps & { indicators: Promise<CampaignIndicators> }) {
  const { indicators: items } = await indicators;
  return (
    <>
      <IndicatorTable items={items} show={{ campaign: false }} />
      <CappedNote shown={items.length} total={campaign.indicatorCount} unit="个" href={`/indicators?campaign=${encodeURIComponent(campaign.name)}`} />
    </>
  );
}

async function ArticlesSection({ campaign }: SectionProps) {
  const articles = await listCampaignArticles(campaign.id);
  return (
    <>
      <SectionHeading count={Math.max(campaign.articleCount, articles.length)}>相关文章（按日期）</SectionHeading>
      <SourceList
        items={articles.map((a) => ({
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
      <CappedNote shown={articles.length} total={campaign.articleCount} unit="篇" />
    </>
  );
}

async function MentionsSection({ campaign }: SectionProps) {
  const mentions = await listCampaignMentions(campaign.id);
  return (
    <>
      <ul className="flex flex-wrap gap-2 text-sm" data-testid="campaign-mentions">
        {mentions.map((mention) => (
          <li key={mention.id}>
            <Link href={mention.href} className="rounded border border-violet-200 bg-violet-50 px-1.5 py-0.5 text-violet-800 hover:underline">
              {mention.text}
              <span className="ml-1 text-xs text-stone-500">{mention.issue.date ?? mention.issue.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <CappedNote shown={mentions.length} total={campaign.mentionCount} unit="处" />
    </>
  );
}
