-- A township's and a department's page list their goals most urgent first (lib/data/goals/ledger-sql.ts readEntityIds):
-- one pass over the entity's goals computing each status. These indexes carry every column the status reads, so the
-- pass reads no table row; they replace the (entity, deadlineDate, id, review) ones, of which they are an extension.
DROP INDEX "Goal_townshipId_deadlineDate_id_review_idx";
DROP INDEX "Goal_departmentId_deadlineDate_id_review_idx";
CREATE INDEX "Goal_township_ledger_idx" ON "Goal"("townshipId", "deadlineDate", "id", "review", "status", "evidenceState", "evidenceDate", "outcomeDate", "kind");
CREATE INDEX "Goal_department_ledger_idx" ON "Goal"("departmentId", "deadlineDate", "id", "review", "status", "evidenceState", "evidenceDate", "outcomeDate", "kind");
