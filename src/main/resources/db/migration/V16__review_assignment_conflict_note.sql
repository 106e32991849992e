-- Who reviews which application (reviewers are staff e-mails, as in the audit log).
CREATE TABLE review_assignment (
    application_id bigint      NOT NULL REFERENCES application (id),
    reviewer       text        NOT NULL,
    assigned_by    text        NOT NULL,
    assigned_at    timestamptz NOT NULL,
    PRIMARY KEY (application_id, reviewer)
);
CREATE INDEX review_assignment_reviewer_idx ON review_assignment (reviewer);

-- A conflict of interest a member of staff declared: an organisation name or a registry code, stored normalised
-- (review.Conflicts) so that matching ignores case, spacing and punctuation.
CREATE TABLE review_conflict (
    id                bigserial PRIMARY KEY,
    reviewer          text        NOT NULL,
    organisation_name text,
    registry_code     text,
    declared_at       timestamptz NOT NULL,
    CHECK (organisation_name IS NOT NULL OR registry_code IS NOT NULL)
);
CREATE INDEX review_conflict_reviewer_idx ON review_conflict (reviewer);

-- Internal notes of staff on an application: never shown to the applicant.
CREATE TABLE review_note (
    id             bigserial PRIMARY KEY,
    application_id bigint      NOT NULL REFERENCES application (id),
    author         text        NOT NULL,
    written_at     timestamptz NOT NULL,
    body           text        NOT NULL
);
CREATE INDEX review_note_application_idx ON review_note (application_id, written_at);
