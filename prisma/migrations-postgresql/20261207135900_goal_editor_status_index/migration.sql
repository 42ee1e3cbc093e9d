-- The overview's recently met (lib/data/goals/ledger-sql.ts readRecentlyMet): a goal without links is 已完成 only by
-- its editor's word, so those are the range (status = '已完成', evidenceDate IS NULL) of this index, newest id first,
-- instead of a walk over every goal without links (most of the archive).
CREATE INDEX "Goal_status_evidenceDate_id_idx" ON "Goal"("status", "evidenceDate", "id");
