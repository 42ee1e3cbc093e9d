-- The explorer's unfiltered count (issue #13 §3): since numbers got `core` (issue #11 §2) counting the rows it lists
-- was a scan of every Indicator row (287 ms at 10,000 issues), and an index on (core, review) slowed its pages. Each
-- issue's count of core, not rejected numbers is kept with its other counts; refreshIssueStats maintains it.
ALTER TABLE "IssueStat" ADD COLUMN "coreIndicators" INTEGER NOT NULL DEFAULT 0;
UPDATE "IssueStat" SET "coreIndicators" = (
  SELECT COUNT(*) FROM "Article" a JOIN "Indicator" x ON x."articleId" = a."id"
  WHERE a."issueId" = "IssueStat"."issueId" AND x."review" <> 'rejected' AND x."core"
);
