-- Staff who forgot their password ask for a one-time link by e-mail. It works once, for 60 minutes, and only the
-- newest one works; only its SHA-256 is kept, as for invitations. The rows also count the links sent to an account
-- in the last hour (at most three).
CREATE TABLE staff_password_reset (
    id         bigserial PRIMARY KEY,
    staff      bigint      NOT NULL REFERENCES staff_account (id),
    token_hash text        NOT NULL UNIQUE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX staff_password_reset_staff_idx ON staff_password_reset (staff, created_at);

-- The audit page offers the actions present in the log as choices; this index lets it find them without reading
-- the whole log.
CREATE INDEX audit_log_action_idx ON audit_log (action);
