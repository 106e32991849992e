-- The e-mail outbox: written in the same transaction as the change it reports, sent afterwards by the dispatcher.
CREATE TABLE outbox_message (
    id              uuid PRIMARY KEY,
    message_id      text        NOT NULL UNIQUE,
    recipient       text        NOT NULL,
    subject         text        NOT NULL,
    html_body       text        NOT NULL,
    text_body       text        NOT NULL,
    template        text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'PARKED')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz
);
-- The dispatcher's question: what is due now?
CREATE INDEX outbox_message_due_idx ON outbox_message (next_attempt_at) WHERE status = 'PENDING';

CREATE TABLE outbox_attachment (
    id           bigserial PRIMARY KEY,
    message      uuid  NOT NULL REFERENCES outbox_message (id) ON DELETE CASCADE,
    filename     text  NOT NULL,
    content_type text  NOT NULL,
    content      bytea NOT NULL
);
CREATE INDEX outbox_attachment_message_idx ON outbox_attachment (message);
