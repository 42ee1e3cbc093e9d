-- Text queries hide incidental numbers (ages, story durations, one person's count) unless asked for, as every other
-- list of numbers does. The character index of short queries (20261207170300_indicator_gram_search) now marks an
-- incidental number's document with the token `n` (lib/db/indicator-search.ts). Its tokens are computed in
-- TypeScript, so a database that already holds numbers is indexed again by backfillIndicatorSearchSqlite (run by
-- prepareDatabase), which removes this key when done; until then the explorer keeps its scan. A fill that was under way
-- starts again from the first issue.
INSERT OR REPLACE INTO "AppSetting" ("key", "value") SELECT 'indicatorGrams.backfill', 'pending' WHERE EXISTS (SELECT 1 FROM "Indicator");
