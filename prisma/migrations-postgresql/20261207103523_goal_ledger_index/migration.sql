-- The target ledger's indexes (lib/data/goals/ledger-sql.ts). Goal_ledger_idx is the deadline order with ties by id
-- (the ledger's order, so a page is an index range, not a sort) carrying every column the ledger's status reads
-- (review, the editor's status, the evidence summary): a page, a deep page and a status or overdue count walk this
-- index without reading Goal's wide rows (text, tokens). It replaces the deadline index. A township's, department's or
-- campaign's ledger is a range of (townshipId, deadlineDate, id) … in the same order, with review for its count.
DROP INDEX "Goal_deadlineDate_idx";
CREATE INDEX "Goal_ledger_idx" ON "Goal"("deadlineDate", "id", "review", "status", "evidenceState", "evidenceDate");
CREATE INDEX "Goal_townshipId_deadlineDate_id_review_idx" ON "Goal"("townshipId", "deadlineDate", "id", "review");
CREATE INDEX "Goal_departmentId_deadlineDate_id_review_idx" ON "Goal"("departmentId", "deadlineDate", "id", "review");
CREATE INDEX "Goal_campaignId_deadlineDate_id_review_idx" ON "Goal"("campaignId", "deadlineDate", "id", "review");
