-- The same issue in another encoding or line-end style is recognised by its normalised text (filled in at start for
-- issues stored before, by lib/db/backfill-text-hash.ts).
ALTER TABLE "Issue" ADD COLUMN "textHash" TEXT;
CREATE INDEX "Issue_textHash_idx" ON "Issue"("textHash");
