-- Counts behind the ledger's status filters and the overview (lib/data/goals/ledger-sql.ts), so that they cost what the
-- number of distinct deadlines costs, not the number of goals. A goal's status as of a date depends on the date only
-- through "is the deadline passed" (and, for a reader looking back, links published after the date), so live goals
-- are counted per (kind, the editor's status, evidence summary, late partial result, deadline): a status count sums
-- these rows with the status rules applied to each row. Triggers keep the counts with every write to Goal, whoever
-- writes (ingestion, linking's evidence summary, review, re-extraction's cascading deletes), so they cannot drift.
-- Goal.outcomeDate (the latest live outcome's issue date, kept with evidenceState by lib/db/goal-evidence-state.ts)
-- replaces the per-goal read of the links that decided a partial result reported after the deadline.
ALTER TABLE "Goal" ADD COLUMN "outcomeDate" TEXT;
UPDATE "Goal" SET "outcomeDate" = (
  SELECT MAX(e."issueDate") FROM "GoalEvidence" e WHERE e."goalId" = "Goal"."id" AND e."review" <> 'rejected' AND e."relation" <> 'mention'
) WHERE "evidenceState" IS NOT NULL;

-- The ledger's order with every column its status and kind filter read (outcomeDate and kind added).
DROP INDEX "Goal_ledger_idx";
CREATE INDEX "Goal_ledger_idx" ON "Goal"("deadlineDate", "id", "review", "status", "evidenceState", "evidenceDate", "outcomeDate", "kind");
-- Goals with links after an as-of date (a reader looking back): the few whose status is not their summary's.
CREATE INDEX "Goal_evidenceDate_idx" ON "Goal"("evidenceDate");

CREATE TABLE "GoalLedgerCount" (
    "kind" TEXT NOT NULL,
    "editorStatus" TEXT NOT NULL,
    "evidenceState" TEXT NOT NULL,
    "late" INTEGER NOT NULL,
    "hasDeadline" INTEGER NOT NULL,
    "deadlineDate" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    PRIMARY KEY ("kind", "editorStatus", "evidenceState", "late", "hasDeadline", "deadlineDate")
);

INSERT INTO "GoalLedgerCount" ("kind", "editorStatus", "evidenceState", "late", "hasDeadline", "deadlineDate", "n")
SELECT "kind", CASE WHEN "status" <> '' AND "status" <> '未评估' THEN "status" ELSE '' END, COALESCE("evidenceState", ''),
       CASE WHEN "outcomeDate" > "deadlineDate" THEN 1 ELSE 0 END, CASE WHEN "deadlineDate" IS NULL THEN 0 ELSE 1 END,
       COALESCE("deadlineDate", ''), COUNT(*)
FROM "Goal" WHERE "review" <> 'rejected' GROUP BY 1, 2, 3, 4, 5, 6;

CREATE TRIGGER "Goal_ledger_count_insert" AFTER INSERT ON "Goal" WHEN NEW."review" <> 'rejected' BEGIN
  INSERT INTO "GoalLedgerCount" ("kind", "editorStatus", "evidenceState", "late", "hasDeadline", "deadlineDate", "n")
  VALUES (NEW."kind", CASE WHEN NEW."status" <> '' AND NEW."status" <> '未评估' THEN NEW."status" ELSE '' END, COALESCE(NEW."evidenceState", ''),
          CASE WHEN NEW."outcomeDate" > NEW."deadlineDate" THEN 1 ELSE 0 END, CASE WHEN NEW."deadlineDate" IS NULL THEN 0 ELSE 1 END,
          COALESCE(NEW."deadlineDate", ''), 1)
  ON CONFLICT ("kind", "editorStatus", "evidenceState", "late", "hasDeadline", "deadlineDate") DO UPDATE SET "n" = "n" + 1;
END;

CREATE TRIGGER "Goal_ledger_count_delete" AFTER DELETE ON "Goal" WHEN OLD."review" <> 'rejected' BEGIN
  UPDATE "GoalLedgerCount" SET "n" = "n" - 1
  WHERE "kind" = OLD."kind" AND "editorStatus" = CASE WHEN OLD."status" <> '' AND OLD."status" <> '未评估' THEN OLD."status" ELSE '' END
    AND "evidenceState" = COALESCE(OLD."evidenceState", '') AND "late" = CASE WHEN OLD."outcomeDate" > OLD."deadlineDate" THEN 1 ELSE 0 END
    AND "hasDeadline" = CASE WHEN OLD."deadlineDate" IS NULL THEN 0 ELSE 1 END AND "deadlineDate" = COALESCE(OLD."deadlineDate", '');
END;

CREATE TRIGGER "Goal_ledger_count_update" AFTER UPDATE OF "kind", "status", "review", "evidenceState", "outcomeDate", "deadlineDate" ON "Goal" BEGIN
  UPDATE "GoalLedgerCount" SET "n" = "n" - 1
  WHERE OLD."review" <> 'rejected'
    AND "kind" = OLD."kind" AND "editorStatus" = CASE WHEN OLD."status" <> '' AND OLD."status" <> '未评估' THEN OLD."status" ELSE '' END
    AND "evidenceState" = COALESCE(OLD."evidenceState", '') AND "late" = CASE WHEN OLD."outcomeDate" > OLD."deadlineDate" THEN 1 ELSE 0 END
    AND "hasDeadline" = CASE WHEN OLD."deadlineDate" IS NULL THEN 0 ELSE 1 END AND "deadlineDate" = COALESCE(OLD."deadlineDate", '');
  INSERT INTO "GoalLedgerCount" ("kind", "editorStatus", "evidenceState", "late", "hasDeadline", "deadlineDate", "n")
  SELECT NEW."kind", CASE WHEN NEW."status" <> '' AND NEW."status" <> '未评估' THEN NEW."status" ELSE '' END, COALESCE(NEW."evidenceState", ''),
         CASE WHEN NEW."outcomeDate" > NEW."deadlineDate" THEN 1 ELSE 0 END, CASE WHEN NEW."deadlineDate" IS NULL THEN 0 ELSE 1 END,
         COALESCE(NEW."deadlineDate", ''), 1
  WHERE NEW."review" <> 'rejected'
  ON CONFLICT ("kind", "editorStatus", "evidenceState", "late", "hasDeadline", "deadlineDate") DO UPDATE SET "n" = "n" + 1;
END;
