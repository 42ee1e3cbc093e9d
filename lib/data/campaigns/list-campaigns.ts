import "server-only";

import { getDb, type Db } from "../../db/client";
import type { TCampaignListParams } from "../../validations/campaign";
import { groupInvolved, involvedQuery, type InvolvedRow, type NamedCount } from "./campaign-involved";

export type CampaignListItem = {
  id: number;
  name: string;
  kind: string | null;
  mentions: number;
  issues: number;
  firstDate: string | null;
  lastDate: string | null;
  indicators: number;
  goals: number;
  townships: NamedCount[];
  departments: NamedCount[];
};

type StatRow = {
  id: number;
  mentions: bigint | number;
  issues: bigint | number;
  indicators: bigint | number;
  goals: bigint | number;
  firstDate: string | null;
  lastDate: string | null;
};
// Totals per campaign come from CampaignStat, kept at ingest time: no statement here reads a mention row.
export async function listCampaigns(params: TCampaignListParams = { sort: "mentions" }, db: Db = getDb()): Promise<CampaignListItem[]> {
  const [campaigns, stats, townships, departments] = await Promise.all([
    db.campaign.findMany({ select: { id: true, name: true, kind: true } }),
    db.$queryRaw<StatRow[]>`
      SELECT "campaignId" AS "id", "mentions", "issues", "indicators", "goals", "firstDate", "lastDate" FROM "CampaignStat"`,
    db.$queryRaw<InvolvedRow[]>(involvedQuery("townshipId")),
    db.$queryRaw<InvolvedRow[]>(involvedQuery("departmentId")),
  ]);
  const statById = new Map(stats.map((row) => [Number(row.id), row]));
  const townshipsById = groupInvolved(townships);
  const departmentsById = groupInvolved(departments);

  const items = campaigns.map((campaign): CampaignListItem => {
    const stat = statById.get(campaign.id);
    return {
      id: campaign.id,
      name: campaign.name,
      kind: campaign.kind,
      mentions: Number(stat?.mentions ?? 0),
      issues: Number(stat?.issues ?? 0),
      firstDate: stat?.firstDate ?? null,
      lastDate: stat?.lastDate ?? null,
      indicators: Number(stat?.indicators ?? 0),
      goals: Number(stat?.goals ?? 0),
      townships: townshipsById.get(campaign.id) ?? [],
      departments: departmentsById.get(campaign.id) ?? [],
    };
  });
  return items.sort(campaignComparator(params.sort));
}

function campaignComparator(sort: TCampaignListParams["sort"]) {
  const byName = (a: CampaignListItem, b: CampaignListItem) => a.name.localeCompare(b.name, "zh-CN");
  if (sort === "name") return byName;
  if (sort === "recent") {
    return (a: CampaignListItem, b: CampaignListItem) =>
      (b.lastDate ?? "").localeCompare(a.lastDate ?? "") || b.mentions - a.mentions || byName(a, b);
  }
  return (a: CampaignListItem, b: CampaignListItem) => b.issues - a.issues || b.mentions - a.mentions || byName(a, b);
}

