-- Conflicts of interest match an organisation's name whatever its case, accents, spacing and punctuation: a reviewer
-- who declares "neuronu tinklas uab" no longer sees "UAB „Neuronų tinklas“". organisation_fold() is that one rule,
-- applied to both sides by the application module's search (ApplicationSearch): search_fold (V17: lower case, no
-- accents) with every run of characters other than letters and digits turned into one space, trimmed; empty is NULL.
CREATE FUNCTION organisation_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN nullif(btrim(regexp_replace(search_fold(value), '[^[:alnum:]]+', ' ', 'g')), '');

-- The application module's index for that search: a reviewer's declarations are looked up on every queue page.
CREATE INDEX application_organisation_fold_idx ON application (organisation_fold(organisation_name));

-- From now on a declaration is kept as it was typed (the page shows it so), and folded when it is matched. Rows
-- written before hold the lower-case form they were normalised to; folding them again gives the same key, so they
-- need no change and keep hiding what they hid, and now also the same names written with or without accents.
COMMENT ON COLUMN review_conflict.organisation_name IS 'as typed (before V24: lower case, punctuation as spaces)';
COMMENT ON COLUMN review_conflict.registry_code IS 'as typed (before V24: letters and digits only, upper case)';
