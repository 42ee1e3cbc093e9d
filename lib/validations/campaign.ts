import { z } from "zod";

export const CAMPAIGN_SORTS = ["mentions", "recent", "name"] as const;

// /campaigns?sort=…: an unknown value falls back to the default instead of failing the page.
export const ZCampaignListParamsSchema = z.object({
  sort: z.enum(CAMPAIGN_SORTS).catch("mentions").default("mentions"),
});
export type TCampaignListParams = z.infer<typeof ZCampaignListParamsSchema>;

export function parseCampaignListParams(params: Record<string, string | string[] | undefined>): TCampaignListParams {
  const sort = Array.isArray(params.sort) ? params.sort[0] : params.sort;
  return ZCampaignListParamsSchema.parse({ sort });
}
