-- Realistic applications for the insights benchmark, generated inside PostgreSQL (no round trips).
-- psql variables: slug (the call), first (first sequence number), count (how many).
-- Skews: Poland and Lithuania lead, Latvia and Estonia follow, a few other EU countries; start-ups and technology
-- providers are the largest groups; most organisations are micro or small; amounts are log-normal (many small
-- intents, a few very large ones); submissions rise towards the deadline; some are withdrawn or declined.
INSERT INTO application (reference, call_id, status, organisation_name, country, registry_code,
                         registry_code_normalised, vat_number, pic, website, category, organisation_size, contact_name,
                         contact_email, contact_phone, contribution_areas, investment_intent_eur,
                         compute_demand_gpu_hours, description, consent_privacy_version, consent_privacy_at,
                         consent_directory, language, access_token_hash, submitted_at, updated_at, withdrawn_at,
                         decided_at)
SELECT 'B-' || c.id || '-' || s.g,
       c.id,
       s.status,
       'Bench organisation ' || s.g,
       s.country,
       'B' || s.g,
       'B' || s.g,
       NULL, NULL, NULL,
       s.category,
       s.size,
       'Bench contact ' || s.g,
       'bench' || s.g || '@example.test',
       NULL,
       ARRAY['RESEARCH', 'USE_CASES'],
       -- About 40 % state no investment; the rest log-normal around EUR 400,000, investors and large ones far more.
       CASE WHEN s.r_inv_null < 0.4 THEN NULL
            ELSE least(100000000000, round(exp(ln(400000) + 2.0 * s.z1
                 + CASE WHEN s.category = 'INVESTOR' THEN 2.5 ELSE 0 END
                 + CASE WHEN s.size = 'LARGE' THEN 1.5 ELSE 0 END)))::bigint END,
       -- About half state a compute demand: log-normal around 20,000 GPU-hours a year.
       CASE WHEN s.r_gpu_null < 0.5 THEN NULL
            ELSE least(100000000000, round(exp(ln(20000) + 1.5 * s.z2)))::bigint END,
       'Generated for the insights benchmark',
       'bench',
       s.submitted_at,
       s.r_inv_null < 0.3,
       'en',
       md5(c.id || '-' || s.g),
       s.submitted_at,
       s.submitted_at,
       CASE WHEN s.status = 'WITHDRAWN' THEN s.submitted_at + interval '1 day' END,
       CASE WHEN s.status IN ('ACCEPTED', 'DECLINED') THEN s.submitted_at + interval '3 days' END
FROM call c
CROSS JOIN LATERAL (
    SELECT g,
           CASE WHEN r_country < 0.36 THEN 'PL' WHEN r_country < 0.64 THEN 'LT' WHEN r_country < 0.80 THEN 'LV'
                WHEN r_country < 0.93 THEN 'EE' WHEN r_country < 0.955 THEN 'DE' WHEN r_country < 0.975 THEN 'FI'
                WHEN r_country < 0.99 THEN 'SE' ELSE 'NL' END AS country,
           CASE WHEN r_category < 0.28 THEN 'STARTUP' WHEN r_category < 0.48 THEN 'TECHNOLOGY_PROVIDER'
                WHEN r_category < 0.56 THEN 'CLOUD_COMPUTE_PROVIDER' WHEN r_category < 0.66 THEN 'RESEARCH_INSTITUTE'
                WHEN r_category < 0.76 THEN 'UNIVERSITY' WHEN r_category < 0.82 THEN 'INVESTOR'
                WHEN r_category < 0.93 THEN 'PUBLIC_SECTOR' ELSE 'OTHER' END AS category,
           CASE WHEN r_size < 0.35 THEN 'MICRO' WHEN r_size < 0.65 THEN 'SMALL' WHEN r_size < 0.85 THEN 'MEDIUM'
                ELSE 'LARGE' END AS size,
           CASE WHEN r_status < 0.45 THEN 'SUBMITTED' WHEN r_status < 0.57 THEN 'ELIGIBILITY_CHECK'
                WHEN r_status < 0.72 THEN 'UNDER_REVIEW' WHEN r_status < 0.77 THEN 'INFO_REQUESTED'
                WHEN r_status < 0.87 THEN 'ACCEPTED' WHEN r_status < 0.95 THEN 'DECLINED' ELSE 'WITHDRAWN' END AS status,
           r_inv_null, r_gpu_null,
           -- Box-Muller: two standard normal deviates for the log-normal amounts.
           sqrt(-2 * ln(1 - u1)) * cos(2 * pi() * u2) AS z1,
           sqrt(-2 * ln(1 - u1)) * sin(2 * pi() * u2) AS z2,
           -- More submissions as the deadline nears: a fraction of the window skewed towards its end.
           c.opens_at + (c.closes_at - c.opens_at) * power(r_time, 0.4)
               AS submitted_at
    FROM (SELECT g, random() AS r_country, random() AS r_category, random() AS r_size, random() AS r_status,
                 random() AS r_inv_null, random() AS r_gpu_null, random() AS u1, random() AS u2, random() AS r_time
          FROM generate_series(:first::bigint, :first::bigint + :count::bigint - 1) AS g) r
) s
WHERE c.slug = :'slug';
