-- The summary of a call's applications becomes the application module's own read model (issue 14): V8 put its
-- tables and triggers under the insights module's names although only the application module may name the
-- application table. Same design, new owner: statement-level triggers on application keep the summary exact in
-- the same transaction as every change (docs/insights.md, docs/benchmarks.md); the insights module reads it through
-- Applications.summary.
--
-- One change of shape: V8 grouped submissions by day in the call's time zone, which needed the call module's table
-- inside the trigger. The summary now counts submissions per quarter of an hour (UTC): every time zone in use is a
-- whole number of quarter hours from UTC, so the reader groups them into days of whatever zone it names, and the
-- application module's SQL names no other module's table.

DROP TRIGGER insights_after_insert ON application;
DROP TRIGGER insights_after_update ON application;
DROP TRIGGER insights_after_delete ON application;
DROP TRIGGER insights_after_truncate ON application;
DROP FUNCTION insights_after_insert();
DROP FUNCTION insights_after_update();
DROP FUNCTION insights_after_delete();
DROP FUNCTION insights_forget();
DROP FUNCTION insights_add(insights_delta[]);
DROP TYPE insights_delta;
DROP TABLE insights_day;

-- Per call × status × category × country × size and per writing session's shard (pg_backend_pid() % 8, so that
-- concurrent submissions do not queue on one row): the count, the applications stating an amount above zero, and the
-- sums. Readers add the shards up.
ALTER TABLE insights_cell RENAME TO application_summary_cell;
ALTER TABLE application_summary_cell RENAME CONSTRAINT insights_cell_pkey TO application_summary_cell_pkey;
ALTER TABLE application_summary_cell RENAME CONSTRAINT insights_cell_call_id_fkey
    TO application_summary_cell_call_id_fkey;

-- Submissions per quarter of an hour (UTC) and shard.
CREATE TABLE application_summary_quarter_hour (
    call_id      bigint      NOT NULL REFERENCES call (id),
    starts_at    timestamptz NOT NULL,
    shard        smallint    NOT NULL,
    applications bigint      NOT NULL,
    PRIMARY KEY (call_id, starts_at, shard)
);

INSERT INTO application_summary_quarter_hour (call_id, starts_at, shard, applications)
SELECT call_id, date_bin('15 minutes', submitted_at, TIMESTAMPTZ '2000-01-01 00:00:00+00'), 0, count(*)
FROM application
GROUP BY 1, 2;

