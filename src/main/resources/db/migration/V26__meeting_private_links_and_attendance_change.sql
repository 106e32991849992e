-- Meetings: more than one private link to a registration, and changing how one takes part.

-- Registering again with an address that is already registered e-mails its owner a new private link. Only hashes of
-- links are kept, so an earlier link cannot be sent again; and ending it would let anyone who types the address take
-- the owner's link away. So a registration may have further links beside cancel_token_hash, all of them working.
CREATE TABLE meeting_registration_link (
    token_hash      text        PRIMARY KEY,
    registration_id bigint      NOT NULL REFERENCES meeting_registration (id) ON DELETE CASCADE,
    created_at      timestamptz NOT NULL
);
CREATE INDEX meeting_registration_link_registration_idx ON meeting_registration_link (registration_id);

-- A seat given up by someone who switches to taking part online goes to the waiting list, like a cancelled one.
ALTER TABLE meeting_promotion DROP CONSTRAINT meeting_promotion_reason_check;
ALTER TABLE meeting_promotion ADD CONSTRAINT meeting_promotion_reason_check
    CHECK (reason IN ('CANCELLATION', 'CAPACITY_RAISED', 'ATTENDANCE_CHANGED'));
