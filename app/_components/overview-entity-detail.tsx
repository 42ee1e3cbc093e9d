import type { ReactNode } from "react";
import type { GoalItem, IndicatorItem } from "@/lib/data/entities/entity-items";
import type { LinkedCampaign } from "@/lib/data/entities/list-linked-campaigns";
import type { MentioningArticle } from "@/lib/data/entities/list-mentioning-articles";
import { seriesDateCount, type ChartSeries } from "@/lib/data/source-refs";
import { CappedNote } from "./capped-note";
import { TimeSeriesChart } from "./charts/time-series-chart";
import { GoalList } from "./goal-status";
import { EntityChips, SectionHeading } from "./overview-entity-chips";
import { IndicatorTable } from "./overview-indicator-table";
import { SourceList } from "./source-list";

type Props = {
  name: string;
  entity: "township" | "department";
  activity: ChartSeries[];
  series: ChartSeries[];
  indicators: IndicatorItem[]; // the latest ones; indicatorCount in all
  indicatorCount: number;
  goals: GoalItem[];
  goalCount: number;
  campaigns: LinkedCampaign[];
  articles: MentioningArticle[];
  articleCount: number;
  // The goals with their status (goal-ledger-parts EntityGoalLedger): shown first, in place of the plain goal list.
  goalLedger?: ReactNode;
};

// The body shared by township and department pages: activity over time, indicator series, indicators, goals, campaigns, articles.
export function EntityDetailBody(props: Props) {
  // A series with one date is a single number: the table shows it better than a chart.
  const trends = props.series.filter((s) => seriesDateCount(s) > 1);
  return (
    <>
      {props.goalLedger ? (
        <>
          <SectionHeading count={props.goalCount}>目标与进展</SectionHeading>
          {props.goalLedger}
        </>
      ) : null}
      <SectionHeading>随时间变化</SectionHeading>
      <div className={`grid gap-4 ${trends.length > 0 ? "lg:grid-cols-2" : ""}`}>
        <TimeSeriesChart title={`${props.name}：各期提及与指标`} series={props.activity} testId="activity-chart" />
        {trends.map((series) => (
          <TimeSeriesChart key={series.key} title={series.label} series={[series]} testId="indicator-series-chart" />
        ))}
      </div>

      <SectionHeading count={props.indicatorCount}>数字指标</SectionHeading>
      <IndicatorTable items={props.indicators} show={props.entity === "township" ? { township: false } : { department: false }} />
      <CappedNote
        shown={props.indicators.length}
        total={props.indicatorCount}
        unit="个"
        href={`/indicators?${props.entity}=${encodeURIComponent(props.name)}`}
      />

      {props.goalLedger ? null : (
        <>
          <SectionHeading count={props.goalCount}>目标</SectionHeading>
          <GoalList goals={props.goals} />
          <CappedNote shown={props.goals.length} total={props.goalCount} unit="个" />
        </>
      )}

      <SectionHeading count={props.campaigns.length}>专项行动</SectionHeading>
      <EntityChips
        tone="violet"
        empty="没有关联的专项行动。"
        chips={props.campaigns.map((c) => ({ name: c.name, count: c.count, href: `/campaigns/${c.id}` }))}
      />

      <SectionHeading count={props.articleCount}>提及的文章</SectionHeading>
      <SourceList items={props.articles.map((a) => ({ ...a, note: `提及 ${a.mentions} 次` }))} empty="没有文章提及。" />
      <CappedNote shown={props.articles.length} total={props.articleCount} unit="篇" />
    </>
  );
}
