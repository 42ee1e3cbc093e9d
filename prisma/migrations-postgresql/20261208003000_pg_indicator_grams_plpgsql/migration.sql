-- "indicator_grams" (20261207193700_pg_indicator_gram_index) is the expression of the GIN index over IndicatorGrams,
-- evaluated for every number stored: as an SQL function (unnest × generate_series × VALUES, array_agg) it cost
-- ~0.6 ms a number, most of the Indicator insert's time and the largest single part of storing an issue on
-- PostgreSQL (bench/RESULTS.md §19). The same grams in PL/pgSQL: each text's characters by string_to_array (one C
-- call), then each pair of adjacent characters: ~5× faster.
-- The keys are the same set: the old body also gave, at each text's last character, that character alone as its
-- "pair", which is one of the characters anyway, and GIN keeps each key of a row once. So the index already built
-- stays valid (no REINDEX) and every `indicator_grams(texts) @> ARRAY[q]` finds the same rows.
CREATE OR REPLACE FUNCTION "indicator_grams"(p_texts TEXT[]) RETURNS TEXT[] LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1000
  AS $$
DECLARE
  grams TEXT[] := '{}';
  s TEXT;
  chars TEXT[];
BEGIN
  FOREACH s IN ARRAY p_texts LOOP
    chars := string_to_array(s, NULL); -- NULL for a NULL text, which has no grams (as before)
    grams := grams || chars;
    FOR k IN 1 .. coalesce(array_length(chars, 1), 0) - 1 LOOP
      grams := grams || (chars[k] || chars[k + 1]);
    END LOOP;
  END LOOP;
  RETURN grams;
END
$$;
