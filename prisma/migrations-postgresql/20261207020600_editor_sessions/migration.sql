-- Revocable editor sessions, the kept session secret, and indexes for sign-in throttling.
CREATE TABLE "EditorSession" (
    "id" TEXT NOT NULL,
    "editor" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EditorSession_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "EditorSession_expiresAt_idx" ON "EditorSession"("expiresAt");

CREATE TABLE "AppSetting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "AppSetting_pkey" PRIMARY KEY ("key")
);

CREATE INDEX "AuditLog_action_target_at_idx" ON "AuditLog"("action", "target", "at");
CREATE INDEX "AuditLog_action_editor_at_idx" ON "AuditLog"("action", "editor", "at");
