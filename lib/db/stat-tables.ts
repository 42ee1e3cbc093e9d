// The summary tables (prisma/schema.prisma; migrations 20261130020000_issue_stats and 20261130030000_campaign_link_totals)
// by entity, in one place: the code that keeps them (issue-stats.ts, campaign-link-totals.ts) and the code that reads
// them (lib/data) build SQL from these names only.
// - ledger: one row per entity and issue (mentions, articles, indicators, goals)
// - totals: one row per entity, the ledger summed, with first and last dates
// - links: items tying a campaign to a township or department, per issue (ledger) and summed per pair (totals)
export const STAT_TABLES = {
  campaign: { ledger: "CampaignIssueStat", totals: "CampaignStat", key: "campaignId" },
  township: {
    ledger: "TownshipIssueStat",
    totals: "TownshipStat",
    key: "townshipId",
    links: { ledger: "CampaignTownshipIssueStat", totals: "CampaignTownshipStat" },
  },
  department: {
    ledger: "DepartmentIssueStat",
    totals: "DepartmentStat",
    key: "departmentId",
    links: { ledger: "CampaignDepartmentIssueStat", totals: "CampaignDepartmentStat" },
  },
} as const;

export type StatEntity = keyof typeof STAT_TABLES;

// The campaign-to-township and campaign-to-department link tables, with the entity column they pair campaigns with.
export const LINK_TABLES = (["township", "department"] as const).map((entity) => ({ ...STAT_TABLES[entity].links, column: STAT_TABLES[entity].key }));
