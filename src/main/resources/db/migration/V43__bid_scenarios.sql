-- Saved scenarios of a bid (issue 16), owned by the bid module: a name and what is left out of the figures (countries,
-- members, and commitments below a state: only signed, or only verified).
CREATE TABLE bid_scenario (
    id                  bigserial PRIMARY KEY,
    bid_id              bigint NOT NULL REFERENCES bid (id),
    name                text NOT NULL,
    excluded_countries  text[] NOT NULL DEFAULT '{}',
    excluded_members    bigint[] NOT NULL DEFAULT '{}',
    lowest_counted      text NOT NULL CHECK (lowest_counted IN ('SUBMITTED', 'SIGNED', 'VERIFIED')),
    saved_by            text NOT NULL,
    saved_at            timestamptz NOT NULL,
    UNIQUE (bid_id, name)
);
