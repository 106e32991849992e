-- Staff security: lockout, second factor, recovery codes, invitations; and the append-only audit log.

-- Six wrong passwords lock an account for 15 minutes. The TOTP secret is stored encrypted (AES-GCM, see
-- SecretBox); totp_last_step refuses a code that has already been used (no replay within its 30 s window).
ALTER TABLE staff_account
    ADD COLUMN failed_attempts integer     NOT NULL DEFAULT 0,
    ADD COLUMN locked_until    timestamptz,
    ADD COLUMN totp_secret     text,
    ADD COLUMN totp_last_step  bigint,
    ADD COLUMN last_sign_in_at timestamptz;

-- Shown once, kept only as SHA-256 of 80 random bits; each can be used once.
CREATE TABLE staff_recovery_code (
    id        bigserial PRIMARY KEY,
    staff     bigint      NOT NULL REFERENCES staff_account (id),
    code_hash text        NOT NULL UNIQUE,
    used_at   timestamptz
);
CREATE INDEX staff_recovery_code_staff_idx ON staff_recovery_code (staff);

-- A one-time link to set a password, valid for 72 hours; only its hash is kept.
CREATE TABLE staff_invitation (
    id         bigserial PRIMARY KEY,
    staff      bigint      NOT NULL REFERENCES staff_account (id),
    token_hash text        NOT NULL UNIQUE,
    created_by bigint REFERENCES staff_account (id),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);

-- The key that encrypts TOTP secrets when portal.staff.secret-key is not configured (embedded default only).
CREATE TABLE staff_secret_key (
    id  integer PRIMARY KEY CHECK (id = 1),
    key text NOT NULL
);

-- Every staff and API action. Append-only: the triggers below refuse UPDATE, DELETE and TRUNCATE for every role,
-- so not even a bug or a careless console session can rewrite history.
CREATE TABLE audit_log (
    id             bigserial PRIMARY KEY,
    at             timestamptz NOT NULL,
    actor          text        NOT NULL,
    action         text        NOT NULL,
    target_type    text,
    target_id      text,
    before_state   jsonb,
    after_state    jsonb,
    client_address text
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
CREATE INDEX audit_log_target_idx ON audit_log (target_id);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
