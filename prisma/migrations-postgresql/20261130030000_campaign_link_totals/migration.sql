-- Totals of CampaignTownshipIssueStat and CampaignDepartmentIssueStat per campaign and township (department), over all
-- issues (issue #6). The per-issue ledgers hold a row per pair and issue (112k and 164k rows at 10,000 issues for a few
-- dozen pairs), which the campaign list, the township and department lists and pages summed on every request.
-- lib/db/campaign-link-totals.ts keeps them in step with the ledgers; the INSERTs below fill them for stored issues.
CREATE TABLE "CampaignTownshipStat" (
    "campaignId" INTEGER NOT NULL,
    "townshipId" INTEGER NOT NULL,
    "items" INTEGER NOT NULL,
    PRIMARY KEY ("campaignId", "townshipId"),
    CONSTRAINT "CampaignTownshipStat_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CampaignTownshipStat_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Place" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "CampaignTownshipStat_townshipId_campaignId_items_idx" ON "CampaignTownshipStat"("townshipId", "campaignId", "items");

CREATE TABLE "CampaignDepartmentStat" (
    "campaignId" INTEGER NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "items" INTEGER NOT NULL,
    PRIMARY KEY ("campaignId", "departmentId"),
    CONSTRAINT "CampaignDepartmentStat_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CampaignDepartmentStat_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "CampaignDepartmentStat_departmentId_campaignId_items_idx" ON "CampaignDepartmentStat"("departmentId", "campaignId", "items");

INSERT INTO "CampaignTownshipStat" ("campaignId", "townshipId", "items")
SELECT "campaignId", "townshipId", SUM("items") FROM "CampaignTownshipIssueStat" GROUP BY "campaignId", "townshipId";

INSERT INTO "CampaignDepartmentStat" ("campaignId", "departmentId", "items")
SELECT "campaignId", "departmentId", SUM("items") FROM "CampaignDepartmentIssueStat" GROUP BY "campaignId", "departmentId";
