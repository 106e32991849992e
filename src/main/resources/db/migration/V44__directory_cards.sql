-- Offer and need cards of the partner directory (issue 17 point 3), owned by the directory module. A card belongs to
-- an organisation (its directory key, see V35) and shows publicly only while APPROVED, unexpired and its
-- organisation listed. A new or edited card is PENDING until a moderator approves it (APPROVED, expiring 90 days
-- later), asks for changes (CHANGES_REQUESTED, with a note to the owner) or rejects it (REJECTED, with the reason in
-- note). The owner may withdraw it (WITHDRAWN); the expiry job marks it EXPIRED; renewing gives another 90 days.
CREATE TABLE directory_card (
    id               bigserial PRIMARY KEY,
    organisation_key text NOT NULL,
    -- The one-time key of the form that created it: a second post of the same form (a double click) finds this row.
    form_key         text NOT NULL UNIQUE,
    type             text NOT NULL CHECK (type IN ('OFFER', 'NEED')),
    role             text NOT NULL CHECK (role IN ('SITE', 'POWER', 'COOLING', 'NETWORK', 'GPUS_HARDWARE',
                         'OPERATIONS', 'SOFTWARE', 'DATA', 'RESEARCH', 'SKILLS', 'EQUITY', 'LOANS', 'COMPUTE_DEMAND')),
    tags             text[] NOT NULL DEFAULT '{}',
    -- An exact number (no binary fractions), with its unit; both or neither.
    quantity         numeric(18, 2) CHECK (quantity >= 0),
    unit             text CHECK (unit IN ('MW', 'EUR', 'GPUS', 'GPU_HOURS_PER_YEAR', 'RACKS')),
    countries        text[] NOT NULL DEFAULT '{}',
    text             text NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
    state            text NOT NULL CHECK (state IN ('PENDING', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED',
                         'WITHDRAWN', 'EXPIRED')),
    -- What the moderator told the owner: the changes asked for, or the reason of a rejection.
    note             text CHECK (length(note) <= 1000),
    -- Who wrote it (the address signed in) and in which language: news about the card goes there, in that language.
    owner_email      text NOT NULL,
    owner_language   text NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    approved_at      timestamptz,
    expires_at       timestamptz,
    reminded_at      timestamptz,
    CHECK ((quantity IS NULL) = (unit IS NULL))
);
-- The public list and the matches read approved cards by role and type; the expiry job reads them by expiry.
CREATE INDEX directory_card_approved ON directory_card (role, type, expires_at) WHERE state = 'APPROVED';
CREATE INDEX directory_card_organisation ON directory_card (organisation_key);
CREATE INDEX directory_card_pending ON directory_card (updated_at) WHERE state = 'PENDING';

-- A report that a card should not be in the directory: the card comes back to the moderation queue until a moderator
-- decides (handled_at). Who reported is kept as a hash of the address only, to count repeated reports once.
CREATE TABLE directory_card_report (
    id          bigserial PRIMARY KEY,
    card_id     bigint NOT NULL REFERENCES directory_card (id) ON DELETE CASCADE,
    reason      text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    reporter    text NOT NULL,
    reported_at timestamptz NOT NULL,
    handled_at  timestamptz
);
CREATE UNIQUE INDEX directory_card_report_open ON directory_card_report (card_id, reporter) WHERE handled_at IS NULL;
