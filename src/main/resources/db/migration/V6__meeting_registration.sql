-- Information meetings: registrations, the waiting list, promotions, reminders and check-in.

-- The link sent to confirmed online participants (never shown on a public page).
ALTER TABLE meeting ADD COLUMN online_url text;
ALTER TABLE meeting ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE meeting ADD CONSTRAINT meeting_registration_window CHECK (registration_closes_at > registration_opens_at);

CREATE TABLE meeting_registration (
    id                      bigserial PRIMARY KEY,
    meeting_id              bigint      NOT NULL REFERENCES meeting (id),
    -- Arrival order: taken from the sequence while the meeting row is locked, so it is the order in which seats
    -- were decided, and the waiting list promotes by it.
    arrival                 bigserial   NOT NULL UNIQUE,
    full_name               text        NOT NULL,
    email                   text        NOT NULL,
    -- Lower case, trimmed: the key of "one registration per e-mail per meeting".
    email_normalised        text        NOT NULL,
    organisation_name       text,
    attendance              text        NOT NULL CHECK (attendance IN ('IN_PERSON', 'ONLINE')),
    status                  text        NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    language                char(2)     NOT NULL,
    consent_privacy_version text        NOT NULL,
    consent_privacy_at      timestamptz NOT NULL,
    -- Private links, stored only as SHA-256 hashes: cancel (the registrant's) and check-in (the QR code's).
    cancel_token_hash       text        NOT NULL UNIQUE,
    check_in_token_hash     text UNIQUE,
    registered_at           timestamptz NOT NULL,
    confirmed_at            timestamptz,
    cancelled_at            timestamptz,
    checked_in_at           timestamptz,
    reminded_at             timestamptz,
    CONSTRAINT meeting_registration_waitlist_in_person CHECK (status <> 'WAITLISTED' OR attendance = 'IN_PERSON'),
    CONSTRAINT meeting_registration_check_in_confirmed CHECK (checked_in_at IS NULL OR status = 'CONFIRMED')
);
-- A cancelled registration does not block registering again.
CREATE UNIQUE INDEX meeting_registration_one_per_email ON meeting_registration (meeting_id, email_normalised)
    WHERE status <> 'CANCELLED';
CREATE INDEX meeting_registration_queue_idx ON meeting_registration (meeting_id, status, attendance, arrival);
CREATE INDEX meeting_registration_reminder_idx ON meeting_registration (meeting_id) WHERE reminded_at IS NULL AND status = 'CONFIRMED';

-- Every move from the waiting list to a seat, and why.
CREATE TABLE meeting_promotion (
    id              bigserial PRIMARY KEY,
    meeting_id      bigint      NOT NULL REFERENCES meeting (id),
    registration_id bigint      NOT NULL REFERENCES meeting_registration (id),
    reason          text        NOT NULL CHECK (reason IN ('CANCELLATION', 'CAPACITY_RAISED')),
    promoted_at     timestamptz NOT NULL
);
CREATE INDEX meeting_promotion_meeting_idx ON meeting_promotion (meeting_id, promoted_at);
