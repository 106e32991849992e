-- Application intake: drafts between the steps of the form, idempotent submission, extra private links, history.

-- The draft a submission came from. Unique, so that submitting the same draft twice (double click, back button,
-- retried POST) can only ever create one application: the database decides, not a check-then-insert.
ALTER TABLE application ADD COLUMN draft_id uuid UNIQUE;

-- The form between its steps (fill in, check answers, submit) and for "save and come back later". The id is random
-- and travels in a hidden field: it is the only key to the draft. Fields are kept as the posted form (URL-encoded).
CREATE TABLE application_draft (
    id                uuid PRIMARY KEY,
    call_id           bigint      NOT NULL REFERENCES call (id) ON DELETE CASCADE,
    fields            text        NOT NULL,
    language          char(2)     NOT NULL,
    -- Only for "save and come back later": the SHA-256 of the resume link's token.
    resume_token_hash text UNIQUE,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL
);
CREATE INDEX application_draft_call_idx ON application_draft (call_id);

-- Further private links to an application (e.g. sent to its contact when someone else tried to apply for the same
-- organisation). The first link's hash stays in application.access_token_hash.
CREATE TABLE application_access_link (
    token_hash     text PRIMARY KEY,
    application_id bigint      NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    created_at     timestamptz NOT NULL
);

-- Every change of an application: who, when and what changed (one line per field, "field: old → new").
CREATE TABLE application_version (
    id             bigserial PRIMARY KEY,
    application_id bigint      NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    version        integer     NOT NULL,
    action         text        NOT NULL CHECK (action IN ('SUBMITTED', 'AMENDED', 'WITHDRAWN')),
    changed_by     text        NOT NULL,
    changed_at     timestamptz NOT NULL,
    changes        text        NOT NULL,
    UNIQUE (application_id, version)
);

-- The secret that signs the time a form was served (the bot check), shared by every node through the database.
CREATE TABLE application_form_key (
    id     integer PRIMARY KEY CHECK (id = 1),
    secret text NOT NULL
);
