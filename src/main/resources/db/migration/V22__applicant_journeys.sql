-- The applicant's journeys (issue 13): what changed in a version as data, amendments checked before they are saved,
-- and asking for a private link again.

-- 1. What changed in a version: a list of {"field", "before", "after"} with the stored codes and values
--    ({"field": "category", "before": "UNIVERSITY", "after": "STARTUP"}; lists as arrays, amounts as numbers, empty as
--    null), or {"field", "erased": true} where an erasure took the contact's details out. Pages show labels in the
--    reader's language; the codes stay in the data. Until now the column held text lines "field: old → new"; they are
--    parsed here. A line that does not start with a field's name and ": " continues the one before (a description with
--    line breaks).
CREATE OR REPLACE FUNCTION pg_temp.answer(field text, value text) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN value = '' THEN 'null'::jsonb
        WHEN field = 'contributionAreas' THEN to_jsonb(string_to_array(value, ','))
        WHEN field IN ('investmentIntentEur', 'computeDemandGpuHours') AND value ~ '^[0-9]{1,18}$' THEN to_jsonb(value::bigint)
        WHEN field = 'consentDirectory' AND value IN ('true', 'false') THEN to_jsonb(value::boolean)
        ELSE to_jsonb(value)
    END
$$;

CREATE OR REPLACE FUNCTION pg_temp.starts_change(line text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT line ~ '^(organisationName|country|registryCode|vatNumber|pic|website|category|organisationSize|contactName|contactEmail|contactPhone|contributionAreas|investmentIntentEur|computeDemandGpuHours|description|consentDirectory|status): '
$$;

CREATE OR REPLACE FUNCTION pg_temp.change(entry text) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN entry ~ '^[A-Za-z]+: \(erased\)$' THEN jsonb_build_object('field', split_part(entry, ':', 1), 'erased', true)
        WHEN m IS NOT NULL THEN jsonb_build_object('field', m[1], 'before', pg_temp.answer(m[1], m[2]),
                                                   'after', pg_temp.answer(m[1], m[3]))
        ELSE jsonb_build_object('field', NULL, 'after', entry)
    END
    FROM (SELECT regexp_match(entry, '^([A-Za-z]+): (.*?) → (.*)$') AS m) parsed
$$;

ALTER TABLE application_version ADD COLUMN change_list jsonb NOT NULL DEFAULT '[]';
UPDATE application_version v SET change_list = (
    SELECT coalesce(jsonb_agg(pg_temp.change(entry) ORDER BY part), '[]'::jsonb)
    FROM (SELECT part, string_agg(line, E'\n' ORDER BY n) AS entry
          FROM (SELECT line, n, count(*) FILTER (WHERE pg_temp.starts_change(line)) OVER (ORDER BY n) AS part
                FROM regexp_split_to_table(v.changes, E'\n') WITH ORDINALITY AS lines (line, n)) numbered
          GROUP BY part) entries)
WHERE v.changes <> '';
ALTER TABLE application_version DROP COLUMN changes;
ALTER TABLE application_version RENAME COLUMN change_list TO changes;
ALTER TABLE application_version ALTER COLUMN changes DROP DEFAULT;
ALTER TABLE application_version ADD CONSTRAINT application_version_changes_list CHECK (jsonb_typeof(changes) = 'array');
DROP FUNCTION pg_temp.change(text);
DROP FUNCTION pg_temp.starts_change(text);
DROP FUNCTION pg_temp.answer(text, text);

-- 2. An amendment between the form and its check page: a draft like an applicant's, bound to the application it
--    changes (a new application's draft has none). It dies with the application, or with the call's window.
ALTER TABLE application_draft ADD COLUMN amends bigint REFERENCES application (id) ON DELETE CASCADE;
CREATE INDEX application_draft_amends_idx ON application_draft (amends) WHERE amends IS NOT NULL;

-- 3. Requests for a private link again (by contact address and reference), kept a day to limit how often one pair and
--    one client may ask. Neither the address nor the client's IP address is stored: only hashes.
CREATE TABLE application_link_request (
    id           bigserial PRIMARY KEY,
    requested_at timestamptz NOT NULL,
    -- SHA-256 of the normalised address and the reference.
    subject_hash text        NOT NULL,
    -- SHA-256 of the client's address.
    client_hash  text        NOT NULL,
    -- SENT (a new link went out), UNMATCHED (no such application with that contact) or LIMITED (asked too often).
    outcome      text        NOT NULL CHECK (outcome IN ('SENT', 'UNMATCHED', 'LIMITED'))
);
CREATE INDEX application_link_request_subject_idx ON application_link_request (subject_hash, requested_at);
CREATE INDEX application_link_request_client_idx ON application_link_request (client_hash, requested_at);
