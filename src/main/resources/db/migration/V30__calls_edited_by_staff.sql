-- Issue 15: calls become data that staff edit in the back office. Existing calls are published; a new one starts as a
-- draft, and archiving takes a call off the public lists while its page and applications stay.
ALTER TABLE call
    ADD COLUMN state              text     NOT NULL DEFAULT 'PUBLISHED' CHECK (state IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    ADD COLUMN description_lt     text,
    ADD COLUMN description_en     text,
    ADD COLUMN description_pl     text,
    ADD COLUMN description_lv     text,
    ADD COLUMN description_et     text,
    ADD COLUMN contact_email      text,
    -- ISO 3166-1 alpha-2 codes, in the order staff listed them.
    ADD COLUMN eligible_countries text[]   NOT NULL DEFAULT ARRAY['LT', 'PL', 'LV', 'EE', 'AT', 'BE', 'BG', 'HR', 'CY',
        'CZ', 'DK', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LU', 'MT', 'NL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS',
        'LI', 'NO'],
    ADD COLUMN categories         text[]   NOT NULL DEFAULT ARRAY['TECHNOLOGY_PROVIDER', 'CLOUD_COMPUTE_PROVIDER',
        'RESEARCH_INSTITUTE', 'UNIVERSITY', 'STARTUP', 'INVESTOR', 'PUBLIC_SECTOR', 'OTHER'],
    ADD COLUMN contribution_areas text[]   NOT NULL DEFAULT ARRAY['COMPUTE_HARDWARE', 'DATA_CENTRE_SITE',
        'ENERGY_COOLING', 'CLOUD_SERVICES', 'DATA', 'AI_MODELS_SOFTWARE', 'RESEARCH', 'SKILLS_TRAINING', 'INVESTMENT',
        'USE_CASES'],
    -- [{"question": {"en": …, …}, "answer": {"en": …, …}}] and [{"url": "https://…", "label": {"en": …, …}}]
    ADD COLUMN faq                jsonb    NOT NULL DEFAULT '[]',
    ADD COLUMN links              jsonb    NOT NULL DEFAULT '[]',
    -- Raised when a change to the call's questions is published (issue 15 §4); submissions keep theirs.
    ADD COLUMN form_version       integer  NOT NULL DEFAULT 1 CHECK (form_version >= 1);

-- Budgets with cents and shares such as 17.5 %, exactly.
ALTER TABLE call ALTER COLUMN budget_eur TYPE numeric(17, 2);
ALTER TABLE call ALTER COLUMN private_share_pct TYPE numeric(5, 2);

-- The countries taking part in a call's consortium, each with the date it joined (null: from the start, before any
-- public record of a change) and the date it left (null: still taking part).
CREATE TABLE call_country (
    call_id   bigint  NOT NULL REFERENCES call (id) ON DELETE CASCADE,
    position  integer NOT NULL,
    country   char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    joined_on date,
    left_on   date CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on),
    PRIMARY KEY (call_id, country)
);

-- The Commission's page on AI Factories and Gigafactories, which the 2025 call sends readers to.
UPDATE call SET links = '[{"url": "https://digital-strategy.ec.europa.eu/en/policies/ai-factories", "label": {
    "lt": "Daugiau apie DI gigagamyklas (Europos Komisija, anglų kalba)",
    "en": "More information about AI Gigafactories (European Commission, in English)",
    "pl": "Więcej o gigafabrykach AI (Komisja Europejska, po angielsku)",
    "lv": "Vairāk par MI gigarūpnīcām (Eiropas Komisija, angļu valodā)",
    "et": "Lisateave tehisintellekti gigatehaste kohta (Euroopa Komisjon, inglise keeles)"}}]';

-- The consortium's members as public facts:
-- * Lithuania, Poland, Latvia and Estonia: named by the ministry's call of 28 July 2025
--   (reference/eimin-call-2025-07-28.txt, "A collaboration between Lithuania, Poland, Latvia, and Estonia");
--   taking part from the start, so no joining date.
-- * Czechia joined in November 2025; Estonia and Latvia left in December 2025: public reports, as summarised in
--   DESIGN.md §1 and issue 15. The reports give the month only; the first of the month stands for it.
-- The demo call repeats the 2025 call's facts (DemoCall writes the same list when it creates the demo call).
INSERT INTO call_country (call_id, position, country, joined_on, left_on)
SELECT call.id, member.position, member.country, member.joined_on, member.left_on
FROM call
CROSS JOIN (VALUES (1, 'LT', NULL::date, NULL::date),
                   (2, 'PL', NULL::date, NULL::date),
                   (3, 'LV', NULL::date, DATE '2025-12-01'),
                   (4, 'EE', NULL::date, DATE '2025-12-01'),
                   (5, 'CZ', DATE '2025-11-01', NULL::date)) AS member (position, country, joined_on, left_on)
WHERE call.slug IN ('baltic-aigf-2025', 'demo');
