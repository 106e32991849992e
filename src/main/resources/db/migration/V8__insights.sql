-- Insights reads the application table (owned by the intake module) with one aggregate per call. This index holds
-- every column that aggregate needs, so PostgreSQL answers it from the index alone (an index-only scan of one call's
-- entries) instead of visiting each wide application row with its free-text columns.
CREATE INDEX application_insights_idx ON application (call_id)
    INCLUDE (status, category, country, organisation_size, investment_intent_eur, compute_demand_gpu_hours,
             submitted_at);
