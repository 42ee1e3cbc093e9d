-- Target tracking (issue #11 §2–3): indicator series and core flag, the goal contract's fields, evidence links and
-- the candidate index linking reads. Issues stored before this migration get series, tokens and links when they are
-- re-extracted (npm run reextract).
ALTER TABLE "Indicator" ADD COLUMN "seriesKey" TEXT;
ALTER TABLE "Indicator" ADD COLUMN "core" BOOLEAN NOT NULL DEFAULT true;
CREATE INDEX "Indicator_seriesKey_issueDate_idx" ON "Indicator"("seriesKey", "issueDate");

ALTER TABLE "Goal" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'target';
ALTER TABLE "Goal" ADD COLUMN "targetBound" TEXT;
ALTER TABLE "Goal" ADD COLUMN "deadlineDate" TEXT;
ALTER TABLE "Goal" ADD COLUMN "subject" TEXT;
ALTER TABLE "Goal" ADD COLUMN "tokens" TEXT NOT NULL DEFAULT '{"strong":[],"weak":[]}';
ALTER TABLE "Goal" ADD COLUMN "evidenceState" TEXT;
ALTER TABLE "Goal" ADD COLUMN "evidenceDate" TEXT;
CREATE INDEX "Goal_deadlineDate_idx" ON "Goal"("deadlineDate");

CREATE TABLE "GoalEvidence" (
    "id" SERIAL NOT NULL,
    "goalId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "issueDate" TEXT NOT NULL,
    "sentenceStart" INTEGER NOT NULL,
    "sentenceEnd" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "unit" TEXT,
    "relation" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "words" TEXT NOT NULL DEFAULT '[]',
    "review" TEXT NOT NULL DEFAULT 'machine',

    CONSTRAINT "GoalEvidence_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "GoalEvidence_goalId_articleId_key" ON "GoalEvidence"("goalId", "articleId");
CREATE INDEX "GoalEvidence_articleId_idx" ON "GoalEvidence"("articleId");
CREATE INDEX "GoalEvidence_goalId_issueDate_idx" ON "GoalEvidence"("goalId", "issueDate");
ALTER TABLE "GoalEvidence" ADD CONSTRAINT "GoalEvidence_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "GoalEvidence" ADD CONSTRAINT "GoalEvidence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "GoalKey" (
    "key" TEXT NOT NULL,
    "goalId" INTEGER NOT NULL,
    "issueDate" TEXT NOT NULL,

    CONSTRAINT "GoalKey_pkey" PRIMARY KEY ("key", "issueDate", "goalId")
);
CREATE INDEX "GoalKey_goalId_idx" ON "GoalKey"("goalId");
ALTER TABLE "GoalKey" ADD CONSTRAINT "GoalKey_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "ArticleKey" (
    "key" TEXT NOT NULL,
    "articleId" INTEGER NOT NULL,
    "issueDate" TEXT NOT NULL,

    CONSTRAINT "ArticleKey_pkey" PRIMARY KEY ("key", "issueDate", "articleId")
);
CREATE INDEX "ArticleKey_articleId_idx" ON "ArticleKey"("articleId");
ALTER TABLE "ArticleKey" ADD CONSTRAINT "ArticleKey_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
