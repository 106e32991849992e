-- Issue 15 §2 and §4: questions per call and versions of its application form.
-- The questions as admins are editing them (not yet seen by applicants): [{"key", "type", "required", "label": {…},
-- "help": {…}, "unit", "min", "max", "choices": [{"value", "label": {…}}], "shownWhen": {"question", "answer"}}].
ALTER TABLE call ADD COLUMN questions jsonb NOT NULL DEFAULT '[]';

-- Each published version of a call's form, never changed afterwards: call.form_version names the one applicants get,
-- and a submission keeps the version it answered, so its answers always show with the labels they were given.
CREATE TABLE call_form_version (
    call_id      bigint      NOT NULL REFERENCES call (id) ON DELETE CASCADE,
    version      integer     NOT NULL CHECK (version >= 1),
    questions    jsonb       NOT NULL,
    published_at timestamptz NOT NULL,
    published_by text,
    PRIMARY KEY (call_id, version)
);

INSERT INTO call_form_version (call_id, version, questions, published_at)
SELECT id, form_version, '[]', now() FROM call;

-- The version of its call's form an application answered, and its answers to the call's own questions ({key: value}:
-- text and dates as strings, numbers as numbers, yes/no as booleans, several choices as an array of codes).
ALTER TABLE application
    ADD COLUMN form_version integer NOT NULL DEFAULT 1,
    ADD COLUMN answers      jsonb   NOT NULL DEFAULT '{}';
