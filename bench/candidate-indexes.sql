-- Candidate indexes for the dashboard reads, measured with bench/try-indexes.ts (see bench/RESULTS.md).
-- Prisma writes orderBy { issueDate: { sort: "desc", nulls: "last" } } on SQLite as
--   ORDER BY CASE WHEN issueDate IS NULL THEN 1 ELSE 0 END, issueDate DESC, …
-- which no plain column index can serve: every explorer page sorted all matching rows in a temp B-tree.
-- These indexes hold that exact expression, then the explorer's remaining order (articleId, start, id).

-- Explorer, unfiltered (and the overview's "recent numbers", a prefix of the same order): first page straight from the index.
CREATE INDEX "Indicator_issueDateOrder_idx" ON "Indicator"((CASE WHEN "issueDate" IS NULL THEN 1 ELSE 0 END), "issueDate" DESC, "articleId", "start", "id");

-- Explorer filtered by township, in the same order (could replace Indicator_townshipId_issueDate_idx).
CREATE INDEX "Indicator_townshipId_issueDateOrder_idx" ON "Indicator"("townshipId", (CASE WHEN "issueDate" IS NULL THEN 1 ELSE 0 END), "issueDate" DESC, "articleId", "start", "id");

-- COUNT(*) … WHERE review <> 'rejected' (explorer total, overview totals): scan a small index instead of the table.
CREATE INDEX "Indicator_review_idx" ON "Indicator"("review");
CREATE INDEX "Goal_review_idx" ON "Goal"("review");
