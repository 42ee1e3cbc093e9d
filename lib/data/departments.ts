import "server-only";

import { getDb } from "../db/client";
import { DEPARTMENTS } from "../gazetteer/departments";
import {
  activitySeries,
  countByIssue,
  loadGoalItems,
  loadIndicatorItems,
  loadEntityTotal,
  loadLinkedCampaigns,
  loadMentioningArticles,
  type GoalItem,
  type IndicatorItem,
  type LinkedCampaign,
  type MentioningArticle,
} from "./extracted-items";
import { loadEntityTotals, NO_TOTALS } from "./entity-stats";
import type { ChartSeries } from "./source-refs";

export type DepartmentLevelLabel = "区级" | "市级" | "省级" | null;

const LEVEL_LABEL: Record<string, DepartmentLevelLabel> = { district: "区级", city: "市级", province: "省级" };
const LEVEL_BY_NAME = new Map(DEPARTMENTS.map((d) => [d.name, LEVEL_LABEL[d.level] ?? null]));

export type DepartmentListItem = {
  name: string;
  canonical: string;
  level: DepartmentLevelLabel;
  mentions: number;
  indicators: number;
  goals: number;
  campaigns: number;
  issues: number;
  lastDate: string | null;
};

// Totals kept at ingest time (see loadEntityTotals): no statement here reads a mention row.
export async function listDepartments(): Promise<DepartmentListItem[]> {
  const db = getDb();
  const [departments, totals] = await Promise.all([
    db.department.findMany({ select: { id: true, name: true, canonical: true } }),
    loadEntityTotals(db, "department"),
  ]);
  return departments
    .map((d): DepartmentListItem => ({
      name: d.name,
      canonical: d.canonical,
      level: LEVEL_BY_NAME.get(d.name) ?? null,
      ...(totals.get(d.id) ?? NO_TOTALS),
    }))
    .sort((a, b) => b.mentions - a.mentions || b.indicators - a.indicators || a.name.localeCompare(b.name, "zh-CN"));
}

export type DepartmentDetail = {
  name: string;
  canonical: string;
  level: DepartmentLevelLabel;
  aliases: string[];
  // The latest items only (LIST_LIMIT, ARTICLE_LIMIT; in date order); the *Count fields say how many there are in all.
  indicators: IndicatorItem[];
  indicatorCount: number;
  goals: GoalItem[];
  goalCount: number;
  campaigns: LinkedCampaign[];
  articles: MentioningArticle[];
  articleCount: number;
  activity: ChartSeries[]; // mentions and indicators per issue date
  series: ChartSeries[]; // indicator series (metric+unit), from the latest SERIES_LIMIT indicators
};

function parseAliases(json: string): string[] {
  try {
    const value = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

export async function getDepartment(name: string): Promise<DepartmentDetail | null> {
  const db = getDb();
  const department = await db.department.findUnique({
    where: { name },
    select: { id: true, name: true, canonical: true, aliases: true },
  });
  if (!department) return null;
  const [indicators, goals, campaigns, articles, perIssue, total] = await Promise.all([
    loadIndicatorItems(db, { column: "departmentId", id: department.id }),
    loadGoalItems(db, { column: "departmentId", id: department.id }),
    loadLinkedCampaigns(db, { column: "departmentId", id: department.id }),
    loadMentioningArticles(db, { table: "DepartmentMention", ids: [department.id] }),
    countByIssue(db, { entity: "department", id: department.id }),
    loadEntityTotal(db, { entity: "department", id: department.id }),
  ]);
  return {
    name: department.name,
    canonical: department.canonical,
    level: LEVEL_BY_NAME.get(department.name) ?? null,
    aliases: parseAliases(department.aliases).filter((alias) => alias !== department.name && alias !== department.canonical),
    indicators: indicators.items,
    indicatorCount: total.indicators,
    goals,
    goalCount: total.goals,
    campaigns,
    articles,
    articleCount: total.articles,
    activity: activitySeries(perIssue),
    series: indicators.series,
  };
}
