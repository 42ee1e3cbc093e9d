-- Indexes for the dashboard reads at 10,000 issues (issue #6). Each replaced index is a prefix of its successor.

-- Issue rows carry the whole raw text, so reading number or dateSource walks its overflow pages: these indexes
-- answer the issue references (id, date, number, fileName) and the overview's date-source count without the row.
DROP INDEX "Issue_date_idx";
CREATE INDEX "Issue_date_number_fileName_idx" ON "Issue"("date", "number", "fileName");
CREATE INDEX "Issue_dateSource_date_idx" ON "Issue"("dateSource", "date");

-- COUNT(*) … WHERE kind <> 'banner': an index scan instead of reading every article's text.
CREATE INDEX "Article_kind_idx" ON "Article"("kind");

-- Per-date counts and "not rejected" filters read from the index alone.
DROP INDEX "Indicator_townshipId_issueDate_idx";
DROP INDEX "Indicator_departmentId_issueDate_idx";
DROP INDEX "Indicator_campaignId_issueDate_idx";
DROP INDEX "Indicator_issueDate_idx";
CREATE INDEX "Indicator_townshipId_issueDate_review_idx" ON "Indicator"("townshipId", "issueDate", "review");
CREATE INDEX "Indicator_departmentId_issueDate_review_idx" ON "Indicator"("departmentId", "issueDate", "review");
CREATE INDEX "Indicator_campaignId_issueDate_review_idx" ON "Indicator"("campaignId", "issueDate", "review");
-- Newest first in paper order (the explorer's default sort, the overview's latest numbers); also counts per date.
CREATE INDEX "Indicator_issueDate_articleId_start_id_review_idx" ON "Indicator"("issueDate" DESC, "articleId", "start", "id", "review");
CREATE INDEX "Indicator_review_idx" ON "Indicator"("review");

-- Goals of a campaign, township or department, latest first; a campaign's goals also tallied by township and department.
DROP INDEX "Goal_campaignId_idx";
DROP INDEX "Goal_townshipId_idx";
DROP INDEX "Goal_departmentId_idx";
CREATE INDEX "Goal_campaignId_issueDate_review_townshipId_departmentId_idx" ON "Goal"("campaignId", "issueDate", "review", "townshipId", "departmentId");
CREATE INDEX "Goal_townshipId_issueDate_review_idx" ON "Goal"("townshipId", "issueDate", "review");
CREATE INDEX "Goal_departmentId_issueDate_review_idx" ON "Goal"("departmentId", "issueDate", "review");
CREATE INDEX "Goal_review_idx" ON "Goal"("review");

-- Mentions per date, the articles they stand in and (campaigns) the townships and departments they name, from the index alone.
DROP INDEX "CampaignMention_campaignId_issueDate_idx";
DROP INDEX "PlaceMention_placeId_issueDate_idx";
DROP INDEX "DepartmentMention_departmentId_issueDate_idx";
CREATE INDEX "CampaignMention_campaignId_issueDate_articleId_townshipId_departmentId_idx" ON "CampaignMention"("campaignId", "issueDate", "articleId", "townshipId", "departmentId");
CREATE INDEX "PlaceMention_placeId_issueDate_articleId_idx" ON "PlaceMention"("placeId", "issueDate", "articleId");
CREATE INDEX "DepartmentMention_departmentId_issueDate_articleId_idx" ON "DepartmentMention"("departmentId", "issueDate", "articleId");
