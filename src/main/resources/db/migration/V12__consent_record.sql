-- Consent records: one row per consent given, with the privacy notice's version in force at that moment, so that a
-- new notice version is never covered by consent given to an older one. The person is identified only by the SHA-256
-- of the normalised (trimmed, lower-case) e-mail address: enough to answer an access or erasure request, useless to
-- anyone reading the table for addresses.
CREATE TABLE consent_record (
    id               bigserial PRIMARY KEY,
    subject_hash     text        NOT NULL CHECK (subject_hash ~ '^[0-9a-f]{64}$'),
    purpose          text        NOT NULL CHECK (purpose IN ('APPLICATION_PROCESSING', 'PARTNER_DIRECTORY',
                                                             'MEETING_REGISTRATION')),
    notice_version   text        NOT NULL,
    given_at         timestamptz NOT NULL,
    -- What the consent was given for, e.g. "application:BAI-AB12-CD34" or "meeting-registration:42".
    source_reference text        NOT NULL
);
CREATE INDEX consent_record_subject_idx ON consent_record (subject_hash);
