-- Introductions between organisations in the partner directory (issue 17 point 5), owned by the directory module: a
-- signed-in organisation asks the owner of an approved card for an introduction with a short message; only when the
-- owner accepts do both receive each other's contact by e-mail. A decline is never announced (the asker sees the
-- request closed, as an expired one). Requests expire after 14 days; fourteen days after acceptance both sides are
-- asked whether it led anywhere.
CREATE TABLE directory_introduction (
    id               bigserial PRIMARY KEY,
    -- The card asked about; its type, role and owner are copied so that the counts and the owner's answer outlive it.
    card_id          bigint REFERENCES directory_card (id) ON DELETE SET NULL,
    card_type        text NOT NULL,
    card_role        text NOT NULL,
    owner_key        text NOT NULL,
    asker_key        text NOT NULL,
    asker_country    text NOT NULL,
    -- The person who asked (their address and language, for the introduction e-mail) and their message; both become
    -- null when anonymised (erasure, retention).
    asker_email      text,
    asker_language   text NOT NULL,
    message          text CHECK (length(message) <= 500),
    -- PENDING until the owner answers (ACCEPTED, DECLINED) or 14 days pass (EXPIRED).
    state            text NOT NULL CHECK (state IN ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED')),
    asked_at         timestamptz NOT NULL,
    expires_at       timestamptz NOT NULL,
    closed_at        timestamptz,
    -- Who answered for the owner (their address, null once anonymised) and in which language.
    answerer_email   text,
    answerer_language text,
    -- The question "did it lead anywhere?", sent once to both sides, and each side's answer.
    follow_up_sent_at timestamptz,
    asker_outcome    text CHECK (asker_outcome IN ('YES', 'NOT_YET', 'NO')),
    owner_outcome    text CHECK (owner_outcome IN ('YES', 'NOT_YET', 'NO'))
);
-- One open request per asker and card: a double click, or a second tab, finds the first.
CREATE UNIQUE INDEX directory_introduction_open ON directory_introduction (card_id, asker_key) WHERE state = 'PENDING';
CREATE INDEX directory_introduction_asker ON directory_introduction (asker_key, asked_at);
CREATE INDEX directory_introduction_owner ON directory_introduction (owner_key, asked_at);
CREATE INDEX directory_introduction_expiring ON directory_introduction (expires_at) WHERE state = 'PENDING';
CREATE INDEX directory_introduction_follow_up ON directory_introduction (closed_at)
    WHERE state = 'ACCEPTED' AND follow_up_sent_at IS NULL;
