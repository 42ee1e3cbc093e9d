import "server-only";

import { getDb, type Db } from "../../db/client";
import { compareItems, latestFirst, LIST_LIMIT } from "../entities/entity-items";
import { itemHref, toIssueRef, type IssueRef } from "../source-refs";

export type CampaignMentionItem = {
  id: number;
  text: string;
  href: string;
  articleId: number;
  articleTitle: string;
  issue: IssueRef;
  township: string | null;
  department: string | null;
};

// The campaign's latest LIST_LIMIT mentions, in date order.
export async function listCampaignMentions(id: number, db: Db = getDb()): Promise<CampaignMentionItem[]> {
  const issueSelect = { select: { id: true, date: true, number: true, fileName: true, paper: true } } as const;
  const rows = await db.campaignMention.findMany({
    where: { campaignId: id },
    orderBy: [...latestFirst(db)],
    take: LIST_LIMIT,
    select: {
      id: true,
      text: true,
      start: true,
      issueDate: true,
      township: { select: { name: true } },
      department: { select: { name: true } },
      article: { select: { id: true, title: true, position: true, issue: issueSelect } },
    },
  });
  return rows.sort(compareItems).map(
    (row): CampaignMentionItem => ({
      id: row.id,
      text: row.text,
      href: itemHref("campaign", row.article.id, row.id),
      articleId: row.article.id,
      articleTitle: row.article.title,
      issue: toIssueRef(row.article.issue),
      township: row.township?.name ?? null,
      department: row.department?.name ?? null,
    }),
  );
}
