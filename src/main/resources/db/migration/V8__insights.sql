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

-- Adds one statement's changes to both summaries: +1 for each new row version, -1 for each old one. The transition
-- tables (insights_new, insights_old) exist only for the operations that have them, hence the source is chosen per
-- operation and the statements run as dynamic SQL.
CREATE FUNCTION insights_track() RETURNS trigger LANGUAGE plpgsql AS $function$
DECLARE
    columns CONSTANT text := 'call_id, status, category, country, organisation_size, investment_intent_eur, '
        || 'compute_demand_gpu_hours, submitted_at';
    source text;
BEGIN
    source := CASE TG_OP
        WHEN 'INSERT' THEN format('SELECT %s, 1 AS sign FROM insights_new', columns)
        WHEN 'DELETE' THEN format('SELECT %s, -1 AS sign FROM insights_old', columns)
        ELSE format('SELECT %s, 1 AS sign FROM insights_new UNION ALL SELECT %s, -1 FROM insights_old', columns, columns)
    END;

    EXECUTE format($sql$
        INSERT INTO insights_cell AS c (call_id, status, category, country, organisation_size, shard, applications,
                                        investors, investment_eur, demanders, compute_gpu_hours)
        SELECT call_id, status, category, country, organisation_size, (pg_backend_pid() %% 8)::smallint,
               sum(sign),
               coalesce(sum(sign) FILTER (WHERE investment_intent_eur > 0), 0),
               coalesce(sum(sign * investment_intent_eur), 0),
               coalesce(sum(sign) FILTER (WHERE compute_demand_gpu_hours > 0), 0),
               coalesce(sum(sign * compute_demand_gpu_hours), 0)
        FROM (%s) delta
        GROUP BY call_id, status, category, country, organisation_size
        -- An update that moved nothing (an amended description, a new updated_at) locks no summary row.
        HAVING sum(sign) <> 0
            OR coalesce(sum(sign) FILTER (WHERE investment_intent_eur > 0), 0) <> 0
            OR coalesce(sum(sign * investment_intent_eur), 0) <> 0
            OR coalesce(sum(sign) FILTER (WHERE compute_demand_gpu_hours > 0), 0) <> 0
            OR coalesce(sum(sign * compute_demand_gpu_hours), 0) <> 0
        -- One lock order for every statement, so concurrent statements cannot deadlock on summary rows.
        ORDER BY call_id, status, category, country, organisation_size
        ON CONFLICT (call_id, status, category, country, organisation_size, shard) DO UPDATE
            SET applications = c.applications + excluded.applications,
                investors = c.investors + excluded.investors,
                investment_eur = c.investment_eur + excluded.investment_eur,
                demanders = c.demanders + excluded.demanders,
                compute_gpu_hours = c.compute_gpu_hours + excluded.compute_gpu_hours
        $sql$, source);

    EXECUTE format($sql$
        INSERT INTO insights_day AS d (call_id, day, shard, applications)
        SELECT delta.call_id, (delta.submitted_at AT TIME ZONE k.time_zone)::date,
               (pg_backend_pid() %% 8)::smallint, sum(delta.sign)
        FROM (%s) delta
        JOIN call k ON k.id = delta.call_id
        GROUP BY 1, 2
        HAVING sum(delta.sign) <> 0
        ORDER BY 1, 2
        ON CONFLICT (call_id, day, shard) DO UPDATE SET applications = d.applications + excluded.applications
        $sql$, source);
    RETURN NULL;
END
$function$;

CREATE TRIGGER insights_after_insert AFTER INSERT ON application
    REFERENCING NEW TABLE AS insights_new FOR EACH STATEMENT EXECUTE FUNCTION insights_track();
CREATE TRIGGER insights_after_update AFTER UPDATE ON application
    REFERENCING OLD TABLE AS insights_old NEW TABLE AS insights_new FOR EACH STATEMENT EXECUTE FUNCTION insights_track();
CREATE TRIGGER insights_after_delete AFTER DELETE ON application
    REFERENCING OLD TABLE AS insights_old FOR EACH STATEMENT EXECUTE FUNCTION insights_track();

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
