-- Text queries hide incidental numbers (ages, story durations, one person's count) unless asked for, as every other
-- list of numbers does. The character index's rows (20261207193700_pg_indicator_gram_index) carry the number's core
-- flag beside its rejected flag, so a short query is still counted off the index and the narrow table alone.
-- Locked as that migration locked, so no writer inserts a number between the fill and the new triggers.
LOCK TABLE "Article", "Indicator" IN SHARE ROW EXCLUSIVE MODE;

ALTER TABLE "IndicatorGrams" ADD COLUMN "core" BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE "IndicatorGrams" g SET "core" = FALSE FROM "Indicator" i WHERE i."id" = g."id" AND NOT i."core";
ALTER TABLE "IndicatorGrams" ALTER COLUMN "core" DROP DEFAULT;

CREATE OR REPLACE FUNCTION "indicator_grams_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "IndicatorGrams" ("id", "rejected", "core", "texts")
  SELECT i."id", i."review" = 'rejected', i."core", "indicator_gram_texts"(i."metric", i."text", a."text", i."sentenceStart", i."sentenceEnd")
  FROM "inserted" i JOIN "Article" a ON a."id" = i."articleId";
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION "indicator_grams_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "IndicatorGrams" g
  SET "rejected" = NEW."review" = 'rejected',
      "core" = NEW."core",
      "texts" = "indicator_gram_texts"(NEW."metric", NEW."text", a."text", NEW."sentenceStart", NEW."sentenceEnd")
  FROM "Article" a WHERE g."id" = NEW."id" AND a."id" = NEW."articleId";
  RETURN NULL;
END
$$;

-- Storing sets core once, but nothing forbids a later writer to change it: the update trigger now watches it too.
DROP TRIGGER "Indicator_grams_update" ON "Indicator";
CREATE TRIGGER "Indicator_grams_update" AFTER UPDATE OF "metric", "text", "review", "core", "sentenceStart", "sentenceEnd", "articleId" ON "Indicator"
  FOR EACH ROW WHEN (OLD."metric" IS DISTINCT FROM NEW."metric" OR OLD."text" IS DISTINCT FROM NEW."text"
    OR OLD."review" IS DISTINCT FROM NEW."review" OR OLD."core" IS DISTINCT FROM NEW."core"
    OR OLD."sentenceStart" IS DISTINCT FROM NEW."sentenceStart" OR OLD."sentenceEnd" IS DISTINCT FROM NEW."sentenceEnd"
    OR OLD."articleId" IS DISTINCT FROM NEW."articleId")
  EXECUTE FUNCTION "indicator_grams_update"();
