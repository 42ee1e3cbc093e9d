-- Editors' decisions (anchored to source text so they survive re-extraction) and the audit log.

CREATE TABLE "ReviewDecision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "issueHash" TEXT NOT NULL,
    "articlePos" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "itemText" TEXT NOT NULL,
    "sentence" TEXT NOT NULL,
    "occurrence" INTEGER NOT NULL DEFAULT 0,
    "fields" TEXT NOT NULL DEFAULT '{}',
    "editor" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
CREATE INDEX "ReviewDecision_issueHash_articlePos_idx" ON "ReviewDecision"("issueHash", "articlePos");

CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");
