-- Messages staff send to the applicants of a call or the registrants of a meeting (issue 15, point 6). The e-mails
-- themselves are outbox rows (one per recipient, queued in the transaction that inserts this row); this row keeps what
-- was sent, to whom (the audience and its filter, not the addresses) and how many received it.
CREATE TABLE sent_message (
    id              bigserial PRIMARY KEY,
    -- Chosen when the form is first shown and carried to the send button: a double click or a retried POST meets
    -- this constraint and sends nothing a second time.
    idempotency_key text        NOT NULL UNIQUE,
    audience        text        NOT NULL CHECK (audience IN ('CALL', 'MEETING')),
    audience_slug   text        NOT NULL,
    filter          jsonb       NOT NULL,
    -- By language code; a language without its own text was sent the English one.
    subjects        jsonb       NOT NULL,
    bodies          jsonb       NOT NULL,
    recipients      integer     NOT NULL,
    sent_by         text        NOT NULL,
    sent_at         timestamptz NOT NULL
);
CREATE INDEX sent_message_sent_at_idx ON sent_message (sent_at DESC);
