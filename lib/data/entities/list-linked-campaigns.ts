import "server-only";

import { getDb, type Db } from "../../db/client";
import { Prisma } from "../../generated/prisma/client";

export type LinkedCampaign = { id: number; name: string; count: number };

type LinkedCampaignRow = { id: number; name: string; count: bigint | number };

// Campaigns tied to a township or department through campaign mentions, indicators or goals: one row per campaign,
// summed at ingest time (lib/db/campaign-link-totals.ts).
export async function listLinkedCampaigns(
  options: { column: "townshipId" | "departmentId"; id: number },
  db: Db = getDb(),
): Promise<LinkedCampaign[]> {
  const township = options.column === "townshipId";
  const rows = await db.$queryRaw<LinkedCampaignRow[]>`
    SELECT c."id" AS "id", c."name" AS "name", s."items" AS "count"
    FROM ${Prisma.raw(township ? `"CampaignTownshipStat"` : `"CampaignDepartmentStat"`)} s
    JOIN "Campaign" c ON c."id" = s."campaignId"
    WHERE s.${Prisma.raw(township ? `"townshipId"` : `"departmentId"`)} = ${options.id}
    ORDER BY "count" DESC, c."name"`;
  return rows.map((row) => ({ id: Number(row.id), name: row.name, count: Number(row.count) }));
}

