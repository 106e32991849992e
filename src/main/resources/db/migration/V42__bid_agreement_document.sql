-- The consortium agreement of a bid (issue 16), owned by the bid module: the document itself (a PDF judged by its
-- content and kept with its SHA-256); each member's signing date stays in bid_member.agreement_signed_on.
CREATE TABLE bid_agreement (
    bid_id       bigint PRIMARY KEY REFERENCES bid (id),
    name         text NOT NULL,
    sha256       text NOT NULL,
    size         bigint NOT NULL,
    content      bytea NOT NULL,
    uploaded_by  text NOT NULL,
    uploaded_at  timestamptz NOT NULL
);
