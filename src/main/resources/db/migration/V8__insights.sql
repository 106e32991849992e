-- Insights read model: a call's applications summed per status × category × country × size, and per day in the
-- call's zone, so that the dashboard and the public statistics read a few thousand rows, not every application.
-- Aggregating the application table itself takes seconds at a million applications (docs/benchmarks.md).
--
-- The summaries are kept exact by statement-level triggers on the intake module's application table, in the same
-- transaction as each change: whatever writes applications (the form, staff decisions, bulk loads, privacy erasure)
-- the figures follow, with no event to lose. A statement adds one grouped delta per touched cell, so a bulk insert
-- of 200,000 rows costs one upsert per cell, not one per row.
--
-- Hot rows: every submission of a day would update the same day row and hold its lock until it commits, which
-- would queue concurrent submissions in the deadline surge. Each database session therefore writes its own shard
-- (backend pid modulo 8) and readers add the shards up.

CREATE TABLE insights_cell (
    call_id           bigint   NOT NULL REFERENCES call (id),
    status            text     NOT NULL,
    category          text     NOT NULL,
    country           char(2)  NOT NULL,
    organisation_size text     NOT NULL,
    shard             smallint NOT NULL,
    applications      bigint   NOT NULL,
    -- Applications stating an amount above zero: public sums need at least five of them.
    investors         bigint   NOT NULL,
    investment_eur    bigint   NOT NULL,
    demanders         bigint   NOT NULL,
    compute_gpu_hours bigint   NOT NULL,
    PRIMARY KEY (call_id, status, category, country, organisation_size, shard)
);

CREATE TABLE insights_day (
    call_id      bigint   NOT NULL REFERENCES call (id),
    day          date     NOT NULL,
    shard        smallint NOT NULL,
    applications bigint   NOT NULL,
    PRIMARY KEY (call_id, day, shard)
);

-- The largest single investment intent of the active applications (a composition check): a maximum cannot be kept
-- by adding deltas, but this partial index answers it by reading one index entry.
CREATE INDEX application_active_investment_idx ON application (call_id, investment_intent_eur DESC)
    WHERE status NOT IN ('WITHDRAWN', 'DECLINED') AND investment_intent_eur IS NOT NULL;

-- One changed row version: +1 for a new version, -1 for an old one.
CREATE TYPE insights_delta AS (
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
CREATE FUNCTION insights_add(deltas insights_delta[]) RETURNS void LANGUAGE plpgsql AS $function$
BEGIN
    INSERT INTO insights_cell AS c (call_id, status, category, country, organisation_size, shard, applications,
                                    investors, investment_eur, demanders, compute_gpu_hours)
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

    INSERT INTO insights_day AS s (call_id, day, shard, applications)
    SELECT d.call_id, (d.submitted_at AT TIME ZONE k.time_zone)::date, (pg_backend_pid() % 8)::smallint, sum(d.sign)
    FROM unnest(deltas) d
    JOIN call k ON k.id = d.call_id
    GROUP BY 1, 2
    HAVING sum(d.sign) <> 0
    ORDER BY 1, 2
    ON CONFLICT (call_id, day, shard) DO UPDATE SET applications = s.applications + excluded.applications;
END
$function$;

-- Transition tables exist only for the operations that have them, hence one small trigger function per operation.
CREATE FUNCTION insights_after_insert() RETURNS trigger LANGUAGE plpgsql AS $function$
BEGIN
    PERFORM insights_add(ARRAY(
        SELECT (call_id, status, category, country, organisation_size, investment_intent_eur,
                compute_demand_gpu_hours, submitted_at, 1)::insights_delta
        FROM insights_new));
    RETURN NULL;
END
$function$;

CREATE FUNCTION insights_after_update() RETURNS trigger LANGUAGE plpgsql AS $function$
BEGIN
    PERFORM insights_add(ARRAY(
        SELECT (call_id, status, category, country, organisation_size, investment_intent_eur,
                compute_demand_gpu_hours, submitted_at, 1)::insights_delta
        FROM insights_new
        UNION ALL
        SELECT (call_id, status, category, country, organisation_size, investment_intent_eur,
                compute_demand_gpu_hours, submitted_at, -1)::insights_delta
        FROM insights_old));
    RETURN NULL;
END
$function$;

CREATE FUNCTION insights_after_delete() RETURNS trigger LANGUAGE plpgsql AS $function$
BEGIN
    PERFORM insights_add(ARRAY(
        SELECT (call_id, status, category, country, organisation_size, investment_intent_eur,
                compute_demand_gpu_hours, submitted_at, -1)::insights_delta
        FROM insights_old));
    RETURN NULL;
END
$function$;

CREATE TRIGGER insights_after_insert AFTER INSERT ON application
    REFERENCING NEW TABLE AS insights_new FOR EACH STATEMENT EXECUTE FUNCTION insights_after_insert();
CREATE TRIGGER insights_after_update AFTER UPDATE ON application
    REFERENCING OLD TABLE AS insights_old NEW TABLE AS insights_new
    FOR EACH STATEMENT EXECUTE FUNCTION insights_after_update();
CREATE TRIGGER insights_after_delete AFTER DELETE ON application
    REFERENCING OLD TABLE AS insights_old FOR EACH STATEMENT EXECUTE FUNCTION insights_after_delete();

CREATE FUNCTION insights_forget() RETURNS trigger LANGUAGE plpgsql AS $function$
BEGIN
    DELETE FROM insights_cell;
    DELETE FROM insights_day;
    RETURN NULL;
END
$function$;

CREATE TRIGGER insights_after_truncate AFTER TRUNCATE ON application
    FOR EACH STATEMENT EXECUTE FUNCTION insights_forget();

-- Applications that exist before this migration.
INSERT INTO insights_cell (call_id, status, category, country, organisation_size, shard, applications, investors,
                           investment_eur, demanders, compute_gpu_hours)
SELECT call_id, status, category, country, organisation_size, 0, count(*),
       count(*) FILTER (WHERE investment_intent_eur > 0), coalesce(sum(investment_intent_eur), 0),
       count(*) FILTER (WHERE compute_demand_gpu_hours > 0), coalesce(sum(compute_demand_gpu_hours), 0)
FROM application
GROUP BY call_id, status, category, country, organisation_size;

INSERT INTO insights_day (call_id, day, shard, applications)
SELECT a.call_id, (a.submitted_at AT TIME ZONE k.time_zone)::date, 0, count(*)
FROM application a
JOIN call k ON k.id = a.call_id
GROUP BY 1, 2;
