-- Initial schema (PostgreSQL): mirrors prisma/migrations/20261129000000_init (SQLite) in Prisma Migrate's PostgreSQL
-- conventions (SERIAL ids, DOUBLE PRECISION, TIMESTAMP(3), foreign keys added after all tables).
-- tests/db/migrate.test.ts checks that every model and scalar field of prisma/schema.prisma exists here with the
-- same nullability, and that both folders hold the same migration names.

-- CreateTable
CREATE TABLE "Issue" (
    "id" SERIAL NOT NULL,
    "contentHash" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "rawText" TEXT NOT NULL,
    "date" TEXT,
    "dateSource" TEXT,
    "dateEvidence" TEXT,
    "dateConfidence" DOUBLE PRECISION,
    "number" INTEGER,
    "weekday" TEXT,
    "lunarDate" TEXT,
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Issue_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Issue_contentHash_key" ON "Issue"("contentHash");
CREATE INDEX "Issue_date_idx" ON "Issue"("date");

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
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

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Article_issueId_position_key" ON "Article"("issueId", "position");

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "valueMax" DOUBLE PRECISION,
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

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Indicator_articleId_idx" ON "Indicator"("articleId");
CREATE INDEX "Indicator_townshipId_issueDate_idx" ON "Indicator"("townshipId", "issueDate");
CREATE INDEX "Indicator_departmentId_issueDate_idx" ON "Indicator"("departmentId", "issueDate");
CREATE INDEX "Indicator_campaignId_issueDate_idx" ON "Indicator"("campaignId", "issueDate");
CREATE INDEX "Indicator_unit_issueDate_idx" ON "Indicator"("unit", "issueDate");
CREATE INDEX "Indicator_issueDate_idx" ON "Indicator"("issueDate");

-- CreateTable
CREATE TABLE "Progress" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "fromValue" DOUBLE PRECISION NOT NULL,
    "toValue" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "metric" TEXT,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "Progress_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Progress_articleId_idx" ON "Progress"("articleId");

-- CreateTable
CREATE TABLE "Goal" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "verb" TEXT NOT NULL,
    "targetValue" DOUBLE PRECISION,
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

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Goal_articleId_idx" ON "Goal"("articleId");
CREATE INDEX "Goal_campaignId_idx" ON "Goal"("campaignId");
CREATE INDEX "Goal_townshipId_idx" ON "Goal"("townshipId");
CREATE INDEX "Goal_departmentId_idx" ON "Goal"("departmentId");

-- CreateTable
CREATE TABLE "Campaign" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT,
    "aliases" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Campaign_name_key" ON "Campaign"("name");
CREATE UNIQUE INDEX "Campaign_key_key" ON "Campaign"("key");

-- CreateTable
CREATE TABLE "CampaignMention" (
    "id" SERIAL NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "townshipId" INTEGER,
    "departmentId" INTEGER,
    "issueDate" TEXT,

    CONSTRAINT "CampaignMention_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "CampaignMention_campaignId_issueDate_idx" ON "CampaignMention"("campaignId", "issueDate");
CREATE INDEX "CampaignMention_articleId_idx" ON "CampaignMention"("articleId");

-- CreateTable
CREATE TABLE "Place" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "townshipId" INTEGER,
    "aliases" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Place_name_key" ON "Place"("name");

-- CreateTable
CREATE TABLE "PlaceMention" (
    "id" SERIAL NOT NULL,
    "placeId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "issueDate" TEXT,

    CONSTRAINT "PlaceMention_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "PlaceMention_placeId_issueDate_idx" ON "PlaceMention"("placeId", "issueDate");
CREATE INDEX "PlaceMention_articleId_idx" ON "PlaceMention"("articleId");

-- CreateTable
CREATE TABLE "Department" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "canonical" TEXT NOT NULL,
    "aliases" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Department_name_key" ON "Department"("name");

-- CreateTable
CREATE TABLE "DepartmentMention" (
    "id" SERIAL NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "issueDate" TEXT,

    CONSTRAINT "DepartmentMention_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "DepartmentMention_departmentId_issueDate_idx" ON "DepartmentMention"("departmentId", "issueDate");
CREATE INDEX "DepartmentMention_articleId_idx" ON "DepartmentMention"("articleId");

-- CreateTable
CREATE TABLE "IngestRun" (
    "id" SERIAL NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "durationMs" INTEGER,
    "source" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentHash" TEXT,
    "status" TEXT NOT NULL,
    "message" TEXT,
    "issueId" INTEGER,
    "articles" INTEGER,
    "items" INTEGER,

    CONSTRAINT "IngestRun_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "IngestRun_startedAt_idx" ON "IngestRun"("startedAt");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Progress" ADD CONSTRAINT "Progress_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "Goal" ADD CONSTRAINT "Goal_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "Goal" ADD CONSTRAINT "Goal_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Goal" ADD CONSTRAINT "Goal_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Goal" ADD CONSTRAINT "Goal_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "CampaignMention" ADD CONSTRAINT "CampaignMention_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "CampaignMention" ADD CONSTRAINT "CampaignMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "CampaignMention" ADD CONSTRAINT "CampaignMention_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "CampaignMention" ADD CONSTRAINT "CampaignMention_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Place" ADD CONSTRAINT "Place_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "PlaceMention" ADD CONSTRAINT "PlaceMention_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "PlaceMention" ADD CONSTRAINT "PlaceMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "DepartmentMention" ADD CONSTRAINT "DepartmentMention_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "DepartmentMention" ADD CONSTRAINT "DepartmentMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "IngestRun" ADD CONSTRAINT "IngestRun_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Article search. SQLite keeps an fts5 trigram table ("ArticleSearch"); PostgreSQL instead indexes the Article columns
-- themselves with pg_trgm, so `ILIKE '%词语%'` on "title" or "text" is served by the index and there is no second
-- copy of the text to keep in step. pg_trgm is a trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Article_title_trgm_idx" ON "Article" USING GIN ("title" gin_trgm_ops);
CREATE INDEX "Article_text_trgm_idx" ON "Article" USING GIN ("text" gin_trgm_ops);
