-- Newest first, undated last, straight off the index (as on SQLite). The pages pick an entity's latest items with
-- ORDER BY "issueDate" DESC NULLS LAST, "articleId" DESC (lib/data/extracted-items.ts newestDateFirst, latestArticles,
-- loadMentioningArticles). PostgreSQL puts NULL last in ASC, so a backward scan of an (entity, issueDate ASC, …) index
-- yields DESC NULLS FIRST, which that ORDER BY cannot use: it read and sorted every row of the entity instead (a
-- parallel seq scan over 580k CampaignMention rows for the busiest campaign's 93k, 160 ms at 10,000 issues). Same names
-- and columns as the SQLite indexes; only the order of issueDate (and articleId where it follows it) differs.
DROP INDEX "CampaignMention_campaignId_issueDate_articleId_townshipId_departmentId_idx";
CREATE INDEX "CampaignMention_campaignId_issueDate_articleId_townshipId_departmentId_idx" ON "CampaignMention"("campaignId", "issueDate" DESC NULLS LAST, "articleId" DESC, "townshipId", "departmentId");
DROP INDEX "PlaceMention_placeId_issueDate_articleId_idx";
CREATE INDEX "PlaceMention_placeId_issueDate_articleId_idx" ON "PlaceMention"("placeId", "issueDate" DESC NULLS LAST, "articleId" DESC);
DROP INDEX "DepartmentMention_departmentId_issueDate_articleId_idx";
CREATE INDEX "DepartmentMention_departmentId_issueDate_articleId_idx" ON "DepartmentMention"("departmentId", "issueDate" DESC NULLS LAST, "articleId" DESC);
DROP INDEX "Indicator_campaignId_issueDate_review_townshipId_departmentId_idx";
CREATE INDEX "Indicator_campaignId_issueDate_review_townshipId_departmentId_idx" ON "Indicator"("campaignId", "issueDate" DESC NULLS LAST, "review", "townshipId", "departmentId");
DROP INDEX "Indicator_townshipId_issueDate_review_idx";
CREATE INDEX "Indicator_townshipId_issueDate_review_idx" ON "Indicator"("townshipId", "issueDate" DESC NULLS LAST, "review");
DROP INDEX "Indicator_departmentId_issueDate_review_idx";
CREATE INDEX "Indicator_departmentId_issueDate_review_idx" ON "Indicator"("departmentId", "issueDate" DESC NULLS LAST, "review");
DROP INDEX "Goal_campaignId_issueDate_review_townshipId_departmentId_idx";
CREATE INDEX "Goal_campaignId_issueDate_review_townshipId_departmentId_idx" ON "Goal"("campaignId", "issueDate" DESC NULLS LAST, "review", "townshipId", "departmentId");
DROP INDEX "Goal_townshipId_issueDate_review_idx";
CREATE INDEX "Goal_townshipId_issueDate_review_idx" ON "Goal"("townshipId", "issueDate" DESC NULLS LAST, "review");
DROP INDEX "Goal_departmentId_issueDate_review_idx";
CREATE INDEX "Goal_departmentId_issueDate_review_idx" ON "Goal"("departmentId", "issueDate" DESC NULLS LAST, "review");
