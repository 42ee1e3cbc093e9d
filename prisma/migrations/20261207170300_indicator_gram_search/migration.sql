-- The explorer's text filter for one- and two-character queries (lib/db/indicator-search.ts): an fts5 index of every
-- number's characters and character pairs, rowid = Indicator.id, and its vocabulary (rows per token).
CREATE VIRTUAL TABLE "IndicatorGrams" USING fts5("grams", content = '', contentless_delete = 1, detail = none, tokenize = 'ascii');
CREATE VIRTUAL TABLE "IndicatorGramsVocab" USING fts5vocab("IndicatorGrams", 'row');
-- Tokens are computed in TypeScript: on a database that already holds numbers, backfillIndicatorSearchSqlite (run by
-- prepareDatabase) fills the index and then removes this key; until then the explorer keeps its scan. A new database
-- is indexed as it is filled.
INSERT INTO "AppSetting" ("key", "value") SELECT 'indicatorGrams.backfill', 'pending' WHERE EXISTS (SELECT 1 FROM "Indicator");
