-- The review timeline: every stage move of an application, who made it and why. Append-only in practice: the
-- review module only inserts. The stage itself lives in application.status (insights reads it there).
CREATE TABLE review_event (
    id             bigserial PRIMARY KEY,
    application_id bigint      NOT NULL REFERENCES application (id),
    at             timestamptz NOT NULL,
    actor          text        NOT NULL,
    action         text        NOT NULL,
    from_stage     text        NOT NULL,
    to_stage       text        NOT NULL,
    reason         text        NOT NULL
);
CREATE INDEX review_event_application_idx ON review_event (application_id, at);
