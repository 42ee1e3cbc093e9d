-- Editors' decisions and the audit log: mirrors prisma/migrations/20261129010000_review (SQLite).

-- CreateTable
CREATE TABLE "ReviewDecision" (
    "id" SERIAL NOT NULL,
    "issueHash" TEXT NOT NULL,
    "articlePos" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "itemText" TEXT NOT NULL,
    "sentence" TEXT NOT NULL,
    "occurrence" INTEGER NOT NULL DEFAULT 0,
    "fields" TEXT NOT NULL DEFAULT '{}',
    "editor" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewDecision_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ReviewDecision_issueHash_articlePos_idx" ON "ReviewDecision"("issueHash", "articlePos");

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '{}',

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