-- The largest single amounts among applications taking part (neither withdrawn nor declined): a maximum cannot be
-- kept by adding deltas, but a partial index answers it by reading its first entries. V8 made the one for
-- investment; this is the same for compute demand (the public sums' dominance check needs both).
CREATE INDEX application_active_compute_idx ON application (call_id, compute_demand_gpu_hours DESC)
    WHERE status NOT IN ('WITHDRAWN', 'DECLINED') AND compute_demand_gpu_hours IS NOT NULL;

-- One changed row version: +1 for a new version, -1 for an old one.
CREATE TYPE application_summary_delta AS (
    call_id                  bigint,
    status                   text,
    category                 text,
    country                  char(2),
    organisation_size        text,
    investment_intent_eur    bigint,
    compute_demand_gpu_hours bigint,
    submitted_at             timestamptz,
    sign                     integer
);

-- Adds one statement's changes to both summaries. Static SQL in PL/pgSQL, so its plans are prepared once per
-- session: on the submit path this costs two small upserts, not two fresh query plans.
CREATE FUNCTION application_summary_add(deltas application_summary_delta[]) RETURNS void LANGUAGE plpgsql AS $function$
BEGIN
    INSERT INTO application_summary_cell AS c (call_id, status, category, country, organisation_size, shard,
                                               applications, investors, investment_eur, demanders, compute_gpu_hours)
    SELECT d.call_id, d.status, d.category, d.country, d.organisation_size, (pg_backend_pid() % 8)::smallint,
           sum(d.sign),
           coalesce(sum(d.sign) FILTER (WHERE d.investment_intent_eur > 0), 0),
           coalesce(sum(d.sign * d.investment_intent_eur), 0),
           coalesce(sum(d.sign) FILTER (WHERE d.compute_demand_gpu_hours > 0), 0),
           coalesce(sum(d.sign * d.compute_demand_gpu_hours), 0)
    FROM unnest(deltas) d
    GROUP BY d.call_id, d.status, d.category, d.country, d.organisation_size
    -- An update that moved nothing (an amended description, a new updated_at) locks no summary row.
    HAVING sum(d.sign) <> 0
        OR coalesce(sum(d.sign) FILTER (WHERE d.investment_intent_eur > 0), 0) <> 0
        OR coalesce(sum(d.sign * d.investment_intent_eur), 0) <> 0
        OR coalesce(sum(d.sign) FILTER (WHERE d.compute_demand_gpu_hours > 0), 0) <> 0
        OR coalesce(sum(d.sign * d.compute_demand_gpu_hours), 0) <> 0
    -- One lock order for every statement, so concurrent statements cannot deadlock on summary rows.
    ORDER BY d.call_id, d.status, d.category, d.country, d.organisation_size
    ON CONFLICT (call_id, status, category, country, organisation_size, shard) DO UPDATE
        SET applications = c.applications + excluded.applications,
            investors = c.investors + excluded.investors,
            investment_eur = c.investment_eur + excluded.investment_eur,
            demanders = c.demanders + excluded.demanders,
            compute_gpu_hours = c.compute_gpu_hours + excluded.compute_gpu_hours;

    INSERT INTO application_summary_quarter_hour AS q (call_id, starts_at, shard, applications)
    SELECT d.call_id, date_bin('15 minutes', d.submitted_at, TIMESTAMPTZ '2000-01-01 00:00:00+00'),
           (pg_backend_pid() % 8)::smallint, sum(d.sign)
    FROM unnest(deltas) d
    GROUP BY 1, 2
    HAVING sum(d.sign) <> 0
    ORDER BY 1, 2
    ON CONFLICT (call_id, starts_at, shard) DO UPDATE SET applications = q.applications + excluded.applications;
END
$function$;

-- Transition tables exist only for the operations that have them, hence one small trigger function per operation.
CREATE FUNCTION application_summary_after_insert() RETURNS trigger LANGUAGE plpgsql AS $function$
BEGIN
    PERFORM application_summary_add(ARRAY(
        SELECT (call_id, status, category, country, organisation_size, investment_intent_eur,
                compute_demand_gpu_hours, submitted_at, 1)::application_summary_delta
        FROM summary_new));
    RETURN NULL;
END
$function$;

CREATE FUNCTION application_summary_after_update() RETURNS trigger LANGUAGE plpgsql AS $function$
BEGIN
    PERFORM application_summary_add(ARRAY(
        SELECT (call_id, status, category, country, organisation_size, investment_intent_eur,
                compute_demand_gpu_hours, submitted_at, 1)::application_summary_delta
        FROM summary_new
        UNION ALL
        SELECT (call_id, status, category, country, organisation_size, investment_intent_eur,
                compute_demand_gpu_hours, submitted_at, -1)::application_summary_delta
        FROM summary_old));
    RETURN NULL;
END
$function$;

CREATE FUNCTION application_summary_after_delete() RETURNS trigger LANGUAGE plpgsql AS $function$
BEGIN
    PERFORM application_summary_add(ARRAY(
        SELECT (call_id, status, category, country, organisation_size, investment_intent_eur,
                compute_demand_gpu_hours, submitted_at, -1)::application_summary_delta
        FROM summary_old));
    RETURN NULL;
END
$function$;

CREATE FUNCTION application_summary_forget() RETURNS trigger LANGUAGE plpgsql AS $function$
BEGIN
    DELETE FROM application_summary_cell;
    DELETE FROM application_summary_quarter_hour;
    RETURN NULL;
END
$function$;

CREATE TRIGGER application_summary_after_insert AFTER INSERT ON application
    REFERENCING NEW TABLE AS summary_new FOR EACH STATEMENT EXECUTE FUNCTION application_summary_after_insert();
CREATE TRIGGER application_summary_after_update AFTER UPDATE ON application
    REFERENCING OLD TABLE AS summary_old NEW TABLE AS summary_new
    FOR EACH STATEMENT EXECUTE FUNCTION application_summary_after_update();
CREATE TRIGGER application_summary_after_delete AFTER DELETE ON application
    REFERENCING OLD TABLE AS summary_old FOR EACH STATEMENT EXECUTE FUNCTION application_summary_after_delete();
CREATE TRIGGER application_summary_after_truncate AFTER TRUNCATE ON application
    FOR EACH STATEMENT EXECUTE FUNCTION application_summary_forget();
