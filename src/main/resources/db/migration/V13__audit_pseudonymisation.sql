-- Erasure of a person (GDPR art. 17) must also pseudonymise the audit entries naming them, but audit_log is
-- append-only (V9). The one exception: inside audit_log_pseudonymise(), in the same transaction, an UPDATE may replace
-- that one e-mail address by its pseudonym ("erased-" and 12 hex digits of its SHA-256) in actor, target_id,
-- before_state and after_state, and change nothing else. DELETE and TRUNCATE stay refused for everyone.

-- The address as a case-insensitive regular expression that matches it literally.
CREATE FUNCTION audit_log_email_pattern(p_email text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT '(?i)' || regexp_replace(p_email, '([^[:alnum:]])', '\\\1', 'g')
$$;

CREATE FUNCTION audit_log_replace(p_value text, p_email text, p_pseudonym text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT regexp_replace(p_value, audit_log_email_pattern(p_email), p_pseudonym, 'g')
$$;

CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_email     text := current_setting('portal.audit_pseudonymise_email', true);
    v_pseudonym text := current_setting('portal.audit_pseudonymise_pseudonym', true);
BEGIN
    IF TG_OP = 'UPDATE' AND coalesce(v_email, '') <> '' AND v_pseudonym ~ '^erased-[0-9a-f]{12}$'
        AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.action = OLD.action
        AND NEW.target_type IS NOT DISTINCT FROM OLD.target_type
        AND NEW.client_address IS NOT DISTINCT FROM OLD.client_address
        AND NEW.actor = audit_log_replace(OLD.actor, v_email, v_pseudonym)
        AND NEW.target_id IS NOT DISTINCT FROM audit_log_replace(OLD.target_id, v_email, v_pseudonym)
        AND NEW.before_state IS NOT DISTINCT FROM audit_log_replace(OLD.before_state::text, v_email, v_pseudonym)::jsonb
        AND NEW.after_state IS NOT DISTINCT FROM audit_log_replace(OLD.after_state::text, v_email, v_pseudonym)::jsonb
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Replaces p_email (case-insensitively) by p_pseudonym in every entry naming it; returns how many entries changed.
-- The settings that open the trigger's exception are local to this transaction and reset before returning.
CREATE FUNCTION audit_log_pseudonymise(p_email text, p_pseudonym text) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    v_pattern text := audit_log_email_pattern(p_email);
    v_count   integer;
BEGIN
    IF p_pseudonym !~ '^erased-[0-9a-f]{12}$' OR p_email !~ '^[^@\s]+@[^@\s]+$' THEN
        RAISE EXCEPTION 'not an e-mail address and a pseudonym';
    END IF;
    PERFORM set_config('portal.audit_pseudonymise_email', p_email, true);
    PERFORM set_config('portal.audit_pseudonymise_pseudonym', p_pseudonym, true);
    UPDATE audit_log SET actor = audit_log_replace(actor, p_email, p_pseudonym),
        target_id = audit_log_replace(target_id, p_email, p_pseudonym),
        before_state = audit_log_replace(before_state::text, p_email, p_pseudonym)::jsonb,
        after_state = audit_log_replace(after_state::text, p_email, p_pseudonym)::jsonb
    WHERE actor ~ v_pattern OR target_id ~ v_pattern OR before_state::text ~ v_pattern
        OR after_state::text ~ v_pattern;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    PERFORM set_config('portal.audit_pseudonymise_email', '', true);
    PERFORM set_config('portal.audit_pseudonymise_pseudonym', '', true);
    RETURN v_count;
END
$$;
