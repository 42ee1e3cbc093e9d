-- Revocable editor sessions, the kept session secret, and indexes for sign-in throttling.
CREATE TABLE "EditorSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "editor" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL
);
CREATE INDEX "EditorSession_expiresAt_idx" ON "EditorSession"("expiresAt");

CREATE TABLE "AppSetting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
);

CREATE INDEX "AuditLog_action_target_at_idx" ON "AuditLog"("action", "target", "at");
CREATE INDEX "AuditLog_action_editor_at_idx" ON "AuditLog"("action", "editor", "at");
