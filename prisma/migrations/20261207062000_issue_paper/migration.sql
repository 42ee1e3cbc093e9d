-- The paper an issue belongs to, from its masthead: two papers may print the same date and 第N期, and an issue of
-- another paper must not be taken for (and replace) a stored one. Issues stored before keep null (read as "unknown").
ALTER TABLE "Issue" ADD COLUMN "paper" TEXT;
