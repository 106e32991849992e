-- From interest to a binding bid (issue 16), owned by the bid module: the bid, its members with their ownership, the
-- staff-maintained list of high-risk vendors, and the members' commitments with their states and signed letters.

-- A bid for the EU's AI gigafactory procurement. Money in cents (bigint), shares in basis points (17.5 % = 1750).
CREATE TABLE bid (
    id                   bigserial PRIMARY KEY,
    slug                 text NOT NULL UNIQUE,
    title                text NOT NULL,
    capital_cost_cents   bigint NOT NULL DEFAULT 0 CHECK (capital_cost_cents >= 0),
    running_cost_cents   bigint NOT NULL DEFAULT 0 CHECK (running_cost_cents >= 0),
    target_eu_bp         integer NOT NULL DEFAULT 1750,
    target_host_bp       integer NOT NULL DEFAULT 1750,
    target_private_bp    integer NOT NULL DEFAULT 6500,
    created_at           timestamptz NOT NULL DEFAULT now()
);

-- Equipment suppliers whose gear would disqualify the bid (staff keep the list).
CREATE TABLE bid_high_risk_vendor (
    id         bigserial PRIMARY KEY,
    name       text NOT NULL UNIQUE,
    added_by   text NOT NULL,
    added_at   timestamptz NOT NULL DEFAULT now()
);

-- A member: from an accepted application (its reference) or added directly by an admin. Ownership answers are null
-- until stated; supplied_vendor_id names the listed vendor whose equipment the member supplies (null: none).
CREATE TABLE bid_member (
    id                     bigserial PRIMARY KEY,
    bid_id                 bigint NOT NULL REFERENCES bid (id),
    organisation_name      text NOT NULL,
    country                char(2) NOT NULL,
    category               text NOT NULL,
    roles                  text[] NOT NULL DEFAULT '{}',
    application_reference  text,
    contact_name           text,
    contact_email          text,
    language               text NOT NULL DEFAULT 'en',
    eu_incorporated        boolean,
    owner_country          char(2),
    majority_european      boolean,
    ownership_stated       boolean NOT NULL DEFAULT false,
    supplied_vendor_id     bigint REFERENCES bid_high_risk_vendor (id),
    added_by               text NOT NULL,
    added_at               timestamptz NOT NULL DEFAULT now(),
    UNIQUE (bid_id, application_reference)
);
CREATE INDEX bid_member_bid ON bid_member (bid_id, country);

-- A commitment: what (kind, whose unit follows from it), how much, for how many years, on what conditions; its state
-- moves requested -> submitted -> signed -> verified, or to withdrawn with a reason. The member reaches it through a
-- private link (only the token's hash is kept). The signed letter is kept with its SHA-256.
CREATE TABLE bid_commitment (
    id                bigserial PRIMARY KEY,
    member_id         bigint NOT NULL REFERENCES bid_member (id),
    kind              text NOT NULL,
    amount            numeric(20, 2) CHECK (amount >= 0),
    years             integer CHECK (years > 0),
    conditions        text,
    state             text NOT NULL CHECK (state IN ('REQUESTED', 'SUBMITTED', 'SIGNED', 'VERIFIED', 'WITHDRAWN')),
    token_hash        text NOT NULL UNIQUE,
    signatory_name    text,
    letter_name       text,
    letter_sha256     text,
    letter_size       bigint,
    letter            bytea,
    withdrawn_reason  text,
    requested_by      text NOT NULL,
    requested_at      timestamptz NOT NULL,
    submitted_at      timestamptz,
    signed_at         timestamptz,
    verified_by       text,
    verified_at       timestamptz,
    withdrawn_at      timestamptz,
    changed_at        timestamptz NOT NULL
);
CREATE INDEX bid_commitment_member ON bid_commitment (member_id);
