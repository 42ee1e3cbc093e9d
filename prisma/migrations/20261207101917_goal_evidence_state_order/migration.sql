-- Goal.evidenceState is recomputed with the tie order the ledger's SQL status relies on: among live outcomes of the
-- same issue date, the link with the highest id is the latest (lib/track/propose-status.ts orders by issueDate, id).
-- Earlier code read the links in no stated order, so a goal with two outcomes on one day may hold the other one.
UPDATE "Goal" SET "evidenceState" = CASE
    WHEN EXISTS (SELECT 1 FROM "GoalEvidence" e WHERE e."goalId" = "Goal"."id" AND e."review" <> 'rejected' AND e."relation" = 'met') THEN 'met'
    ELSE COALESCE(
      (SELECT e."relation" FROM "GoalEvidence" e WHERE e."goalId" = "Goal"."id" AND e."review" <> 'rejected' AND e."relation" <> 'mention'
        ORDER BY e."issueDate" DESC, e."id" DESC LIMIT 1),
      CASE WHEN EXISTS (SELECT 1 FROM "GoalEvidence" e WHERE e."goalId" = "Goal"."id" AND e."review" <> 'rejected') THEN 'mention' END)
  END
WHERE "evidenceDate" IS NOT NULL;
