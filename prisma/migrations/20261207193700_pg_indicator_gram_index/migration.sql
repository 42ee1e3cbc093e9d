-- PostgreSQL only: its character index of the numbers for one- and two-character queries
-- (prisma/migrations-postgresql/20261207193700_pg_indicator_gram_index). SQLite has its own since
-- 20261207170300_indicator_gram_search (fts5, kept by lib/db/indicator-search.ts).
SELECT 1;
