-- Staff search ignores accents and case: "Ruta" finds "Rūta", "neuronu" finds "Neuronų", "lodz" finds "Łódź".
-- unaccent is a trusted extension (PostgreSQL 13+), so the database owner may create it; search_fold() is the one
-- folding rule every search uses, immutable so that an index on it is possible where a table grows large.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE FUNCTION search_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN lower(public.unaccent('public.unaccent'::regdictionary, value));
