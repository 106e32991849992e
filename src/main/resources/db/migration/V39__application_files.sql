-- Issue 15 §3: files uploaded to a call's file questions (letters of intent, declarations, financial statements),
-- judged by their content before they are stored. A file belongs to a draft (while the form is being filled in, so
-- that a file chosen once is not asked for again) and then to the submitted application; its SHA-256 proves later
-- that what was stored is unchanged.
CREATE TABLE application_file (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    draft_id       uuid REFERENCES application_draft (id) ON DELETE CASCADE,
    application_id bigint REFERENCES application (id) ON DELETE CASCADE,
    question_key   text        NOT NULL,
    file_name      text        NOT NULL,
    media_type     text        NOT NULL,
    size_bytes     bigint      NOT NULL CHECK (size_bytes > 0),
    sha256         char(64)    NOT NULL,
    content        bytea       NOT NULL,
    uploaded_at    timestamptz NOT NULL,
    CHECK ((draft_id IS NULL) <> (application_id IS NULL))
);

CREATE UNIQUE INDEX application_file_draft_key ON application_file (draft_id, question_key) WHERE draft_id IS NOT NULL;
CREATE UNIQUE INDEX application_file_application_key ON application_file (application_id, question_key)
    WHERE application_id IS NOT NULL;
