-- The explorer's text filter for one- and two-character queries (户, 小区) on PostgreSQL: SQLite's "IndicatorGrams"
-- (20261207170300_indicator_gram_search, fts5) has no twin here, and a trigram index cannot help (pg_trgm extracts no
-- trigram from a one- or two-character pattern, so its GIN index is read whole), so these queries scanned every
-- number's article and were counted only up to 10,000.
-- Chosen: one row per number holding the three texts the explorer matches, lowered exactly as its scan lowers them
-- (lower(metric), lower(text), lower(sentence)), with a GIN index over an expression: the array of every character and
-- every pair of adjacent characters of each text (a pair never spans two texts, as the scan tests each text on its
-- own). A query of one or two characters is itself one of those grams, so `@> ARRAY[q]` finds exactly the rows whose
-- texts contain it (GIN's array containment is not lossy: no recheck), and the total is an exact COUNT(*) of a bitmap
-- of the index. Not chosen: the grams stored as a text[] column (about 120 per number: ten times the table, read by
-- every count) or a row per (gram, number) (index-only counts, but ~50 M rows at 10,000 issues).
-- Kept by triggers, whoever writes Indicator (ingestion, re-extraction, review, tests): a statement trigger on INSERT
-- (one INSERT … SELECT per statement through its transition table), a row trigger on UPDATE of the columns the texts
-- and the rejected flag come from, a row trigger on Article's text, and the foreign key's cascade on DELETE (an issue,
-- an article or a number deleted takes its rows along). Filled here in SQL, so it is ready when the migration commits.
-- No writer may change a number or an article between the fill and the triggers (its change would be missed), and
-- taking both locks first, in one order, keeps a writer already inside a transaction from deadlocking with the
-- CREATE TRIGGERs below: it finishes, then waits for this migration.
LOCK TABLE "Article", "Indicator" IN SHARE ROW EXCLUSIVE MODE;

CREATE FUNCTION "indicator_gram_texts"(p_metric TEXT, p_text TEXT, p_article TEXT, p_start INTEGER, p_end INTEGER)
  RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT ARRAY[lower(coalesce(p_metric, '')), lower(p_text), lower(substr(p_article, p_start + 1, greatest(p_end - p_start, 0)))] $$;

-- substr counts characters; the pair starting at a text's last character is that character alone (GIN drops the
-- duplicate keys, so no DISTINCT). Expensive next to a column read: COST keeps the planner from choosing a scan that
-- computes it for every row.
CREATE FUNCTION "indicator_grams"(p_texts TEXT[]) RETURNS TEXT[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 1000
  AS $$ SELECT coalesce(array_agg(g), '{}') FROM unnest(p_texts) AS t(s), generate_series(1, char_length(s)) AS k,
    LATERAL (VALUES (substr(s, k, 1)), (substr(s, k, 2))) AS v(g) $$;

CREATE TABLE "IndicatorGrams" (
    "id" INTEGER NOT NULL,
    "rejected" BOOLEAN NOT NULL,
    "texts" TEXT[] NOT NULL,

    CONSTRAINT "IndicatorGrams_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "IndicatorGrams" ADD CONSTRAINT "IndicatorGrams_id_fkey" FOREIGN KEY ("id") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "IndicatorGrams" ("id", "rejected", "texts")
SELECT i."id", i."review" = 'rejected', "indicator_gram_texts"(i."metric", i."text", a."text", i."sentenceStart", i."sentenceEnd")
FROM "Indicator" i JOIN "Article" a ON a."id" = i."articleId";
-- Built after the fill: one sorted build instead of an insertion per row.
CREATE INDEX "IndicatorGrams_grams_gin_idx" ON "IndicatorGrams" USING GIN ("indicator_grams"("texts"));

CREATE FUNCTION "indicator_grams_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "IndicatorGrams" ("id", "rejected", "texts")
  SELECT i."id", i."review" = 'rejected', "indicator_gram_texts"(i."metric", i."text", a."text", i."sentenceStart", i."sentenceEnd")
  FROM "inserted" i JOIN "Article" a ON a."id" = i."articleId";
  RETURN NULL;
END
$$;
CREATE TRIGGER "Indicator_grams_insert" AFTER INSERT ON "Indicator" REFERENCING NEW TABLE AS "inserted"
  FOR EACH STATEMENT EXECUTE FUNCTION "indicator_grams_insert"();

CREATE FUNCTION "indicator_grams_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "IndicatorGrams" g
  SET "rejected" = NEW."review" = 'rejected',
      "texts" = "indicator_gram_texts"(NEW."metric", NEW."text", a."text", NEW."sentenceStart", NEW."sentenceEnd")
  FROM "Article" a WHERE g."id" = NEW."id" AND a."id" = NEW."articleId";
  RETURN NULL;
END
$$;
-- Updates of other columns (links, series keys, core) leave the index alone.
CREATE TRIGGER "Indicator_grams_update" AFTER UPDATE OF "metric", "text", "review", "sentenceStart", "sentenceEnd", "articleId" ON "Indicator"
  FOR EACH ROW WHEN (OLD."metric" IS DISTINCT FROM NEW."metric" OR OLD."text" IS DISTINCT FROM NEW."text"
    OR OLD."review" IS DISTINCT FROM NEW."review" OR OLD."sentenceStart" IS DISTINCT FROM NEW."sentenceStart"
    OR OLD."sentenceEnd" IS DISTINCT FROM NEW."sentenceEnd" OR OLD."articleId" IS DISTINCT FROM NEW."articleId")
  EXECUTE FUNCTION "indicator_grams_update"();

-- Re-extraction updates a kept article's text after deleting its numbers (nothing to do then); any other change of an
-- article's text moves its numbers' sentences.
CREATE FUNCTION "indicator_grams_article"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "IndicatorGrams" g
  SET "texts" = "indicator_gram_texts"(i."metric", i."text", NEW."text", i."sentenceStart", i."sentenceEnd")
  FROM "Indicator" i WHERE i."articleId" = NEW."id" AND g."id" = i."id";
  RETURN NULL;
END
$$;
CREATE TRIGGER "Article_indicator_grams" AFTER UPDATE OF "text" ON "Article"
  FOR EACH ROW WHEN (OLD."text" IS DISTINCT FROM NEW."text") EXECUTE FUNCTION "indicator_grams_article"();
