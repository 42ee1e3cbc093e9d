import "server-only";

import { getDb, type Db } from "../../db/client";
import { parseStringArray } from "../json-columns";
import { getEntityTotal } from "../entities/get-entity-total";
import { listCampaignInvolved, type NamedCount } from "./campaign-involved";

// What the campaign page shows first: its names, totals and the townships and departments involved. The *Count fields
// say how many items there are in all; the page's lists load separately (they hold the latest items only).
export type CampaignHead = {
  id: number;
  name: string;
  kind: string | null;
  aliases: string[];
  firstDate: string | null;
  lastDate: string | null;
  mentionCount: number;
  issueCount: number;
  indicatorCount: number;
  goalCount: number;
  articleCount: number; // articles that mention it (its indicators and goals are tied to it by a mention in their article)
  townships: NamedCount[];
  departments: NamedCount[];
};

// null: no such campaign (404).
export async function getCampaignHead(id: number, db: Db = getDb()): Promise<CampaignHead | null> {
  const campaign = await db.campaign.findUnique({ where: { id }, select: { id: true, name: true, kind: true, aliases: true } });
  if (!campaign) return null;
  const [total, entities] = await Promise.all([getEntityTotal({ entity: "campaign", id }, db), listCampaignInvolved(id, db)]);
  return {
    id: campaign.id,
    name: campaign.name,
    kind: campaign.kind,
    aliases: parseStringArray(campaign.aliases).filter((alias) => alias !== campaign.name),
    firstDate: total.firstDate,
    lastDate: total.lastDate,
    mentionCount: total.mentions,
    issueCount: total.issues,
    indicatorCount: total.indicators,
    goalCount: total.goals,
    articleCount: total.articles,
    townships: entities.townships,
    departments: entities.departments,
  };
}
