-- Per-issue summaries the dashboard reads instead of every mention row (issue #6). lib/db/issue-stats.ts rebuilds an
-- issue's rows whenever the issue is stored or reviewed; the INSERTs below fill them for the issues already stored.
-- Counts leave out rejected indicators and goals, as every read does; banner pseudo-articles count for campaign
-- mentions but not as articles.

-- One thin row per issue: its reference (Issue rows carry the full text, so joining them row by row is slow) and totals.
CREATE TABLE "IssueStat" (
    "issueId" INTEGER NOT NULL PRIMARY KEY,
    "date" TEXT,
    "number" INTEGER,
    "fileName" TEXT NOT NULL,
    "articles" INTEGER NOT NULL,
    "indicators" INTEGER NOT NULL,
    "goals" INTEGER NOT NULL,
    CONSTRAINT "IssueStat_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- A campaign in one issue: mentions and the articles holding them, indicators and goals tied to it.
CREATE TABLE "CampaignIssueStat" (
    "campaignId" INTEGER NOT NULL,
    "issueId" INTEGER NOT NULL,
    "issueDate" TEXT,
    "mentions" INTEGER NOT NULL,
    "articles" INTEGER NOT NULL,
    "indicators" INTEGER NOT NULL,
    "goals" INTEGER NOT NULL,
    PRIMARY KEY ("campaignId", "issueId"),
    CONSTRAINT "CampaignIssueStat_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CampaignIssueStat_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "CampaignIssueStat_issueId_idx" ON "CampaignIssueStat"("issueId");
CREATE INDEX "CampaignIssueStat_campaignId_issueDate_mentions_idx" ON "CampaignIssueStat"("campaignId", "issueDate", "mentions");

-- A township in one issue: mentions of it and of its villages and communities, its indicators and goals.
CREATE TABLE "TownshipIssueStat" (
    "townshipId" INTEGER NOT NULL,
    "issueId" INTEGER NOT NULL,
    "issueDate" TEXT,
    "mentions" INTEGER NOT NULL,
    "articles" INTEGER NOT NULL,
    "indicators" INTEGER NOT NULL,
    "goals" INTEGER NOT NULL,
    PRIMARY KEY ("townshipId", "issueId"),
    CONSTRAINT "TownshipIssueStat_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Place" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TownshipIssueStat_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "TownshipIssueStat_issueId_idx" ON "TownshipIssueStat"("issueId");
CREATE INDEX "TownshipIssueStat_townshipId_issueDate_mentions_idx" ON "TownshipIssueStat"("townshipId", "issueDate", "mentions");

CREATE TABLE "DepartmentIssueStat" (
    "departmentId" INTEGER NOT NULL,
    "issueId" INTEGER NOT NULL,
    "issueDate" TEXT,
    "mentions" INTEGER NOT NULL,
    "articles" INTEGER NOT NULL,
    "indicators" INTEGER NOT NULL,
    "goals" INTEGER NOT NULL,
    PRIMARY KEY ("departmentId", "issueId"),
    CONSTRAINT "DepartmentIssueStat_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DepartmentIssueStat_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "DepartmentIssueStat_issueId_idx" ON "DepartmentIssueStat"("issueId");
CREATE INDEX "DepartmentIssueStat_departmentId_issueDate_mentions_idx" ON "DepartmentIssueStat"("departmentId", "issueDate", "mentions");

-- Campaign mentions, indicators and goals of one issue that name both the campaign and a township (or department).
CREATE TABLE "CampaignTownshipIssueStat" (
    "campaignId" INTEGER NOT NULL,
    "townshipId" INTEGER NOT NULL,
    "issueId" INTEGER NOT NULL,
    "items" INTEGER NOT NULL,
    PRIMARY KEY ("campaignId", "townshipId", "issueId"),
    CONSTRAINT "CampaignTownshipIssueStat_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CampaignTownshipIssueStat_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Place" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CampaignTownshipIssueStat_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "CampaignTownshipIssueStat_issueId_idx" ON "CampaignTownshipIssueStat"("issueId");

CREATE TABLE "CampaignDepartmentIssueStat" (
    "campaignId" INTEGER NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "issueId" INTEGER NOT NULL,
    "items" INTEGER NOT NULL,
    PRIMARY KEY ("campaignId", "departmentId", "issueId"),
    CONSTRAINT "CampaignDepartmentIssueStat_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CampaignDepartmentIssueStat_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CampaignDepartmentIssueStat_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "CampaignDepartmentIssueStat_issueId_idx" ON "CampaignDepartmentIssueStat"("issueId");

-- Totals per campaign, township and department over all issues: the sums of their per-issue rows, kept up to date by
-- adding an issue's rows when they are written and subtracting them before they are replaced. issues counts the issues
-- that mention the entity; firstDate and lastDate are the dates of the first and last of them.
CREATE TABLE "CampaignStat" (
    "campaignId" INTEGER NOT NULL PRIMARY KEY,
    "mentions" INTEGER NOT NULL,
    "articles" INTEGER NOT NULL,
    "issues" INTEGER NOT NULL,
    "indicators" INTEGER NOT NULL,
    "goals" INTEGER NOT NULL,
    "firstDate" TEXT,
    "lastDate" TEXT,
    CONSTRAINT "CampaignStat_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE "TownshipStat" (
    "townshipId" INTEGER NOT NULL PRIMARY KEY,
    "mentions" INTEGER NOT NULL,
    "articles" INTEGER NOT NULL,
    "issues" INTEGER NOT NULL,
    "indicators" INTEGER NOT NULL,
    "goals" INTEGER NOT NULL,
    "firstDate" TEXT,
    "lastDate" TEXT,
    CONSTRAINT "TownshipStat_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Place" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE "DepartmentStat" (
    "departmentId" INTEGER NOT NULL PRIMARY KEY,
    "mentions" INTEGER NOT NULL,
    "articles" INTEGER NOT NULL,
    "issues" INTEGER NOT NULL,
    "indicators" INTEGER NOT NULL,
    "goals" INTEGER NOT NULL,
    "firstDate" TEXT,
    "lastDate" TEXT,
    CONSTRAINT "DepartmentStat_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Backfill: the same aggregates lib/db/issue-stats.ts computes per issue, for every issue at once.
INSERT INTO "IssueStat" ("issueId", "date", "number", "fileName", "articles", "indicators", "goals")
SELECT i."id", i."date", i."number", i."fileName", COALESCE(a."n", 0), COALESCE(n."n", 0), COALESCE(g."n", 0)
FROM "Issue" i
LEFT JOIN (SELECT "issueId", COUNT(*) AS "n" FROM "Article" WHERE "kind" <> 'banner' GROUP BY "issueId") a ON a."issueId" = i."id"
LEFT JOIN (
  SELECT a."issueId", COUNT(*) AS "n" FROM "Indicator" x JOIN "Article" a ON a."id" = x."articleId"
  WHERE x."review" <> 'rejected' GROUP BY a."issueId"
) n ON n."issueId" = i."id"
LEFT JOIN (
  SELECT a."issueId", COUNT(*) AS "n" FROM "Goal" x JOIN "Article" a ON a."id" = x."articleId"
  WHERE x."review" <> 'rejected' GROUP BY a."issueId"
) g ON g."issueId" = i."id";

INSERT INTO "CampaignIssueStat" ("campaignId", "issueId", "issueDate", "mentions", "articles", "indicators", "goals")
SELECT x."campaignId", x."issueId", s."date", SUM(x."mentions"), SUM(x."articles"), SUM(x."indicators"), SUM(x."goals")
FROM (
  SELECT m."campaignId" AS "campaignId", a."issueId" AS "issueId", COUNT(*) AS "mentions", COUNT(DISTINCT m."articleId") AS "articles",
         0 AS "indicators", 0 AS "goals"
  FROM "CampaignMention" m JOIN "Article" a ON a."id" = m."articleId" GROUP BY m."campaignId", a."issueId"
  UNION ALL
  SELECT x."campaignId", a."issueId", 0, 0, COUNT(*), 0 FROM "Indicator" x JOIN "Article" a ON a."id" = x."articleId"
  WHERE x."campaignId" IS NOT NULL AND x."review" <> 'rejected' GROUP BY x."campaignId", a."issueId"
  UNION ALL
  SELECT x."campaignId", a."issueId", 0, 0, 0, COUNT(*) FROM "Goal" x JOIN "Article" a ON a."id" = x."articleId"
  WHERE x."campaignId" IS NOT NULL AND x."review" <> 'rejected' GROUP BY x."campaignId", a."issueId"
) x
JOIN "IssueStat" s ON s."issueId" = x."issueId"
GROUP BY x."campaignId", x."issueId", s."date";

-- A village's mentions count for its township (Place.townshipId), as on the township pages.
INSERT INTO "TownshipIssueStat" ("townshipId", "issueId", "issueDate", "mentions", "articles", "indicators", "goals")
SELECT x."townshipId", x."issueId", s."date", SUM(x."mentions"), SUM(x."articles"), SUM(x."indicators"), SUM(x."goals")
FROM (
  SELECT COALESCE(p."townshipId", p."id") AS "townshipId", a."issueId" AS "issueId", COUNT(*) AS "mentions",
         COUNT(DISTINCT m."articleId") AS "articles", 0 AS "indicators", 0 AS "goals"
  FROM "PlaceMention" m JOIN "Place" p ON p."id" = m."placeId" JOIN "Article" a ON a."id" = m."articleId"
  GROUP BY COALESCE(p."townshipId", p."id"), a."issueId"
  UNION ALL
  SELECT x."townshipId", a."issueId", 0, 0, COUNT(*), 0 FROM "Indicator" x JOIN "Article" a ON a."id" = x."articleId"
  WHERE x."townshipId" IS NOT NULL AND x."review" <> 'rejected' GROUP BY x."townshipId", a."issueId"
  UNION ALL
  SELECT x."townshipId", a."issueId", 0, 0, 0, COUNT(*) FROM "Goal" x JOIN "Article" a ON a."id" = x."articleId"
  WHERE x."townshipId" IS NOT NULL AND x."review" <> 'rejected' GROUP BY x."townshipId", a."issueId"
) x
JOIN "IssueStat" s ON s."issueId" = x."issueId"
GROUP BY x."townshipId", x."issueId", s."date";

INSERT INTO "DepartmentIssueStat" ("departmentId", "issueId", "issueDate", "mentions", "articles", "indicators", "goals")
SELECT x."departmentId", x."issueId", s."date", SUM(x."mentions"), SUM(x."articles"), SUM(x."indicators"), SUM(x."goals")
FROM (
  SELECT m."departmentId" AS "departmentId", a."issueId" AS "issueId", COUNT(*) AS "mentions",
         COUNT(DISTINCT m."articleId") AS "articles", 0 AS "indicators", 0 AS "goals"
  FROM "DepartmentMention" m JOIN "Article" a ON a."id" = m."articleId" GROUP BY m."departmentId", a."issueId"
  UNION ALL
  SELECT x."departmentId", a."issueId", 0, 0, COUNT(*), 0 FROM "Indicator" x JOIN "Article" a ON a."id" = x."articleId"
  WHERE x."departmentId" IS NOT NULL AND x."review" <> 'rejected' GROUP BY x."departmentId", a."issueId"
  UNION ALL
  SELECT x."departmentId", a."issueId", 0, 0, 0, COUNT(*) FROM "Goal" x JOIN "Article" a ON a."id" = x."articleId"
  WHERE x."departmentId" IS NOT NULL AND x."review" <> 'rejected' GROUP BY x."departmentId", a."issueId"
) x
JOIN "IssueStat" s ON s."issueId" = x."issueId"
GROUP BY x."departmentId", x."issueId", s."date";

INSERT INTO "CampaignTownshipIssueStat" ("campaignId", "townshipId", "issueId", "items")
SELECT x."campaignId", x."townshipId", a."issueId", COUNT(*)
FROM (
  SELECT "campaignId", "townshipId", "articleId" FROM "CampaignMention" WHERE "townshipId" IS NOT NULL
  UNION ALL SELECT "campaignId", "townshipId", "articleId" FROM "Indicator"
    WHERE "campaignId" IS NOT NULL AND "townshipId" IS NOT NULL AND "review" <> 'rejected'
  UNION ALL SELECT "campaignId", "townshipId", "articleId" FROM "Goal"
    WHERE "campaignId" IS NOT NULL AND "townshipId" IS NOT NULL AND "review" <> 'rejected'
) x
JOIN "Article" a ON a."id" = x."articleId"
GROUP BY x."campaignId", x."townshipId", a."issueId";

INSERT INTO "CampaignDepartmentIssueStat" ("campaignId", "departmentId", "issueId", "items")
SELECT x."campaignId", x."departmentId", a."issueId", COUNT(*)
FROM (
  SELECT "campaignId", "departmentId", "articleId" FROM "CampaignMention" WHERE "departmentId" IS NOT NULL
  UNION ALL SELECT "campaignId", "departmentId", "articleId" FROM "Indicator"
    WHERE "campaignId" IS NOT NULL AND "departmentId" IS NOT NULL AND "review" <> 'rejected'
  UNION ALL SELECT "campaignId", "departmentId", "articleId" FROM "Goal"
    WHERE "campaignId" IS NOT NULL AND "departmentId" IS NOT NULL AND "review" <> 'rejected'
) x
JOIN "Article" a ON a."id" = x."articleId"
GROUP BY x."campaignId", x."departmentId", a."issueId";

INSERT INTO "CampaignStat" ("campaignId", "mentions", "articles", "issues", "indicators", "goals", "firstDate", "lastDate")
SELECT "campaignId", SUM("mentions"), SUM("articles"), SUM(CASE WHEN "mentions" > 0 THEN 1 ELSE 0 END), SUM("indicators"), SUM("goals"),
       MIN(CASE WHEN "mentions" > 0 THEN "issueDate" END), MAX(CASE WHEN "mentions" > 0 THEN "issueDate" END)
FROM "CampaignIssueStat" GROUP BY "campaignId";

INSERT INTO "TownshipStat" ("townshipId", "mentions", "articles", "issues", "indicators", "goals", "firstDate", "lastDate")
SELECT "townshipId", SUM("mentions"), SUM("articles"), SUM(CASE WHEN "mentions" > 0 THEN 1 ELSE 0 END), SUM("indicators"), SUM("goals"),
       MIN(CASE WHEN "mentions" > 0 THEN "issueDate" END), MAX(CASE WHEN "mentions" > 0 THEN "issueDate" END)
FROM "TownshipIssueStat" GROUP BY "townshipId";

INSERT INTO "DepartmentStat" ("departmentId", "mentions", "articles", "issues", "indicators", "goals", "firstDate", "lastDate")
SELECT "departmentId", SUM("mentions"), SUM("articles"), SUM(CASE WHEN "mentions" > 0 THEN 1 ELSE 0 END), SUM("indicators"), SUM("goals"),
       MIN(CASE WHEN "mentions" > 0 THEN "issueDate" END), MAX(CASE WHEN "mentions" > 0 THEN "issueDate" END)
FROM "DepartmentIssueStat" GROUP BY "departmentId";

-- Rebuilt as it was: on PostgreSQL this index changes to DESC NULLS LAST (the explorer's order there); SQLite already
-- puts NULLs last in a DESC index. Both folders keep the same index names.
DROP INDEX "Indicator_issueDate_articleId_start_id_review_idx";
CREATE INDEX "Indicator_issueDate_articleId_start_id_review_idx" ON "Indicator"("issueDate" DESC, "articleId", "start", "id", "review");
