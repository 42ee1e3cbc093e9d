import "server-only";

import { getDb, type Db } from "../../db/client";
import type { GoalItem } from "../entities/entity-items";
import { getCampaignHead, type CampaignHead } from "./get-campaign-head";
import { getCampaignIndicators, type CampaignIndicators } from "./get-campaign-indicators";
import { listCampaignArticles, type CampaignArticle } from "./list-campaign-articles";
import { listCampaignGoals } from "./list-campaign-goals";
import { listCampaignMentions, type CampaignMentionItem } from "./list-campaign-mentions";

// Lists that grow with the corpus hold the latest items only (LIST_LIMIT, ARTICLE_LIMIT; in date order);
// the *Count fields say how many there are in all.
export type CampaignDetail = CampaignHead &
  CampaignIndicators & {
    goals: GoalItem[];
    mentions: CampaignMentionItem[];
    articles: CampaignArticle[]; // date order, then paper order
  };

// The whole campaign at once (the page streams the same parts one by one). A constant number of statements whatever
// the corpus size: counts and the per-date chart are computed in SQL, and the lists hold the latest items only.
export async function getCampaign(id: number, db: Db = getDb()): Promise<CampaignDetail | null> {
  const [head, indicators, goals, mentions, articles] = await Promise.all([
    getCampaignHead(id, db),
    getCampaignIndicators(id, db),
    listCampaignGoals(id, db),
    listCampaignMentions(id, db),
    listCampaignArticles(id, db),
  ]);
  return head && { ...head, ...indicators, goals, mentions, articles };
}
