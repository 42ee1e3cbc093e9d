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

-- Overview timeline (indicators and non-banner articles per issue): the joins read kind and review from the index
-- instead of one table row per article and per indicator. The first also serves COUNT(*) … WHERE kind <> 'banner'.
CREATE INDEX "Article_issueId_kind_idx" ON "Article"("issueId", "kind");
CREATE INDEX "Indicator_articleId_review_idx" ON "Indicator"("articleId", "review");

-- Overview count of issues with an inferred date: Issue rows carry the whole raw text, so avoid scanning them.
CREATE INDEX "Issue_dateSource_date_idx" ON "Issue"("dateSource", "date");
