-- Indexes for the list pages at 10,000 issues. The replaced index is a prefix of its successor.

-- A campaign's indicators tallied by township and department (campaign list, township and department lists) from
-- the index alone, as Goal already does.
DROP INDEX "Indicator_campaignId_issueDate_review_idx";
CREATE INDEX "Indicator_campaignId_issueDate_review_townshipId_departmentId_idx" ON "Indicator"("campaignId", "issueDate", "review", "townshipId", "departmentId");
