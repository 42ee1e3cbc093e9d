-- SQLite only: "IndicatorGrams" is an fts5 index (prisma/migrations/20261207170300_indicator_gram_search). PostgreSQL
-- has no fts5; its explorer keeps matching one- and two-character queries by a scan (lib/db/indicator-search.ts).
SELECT 1;
