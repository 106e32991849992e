-- One application as the intake would insert it: for pgbench, to price the summary's triggers on the submit path.
INSERT INTO application (reference, call_id, status, organisation_name, country, registry_code,
                         registry_code_normalised, category, organisation_size, contribution_areas,
                         investment_intent_eur, compute_demand_gpu_hours, description, consent_privacy_version,
                         consent_privacy_at, language, access_token_hash, submitted_at, updated_at)
SELECT 'P-' || u, c.id, 'SUBMITTED', 'Pgbench organisation', 'LT', u, u, 'STARTUP', 'SMALL', ARRAY['RESEARCH'],
       250000, 1000, 'pgbench', 'bench', now(), 'en', u, now(), now()
FROM call c, (SELECT gen_random_uuid()::text AS u) g
WHERE c.slug = 'demo';
