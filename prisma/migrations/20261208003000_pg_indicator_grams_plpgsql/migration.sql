-- PostgreSQL only: a faster body for the function its character index of the numbers is built on
-- (prisma/migrations-postgresql/20261208003000_pg_indicator_grams_plpgsql). SQLite's index is fts5, fed by
-- lib/db/indicator-search.ts: nothing to do here.
SELECT 1;
