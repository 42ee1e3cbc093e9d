-- Initial schema (SQLite). Written in Prisma Migrate's SQL conventions; tests/db/schema-drift.test.ts checks that
-- every model and scalar field of prisma/schema.prisma exists here with the same nullability.

CREATE TABLE "Issue" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "contentHash" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "rawText" TEXT NOT NULL,
    "date" TEXT,
    "dateSource" TEXT,
    "dateEvidence" TEXT,
    "dateConfidence" REAL,
    "number" INTEGER,
    "weekday" TEXT,
    "lunarDate" TEXT,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "Issue_contentHash_key" ON "Issue"("contentHash");
CREATE INDEX "Issue_date_idx" ON "Issue"("date");

CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "issueId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kicker" TEXT,
    "subtitle" TEXT,
    "byline" TEXT,
    "reporters" TEXT NOT NULL DEFAULT '[]',
    "interviewee" TEXT,
    "continuation" TEXT,
    "sectionHeads" TEXT NOT NULL DEFAULT '[]',
    "text" TEXT NOT NULL,
    CONSTRAINT "Article_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "Article_issueId_position_key" ON "Article"("issueId", "position");

CREATE TABLE "Indicator" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "valueMax" REAL,
    "unit" TEXT NOT NULL,
    "approx" TEXT NOT NULL,
    "metric" TEXT,
    "role" TEXT NOT NULL,
    "period" TEXT,
    "asOf" TEXT,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sentenceStart" INTEGER NOT NULL,
    "sentenceEnd" INTEGER NOT NULL,
    "townshipId" INTEGER,
    "departmentId" INTEGER,
    "campaignId" INTEGER,
    "issueDate" TEXT,
    "review" TEXT NOT NULL DEFAULT 'machine',
    CONSTRAINT "Indicator_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Indicator_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Indicator_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Indicator_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "Indicator_articleId_idx" ON "Indicator"("articleId");
CREATE INDEX "Indicator_townshipId_issueDate_idx" ON "Indicator"("townshipId", "issueDate");
CREATE INDEX "Indicator_departmentId_issueDate_idx" ON "Indicator"("departmentId", "issueDate");
CREATE INDEX "Indicator_campaignId_issueDate_idx" ON "Indicator"("campaignId", "issueDate");
CREATE INDEX "Indicator_unit_issueDate_idx" ON "Indicator"("unit", "issueDate");
CREATE INDEX "Indicator_issueDate_idx" ON "Indicator"("issueDate");

CREATE TABLE "Progress" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "fromValue" REAL NOT NULL,
    "toValue" REAL NOT NULL,
    "unit" TEXT NOT NULL,
    "metric" TEXT,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    CONSTRAINT "Progress_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "Progress_articleId_idx" ON "Progress"("articleId");

CREATE TABLE "Goal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "verb" TEXT NOT NULL,
    "targetValue" REAL,
    "targetUnit" TEXT,
    "deadline" TEXT,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "campaignId" INTEGER,
    "townshipId" INTEGER,
    "departmentId" INTEGER,
    "issueDate" TEXT,
    "status" TEXT NOT NULL DEFAULT '未评估',
    "statusEvidence" TEXT,
    "review" TEXT NOT NULL DEFAULT 'machine',
    CONSTRAINT "Goal_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Goal_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Goal_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Goal_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "Goal_articleId_idx" ON "Goal"("articleId");
CREATE INDEX "Goal_campaignId_idx" ON "Goal"("campaignId");
CREATE INDEX "Goal_townshipId_idx" ON "Goal"("townshipId");
CREATE INDEX "Goal_departmentId_idx" ON "Goal"("departmentId");

CREATE TABLE "Campaign" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT,
    "aliases" TEXT NOT NULL DEFAULT '[]'
);
CREATE UNIQUE INDEX "Campaign_name_key" ON "Campaign"("name");
CREATE UNIQUE INDEX "Campaign_key_key" ON "Campaign"("key");

CREATE TABLE "CampaignMention" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "campaignId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "townshipId" INTEGER,
    "departmentId" INTEGER,
    "issueDate" TEXT,
    CONSTRAINT "CampaignMention_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CampaignMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CampaignMention_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CampaignMention_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "CampaignMention_campaignId_issueDate_idx" ON "CampaignMention"("campaignId", "issueDate");
CREATE INDEX "CampaignMention_articleId_idx" ON "CampaignMention"("articleId");

CREATE TABLE "Place" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "townshipId" INTEGER,
    "aliases" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "Place_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "Place_name_key" ON "Place"("name");

CREATE TABLE "PlaceMention" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "placeId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "issueDate" TEXT,
    CONSTRAINT "PlaceMention_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlaceMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "PlaceMention_placeId_issueDate_idx" ON "PlaceMention"("placeId", "issueDate");
CREATE INDEX "PlaceMention_articleId_idx" ON "PlaceMention"("articleId");

CREATE TABLE "Department" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "canonical" TEXT NOT NULL,
    "aliases" TEXT NOT NULL DEFAULT '[]'
);
CREATE UNIQUE INDEX "Department_name_key" ON "Department"("name");

CREATE TABLE "DepartmentMention" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "departmentId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "issueDate" TEXT,
    CONSTRAINT "DepartmentMention_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DepartmentMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "DepartmentMention_departmentId_issueDate_idx" ON "DepartmentMention"("departmentId", "issueDate");
CREATE INDEX "DepartmentMention_articleId_idx" ON "DepartmentMention"("articleId");

CREATE TABLE "IngestRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "durationMs" INTEGER,
    "source" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentHash" TEXT,
    "status" TEXT NOT NULL,
    "message" TEXT,
    "issueId" INTEGER,
    "articles" INTEGER,
    "items" INTEGER,
    CONSTRAINT "IngestRun_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "IngestRun_startedAt_idx" ON "IngestRun"("startedAt");

-- Full-text search over articles. The trigram tokenizer works for Chinese, which has no spaces between words;
-- rowid = Article.id, kept in step by lib/ingest in the same transaction as the article.
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5("title", "body", tokenize = 'trigram');
